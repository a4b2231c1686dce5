import { afterEach, describe, expect, test } from 'vitest';
import { generateAccount } from '../app.ts';
import type { EmulatorEvent } from '../events.ts';
import { conforms } from '../spec-support.ts';
import { defaultServiceSid, ISO, serviceMounts, setup, type TestClient } from '../test-support.ts';

let client: TestClient;
afterEach(async () => {
  await client?.emulator.close();
});

/** A conversation with `identity` as a chat participant; returns [conversation SID, participant SID]. */
async function join(c: TestClient, identity: string, fields: Record<string, string> = {}): Promise<[string, string]> {
  const ch = (await c.post('/v1/Conversations', fields)).body.sid;
  const mb = (await c.post(`/v1/Conversations/${ch}/Participants`, { Identity: identity })).body.sid;
  return [ch, mb];
}

async function send(c: TestClient, ch: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const response = await c.post(`/v1/Conversations/${ch}/Messages`, { Author: 'system', Body: `m${i}` });
    expect(response.status).toBe(201);
  }
}

describe('listUserConversation / fetchUserConversation', () => {
  test('one entry per conversation the user takes part in, every documented key, on both mounts', async () => {
    client = setup();
    const [ch, mb] = await join(client, 'alice', { FriendlyName: 'Support', UniqueName: 'support-1' });
    const user = (await client.get('/v1/Users/alice')).body.sid;
    for (const [, prefix, op] of serviceMounts(client)) {
      const list = await client.get(`${prefix}/Users/alice/Conversations`);
      await conforms(op('listUserConversation'), list, 200);
      expect(list.body.conversations).toHaveLength(1);
      const conversationUrl = `http://localhost:80${prefix}/Conversations/${ch}`;
      expect(list.body.conversations[0]).toEqual({
        account_sid: client.account.accountSid,
        chat_service_sid: defaultServiceSid(client),
        conversation_sid: ch,
        unread_messages_count: null,
        last_read_message_index: null,
        participant_sid: mb,
        user_sid: user,
        friendly_name: 'Support',
        conversation_state: 'active',
        timers: {},
        attributes: '{}',
        date_created: expect.stringMatching(ISO),
        date_updated: expect.stringMatching(ISO),
        created_by: null,
        notification_level: 'default',
        unique_name: 'support-1',
        url: `http://localhost:80${prefix}/Users/${user}/Conversations/${ch}`,
        links: { participant: `${conversationUrl}/Participants/${mb}`, conversation: conversationUrl },
      });
      // Fetch by user SID or identity, and by conversation SID or unique_name (004:L12695).
      for (const path of [`${user}/Conversations/${ch}`, 'alice/Conversations/support-1']) {
        const fetched = await client.get(`${prefix}/Users/${path}`);
        await conforms(op('fetchUserConversation'), fetched, 200);
        expect(fetched.body).toEqual(list.body.conversations[0]);
      }
    }
  });

  test('404: unknown user, unknown conversation, or a conversation the user is not in', async () => {
    client = setup();
    await join(client, 'alice');
    const [other] = await join(client, 'bob');
    await conforms('fetchUserConversation', await client.get(`/v1/Users/alice/Conversations/${other}`), 404);
    await conforms('fetchUserConversation', await client.get(`/v1/Users/alice/Conversations/CH${'0'.repeat(32)}`), 404);
    await conforms('listUserConversation', await client.get('/v1/Users/nobody/Conversations'), 404);
  });

  test('closed conversations stay listed (historical, 004:L12585) with empty timers', async () => {
    client = setup();
    const [ch] = await join(client, 'alice', { 'Timers.Closed': 'PT10M' });
    await join(client, 'alice');
    await client.post(`/v1/Conversations/${ch}`, { State: 'closed' });
    const list = await client.get('/v1/Users/alice/Conversations?PageSize=1');
    await conforms('listUserConversation', list, 200);
    expect(list.body.conversations[0]).toMatchObject({
      conversation_sid: ch,
      conversation_state: 'closed',
      timers: {},
    });
    expect(list.body.meta.next_page_url).not.toBeNull();
    await conforms('listUserConversation', await client.get('/v1/Users/alice/Conversations?PageSize=51'), 400);
  });
});

describe('unread_messages_count', () => {
  test('null until a read horizon is set, then the messages after it', async () => {
    client = setup();
    const [ch, mb] = await join(client, 'alice');
    await send(client, ch, 3);
    expect((await client.get(`/v1/Users/alice/Conversations/${ch}`)).body.unread_messages_count).toBeNull();
    await client.post(`/v1/Conversations/${ch}/Participants/${mb}`, { LastReadMessageIndex: '0' });
    const fetched = await client.get(`/v1/Users/alice/Conversations/${ch}`);
    expect(fetched.body).toMatchObject({ last_read_message_index: 0, unread_messages_count: 2 });
  });

  test('capped at 1000 (004:L12590)', async () => {
    client = setup();
    const [ch] = await join(client, 'alice');
    await send(client, ch, 1002);
    const updated = await client.post(`/v1/Users/alice/Conversations/${ch}`, { LastReadMessageIndex: '0' });
    await conforms('updateUserConversation', updated, 200);
    expect(updated.body.unread_messages_count).toBe(1000);
  }, 60_000);
});

describe('updateUserConversation', () => {
  test('NotificationLevel per user/conversation pair; read horizon written to the participant', async () => {
    client = setup();
    const [ch, mb] = await join(client, 'alice');
    const [ch2] = await join(client, 'alice');
    const events: EmulatorEvent[] = [];
    client.emulator.events.on((e) => events.push(e));
    const muted = await client.post(`/v1/Services/${defaultServiceSid(client)}/Users/alice/Conversations/${ch}`, {
      NotificationLevel: 'muted',
      LastReadMessageIndex: '4',
      LastReadTimestamp: '2024-05-01T10:00:00Z',
    });
    await conforms('updateServiceUserConversation', muted, 200);
    expect(muted.body).toMatchObject({ notification_level: 'muted', last_read_message_index: 4 });
    expect((await client.get(`/v1/Users/alice/Conversations/${ch2}`)).body.notification_level).toBe('default');
    const participant = (await client.get(`/v1/Conversations/${ch}/Participants/${mb}`)).body;
    expect(participant).toMatchObject({ last_read_message_index: 4, last_read_timestamp: '2024-05-01T10:00:00Z' });
    expect(events.map((e) => e.name)).toEqual(['onParticipantUpdated']);
    // The Participant side moves the same horizon.
    await client.post(`/v1/Conversations/${ch}/Participants/${mb}`, { LastReadMessageIndex: '7' });
    expect((await client.get(`/v1/Users/alice/Conversations/${ch}`)).body.last_read_message_index).toBe(7);
    // An empty update changes nothing (D-UCONV-2).
    const empty = await client.post(`/v1/Users/alice/Conversations/${ch}`);
    await conforms('updateUserConversation', empty, 200);
    expect(empty.body.notification_level).toBe('muted');
  });

  test.each<[string, Record<string, string>]>([
    ['NotificationLevel unknown', { NotificationLevel: 'loud' }],
    ['LastReadMessageIndex not an integer', { LastReadMessageIndex: 'x' }],
    ['LastReadTimestamp not a date-time', { LastReadTimestamp: 'yesterday' }],
  ])('400 when %s, nothing changes', async (_name, fields) => {
    client = setup();
    const [ch] = await join(client, 'alice');
    const response = await client.post(`/v1/Users/alice/Conversations/${ch}`, {
      NotificationLevel: 'muted',
      ...fields,
    });
    await conforms('updateUserConversation', response, 400);
    expect((await client.get(`/v1/Users/alice/Conversations/${ch}`)).body.notification_level).toBe('default');
  });
});

describe('deleteUserConversation', () => {
  test("204: the user's participant leaves the conversation; the user stays", async () => {
    client = setup();
    const [ch] = await join(client, 'alice');
    await conforms('deleteUserConversation', await client.delete(`/v1/Users/alice/Conversations/${ch}`), 204);
    expect((await client.get(`/v1/Conversations/${ch}/Participants`)).body.participants).toEqual([]);
    expect((await client.get('/v1/Users/alice/Conversations')).body.conversations).toEqual([]);
    expect((await client.get('/v1/Users/alice')).status).toBe(200);
    await conforms(
      'deleteServiceUserConversation',
      await client.delete(`/v1/Services/${defaultServiceSid(client)}/Users/alice/Conversations/${ch}`),
      404,
    );
    // Rejoining starts from the default notification level.
    await client.post(`/v1/Conversations/${ch}/Participants`, { Identity: 'alice' });
    expect((await client.get(`/v1/Users/alice/Conversations/${ch}`)).body.notification_level).toBe('default');
  });
});

describe('account isolation', () => {
  test("another account cannot reach a user's conversations", async () => {
    const b = generateAccount();
    client = setup({ accounts: [generateAccount(), b] });
    const [ch] = await join(client, 'alice');
    const user = (await client.get('/v1/Users/alice')).body.sid;
    const other = client.as(b);
    expect((await other.get(`/v1/Users/${user}/Conversations`)).status).toBe(404);
    expect(
      (await other.get(`/v1/Services/${defaultServiceSid(client)}/Users/${user}/Conversations/${ch}`)).status,
    ).toBe(404);
  });
});
