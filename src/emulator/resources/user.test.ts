import { afterEach, describe, expect, test } from 'vitest';
import { generateAccount } from '../app.ts';
import type { EmulatorEvent } from '../events.ts';
import { conforms, expectRejected } from '../spec-support.ts';
import {
  defaultServiceSid,
  type Fields,
  ISO,
  serviceMounts,
  setup,
  type TestClient,
  type TestResponse,
} from '../test-support.ts';

let client: TestClient;
afterEach(async () => {
  await client?.emulator.close();
});

async function seedBinding(c: TestClient, identity: string): Promise<TestResponse> {
  const credential = (await c.post('/v1/Credentials', { Type: 'fcm', Secret: 's' })).body.sid;
  return c.post(`/__emulator/services/${defaultServiceSid(c)}/bindings`, {
    Identity: identity,
    BindingType: 'fcm',
    Endpoint: `${identity}-device`,
    CredentialSid: credential,
  });
}

describe('createUser', () => {
  test.each(['short form', 'service form'])('%s: 201 with every documented key', async (label) => {
    client = setup();
    const [, prefix, op] = serviceMounts(client).find(([l]) => l === label)!;
    const response = await client.post(`${prefix}/Users`, {
      Identity: 'alice@example.com',
      FriendlyName: 'Alice',
      Attributes: '{"duty":"tech"}',
    });
    await conforms(op('createUser'), response, 201);
    const url = `http://localhost:80${prefix}/Users/${response.body.sid}`;
    const config = (await client.get(`/v1/Services/${defaultServiceSid(client)}/Configuration`)).body;
    expect(response.body).toEqual({
      sid: expect.stringMatching(/^US[0-9a-f]{32}$/),
      account_sid: client.account.accountSid,
      chat_service_sid: defaultServiceSid(client),
      // The service's default service-level role (004:L15511-15515; D-USER-5).
      role_sid: config.default_chat_service_role_sid,
      identity: 'alice@example.com',
      friendly_name: 'Alice',
      attributes: '{"duty":"tech"}',
      is_online: null,
      is_notifiable: null,
      date_created: expect.stringMatching(ISO),
      date_updated: expect.stringMatching(ISO),
      url,
      links: { user_conversations: `${url}/Conversations` },
    });
  });

  test('defaults: friendly_name null, attributes "{}"; a service role may be given', async () => {
    client = setup();
    const role = (
      await client.post('/v1/Roles', { FriendlyName: 'r', Type: 'service', Permission: 'joinConversation' })
    ).body.sid;
    const response = await client.post('/v1/Users', { Identity: 'bob', RoleSid: role });
    await conforms('createUser', response, 201);
    expect(response.body).toMatchObject({ friendly_name: null, attributes: '{}', role_sid: role });
  });

  test.each<[string, Fields, number]>([
    ['Identity missing', {}, 50204],
    ['Identity empty', { Identity: '' }, 50204],
    ['Identity shaped like a User SID', { Identity: `US${'a'.repeat(32)}` }, 50206],
    ['Identity over 256 characters', { Identity: 'x'.repeat(257) }, 50207],
    ['FriendlyName over 256 characters', { Identity: 'a', FriendlyName: 'x'.repeat(257) }, 50003],
    ['Attributes not JSON', { Identity: 'a', Attributes: '{' }, 50304],
    ['RoleSid malformed', { Identity: 'a', RoleSid: 'RL1' }, 50100],
    ['RoleSid unknown', { Identity: 'a', RoleSid: `RL${'0'.repeat(32)}` }, 50100],
  ])('400 when %s', async (_name, fields, code) => {
    client = setup();
    await expectRejected(client, '/v1/Users', 'createUser', fields, code);
  });

  test('RoleSid of a conversation role is 400 (users hold service roles, 004:L8711-8713)', async () => {
    client = setup();
    const config = (await client.get(`/v1/Services/${defaultServiceSid(client)}/Configuration`)).body;
    const response = await client.post('/v1/Users', { Identity: 'a', RoleSid: config.default_conversation_role_sid });
    expect(response.body.code).toBe(50100);
  });

  test('identity is unique per service (409/50201), case-sensitive, and free in another service', async () => {
    client = setup();
    await client.post('/v1/Users', { Identity: 'alice' });
    const duplicate = await client.post('/v1/Users', { Identity: 'alice' });
    await conforms('createUser', duplicate, 409);
    expect(duplicate.body.code).toBe(50201);
    expect((await client.post('/v1/Users', { Identity: 'Alice' })).status).toBe(201);
    const other = (await client.post('/v1/Services', { FriendlyName: 'o' })).body.sid;
    await conforms('createServiceUser', await client.post(`/v1/Services/${other}/Users`, { Identity: 'alice' }), 201);
  });

  test('a chat participant creates the same User record: listed here, and a second create is 409', async () => {
    client = setup();
    const ch = (await client.post('/v1/Conversations')).body.sid;
    await client.post(`/v1/Conversations/${ch}/Participants`, { Identity: 'carol' });
    const fetched = await client.get('/v1/Users/carol');
    await conforms('fetchUser', fetched, 200);
    expect((await client.post('/v1/Users', { Identity: 'carol' })).status).toBe(409);
    // And a user created first is the one a later participant uses.
    await client.post('/v1/Users', { Identity: 'dave', FriendlyName: 'Dave' });
    await client.post(`/v1/Conversations/${ch}/Participants`, { Identity: 'dave' });
    expect((await client.get('/v1/Users')).body.users).toHaveLength(2);
  });

  test('publishes onUserAdded with the webhook header flag', async () => {
    client = setup();
    const events: EmulatorEvent[] = [];
    client.emulator.events.on((e) => events.push(e));
    await client.post('/v1/Users', { Identity: 'e' }, { 'X-Twilio-Webhook-Enabled': 'true' });
    expect(events).toMatchObject([{ name: 'onUserAdded', webhookEnabled: true, data: { identity: 'e' } }]);
  });
});

describe('fetchUser / listUser', () => {
  test('fetch by SID or by (url-encoded) identity on both mounts; unknown is 404', async () => {
    client = setup();
    const created = (await client.post('/v1/Users', { Identity: 'first last+1@x.io' })).body;
    for (const [, prefix, op] of serviceMounts(client)) {
      for (const key of [created.sid, encodeURIComponent('first last+1@x.io')]) {
        const response = await client.get(`${prefix}/Users/${key}`);
        await conforms(op('fetchUser'), response, 200);
        expect(response.body.sid).toBe(created.sid);
      }
      await conforms(op('fetchUser'), await client.get(`${prefix}/Users/nobody`), 404);
    }
  });

  test('reachability: null while disabled; with it enabled a Fetch reports a push registration, a list never does', async () => {
    client = setup();
    await client.post('/v1/Users', { Identity: 'alice' });
    expect((await seedBinding(client, 'alice')).status).toBe(201);
    expect((await client.get('/v1/Users/alice')).body).toMatchObject({ is_online: null, is_notifiable: null });
    await client.post(`/v1/Services/${defaultServiceSid(client)}/Configuration`, { ReachabilityEnabled: 'true' });
    const fetched = await client.get('/v1/Users/alice');
    await conforms('fetchUser', fetched, 200);
    expect(fetched.body).toMatchObject({ is_online: null, is_notifiable: true });
    const listed = await client.get('/v1/Users');
    expect(listed.body.users[0]).toMatchObject({ is_online: null, is_notifiable: null });
  });

  test('list in creation order, paged; PageSize above 50 is 400', async () => {
    client = setup();
    for (const identity of ['a', 'b', 'c']) await client.post('/v1/Users', { Identity: identity });
    for (const [, prefix, op] of serviceMounts(client)) {
      const page = await client.get(`${prefix}/Users?PageSize=2`);
      await conforms(op('listUser'), page, 200);
      expect(page.body.users.map((u: { identity: string }) => u.identity)).toEqual(['a', 'b']);
      const next = await client.get(page.body.meta.next_page_url.replace('http://localhost:80', ''));
      expect(next.body.users.map((u: { identity: string }) => u.identity)).toEqual(['c']);
      await conforms(op('listUser'), await client.get(`${prefix}/Users?PageSize=51`), 400);
    }
  });
});

describe('updateUser', () => {
  test('FriendlyName, Attributes, RoleSid change; identity stays; onUserUpdated', async () => {
    client = setup({ clock: 'virtual' });
    const created = (await client.post('/v1/Users', { Identity: 'alice' })).body;
    const role = (
      await client.post('/v1/Roles', { FriendlyName: 'r', Type: 'service', Permission: 'joinConversation' })
    ).body.sid;
    const events: EmulatorEvent[] = [];
    client.emulator.events.on((e) => events.push(e));
    client.emulator.clock.advance(2_000);
    const response = await client.post(`/v1/Services/${defaultServiceSid(client)}/Users/alice`, {
      FriendlyName: 'Alice',
      Attributes: '{"a":1}',
      RoleSid: role,
      Identity: 'ignored',
    });
    await conforms('updateServiceUser', response, 200);
    expect(response.body).toMatchObject({
      identity: 'alice',
      friendly_name: 'Alice',
      attributes: '{"a":1}',
      role_sid: role,
    });
    expect(response.body.date_updated).not.toBe(created.date_updated);
    expect(events.map((e) => e.name)).toEqual(['onUserUpdated']);
  });

  test('an empty update returns the user unchanged; bad values are 400; unknown user 404', async () => {
    client = setup();
    const created = (await client.post('/v1/Users', { Identity: 'alice' })).body;
    const empty = await client.post('/v1/Users/alice');
    await conforms('updateUser', empty, 200);
    expect(empty.body).toEqual(created);
    await conforms('updateUser', await client.post('/v1/Users/alice', { Attributes: 'nope' }), 400);
    const config = (await client.get(`/v1/Services/${defaultServiceSid(client)}/Configuration`)).body;
    const wrongRole = await client.post('/v1/Users/alice', { RoleSid: config.default_conversation_role_sid });
    await conforms('updateUser', wrongRole, 400);
    await conforms('updateUser', await client.post('/v1/Users/bob', { FriendlyName: 'x' }), 404);
  });
});

describe('deleteUser', () => {
  test('204; the user leaves every conversation and its bindings go (D-EMU-USER-1); 404 after', async () => {
    client = setup();
    const ch1 = (await client.post('/v1/Conversations')).body.sid;
    const ch2 = (await client.post('/v1/Conversations')).body.sid;
    await client.post(`/v1/Conversations/${ch1}/Participants`, { Identity: 'alice' });
    await client.post(`/v1/Conversations/${ch2}/Participants`, { Identity: 'alice' });
    await client.post(`/v1/Conversations/${ch2}/Participants`, { Identity: 'bob' });
    await seedBinding(client, 'alice');
    const events: EmulatorEvent[] = [];
    client.emulator.events.on((e) => events.push(e));
    await conforms('deleteUser', await client.delete('/v1/Users/alice'), 204);
    expect(events.map((e) => e.name)).toEqual(['onParticipantRemoved', 'onParticipantRemoved']);
    expect((await client.get(`/v1/Conversations/${ch1}/Participants`)).body.participants).toEqual([]);
    expect((await client.get(`/v1/Conversations/${ch2}/Participants`)).body.participants).toHaveLength(1);
    const bindings = await client.get(`/v1/Services/${defaultServiceSid(client)}/Bindings`);
    expect(bindings.body.bindings).toEqual([]);
    await conforms('deleteUser', await client.delete('/v1/Users/alice'), 404);
    // The identity is free again.
    expect((await client.post('/v1/Users', { Identity: 'alice' })).status).toBe(201);
  });
});

describe('account isolation', () => {
  test('another account cannot reach a user by SID on its own default service or on this one', async () => {
    const b = generateAccount();
    client = setup({ accounts: [generateAccount(), b] });
    const sid = (await client.post('/v1/Users', { Identity: 'alice' })).body.sid;
    const other = client.as(b);
    expect((await other.get(`/v1/Users/${sid}`)).status).toBe(404);
    expect((await other.get('/v1/Users/alice')).status).toBe(404);
    expect((await other.get(`/v1/Services/${defaultServiceSid(client)}/Users/${sid}`)).status).toBe(404);
    expect((await other.delete(`/v1/Users/${sid}`)).status).toBe(404);
  });
});
