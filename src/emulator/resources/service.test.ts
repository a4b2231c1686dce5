import { afterEach, describe, expect, test } from 'vitest';
import { generateAccount } from '../app.ts';
import { conforms, expectRejected } from '../spec-support.ts';
import { defaultServiceSid, ISO, setup, type TestClient } from '../test-support.ts';

let client: TestClient;
afterEach(async () => {
  await client?.emulator.close();
});

describe('createService', () => {
  test('201 with every documented key and the seven links', async () => {
    client = setup();
    const response = await client.post('/v1/Services', { FriendlyName: 'support' });
    await conforms('createService', response, 201);
    const sid = response.body.sid as string;
    const url = `http://localhost:80/v1/Services/${sid}`;
    expect(response.body).toEqual({
      sid: expect.stringMatching(/^IS[0-9a-f]{32}$/),
      account_sid: client.account.accountSid,
      friendly_name: 'support',
      date_created: expect.stringMatching(ISO),
      date_updated: expect.stringMatching(ISO),
      url,
      links: {
        conversations: `${url}/Conversations`,
        users: `${url}/Users`,
        roles: `${url}/Roles`,
        bindings: `${url}/Bindings`,
        configuration: `${url}/Configuration`,
        participant_conversations: `${url}/ParticipantConversations`,
        conversation_with_participants: `${url}/ConversationWithParticipants`,
      },
    });
  });

  test('a new service has four default roles and a configuration naming them', async () => {
    client = setup();
    const sid = (await client.post('/v1/Services', { FriendlyName: 'x' })).body.sid;
    const roles = await client.get(`/v1/Services/${sid}/Roles`);
    await conforms('listServiceRole', roles, 200);
    expect(roles.body.roles).toHaveLength(4);
    const config = await client.get(`/v1/Services/${sid}/Configuration`);
    await conforms('fetchServiceConfiguration', config, 200);
    const byType = (sid: string) => roles.body.roles.find((r: { sid: string }) => r.sid === sid)?.type;
    expect(byType(config.body.default_chat_service_role_sid)).toBe('service');
    expect(byType(config.body.default_conversation_role_sid)).toBe('conversation');
    expect(byType(config.body.default_conversation_creator_role_sid)).toBe('conversation');
  });

  test.each<[string, Record<string, string>, number]>([
    ['FriendlyName missing', {}, 50000],
    ['FriendlyName empty', { FriendlyName: '' }, 50000],
    ['FriendlyName over 256 characters', { FriendlyName: 'x'.repeat(257) }, 50003],
  ])('400 when %s', async (_name, fields, code) => {
    client = setup();
    await expectRejected(client, '/v1/Services', 'createService', fields, code);
  });
});

describe('fetchService / listService', () => {
  test('fetch by SID; unknown SID is 404', async () => {
    client = setup();
    const sid = (await client.post('/v1/Services', { FriendlyName: 'a' })).body.sid;
    await conforms('fetchService', await client.get(`/v1/Services/${sid}`), 200);
    const missing = await client.get(`/v1/Services/IS${'0'.repeat(32)}`);
    await conforms('fetchService', missing, 404);
    expect(missing.body.code).toBe(20404);
  });

  test('lists the default service first, then the rest in creation order, paged', async () => {
    client = setup();
    const a = (await client.post('/v1/Services', { FriendlyName: 'a' })).body.sid;
    const b = (await client.post('/v1/Services', { FriendlyName: 'b' })).body.sid;
    const first = await client.get('/v1/Services?PageSize=2');
    await conforms('listService', first, 200);
    expect(first.body.services.map((s: { sid: string }) => s.sid)).toEqual([defaultServiceSid(client), a]);
    const next = await client.get(first.body.meta.next_page_url.replace('http://localhost:80', ''));
    await conforms('listService', next, 200);
    expect(next.body.services.map((s: { sid: string }) => s.sid)).toEqual([b]);
    await conforms('listService', await client.get('/v1/Services?PageSize=101'), 400);
  });

  test('no update operation: POST /v1/Services/{Sid} is 405', async () => {
    client = setup();
    const sid = (await client.post('/v1/Services', { FriendlyName: 'a' })).body.sid;
    expect((await client.post(`/v1/Services/${sid}`, { FriendlyName: 'b' })).status).toBe(405);
  });
});

describe('deleteService', () => {
  test('204 and everything inside is gone: conversations, users, roles, paths', async () => {
    client = setup({ clock: 'virtual' });
    const sid = (await client.post('/v1/Services', { FriendlyName: 'a' })).body.sid;
    const base = `/v1/Services/${sid}`;
    const ch = (await client.post(`${base}/Conversations`, { 'Timers.Closed': 'PT10M' })).body.sid;
    await client.post(`${base}/Conversations/${ch}/Participants`, {
      'MessagingBinding.Address': '+15550001',
      'MessagingBinding.ProxyAddress': '+15559999',
    });
    await client.post(`${base}/Users`, { Identity: 'alice' });
    const deleted = await client.delete(base);
    await conforms('deleteService', deleted, 204);
    const account = client.emulator.store.accounts.get(client.account.accountSid)!;
    expect(account.services.has(sid)).toBe(false);
    // The address pair and the conversation's timers went with it.
    expect(account.bindingPairs.size).toBe(0);
    expect(client.emulator.clock.pending()).toBe(0);
    expect((await client.get(base)).status).toBe(404);
    expect((await client.get(`${base}/Users/alice`)).status).toBe(404);
    expect((await client.delete(base)).status).toBe(404);
    // The pair is free again in another service.
    const other = (await client.post('/v1/Conversations')).body.sid;
    const again = await client.post(`/v1/Conversations/${other}/Participants`, {
      'MessagingBinding.Address': '+15550001',
      'MessagingBinding.ProxyAddress': '+15559999',
    });
    expect(again.status).toBe(201);
  });

  test("the account's default service cannot be deleted (400) until another one is the default", async () => {
    client = setup();
    const original = defaultServiceSid(client);
    const refused = await client.delete(`/v1/Services/${original}`);
    await conforms('deleteService', refused, 400);
    expect(refused.body.code).toBe(20422);
    const next = (await client.post('/v1/Services', { FriendlyName: 'next' })).body.sid;
    expect((await client.post('/v1/Configuration', { DefaultChatServiceSid: next })).status).toBe(200);
    await conforms('deleteService', await client.delete(`/v1/Services/${original}`), 204);
  });
});

describe('account isolation', () => {
  test("another account's service is 404 on every path, and absent from its list", async () => {
    const b = generateAccount();
    client = setup({ accounts: [generateAccount(), b] });
    const sid = (await client.post('/v1/Services', { FriendlyName: 'a' })).body.sid;
    const other = client.as(b);
    for (const path of ['', '/Configuration', '/Configuration/Notifications', '/Users', '/Roles', '/Bindings']) {
      expect((await other.get(`/v1/Services/${sid}${path}`)).status, path).toBe(404);
    }
    expect((await other.delete(`/v1/Services/${sid}`)).status).toBe(404);
    const list = await other.get('/v1/Services');
    expect(list.body.services.map((s: { sid: string }) => s.sid)).not.toContain(sid);
  });
});
