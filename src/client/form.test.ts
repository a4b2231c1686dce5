import { describe, expect, test } from 'vitest';
import { encodeForm, flattenForm, formRecord } from './form.ts';

describe('flattenForm', () => {
  test.each([
    [
      'dotted keys from nested objects',
      { Timers: { Inactive: 'PT1M', Closed: 'PT10M' } },
      [
        ['Timers.Inactive', 'PT1M'],
        ['Timers.Closed', 'PT10M'],
      ],
    ],
    [
      'wire names kept verbatim',
      { 'MessagingBinding.Address': '+15550001' },
      [['MessagingBinding.Address', '+15550001']],
    ],
    [
      'repeated keys for arrays',
      { Permission: ['sendMessage', 'leaveConversation'] },
      [
        ['Permission', 'sendMessage'],
        ['Permission', 'leaveConversation'],
      ],
    ],
    [
      'objects inside arrays become JSON strings',
      { Participant: [{ identity: 'alice' }] },
      [['Participant', '{"identity":"alice"}']],
    ],
    ['null and undefined omitted', { A: null, B: undefined, C: false }, [['C', 'false']]],
    [
      'dates without milliseconds',
      { DateCreated: new Date('2024-01-02T03:04:05.678Z') },
      [['DateCreated', '2024-01-02T03:04:05Z']],
    ],
  ])('%s', (_name, given, want) => {
    expect(flattenForm(given as never)).toEqual(want);
  });

  test('encodes spaces and plus signs as Twilio clients do', () => {
    expect(encodeForm({ 'MessagingBinding.Address': '+1 555', FriendlyName: 'a&b' })).toBe(
      'MessagingBinding.Address=%2B1+555&FriendlyName=a%26b',
    );
  });

  test('formRecord groups repeated names into arrays', () => {
    expect(formRecord({ Participant: ['{"identity":"a"}', '{"identity":"b"}'], X: '1' })).toEqual({
      Participant: ['{"identity":"a"}', '{"identity":"b"}'],
      X: '1',
    });
  });
});
