import { afterEach, describe, expect, test } from 'vitest';
import { generateAccount } from '../app.ts';
import { conforms } from '../spec-support.ts';
import { defaultServiceSid, ISO, setup, type TestClient } from '../test-support.ts';

let client: TestClient;
afterEach(async () => {
  await client?.emulator.close();
});

async function conversation(c: TestClient, fields: Record<string, string> = {}): Promise<string> {
  return (await c.post('/v1/Conversations', fields)).body.sid;
}

describe('listParticipantConversation', () => {
  test('by Identity: every documented key, on both mounts', async () => {
    client = setup();
    const ch = await conversation(client, { FriendlyName: 'Support', UniqueName: 'u1' });
    const mb = (await client.post(`/v1/Conversations/${ch}/Participants`, { Identity: 'alice' })).body.sid;
    const user = (await client.get('/v1/Users/alice')).body.sid;
    for (const [prefix, op] of [
      ['/v1', 'listParticipantConversation'],
      [`/v1/Services/${defaultServiceSid(client)}`, 'listServiceParticipantConversation'],
    ] as const) {
      const response = await client.get(`${prefix}/ParticipantConversations?Identity=alice`);
      await conforms(op, response, 200);
      const conversationUrl = `http://localhost:80${prefix}/Conversations/${ch}`;
      expect(response.body.conversations).toEqual([
        {
          account_sid: client.account.accountSid,
          chat_service_sid: defaultServiceSid(client),
          participant_sid: mb,
          participant_user_sid: user,
          participant_identity: 'alice',
          participant_messaging_binding: null,
          conversation_sid: ch,
          conversation_unique_name: 'u1',
          conversation_friendly_name: 'Support',
          conversation_attributes: '{}',
          conversation_date_created: expect.stringMatching(ISO),
          conversation_date_updated: expect.stringMatching(ISO),
          conversation_created_by: null,
          conversation_state: 'active',
          conversation_timers: {},
          links: { participant: `${conversationUrl}/Participants/${mb}`, conversation: conversationUrl },
        },
      ]);
      expect(response.body.meta.url).toContain('Identity=alice');
    }
  });

  test('by Address (url-encoded): non-chat participants, user fields null, sorted by conversation SID', async () => {
    client = setup();
    const sids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const ch = await conversation(client);
      sids.push(ch);
      await client.post(`/v1/Conversations/${ch}/Participants`, {
        'MessagingBinding.Address': '+15550001',
        'MessagingBinding.ProxyAddress': `+1555999${i}`,
      });
    }
    await client.post(`/v1/Conversations/${await conversation(client)}/Participants`, { Identity: '+15550001' });
    const response = await client.get('/v1/ParticipantConversations?Address=%2B15550001&PageSize=2');
    await conforms('listParticipantConversation', response, 200);
    const sorted = [...sids].sort();
    expect(response.body.conversations.map((c: { conversation_sid: string }) => c.conversation_sid)).toEqual(
      sorted.slice(0, 2),
    );
    expect(response.body.conversations[0]).toMatchObject({
      participant_user_sid: null,
      participant_identity: null,
      participant_messaging_binding: { type: 'sms', address: '+15550001' },
    });
    const next = await client.get(response.body.meta.next_page_url.replace('http://localhost:80', ''));
    await conforms('listParticipantConversation', next, 200);
    expect(next.body.conversations.map((c: { conversation_sid: string }) => c.conversation_sid)).toEqual([sorted[2]]);
  });

  test('exact match only; an empty result is an empty page', async () => {
    client = setup();
    await client.post(`/v1/Conversations/${await conversation(client)}/Participants`, { Identity: 'alice' });
    const response = await client.get('/v1/ParticipantConversations?Identity=Alice');
    await conforms('listParticipantConversation', response, 200);
    expect(response.body.conversations).toEqual([]);
  });

  test.each([
    ['both Identity and Address', '?Identity=alice&Address=%2B15550001'],
    ['neither', ''],
  ])('400/50451 with %s', async (_name, query) => {
    client = setup();
    const response = await client.get(`/v1/ParticipantConversations${query}`);
    await conforms('listParticipantConversation', response, 400);
    expect(response.body.code).toBe(50451);
  });

  test('PageSize above 50 is 400', async () => {
    client = setup();
    const response = await client.get('/v1/ParticipantConversations?Identity=a&PageSize=51');
    await conforms('listParticipantConversation', response, 400);
  });

  test("another account's participants are not found; its service is 404", async () => {
    const b = generateAccount();
    client = setup({ accounts: [generateAccount(), b] });
    await client.post(`/v1/Conversations/${await conversation(client)}/Participants`, { Identity: 'alice' });
    const other = client.as(b);
    expect((await other.get('/v1/ParticipantConversations?Identity=alice')).body.conversations).toEqual([]);
    const foreign = await other.get(
      `/v1/Services/${defaultServiceSid(client)}/ParticipantConversations?Identity=alice`,
    );
    expect(foreign.status).toBe(404);
  });
});
