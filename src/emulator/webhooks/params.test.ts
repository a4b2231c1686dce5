import { describe, expect, test } from 'vitest';
import { toWebhookParams, webhookParams } from './params.ts';

describe('webhook parameters', () => {
  test.each<[string, Record<string, unknown>, Record<string, string>]>([
    [
      'chat participant',
      { identity: 'alice', messaging_binding: null, participant_sid: 'MB1', last_read_message_index: 0 },
      { Identity: 'alice', ParticipantSid: 'MB1', LastReadMessageIndex: '0', 'MessagingBinding.Type': 'CHAT' },
    ],
    [
      'sms participant',
      { identity: null, messaging_binding: { type: 'sms', address: '+1555', proxy_address: '+1666' } },
      { 'MessagingBinding.Address': '+1555', 'MessagingBinding.ProxyAddress': '+1666', 'MessagingBinding.Type': 'SMS' },
    ],
    [
      'whatsapp participant',
      { messaging_binding: { type: 'whatsapp', address: 'whatsapp:+1555' } },
      { 'MessagingBinding.Address': 'whatsapp:+1555', 'MessagingBinding.Type': 'WHATSAPP' },
    ],
    [
      'user booleans keep their casing',
      { is_online: true, is_notifiable: false },
      { isOnline: 'true', isNotifiable: 'false' },
    ],
    ['media is stringified JSON', { media: [{ sid: 'ME1' }] }, { Media: '[{"sid":"ME1"}]' }],
  ])('%s', (_name, data, want) => {
    expect(Object.fromEntries(toWebhookParams(data))).toEqual(want);
  });

  test('keeps only the documented parameters of the event, plus the common ones', () => {
    const params = webhookParams(
      'onConversationStateUpdated',
      'AC1',
      toWebhookParams({ state_from: 'active', state_to: 'inactive', reason: 'TIMER', friendly_name: 'x' }),
    );
    expect(params).toEqual([
      ['AccountSid', 'AC1'],
      ['EventType', 'onConversationStateUpdated'],
      ['StateFrom', 'active'],
      ['StateTo', 'inactive'],
      ['Reason', 'TIMER'],
      ['Source', 'API'],
      ['RetryCount', '0'],
    ]);
  });
});
