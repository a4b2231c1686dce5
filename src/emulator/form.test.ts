import { describe, expect, test } from 'vitest';
import { parseForm } from './form.ts';

describe('parseForm', () => {
  test.each<[string, { given: string; want: [string, string][] }]>([
    ['empty body', { given: '', want: [] }],
    [
      'dotted keys kept verbatim',
      {
        given: 'Timers.Inactive=PT1M&MessagingBinding.Address=%2B15551234',
        want: [
          ['Timers.Inactive', 'PT1M'],
          ['MessagingBinding.Address', '+15551234'],
        ],
      },
    ],
    ['plus is a space', { given: 'FriendlyName=a+b%2Bc', want: [['FriendlyName', 'a b+c']] }],
    [
      'repeated keys keep order',
      {
        given: 'Participant=1&X=y&Participant=2',
        want: [
          ['Participant', '1'],
          ['X', 'y'],
          ['Participant', '2'],
        ],
      },
    ],
    ['empty value', { given: 'State=', want: [['State', '']] }],
  ])('%s', (_name, { given, want }) => {
    expect(parseForm(given).entries).toEqual(want);
  });

  test('get, all, has, keys', () => {
    const form = parseForm('A=1&B=2&A=3');
    expect(form.get('A')).toBe('1');
    expect(form.all('A')).toEqual(['1', '3']);
    expect(form.has('B')).toBe(true);
    expect(form.has('C')).toBe(false);
    expect(form.get('C')).toBeUndefined();
    expect(form.keys()).toEqual(['A', 'B']);
  });
});
