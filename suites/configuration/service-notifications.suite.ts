// @module-tag configuration
import { describe, expect, test } from '../../src/runtime/index.ts';
import type { TwilioError } from '../support/errors.ts';
import { SERVICE_SCOPE, unknownSid } from '../support/services.ts';

// Push notification settings of a Conversation Service (004:L13769-14245; properties L13837-13872, example
// L13945-14020, update parameters L14035-14098), always on a dedicated service.

interface MembershipNotification {
  enabled: boolean;
  template: string;
  sound: string | null;
}

interface ServiceNotification {
  account_sid: string;
  chat_service_sid: string;
  log_enabled: boolean;
  new_message: MembershipNotification & {
    badge_count_enabled: boolean;
    with_media: { enabled: boolean; template: string };
  };
  added_to_conversation: MembershipNotification;
  removed_from_conversation: MembershipNotification;
  url: string;
}

/** Reads a dotted snake_case path (`new_message.with_media.enabled`) of a response. */
function at(body: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], body);
}

/** A template variable such as `${MESSAGE}` (004:L28910-28931), spelled so it is not read as a JS placeholder. */
const variable = (name: string): string => `$${'{'}${name}}`;

/** Every update parameter (wire name, response path, a non-default value), 004:L14035-14098. */
const PARAMETERS: readonly (readonly [string, string, string | boolean])[] = [
  ['LogEnabled', 'log_enabled', true],
  ['NewMessage.Enabled', 'new_message.enabled', true],
  [
    'NewMessage.Template',
    'new_message.template',
    `${variable('PARTICIPANT_FRIENDLY_NAME')} wrote: ${variable('MESSAGE')}`,
  ],
  ['NewMessage.Sound', 'new_message.sound', 'chime'],
  ['NewMessage.BadgeCountEnabled', 'new_message.badge_count_enabled', true],
  ['NewMessage.WithMedia.Enabled', 'new_message.with_media.enabled', true],
  [
    'NewMessage.WithMedia.Template',
    'new_message.with_media.template',
    `${variable('MEDIA_COUNT')} files in ${variable('CONVERSATION_SID')}`,
  ],
  ['AddedToConversation.Enabled', 'added_to_conversation.enabled', true],
  [
    'AddedToConversation.Template',
    'added_to_conversation.template',
    `Welcome to ${variable('CONVERSATION_FRIENDLY_NAME')}`,
  ],
  ['AddedToConversation.Sound', 'added_to_conversation.sound', 'bell'],
  ['RemovedFromConversation.Enabled', 'removed_from_conversation.enabled', true],
  [
    'RemovedFromConversation.Template',
    'removed_from_conversation.template',
    `You left ${variable('CONVERSATION_UNIQUE_NAME')}`,
  ],
  ['RemovedFromConversation.Sound', 'removed_from_conversation.sound', 'horn'],
];

describe('fetchServiceNotification', () => {
  test('a new service has every notification type, badge counts and logging disabled', async ({ api, data }) => {
    // "The default enabled flag for new Service instances for all push notifications is false" (004:L28903).
    const scope = await SERVICE_SCOPE.open(api, data);
    const res = await api.get<ServiceNotification>(`${scope.base}/Configuration/Notifications`, undefined, {
      expect: 200,
    });
    expect(res.body.chat_service_sid).toBe(scope.serviceSid);
    for (const path of [
      'log_enabled',
      'new_message.enabled',
      'new_message.badge_count_enabled',
      'new_message.with_media.enabled',
      'added_to_conversation.enabled',
      'removed_from_conversation.enabled',
    ]) {
      expect(at(res.body, path), path).toBe(false);
    }
    // Each type has a default template (004:L28905-28907).
    for (const path of [
      'new_message',
      'new_message.with_media',
      'added_to_conversation',
      'removed_from_conversation',
    ]) {
      expect(typeof at(res.body, `${path}.template`), path).toBe('string');
    }
  });

  test('an unknown service answers 404 with code 20404', async ({ api }) => {
    const res = await api.get<TwilioError>(`/v1/Services/${unknownSid('IS')}/Configuration/Notifications`, undefined, {
      expect: 404,
    });
    expect(res.body.code).toBe(20404);
  });
});

describe('updateServiceNotification', () => {
  test.for(PARAMETERS)(
    '%s is applied and kept, and nothing else changes',
    async ([name, path, value], { api, data }) => {
      const scope = await SERVICE_SCOPE.open(api, data);
      const url = `${scope.base}/Configuration/Notifications`;
      const before = (await api.get<ServiceNotification>(url, undefined, { expect: 200 })).body;
      expect(at(before, path)).not.toBe(value);
      const updated = await api.post<ServiceNotification>(url, { [name]: value }, { expect: 200 });
      expect(at(updated.body, path)).toBe(value);
      const fetched = (await api.get<ServiceNotification>(url, undefined, { expect: 200 })).body;
      expect(at(fetched, path)).toBe(value);
      // Partial update (D-CFG-10): every other parameter keeps its value.
      for (const [, other] of PARAMETERS)
        if (other !== path) expect(at(fetched, other), other).toEqual(at(before, other));
    },
  );

  test('every parameter in one update is applied', async ({ api, data }) => {
    const scope = await SERVICE_SCOPE.open(api, data);
    const url = `${scope.base}/Configuration/Notifications`;
    const form = Object.fromEntries(PARAMETERS.map(([name, , value]) => [name, value]));
    const updated = await api.post<ServiceNotification>(url, form, { expect: 200 });
    for (const [, path, value] of PARAMETERS) expect(at(updated.body, path), path).toBe(value);
  });

  test('an enabled flag can be turned off again', async ({ api, data }) => {
    const scope = await SERVICE_SCOPE.open(api, data);
    const url = `${scope.base}/Configuration/Notifications`;
    await api.post(url, { 'NewMessage.Enabled': true }, { expect: 200 });
    const off = await api.post<ServiceNotification>(url, { 'NewMessage.Enabled': false }, { expect: 200 });
    expect(off.body.new_message.enabled).toBe(false);
  });

  test('a flag that is not a boolean is rejected with 400 and code 20422, and nothing changes', async ({
    api,
    data,
  }) => {
    const scope = await SERVICE_SCOPE.open(api, data);
    const url = `${scope.base}/Configuration/Notifications`;
    const before = (await api.get<ServiceNotification>(url, undefined, { expect: 200 })).body;
    const res = await api.post<TwilioError>(
      url,
      { 'NewMessage.Template': 'changed?', 'AddedToConversation.Enabled': 'sometimes' },
      { expect: 400 },
    );
    expect(res.body.code).toBe(20422);
    expect((await api.get<ServiceNotification>(url, undefined, { expect: 200 })).body).toEqual(before);
  });
});
