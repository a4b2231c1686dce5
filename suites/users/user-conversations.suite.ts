// @module-tag users
import { describe, expect, type ScenarioApi, test } from '../../src/runtime/index.ts';
import type { TwilioError } from '../support/errors.ts';
import {
  addChatParticipant,
  type Conversation,
  createConversation,
  createUser,
  DEFAULT_SCOPE,
  type Participant,
  SERVICE_SCOPE,
  userPath,
} from '../support/services.ts';
import type { UserConversation } from './support.ts';

// User Conversations: the conversations a User takes part in, seen from the User (004:L12528-13386). The documented
// form is `/v1/Users/{UserSid}/Conversations` (default service); the service form is undocumented (D-UCONV-1) and is
// exercised once, on a dedicated service.

/** The user conversations of `identity`, every page. */
function listOf(api: ScenarioApi, base: string, identity: string): Promise<UserConversation[]> {
  return api.listAll<UserConversation>(`${base}/Users/${encodeURIComponent(identity)}/Conversations`, 'conversations');
}

/** Posts `count` messages authored by `author`; returns their indexes. */
async function postMessages(api: ScenarioApi, conversation: Conversation, author: string, count: number) {
  const indexes: number[] = [];
  for (let i = 0; i < count; i++) {
    const res = await api.post<{ index: number }>(
      conversation.links.messages,
      { Author: author, Body: `message ${i}` },
      { expect: 201, cleanup: true },
    );
    indexes.push(res.body.index);
  }
  return indexes;
}

describe('listUserConversation', () => {
  test('a conversation is listed after the user joins it', async ({ api, data }) => {
    const scope = await DEFAULT_SCOPE.open(api, data);
    const identity = data.unique('uc');
    const user = await createUser(api, scope, identity);
    expect(await listOf(api, scope.base, identity)).toEqual([]);
    const conversation = await createConversation(api, scope, { FriendlyName: data.unique('room') });
    const participant = await addChatParticipant(api, scope, conversation, identity);
    const listed = await listOf(api, scope.base, identity);
    // Properties 004:L12592-12691.
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      conversation_sid: conversation.sid,
      participant_sid: participant.sid,
      user_sid: user.sid,
      chat_service_sid: scope.serviceSid,
      conversation_state: 'active',
      notification_level: 'default',
    });
  });

  test('every joined conversation is listed, and a left one is not', async ({ api, data }) => {
    // "list present or historical conversations" (004:L12584-12587): a removed participant's conversation is gone.
    const scope = await DEFAULT_SCOPE.open(api, data);
    const identity = data.unique('uc');
    const kept = await createConversation(api, scope);
    const left = await createConversation(api, scope);
    await addChatParticipant(api, scope, kept, identity);
    const leaving = await addChatParticipant(api, scope, left, identity);
    expect((await listOf(api, scope.base, identity)).map((c) => c.conversation_sid).sort()).toEqual(
      [kept.sid, left.sid].sort(),
    );
    await api.delete(leaving.url, { expect: 204 });
    expect((await listOf(api, scope.base, identity)).map((c) => c.conversation_sid)).toEqual([kept.sid]);
  });

  test('the service-scoped form lists the conversations of a dedicated service', async ({ api, data }) => {
    // Undocumented path (D-UCONV-1): a 404 from a live target is a known gap.
    const scope = await SERVICE_SCOPE.open(api, data);
    const identity = data.unique('uc');
    const conversation = await createConversation(api, scope);
    await addChatParticipant(api, scope, conversation, identity);
    const listed = await listOf(api, scope.base, identity);
    expect(listed.map((c) => [c.conversation_sid, c.chat_service_sid])).toEqual([[conversation.sid, scope.serviceSid]]);
  });
});

describe('fetchUserConversation', () => {
  test('the conversation is found by its unique_name too', async ({ api, data }) => {
    // {ConversationSid} is "the SID or unique_name" (004:L12703-12706).
    const scope = await DEFAULT_SCOPE.open(api, data);
    const identity = data.unique('uc');
    const conversation = await createConversation(api, scope, { UniqueName: data.unique('uc-room') });
    await addChatParticipant(api, scope, conversation, identity);
    const name = conversation.unique_name ?? '';
    const res = await api.get<UserConversation>(
      `${userPath(scope, identity)}/Conversations/${encodeURIComponent(name)}`,
      undefined,
      { expect: 200 },
    );
    expect(res.body.conversation_sid).toBe(conversation.sid);
    expect(res.body.unique_name).toBe(name);
  });

  test('a conversation the user is not in answers 404', async ({ api, data }) => {
    const scope = await DEFAULT_SCOPE.open(api, data);
    const identity = data.unique('uc');
    await createUser(api, scope, identity);
    const conversation = await createConversation(api, scope);
    const res = await api.get<TwilioError>(
      `${userPath(scope, identity)}/Conversations/${conversation.sid}`,
      undefined,
      {
        expect: 404,
      },
    );
    expect(res.body.code).toBe(20404);
  });

  test('unread_messages_count counts the messages after the read index', async ({ api, data }) => {
    // Unread counts are null (or 0) until a read horizon is set (004:L34435-34440), then count the messages above it.
    const scope = await DEFAULT_SCOPE.open(api, data);
    const identity = data.unique('reader');
    const conversation = await createConversation(api, scope);
    const participant = await addChatParticipant(api, scope, conversation, identity);
    const indexes = await postMessages(api, conversation, data.unique('writer'), 3);
    const url = `${userPath(scope, identity)}/Conversations/${conversation.sid}`;
    const before = await api.get<UserConversation>(url, undefined, { expect: 200 });
    expect([null, 0]).toContain(before.body.unread_messages_count);
    await api.post(participant.url, { LastReadMessageIndex: indexes[0] }, { expect: 200 });
    const after = await api.get<UserConversation>(url, undefined, { expect: 200 });
    expect(after.body.last_read_message_index).toBe(indexes[0]);
    expect(after.body.unread_messages_count).toBe(2);
  });
});

describe('updateUserConversation', () => {
  test('NotificationLevel muted is kept, and default restores it', async ({ api, data }) => {
    // "set separately for each user/conversation pair" (004:L13141); values default|muted (004:L12984-12988).
    const scope = await DEFAULT_SCOPE.open(api, data);
    const identity = data.unique('mute');
    const muted = await createConversation(api, scope);
    const other = await createConversation(api, scope);
    await addChatParticipant(api, scope, muted, identity);
    await addChatParticipant(api, scope, other, identity);
    const url = `${userPath(scope, identity)}/Conversations/${muted.sid}`;
    const updated = await api.post<UserConversation>(url, { NotificationLevel: 'muted' }, { expect: 200 });
    expect(updated.body.notification_level).toBe('muted');
    const listed = await listOf(api, scope.base, identity);
    expect(Object.fromEntries(listed.map((c) => [c.conversation_sid, c.notification_level]))).toEqual({
      [muted.sid]: 'muted',
      [other.sid]: 'default',
    });
    const restored = await api.post<UserConversation>(url, { NotificationLevel: 'default' }, { expect: 200 });
    expect(restored.body.notification_level).toBe('default');
  });

  test('a NotificationLevel outside default|muted is rejected with 400', async ({ api, data }) => {
    const scope = await DEFAULT_SCOPE.open(api, data);
    const identity = data.unique('mute');
    const conversation = await createConversation(api, scope);
    await addChatParticipant(api, scope, conversation, identity);
    const url = `${userPath(scope, identity)}/Conversations/${conversation.sid}`;
    const res = await api.post<TwilioError>(url, { NotificationLevel: 'loud' }, { expect: 400 });
    expect(res.body.code).toBe(20422);
    const fetched = await api.get<UserConversation>(url, undefined, { expect: 200 });
    expect(fetched.body.notification_level).toBe('default');
  });

  test("LastReadMessageIndex is written to the user's participant", async ({ api, data }) => {
    // The read horizon of the User Conversation and of the Participant is one value (004:L34377; D-UCONV-3).
    const scope = await DEFAULT_SCOPE.open(api, data);
    const identity = data.unique('horizon');
    const conversation = await createConversation(api, scope);
    const participant = await addChatParticipant(api, scope, conversation, identity);
    const indexes = await postMessages(api, conversation, data.unique('writer'), 4);
    const url = `${userPath(scope, identity)}/Conversations/${conversation.sid}`;
    const updated = await api.post<UserConversation>(url, { LastReadMessageIndex: indexes[1] }, { expect: 200 });
    expect(updated.body.last_read_message_index).toBe(indexes[1]);
    expect(updated.body.unread_messages_count).toBe(2);
    const fetched = await api.get<Participant>(participant.url, undefined, { expect: 200 });
    expect(fetched.body.last_read_message_index).toBe(indexes[1]);
  });
});

describe('deleteUserConversation', () => {
  test("deleting removes the user's participant but keeps the user and the conversation", async ({ api, data }) => {
    // "Remove a User from one of their Conversations" (004:L13312-13313; D-UCONV-6).
    const scope = await DEFAULT_SCOPE.open(api, data);
    const identity = data.unique('leave');
    const conversation = await createConversation(api, scope);
    const participant = await addChatParticipant(api, scope, conversation, identity);
    const url = `${userPath(scope, identity)}/Conversations/${conversation.sid}`;
    await api.delete(url, { expect: 204 });
    await api.get(participant.url, undefined, { expect: 404 });
    await api.get(url, undefined, { expect: 404 });
    await api.get(userPath(scope, identity), undefined, { expect: 200 });
    await api.get(conversation.url, undefined, { expect: 200 });
  });
});
