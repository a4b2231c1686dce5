import { afterEach, describe, expect, test } from 'vitest';
import { generateAccount } from '../app.ts';
import { conforms, expectRejected } from '../spec-support.ts';
import { defaultServiceSid, type Fields, ISO, serviceMounts, setup, type TestClient } from '../test-support.ts';

let client: TestClient;
afterEach(async () => {
  await client?.emulator.close();
});

describe('createRole', () => {
  test.each(['short form', 'service form'])(
    '%s: 201 with every key; permissions echo what was granted',
    async (label) => {
      client = setup();
      const [, prefix, op] = serviceMounts(client).find(([l]) => l === label)!;
      const response = await client.post(`${prefix}/Roles`, {
        FriendlyName: 'moderator',
        Type: 'conversation',
        Permission: ['sendMessage', 'removeParticipant', 'sendMessage'],
      });
      await conforms(op('createRole'), response, 201);
      expect(response.body).toEqual({
        sid: expect.stringMatching(/^RL[0-9a-f]{32}$/),
        account_sid: client.account.accountSid,
        chat_service_sid: defaultServiceSid(client),
        friendly_name: 'moderator',
        type: 'conversation',
        permissions: ['sendMessage', 'removeParticipant'],
        date_created: expect.stringMatching(ISO),
        date_updated: expect.stringMatching(ISO),
        url: `http://localhost:80${prefix}/Roles/${response.body.sid}`,
      });
    },
  );

  test.each<[string, Fields, number]>([
    ['FriendlyName missing', { Type: 'service', Permission: 'joinConversation' }, 50000],
    [
      'FriendlyName over 64 characters',
      { FriendlyName: 'x'.repeat(65), Type: 'service', Permission: 'joinConversation' },
      50003,
    ],
    ['Type missing', { FriendlyName: 'r', Permission: 'joinConversation' }, 50105],
    ['Type unknown', { FriendlyName: 'r', Type: 'channel', Permission: 'joinConversation' }, 50105],
    ['Permission missing', { FriendlyName: 'r', Type: 'service' }, 20422],
    ['Permission unknown', { FriendlyName: 'r', Type: 'service', Permission: 'inviteMember' }, 50104],
    [
      'a conversation permission on a service role',
      { FriendlyName: 'r', Type: 'service', Permission: 'sendMessage' },
      50104,
    ],
    [
      'a service permission on a conversation role',
      { FriendlyName: 'r', Type: 'conversation', Permission: 'joinConversation' },
      50104,
    ],
  ])('400 when %s', async (_name, fields, code) => {
    client = setup();
    await expectRejected(client, '/v1/Roles', 'createRole', fields, code);
  });
});

describe('fetchRole / listRole', () => {
  test('the default roles carry only documented permissions of their type', async () => {
    client = setup();
    for (const [, prefix, op] of serviceMounts(client)) {
      const response = await client.get(`${prefix}/Roles`);
      await conforms(op('listRole'), response, 200);
      expect(response.body.roles.map((r: { friendly_name: string }) => r.friendly_name)).toEqual([
        'service admin',
        'service user',
        'channel admin',
        'channel user',
      ]);
      for (const role of response.body.roles) {
        await conforms(op('fetchRole'), await client.get(`${prefix}/Roles/${role.sid}`), 200);
      }
    }
  });

  test('paging: PageSize above 50 is 400; pages follow creation order', async () => {
    client = setup();
    await conforms('listRole', await client.get('/v1/Roles?PageSize=51'), 400);
    const page = await client.get('/v1/Roles?PageSize=3');
    expect(page.body.roles).toHaveLength(3);
    const next = await client.get(page.body.meta.next_page_url.replace('http://localhost:80', ''));
    await conforms('listRole', next, 200);
    expect(next.body.roles.map((r: { friendly_name: string }) => r.friendly_name)).toEqual(['channel user']);
  });

  test('unknown role is 404; a role of another service is 404 here', async () => {
    client = setup();
    await conforms('fetchRole', await client.get(`/v1/Roles/RL${'0'.repeat(32)}`), 404);
    const other = (await client.post('/v1/Services', { FriendlyName: 'o' })).body.sid;
    const foreign = (await client.get(`/v1/Services/${other}/Roles`)).body.roles[0].sid;
    await conforms('fetchRole', await client.get(`/v1/Roles/${foreign}`), 404);
  });
});

describe('updateRole', () => {
  test('Permission replaces the whole set (004:L9213) and moves date_updated', async () => {
    client = setup({ clock: 'virtual' });
    const created = await client.post('/v1/Roles', {
      FriendlyName: 'r',
      Type: 'service',
      Permission: ['createConversation', 'joinConversation'],
    });
    client.emulator.clock.advance(5_000);
    const response = await client.post(`/v1/Roles/${created.body.sid}`, { Permission: 'editOwnUserInfo' });
    await conforms('updateRole', response, 200);
    expect(response.body.permissions).toEqual(['editOwnUserInfo']);
    expect(response.body.date_updated).not.toBe(created.body.date_updated);
    expect(response.body.friendly_name).toBe('r');
  });

  test('400 without Permission or with one outside the type', async () => {
    client = setup();
    const sid = (await client.post('/v1/Roles', { FriendlyName: 'r', Type: 'service', Permission: 'joinConversation' }))
      .body.sid;
    const none = await client.post(`/v1/Roles/${sid}`, { FriendlyName: 'new' });
    await conforms('updateRole', none, 400);
    expect(none.body.code).toBe(20161);
    const wrong = await client.post(`/v1/Roles/${sid}`, { Permission: 'leaveConversation' });
    await conforms('updateRole', wrong, 400);
    expect(wrong.body.code).toBe(50104);
  });
});

describe('deleteRole', () => {
  test('204 for an unused role; 404 after', async () => {
    client = setup();
    const sid = (await client.post('/v1/Roles', { FriendlyName: 'r', Type: 'service', Permission: 'joinConversation' }))
      .body.sid;
    await conforms('deleteRole', await client.delete(`/v1/Roles/${sid}`), 204);
    await conforms('deleteRole', await client.delete(`/v1/Roles/${sid}`), 404);
  });

  test('409 for a default role of the service configuration, or a role held by a user or a participant', async () => {
    client = setup();
    const config = (await client.get(`/v1/Services/${defaultServiceSid(client)}/Configuration`)).body;
    for (const key of [
      'default_chat_service_role_sid',
      'default_conversation_role_sid',
      'default_conversation_creator_role_sid',
    ]) {
      const refused = await client.delete(`/v1/Roles/${config[key]}`);
      await conforms('deleteRole', refused, 409);
      expect(refused.body.code).toBe(20409);
    }
    const userRole = (
      await client.post('/v1/Roles', { FriendlyName: 'u', Type: 'service', Permission: 'joinConversation' })
    ).body.sid;
    await client.post('/v1/Users', { Identity: 'alice', RoleSid: userRole });
    await conforms(
      'deleteServiceRole',
      await client.delete(`/v1/Services/${defaultServiceSid(client)}/Roles/${userRole}`),
      409,
    );
    const memberRole = (
      await client.post('/v1/Roles', { FriendlyName: 'm', Type: 'conversation', Permission: 'sendMessage' })
    ).body.sid;
    const ch = (await client.post('/v1/Conversations')).body.sid;
    await client.post(`/v1/Conversations/${ch}/Participants`, { Identity: 'bob', RoleSid: memberRole });
    expect((await client.delete(`/v1/Roles/${memberRole}`)).status).toBe(409);
  });
});

describe('account isolation', () => {
  test('another account cannot see, change or delete a role', async () => {
    const b = generateAccount();
    client = setup({ accounts: [generateAccount(), b] });
    const is = defaultServiceSid(client);
    const sid = (await client.post('/v1/Roles', { FriendlyName: 'r', Type: 'service', Permission: 'joinConversation' }))
      .body.sid;
    const other = client.as(b);
    expect((await other.get(`/v1/Roles/${sid}`)).status).toBe(404);
    expect((await other.get(`/v1/Services/${is}/Roles/${sid}`)).status).toBe(404);
    expect((await other.post(`/v1/Roles/${sid}`, { Permission: 'joinConversation' })).status).toBe(404);
    expect((await other.delete(`/v1/Roles/${sid}`)).status).toBe(404);
  });
});
