// @module-tag services
import { describe, expect, test } from '../../src/runtime/index.ts';
import type { TwilioError } from '../support/errors.ts';
import { defaultServiceSid } from '../support/resources.ts';
import {
  createConversation,
  createRole,
  createUser,
  DEFAULT_SCOPE,
  emulatorOnly,
  isEmulator,
  newService,
  SERVICE_SCOPE,
  type Service,
  unknownSid,
  userPath,
} from '../support/services.ts';

// Conversation Services (004:L15784-16388): create, fetch, list, delete — no update (D-SVC-2). A Service is "an opaque
// partition": objects in one Service "can't interact with objects from another Service" (004:L97).

/** The seven links every Service carries (004:L15991-16039; D-SVC-3). */
const LINKS = [
  'conversations',
  'users',
  'roles',
  'bindings',
  'configuration',
  'participant_conversations',
  'conversation_with_participants',
];

const LINK_PATHS: Record<string, string> = {
  conversations: 'Conversations',
  users: 'Users',
  roles: 'Roles',
  bindings: 'Bindings',
  configuration: 'Configuration',
  participant_conversations: 'ParticipantConversations',
  conversation_with_participants: 'ConversationWithParticipants',
};

describe('createService', () => {
  test('a service echoes its FriendlyName and links its seven sub-resources', async ({ api, data }) => {
    const name = data.unique('svc');
    const res = await api.post<Service>('/v1/Services', { FriendlyName: name }, { expect: 201, cleanup: true });
    expect(res.body.friendly_name).toBe(name);
    expect(new URL(res.body.url).pathname).toBe(`/v1/Services/${res.body.sid}`);
    expect(Object.keys(res.body.links).sort()).toEqual([...LINKS].sort());
    for (const key of LINKS) expect(res.body.links[key]).toBe(`${res.body.url}/${LINK_PATHS[key]}`);
  });

  test('a create without FriendlyName is rejected with 400 and code 50000', async ({ api }) => {
    // The parameter is flagged required (004:L15928-15931; D-SVC-1).
    const res = await api.post<TwilioError>('/v1/Services', {}, { expect: 400 });
    expect(res.body.code).toBe(50000);
  });

  test('a FriendlyName of 256 characters is accepted', async ({ api, data }) => {
    // "limited to 256 characters" (004:L15930).
    const name = data.unique('svc').padEnd(256, 's');
    const res = await api.post<Service>('/v1/Services', { FriendlyName: name }, { expect: 201, cleanup: true });
    expect(res.body.friendly_name).toBe(name);
  });

  test('a FriendlyName of 257 characters is rejected with 400 and code 50003', async ({ api, data }) => {
    const res = await api.post<TwilioError>(
      '/v1/Services',
      { FriendlyName: data.unique('svc').padEnd(257, 's') },
      { expect: 400 },
    );
    expect(res.body.code).toBe(50003);
  });

  test('a new service starts empty: no conversations and no users', async ({ api, data }) => {
    const service = await newService(api, data);
    expect(await api.listAll(service.links.conversations ?? '', 'conversations')).toEqual([]);
    expect(await api.listAll(service.links.users ?? '', 'users')).toEqual([]);
  });
});

describe('fetchService', () => {
  test('the created service is returned by SID', async ({ api, data }) => {
    const service = await newService(api, data);
    const fetched = await api.get<Service>(`/v1/Services/${service.sid}`, undefined, { expect: 200 });
    expect(fetched.body).toEqual(service);
  });

  test('an unknown service answers 404 with code 20404', async ({ api }) => {
    const res = await api.get<TwilioError>(`/v1/Services/${unknownSid('IS')}`, undefined, { expect: 404 });
    expect(res.body.code).toBe(20404);
  });

  test("an unknown service's collections answer 404", async ({ api }) => {
    const res = await api.get<TwilioError>(`/v1/Services/${unknownSid('IS')}/Conversations`, undefined, {
      expect: 404,
    });
    expect(res.body.code).toBe(20404);
  });
});

describe('listService', () => {
  test('the list holds the default service and the created one', async ({ api, data }) => {
    const service = await newService(api, data);
    const sids = (await api.listAll<Service>('/v1/Services', 'services', { PageSize: 100 })).map((s) => s.sid);
    expect(sids).toContain(service.sid);
    expect(sids).toContain(await defaultServiceSid(api));
  });
});

describe('deleteService', () => {
  test('a deleted service is gone from fetch and list', async ({ api, data }) => {
    const service = await newService(api, data);
    await api.delete(service.url, { expect: 204 });
    await api.get(service.url, undefined, { expect: 404 });
    const sids = (await api.listAll<Service>('/v1/Services', 'services', { PageSize: 100 })).map((s) => s.sid);
    expect(sids).not.toContain(service.sid);
  });

  test('deleting a service deletes its conversations and releases their address pairs', async ({
    api,
    data,
    target,
    skip,
  }) => {
    // "When you delete a parent object, you will also delete its child object" (004:L33840); deleting a conversation
    // frees its number pair (004:L28729-28732). D-SVC-4 / D-EMU-SVC-1: not asserted against a live target.
    if (!isEmulator(target)) skip(emulatorOnly('D-SVC-4'));
    const scope = await SERVICE_SCOPE.open(api, data);
    const pair = { 'MessagingBinding.Address': data.phone(), 'MessagingBinding.ProxyAddress': data.phone() };
    const conversation = await createConversation(api, scope);
    await api.post(conversation.links.participants, pair, { expect: 201 });
    const user = await createUser(api, scope, data.unique('cascade'));
    const role = await createRole(api, scope, data.unique('cascade').slice(0, 64), 'service', ['joinConversation']);
    await api.delete(`/v1/Services/${scope.serviceSid}`, { expect: 204 });
    for (const url of [conversation.url, user.url, role.url]) await api.get(url, undefined, { expect: 404 });
    // The pair is free again: a conversation of the default service can take it (else 409 / 50416).
    const elsewhere = await createConversation(api, await DEFAULT_SCOPE.open(api, data));
    await api.post(elsewhere.links.participants, pair, { expect: 201, cleanup: true });
  });

  test("the account's default service cannot be deleted", async ({ api, target, skip }) => {
    // Refused with 400 (D-SVC-4, D-EMU-SVC-1). Never tried against another target: it would delete the default service.
    if (!isEmulator(target)) skip(emulatorOnly('D-SVC-4'));
    const sid = await defaultServiceSid(api);
    const res = await api.delete<TwilioError>(`/v1/Services/${sid}`, { expect: 400 });
    expect(res.body.code).toBe(20422);
    await api.get(`/v1/Services/${sid}`, undefined, { expect: 200 });
  });
});

describe('Service partitions', () => {
  test("another service's conversation answers 404 by SID and by unique_name", async ({ api, data }) => {
    const owner = await SERVICE_SCOPE.open(api, data);
    const stranger = await SERVICE_SCOPE.open(api, data);
    const conversation = await createConversation(api, owner, { UniqueName: data.unique('private') });
    await api.get(`${stranger.base}/Conversations/${conversation.sid}`, undefined, { expect: 404 });
    await api.get(`${stranger.base}/Conversations/${conversation.unique_name}`, undefined, { expect: 404 });
    await api.get(`/v1/Conversations/${conversation.sid}`, undefined, { expect: 404 });
    await api.get(`${owner.base}/Conversations/${conversation.sid}`, undefined, { expect: 200 });
  });

  test("another service's user and role answer 404", async ({ api, data }) => {
    const owner = await SERVICE_SCOPE.open(api, data);
    const stranger = await SERVICE_SCOPE.open(api, data);
    const user = await createUser(api, owner, data.unique('private'));
    const role = await createRole(api, owner, data.unique('private').slice(0, 64), 'service', ['joinConversation']);
    await api.get(userPath(stranger, user.sid), undefined, { expect: 404 });
    await api.get(userPath(stranger, user.identity), undefined, { expect: 404 });
    await api.get(`${stranger.base}/Roles/${role.sid}`, undefined, { expect: 404 });
  });

  test("another service's role cannot be given to a user", async ({ api, data }) => {
    // RoleSid must be a service-level role of the user's own service (004:L7998-8002).
    const owner = await SERVICE_SCOPE.open(api, data);
    const stranger = await SERVICE_SCOPE.open(api, data);
    const role = await createRole(api, owner, data.unique('foreign').slice(0, 64), 'service', ['joinConversation']);
    const res = await api.post<TwilioError>(
      `${stranger.base}/Users`,
      { Identity: data.unique('user'), RoleSid: role.sid },
      { expect: 400 },
    );
    expect(res.body.code).toBe(50100);
  });

  test('the same identity is a distinct user in each service', async ({ api, data }) => {
    // Identity is unique "in each Conversation Service" (004:L7878; D-USER-3).
    const first = await SERVICE_SCOPE.open(api, data);
    const second = await SERVICE_SCOPE.open(api, data);
    const identity = data.unique('twin');
    const a = await createUser(api, first, identity);
    const b = await createUser(api, second, identity);
    expect(b.sid).not.toBe(a.sid);
    expect([a.chat_service_sid, b.chat_service_sid]).toEqual([first.serviceSid, second.serviceSid]);
  });
});
