// @module-tag configuration
import { describe, expect, test } from '../../src/runtime/index.ts';
import type { TwilioError } from '../support/errors.ts';
import {
  addChatParticipant,
  createConversation,
  createRole,
  createUser,
  isEmulator,
  type Role,
  SERVICE_SCOPE,
  type ServiceConfiguration,
  serviceConfiguration,
  unknownSid,
} from '../support/services.ts';

// Service Configuration (004:L15441-15783; properties L15493-15530, update L15638-15672), always on a dedicated
// service. The creator and member roles are conversation-level, the chat-service role service-level (004:L15499-15515).

describe('fetchServiceConfiguration', () => {
  test('a new service has reachability off and three default roles of the documented scopes', async ({ api, data }) => {
    const scope = await SERVICE_SCOPE.open(api, data);
    const config = await serviceConfiguration(api, scope.serviceSid);
    // reachability_enabled defaults to false (004:L15527-15530).
    expect(config.reachability_enabled).toBe(false);
    expect(config.chat_service_sid).toBe(scope.serviceSid);
    const typeOf = async (sid: string) =>
      (await api.get<Role>(`${scope.base}/Roles/${sid}`, undefined, { expect: 200 })).body.type;
    expect(await typeOf(config.default_chat_service_role_sid)).toBe('service');
    expect(await typeOf(config.default_conversation_role_sid)).toBe('conversation');
    expect(await typeOf(config.default_conversation_creator_role_sid)).toBe('conversation');
    // links.notifications and links.webhooks (004:L15603).
    expect(config.links.notifications).toBe(`${config.url}/Notifications`);
    expect(config.links.webhooks).toBe(`${config.url}/Webhooks`);
  });

  test('an unknown service answers 404 with code 20404', async ({ api }) => {
    const res = await api.get<TwilioError>(`/v1/Services/${unknownSid('IS')}/Configuration`, undefined, {
      expect: 404,
    });
    expect(res.body.code).toBe(20404);
  });
});

describe('updateServiceConfiguration', () => {
  test('a new DefaultChatServiceRoleSid is given to users created afterwards', async ({ api, data }) => {
    // "service-level role assigned to users when they are added to the service" (004:L15511-15515).
    const scope = await SERVICE_SCOPE.open(api, data);
    const earlier = await createUser(api, scope, data.unique('earlier'));
    const role = await createRole(api, scope, data.unique('svc-default').slice(0, 64), 'service', ['joinConversation']);
    const updated = await api.post<ServiceConfiguration>(
      `${scope.base}/Configuration`,
      { DefaultChatServiceRoleSid: role.sid },
      { expect: 200 },
    );
    expect(updated.body.default_chat_service_role_sid).toBe(role.sid);
    expect((await createUser(api, scope, data.unique('later'))).role_sid).toBe(role.sid);
    expect((await api.get<{ role_sid: string }>(earlier.url, undefined, { expect: 200 })).body.role_sid).toBe(
      earlier.role_sid,
    );
  });

  test('a new DefaultConversationRoleSid is given to participants added afterwards', async ({ api, data }) => {
    // "conversation-level role assigned to users when they are added to a conversation" (004:L15505-15509).
    const scope = await SERVICE_SCOPE.open(api, data);
    const role = await createRole(api, scope, data.unique('member').slice(0, 64), 'conversation', ['sendMessage']);
    await api.post(`${scope.base}/Configuration`, { DefaultConversationRoleSid: role.sid }, { expect: 200 });
    const conversation = await createConversation(api, scope);
    const participant = await addChatParticipant(api, scope, conversation, data.unique('member'));
    expect(participant.role_sid).toBe(role.sid);
  });

  test('a conversation role is accepted as DefaultConversationCreatorRoleSid and the rest is kept', async ({
    api,
    data,
  }) => {
    // Partial update (D-CFG-10).
    const scope = await SERVICE_SCOPE.open(api, data);
    const before = await serviceConfiguration(api, scope.serviceSid);
    const role = await createRole(api, scope, data.unique('creator').slice(0, 64), 'conversation', [
      'deleteConversation',
    ]);
    const updated = await api.post<ServiceConfiguration>(
      `${scope.base}/Configuration`,
      { DefaultConversationCreatorRoleSid: role.sid },
      { expect: 200 },
    );
    expect(updated.body).toEqual({ ...before, default_conversation_creator_role_sid: role.sid });
  });

  test.for([
    ['DefaultChatServiceRoleSid', 'conversation', 50100],
    ['DefaultConversationRoleSid', 'service', 50109],
    ['DefaultConversationCreatorRoleSid', 'service', 50109],
  ] as const)(
    '%s naming a %s role is rejected with 400 and code %i',
    async ([name, type, code], { api, data, target }) => {
      // The scope of each default is documented (004:L15499-15515); the exact rejection is the emulator's (D-CFG-9), so
      // other targets are held to the 400 only.
      const scope = await SERVICE_SCOPE.open(api, data);
      const before = await serviceConfiguration(api, scope.serviceSid);
      const permission = type === 'service' ? 'joinConversation' : 'sendMessage';
      const wrong = await createRole(api, scope, data.unique('wrong').slice(0, 64), type, [permission]);
      const res = await api.post<TwilioError>(`${scope.base}/Configuration`, { [name]: wrong.sid }, { expect: 400 });
      if (isEmulator(target)) expect(res.body.code).toBe(code);
      expect(await serviceConfiguration(api, scope.serviceSid)).toEqual(before);
    },
  );

  test("another service's role is rejected with 400", async ({ api, data, target }) => {
    const scope = await SERVICE_SCOPE.open(api, data);
    const other = await SERVICE_SCOPE.open(api, data);
    const foreign = await createRole(api, other, data.unique('foreign').slice(0, 64), 'service', ['joinConversation']);
    const res = await api.post<TwilioError>(
      `${scope.base}/Configuration`,
      { DefaultChatServiceRoleSid: foreign.sid },
      { expect: 400 },
    );
    if (isEmulator(target)) expect(res.body.code).toBe(50100); // D-CFG-9
  });

  test('ReachabilityEnabled is turned on and off', async ({ api, data }) => {
    // ReachabilityEnabled (004:L15669-15672; the guide enables it the same way, 004:L30212-30213).
    const scope = await SERVICE_SCOPE.open(api, data);
    const on = await api.post<ServiceConfiguration>(
      `${scope.base}/Configuration`,
      { ReachabilityEnabled: true },
      { expect: 200 },
    );
    expect(on.body.reachability_enabled).toBe(true);
    expect((await serviceConfiguration(api, scope.serviceSid)).reachability_enabled).toBe(true);
    const off = await api.post<ServiceConfiguration>(
      `${scope.base}/Configuration`,
      { ReachabilityEnabled: false },
      { expect: 200 },
    );
    expect(off.body.reachability_enabled).toBe(false);
  });

  test('a ReachabilityEnabled that is not a boolean is rejected with 400 and code 20422', async ({ api, data }) => {
    const scope = await SERVICE_SCOPE.open(api, data);
    const res = await api.post<TwilioError>(
      `${scope.base}/Configuration`,
      { ReachabilityEnabled: 'yes' },
      {
        expect: 400,
      },
    );
    expect(res.body.code).toBe(20422);
  });
});
