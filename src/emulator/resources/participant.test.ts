import { afterEach, describe, expect, test } from 'vitest';
import { defaultService, ISO, setup, type TestClient } from '../test-support.ts';

let client: TestClient;
afterEach(async () => {
  await client?.emulator.close();
});

const sms = (address: string, proxy = '+15559999') => ({
  'MessagingBinding.Address': address,
  'MessagingBinding.ProxyAddress': proxy,
});

async function conversation(c: TestClient, fields: Record<string, string> = {}): Promise<string> {
  const response = await c.post('/v1/Conversations', fields);
  expect(response.status).toBe(201);
  return response.body.sid;
}

describe('createConversationParticipant', () => {
  test('chat participant: 201 with every documented key; the User is created; default conversation role', async () => {
    client = setup();
    const ch = await conversation(client);
    const response = await client.post(`/v1/Conversations/${ch}/Participants`, { Identity: 'alice' });
    expect(response.status).toBe(201);
    const service = defaultService(client);
    expect(response.body).toEqual({
      account_sid: client.account.accountSid,
      conversation_sid: ch,
      sid: expect.stringMatching(/^MB[0-9a-f]{32}$/),
      identity: 'alice',
      attributes: '{}',
      messaging_binding: null,
      role_sid: service.configuration.defaultConversationRoleSid,
      date_created: expect.stringMatching(ISO),
      date_updated: expect.stringMatching(ISO),
      url: `http://localhost:80/v1/Conversations/${ch}/Participants/${response.body.sid}`,
      last_read_message_index: null,
      last_read_timestamp: null,
    });
    expect(service.roles.get(response.body.role_sid)).toMatchObject({
      type: 'conversation',
      friendlyName: 'channel user',
    });
    const user = [...service.users.values()].find((u) => u.identity === 'alice');
    expect(user?.roleSid).toBe(service.configuration.defaultChatServiceRoleSid);
  });

  test.each<[string, Record<string, string>, Record<string, string>]>([
    ['SMS', sms('+15550001'), { type: 'sms', address: '+15550001', proxy_address: '+15559999' }],
    [
      'WhatsApp',
      sms('whatsapp:+15550001', 'whatsapp:+15559999'),
      { type: 'whatsapp', address: 'whatsapp:+15550001', proxy_address: 'whatsapp:+15559999' },
    ],
    ['GMMS address only', { 'MessagingBinding.Address': '+15550001' }, { type: 'sms', address: '+15550001' }],
    [
      'GMMS identity + projected address',
      { Identity: 'agent', 'MessagingBinding.ProjectedAddress': '+15557777' },
      { type: 'sms', projected_address: '+15557777' },
    ],
  ])('%s participant binding', async (_name, fields, binding) => {
    client = setup();
    const ch = await conversation(client);
    const response = await client.post(`/v1/Conversations/${ch}/Participants`, fields);
    expect(response.status).toBe(201);
    expect(response.body.messaging_binding).toEqual(binding);
  });

  test('service form adds chat_service_sid and uses service URLs', async () => {
    client = setup();
    const is = defaultService(client).sid;
    const ch = await conversation(client);
    const response = await client.post(`/v1/Services/${is}/Conversations/${ch}/Participants`, {
      Identity: 'bob',
      Attributes: '{"a":1}',
      DateCreated: '2023-05-04T09:42:00+00:00',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      chat_service_sid: is,
      attributes: '{"a":1}',
      date_created: '2023-05-04T09:42:00Z',
      date_updated: '2023-05-04T09:42:00Z',
      url: `http://localhost:80/v1/Services/${is}/Conversations/${ch}/Participants/${response.body.sid}`,
    });
    const short = await client.get(`/v1/Conversations/${ch}/Participants/${response.body.sid}`);
    expect(short.body).not.toHaveProperty('chat_service_sid');
  });

  test.each<[string, Record<string, string>, number, number]>([
    ['identity and address together', { Identity: 'a', ...sms('+15550001') }, 50211, 400],
    ['identity and proxy address together', { Identity: 'a', 'MessagingBinding.ProxyAddress': '+1555' }, 50211, 400],
    ['nothing that identifies a participant', { Attributes: '{}' }, 50204, 400],
    ['proxy address without address', { 'MessagingBinding.ProxyAddress': '+15559999' }, 50411, 400],
    ['empty address', { 'MessagingBinding.Address': '' }, 50411, 400],
    ['empty proxy address', { 'MessagingBinding.Address': '+1555', 'MessagingBinding.ProxyAddress': '' }, 50412, 400],
    ['address equals proxy address', sms('+15559999'), 50409, 400],
    ['WhatsApp address with SMS proxy', sms('whatsapp:+15550001'), 50414, 400],
    [
      'projected address with a device address',
      { ...sms('+1555'), 'MessagingBinding.ProjectedAddress': '+1777' },
      50443,
      400,
    ],
    ['identity over 256 characters', { Identity: 'x'.repeat(257) }, 50207, 400],
    ['address over 256 characters', sms(`+${'1'.repeat(256)}`), 50407, 400],
    ['proxy address over 256 characters', sms('+15550001', `+${'1'.repeat(256)}`), 50408, 400],
    ['attributes over 4 KB', { Identity: 'a', Attributes: JSON.stringify({ a: 'x'.repeat(4096) }) }, 50303, 400],
    ['attributes not JSON', { Identity: 'a', Attributes: 'nope' }, 50304, 400],
    ['role SID malformed', { Identity: 'a', RoleSid: 'RL1' }, 50109, 400],
    ['role SID unknown', { Identity: 'a', RoleSid: `RL${'0'.repeat(32)}` }, 50109, 400],
    ['DateCreated malformed', { Identity: 'a', DateCreated: 'x' }, 50308, 400],
  ])('rejects %s', async (_name, fields, code, status) => {
    client = setup();
    const ch = await conversation(client);
    const response = await client.post(`/v1/Conversations/${ch}/Participants`, fields);
    expect(response.status).toBe(status);
    expect(response.body.code).toBe(code);
  });

  test('a service-type role is not a conversation role (50109)', async () => {
    client = setup();
    const ch = await conversation(client);
    const serviceRole = defaultService(client).configuration.defaultChatServiceRoleSid;
    const response = await client.post(`/v1/Conversations/${ch}/Participants`, { Identity: 'a', RoleSid: serviceRole });
    expect(response.body.code).toBe(50109);
    const admin = defaultService(client).configuration.defaultConversationCreatorRoleSid;
    const ok = await client.post(`/v1/Conversations/${ch}/Participants`, { Identity: 'a', RoleSid: admin });
    expect(ok.body.role_sid).toBe(admin);
  });

  test('duplicate identity in a conversation is 409 (50433); the same identity may join another conversation', async () => {
    client = setup();
    const a = await conversation(client);
    const b = await conversation(client);
    expect((await client.post(`/v1/Conversations/${a}/Participants`, { Identity: 'alice' })).status).toBe(201);
    const dup = await client.post(`/v1/Conversations/${a}/Participants`, { Identity: 'alice' });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe(50433);
    expect((await client.post(`/v1/Conversations/${b}/Participants`, { Identity: 'alice' })).status).toBe(201);
  });

  test('an address pair is unique across non-closed conversations (409, 50416 naming the holder)', async () => {
    client = setup();
    const a = await conversation(client);
    const b = await conversation(client);
    expect((await client.post(`/v1/Conversations/${a}/Participants`, sms('+15550001'))).status).toBe(201);
    const clash = await client.post(`/v1/Conversations/${b}/Participants`, sms('+15550001'));
    expect(clash.status).toBe(409);
    expect(clash.body).toMatchObject({
      code: 50416,
      message: `A binding for this participant and proxy address already exists in Conversation ${a}`,
    });
    // Another proxy address makes another pair (004:L6171).
    expect((await client.post(`/v1/Conversations/${b}/Participants`, sms('+15550001', '+15558888'))).status).toBe(201);
    // Closing the holder frees the pair (004:L28729-28732).
    await client.post(`/v1/Conversations/${a}`, { State: 'closed' });
    expect((await client.post(`/v1/Conversations/${b}/Participants`, sms('+15550001'))).status).toBe(201);
  });

  test('GMMS duplicates in one conversation are 409 (50437)', async () => {
    client = setup();
    const ch = await conversation(client);
    await client.post(`/v1/Conversations/${ch}/Participants`, { 'MessagingBinding.Address': '+15550001' });
    const dup = await client.post(`/v1/Conversations/${ch}/Participants`, { 'MessagingBinding.Address': '+15550001' });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe(50437);
  });

  test('a Group MMS conversation holds at most 10 participants (50436); a plain one is not limited to 10', async () => {
    client = setup();
    const group = await conversation(client);
    await client.post(`/v1/Conversations/${group}/Participants`, { 'MessagingBinding.Address': '+15550100' });
    for (let i = 1; i < 10; i++) {
      expect((await client.post(`/v1/Conversations/${group}/Participants`, { Identity: `g${i}` })).status).toBe(201);
    }
    const eleventh = await client.post(`/v1/Conversations/${group}/Participants`, { Identity: 'g10' });
    expect(eleventh.status).toBe(409);
    expect(eleventh.body.code).toBe(50436);
    const plain = await conversation(client);
    for (let i = 0; i < 11; i++) {
      expect((await client.post(`/v1/Conversations/${plain}/Participants`, { Identity: `p${i}` })).status).toBe(201);
    }
    const gmms = await client.post(`/v1/Conversations/${plain}/Participants`, { 'MessagingBinding.Address': '+1555' });
    expect(gmms.body.code).toBe(50436);
  });

  test('no participant joins a closed conversation (50377) or a missing one (404)', async () => {
    client = setup();
    const ch = await conversation(client, { State: 'inactive' });
    expect((await client.post(`/v1/Conversations/${ch}/Participants`, { Identity: 'a' })).status).toBe(201);
    await client.post(`/v1/Conversations/${ch}`, { State: 'closed' });
    const refused = await client.post(`/v1/Conversations/${ch}/Participants`, { Identity: 'b' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe(50377);
    expect((await client.post('/v1/Conversations/missing/Participants', { Identity: 'b' })).status).toBe(404);
  });

  test('the conversation path accepts the unique name', async () => {
    client = setup();
    const ch = await conversation(client, { UniqueName: 'room' });
    const response = await client.post('/v1/Conversations/room/Participants', { Identity: 'a' });
    expect(response.body.conversation_sid).toBe(ch);
  });

  test('events: onUserAdded then onParticipantAdded', async () => {
    client = setup();
    const ch = await conversation(client);
    const names: string[] = [];
    client.emulator.events.on((e) => names.push(e.name));
    await client.post(`/v1/Conversations/${ch}/Participants`, { Identity: 'new-user' });
    await client.post(`/v1/Conversations/${ch}/Participants`, sms('+15550001'));
    expect(names).toEqual(['onUserAdded', 'onParticipantAdded', 'onParticipantAdded']);
  });
});

describe('participant limits under concurrency', () => {
  test('1100 parallel chat adds admit exactly 1000; the rest are 409 (50417)', async () => {
    client = setup();
    const ch = await conversation(client);
    const responses = await Promise.all(
      Array.from({ length: 1100 }, (_, i) =>
        client.post(`/v1/Conversations/${ch}/Participants`, { Identity: `user-${i}` }),
      ),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1000);
    const rejected = responses.filter((r) => r.status !== 201);
    expect(rejected).toHaveLength(100);
    for (const r of rejected) expect(r.body).toMatchObject({ status: 409, code: 50417 });
    const listed = await client.get(`/v1/Conversations/${ch}/Participants?PageSize=100`);
    expect(listed.body.participants).toHaveLength(100);
    expect(defaultService(client).conversations.get(ch)!.participants.size).toBe(1000);
  });

  test('60 parallel SMS adds admit exactly 50; the rest are 409 (50418)', async () => {
    client = setup();
    const ch = await conversation(client);
    const responses = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        client.post(`/v1/Conversations/${ch}/Participants`, sms(`+1555000${1000 + i}`)),
      ),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(50);
    const rejected = responses.filter((r) => r.status !== 201);
    expect(rejected).toHaveLength(10);
    for (const r of rejected) expect(r.body).toMatchObject({ status: 409, code: 50418 });
    // Chat participants still fit.
    expect((await client.post(`/v1/Conversations/${ch}/Participants`, { Identity: 'chat' })).status).toBe(201);
  });

  test('parallel adds of one address pair to different conversations admit exactly one', async () => {
    client = setup();
    const conversations = await Promise.all(Array.from({ length: 20 }, () => conversation(client)));
    const responses = await Promise.all(
      conversations.map((ch) => client.post(`/v1/Conversations/${ch}/Participants`, sms('+15550001'))),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(responses.filter((r) => r.body.code === 50416)).toHaveLength(19);
  });
});

describe('fetch, list, update, delete', () => {
  test('fetch by SID or identity; 404 for unknown participants', async () => {
    client = setup();
    const ch = await conversation(client);
    const created = (await client.post(`/v1/Conversations/${ch}/Participants`, { Identity: 'alice' })).body;
    expect((await client.get(`/v1/Conversations/${ch}/Participants/${created.sid}`)).body).toEqual(created);
    expect((await client.get(`/v1/Conversations/${ch}/Participants/alice`)).body).toEqual(created);
    const missing = await client.get(`/v1/Conversations/${ch}/Participants/bob`);
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe(20404);
  });

  test('list walks every page in creation order', async () => {
    client = setup();
    const ch = await conversation(client);
    const created: string[] = [];
    for (let i = 0; i < 11; i++) {
      created.push((await client.post(`/v1/Conversations/${ch}/Participants`, { Identity: `p${i}` })).body.sid);
    }
    const seen: string[] = [];
    let url: string | null = `/v1/Conversations/${ch}/Participants?PageSize=4`;
    while (url !== null) {
      const page = await client.get(url);
      expect(page.body.meta.key).toBe('participants');
      seen.push(...page.body.participants.map((p: { sid: string }) => p.sid));
      const next: string | null = page.body.meta.next_page_url;
      url = next === null ? null : next.replace('http://localhost:80', '');
    }
    expect(seen).toEqual(created);
    expect((await client.get(`/v1/Conversations/${ch}/Participants?PageSize=101`)).body.code).toBe(20422);
  });

  test('update attributes, role, read horizon, dates', async () => {
    client = setup();
    const ch = await conversation(client);
    const { sid } = (await client.post(`/v1/Conversations/${ch}/Participants`, { Identity: 'alice' })).body;
    const admin = defaultService(client).configuration.defaultConversationCreatorRoleSid;
    const updated = await client.post(`/v1/Conversations/${ch}/Participants/${sid}`, {
      Attributes: '{"role":"driver"}',
      RoleSid: admin,
      LastReadMessageIndex: '5',
      LastReadTimestamp: '2020-01-01T00:00:00Z',
      DateUpdated: '2019-05-15T13:37:35Z',
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      attributes: '{"role":"driver"}',
      role_sid: admin,
      last_read_message_index: 5,
      last_read_timestamp: '2020-01-01T00:00:00Z',
      date_updated: '2019-05-15T13:37:35Z',
    });
  });

  test.each<[string, Record<string, string>, number]>([
    ['nothing known', { Foo: 'bar' }, 20161],
    ['bad read index', { LastReadMessageIndex: 'x' }, 50421],
    ['bad attributes', { Attributes: '{' }, 50304],
    ['unknown role', { RoleSid: `RL${'0'.repeat(32)}` }, 50109],
    ['identity on a chat participant', { Identity: 'other' }, 50444],
    ['proxy address on a chat participant', { 'MessagingBinding.ProxyAddress': '+15559999' }, 50441],
    ['removing a proxy address it does not have', { 'MessagingBinding.ProxyAddress': 'null' }, 50440],
    ['removing a projected address it does not have', { 'MessagingBinding.ProjectedAddress': 'null' }, 50442],
  ])('update rejects %s (chat participant)', async (_name, fields, code) => {
    client = setup();
    const ch = await conversation(client);
    const { sid } = (await client.post(`/v1/Conversations/${ch}/Participants`, { Identity: 'alice' })).body;
    const response = await client.post(`/v1/Conversations/${ch}/Participants/${sid}`, fields);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe(code);
  });

  test('update moves an SMS participant to another proxy address; the old pair is free again', async () => {
    client = setup();
    const a = await conversation(client);
    const b = await conversation(client);
    const { sid } = (await client.post(`/v1/Conversations/${a}/Participants`, sms('+15550001'))).body;
    await client.post(`/v1/Conversations/${b}/Participants`, sms('+15550001', '+15558888'));
    const clash = await client.post(`/v1/Conversations/${a}/Participants/${sid}`, {
      'MessagingBinding.ProxyAddress': '+15558888',
    });
    expect(clash.body.code).toBe(50416);
    const moved = await client.post(`/v1/Conversations/${a}/Participants/${sid}`, {
      'MessagingBinding.ProxyAddress': '+15557777',
    });
    expect(moved.body.messaging_binding).toEqual({ type: 'sms', address: '+15550001', proxy_address: '+15557777' });
    expect((await client.post(`/v1/Conversations/${b}/Participants`, sms('+15550001'))).status).toBe(201);
    const projected = await client.post(`/v1/Conversations/${a}/Participants/${sid}`, {
      'MessagingBinding.ProjectedAddress': '+15556666',
    });
    expect(projected.body.code).toBe(50443);
  });

  test('a GMMS gateway participant gets an identity; its projected address can go and come back', async () => {
    client = setup();
    const ch = await conversation(client);
    const { sid } = (
      await client.post(`/v1/Conversations/${ch}/Participants`, { 'MessagingBinding.ProjectedAddress': '+15557777' })
    ).body;
    const named = await client.post(`/v1/Conversations/${ch}/Participants/${sid}`, { Identity: 'agent-1' });
    expect(named.body).toMatchObject({
      identity: 'agent-1',
      messaging_binding: { type: 'sms', projected_address: '+15557777' },
    });
    expect((await client.get(`/v1/Conversations/${ch}/Participants/agent-1`)).body.sid).toBe(sid);
    const removed = await client.post(`/v1/Conversations/${ch}/Participants/${sid}`, {
      'MessagingBinding.ProjectedAddress': 'null',
    });
    expect(removed.body.messaging_binding).toBeNull();
  });

  test('delete: 204, then 404; the identity can join again', async () => {
    client = setup();
    const ch = await conversation(client);
    const { sid } = (await client.post(`/v1/Conversations/${ch}/Participants`, { Identity: 'alice' })).body;
    const deleted = await client.delete(`/v1/Conversations/${ch}/Participants/${sid}`);
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();
    expect((await client.get(`/v1/Conversations/${ch}/Participants/${sid}`)).status).toBe(404);
    expect((await client.delete(`/v1/Conversations/${ch}/Participants/${sid}`)).status).toBe(404);
    expect((await client.post(`/v1/Conversations/${ch}/Participants`, { Identity: 'alice' })).status).toBe(201);
  });
});
