// @module-tag conversations
// @module-tag deletion
import { describe, expect, test } from '../../src/runtime/index.ts';
import { conflictStatus, type TwilioError } from '../support/errors.ts';
import {
  addChatParticipant,
  addSmsParticipant,
  addWebhook,
  type Conversation,
  createConversation,
  newPair,
  sendMessage,
  smsForm,
} from './resources.ts';

// Deleting a conversation: "When you remove a Conversation object, all its Messages, attached Media, and Participants
// will be deleted" (004:L33787); "When you delete a parent object, you will also delete its child object … Once
// deleted, these resources are unrecoverable" (004:L33840). A deleted conversation frees its participants' number
// pairs (004:L28729-28732). `{Sid}` may be the unique_name on fetch, update and delete (004:L16770, L17138, L17354).
// Anything addressed after the delete answers 404 / 20404 (error-codes.md §2).

describe('deleteConversation: the conversation itself', () => {
  test('a deleted conversation is not found by SID', async ({ api, data }) => {
    const conversation = await createConversation(api, data);
    await api.delete(conversation.url, { expect: 204 });
    const res = await api.get<TwilioError>(`/v1/Conversations/${conversation.sid}`, undefined, { expect: 404 });
    expect(res.body.code).toBe(20404);
  });

  test('a deleted conversation is not found by its unique_name', async ({ api, data }) => {
    const conversation = await createConversation(api, data);
    await api.delete(conversation.url, { expect: 204 });
    const res = await api.get<TwilioError>(`/v1/Conversations/${conversation.unique_name}`, undefined, {
      expect: 404,
    });
    expect(res.body.code).toBe(20404);
  });

  test('deleting by unique_name deletes the conversation', async ({ api, data }) => {
    const conversation = await createConversation(api, data);
    await api.delete(`/v1/Conversations/${conversation.unique_name}`, { expect: 204 });
    await api.get(`/v1/Conversations/${conversation.sid}`, undefined, { expect: 404 });
  });

  test('a second delete answers 404', async ({ api, data }) => {
    const conversation = await createConversation(api, data);
    await api.delete(conversation.url, { expect: 204 });
    const res = await api.delete<TwilioError>(conversation.url, { expect: 404 });
    expect(res.body.code).toBe(20404);
  });

  test('an update after the delete answers 404 and brings nothing back', async ({ api, data }) => {
    const conversation = await createConversation(api, data);
    await api.delete(conversation.url, { expect: 204 });
    const res = await api.post<TwilioError>(conversation.url, { FriendlyName: 'revived?' }, { expect: 404 });
    expect(res.body.code).toBe(20404);
    await api.get(conversation.url, undefined, { expect: 404 });
  });

  test('a deleted conversation is no longer listed', async ({ api, data }) => {
    const conversation = await createConversation(api, data);
    await api.delete(conversation.url, { expect: 204 });
    const listed = await api.listAll<{ sid: string }>('/v1/Conversations', 'conversations', { PageSize: 100 });
    expect(listed.map((c) => c.sid)).not.toContain(conversation.sid);
  });

  test('a conversation deleted through its service form is gone from the default form', async ({ api, data }) => {
    // The default-service paths address the same conversations as the service form (004:L7354-7359; D-CONV-1).
    const conversation = await createConversation(api, data);
    await api.delete(`/v1/Services/${conversation.chat_service_sid}/Conversations/${conversation.sid}`, {
      expect: 204,
    });
    await api.get(`/v1/Conversations/${conversation.sid}`, undefined, { expect: 404 });
  });

  test('its unique_name can be used again', { meta: { cost: 2 } }, async ({ api, data, target }) => {
    const conversation = await createConversation(api, data);
    const unique = conversation.unique_name ?? '';
    // While it exists the name is taken (D-CONV-4, 50353) — the release below is then observable.
    const taken = await api.post<TwilioError>(
      '/v1/Conversations',
      { UniqueName: unique },
      { expect: conflictStatus(target), cleanup: true },
    );
    expect(taken.body.code).toBe(50353);
    await api.delete(conversation.url, { expect: 204 });
    const again = await api.post<Conversation>(
      '/v1/Conversations',
      { UniqueName: unique },
      { expect: 201, cleanup: true },
    );
    expect(again.body.sid).not.toBe(conversation.sid);
    expect(again.body.unique_name).toBe(unique);
  });
});

describe('deleteConversation: its participants', () => {
  test('its participants are not found any more', { meta: { cost: 2 } }, async ({ api, data }) => {
    const conversation = await createConversation(api, data);
    const participant = await addChatParticipant(api, conversation, data.unique('delete'));
    await api.delete(conversation.url, { expect: 204 });
    const res = await api.get<TwilioError>(participant.url, undefined, { expect: 404 });
    expect(res.body.code).toBe(20404);
  });

  test('the participant list of the deleted conversation answers 404', { meta: { cost: 2 } }, async ({ api, data }) => {
    const conversation = await createConversation(api, data);
    await addChatParticipant(api, conversation, data.unique('delete'));
    await api.delete(conversation.url, { expect: 204 });
    const res = await api.get<TwilioError>(conversation.links.participants, undefined, { expect: 404 });
    expect(res.body.code).toBe(20404);
  });

  test('its participants cannot be updated or removed any more', { meta: { cost: 2 } }, async ({ api, data }) => {
    const conversation = await createConversation(api, data);
    const participant = await addChatParticipant(api, conversation, data.unique('delete'));
    await api.delete(conversation.url, { expect: 204 });
    await api.post(participant.url, { Attributes: '{"after":"delete"}' }, { expect: 404 });
    await api.delete(participant.url, { expect: 404 });
  });

  test("its participants' number pairs are free again", { meta: { cost: 4 } }, async ({ api, data, target }) => {
    const conversation = await createConversation(api, data);
    const pair = newPair(data);
    await addSmsParticipant(api, conversation, pair);
    const elsewhere = await createConversation(api, data);
    // While the conversation exists the pair is bound to it (004:L28725; 50416, D-PART-4).
    const held = await api.post<TwilioError>(elsewhere.links.participants, smsForm(pair), {
      expect: conflictStatus(target),
      cleanup: true,
    });
    expect(held.body.code).toBe(50416);
    await api.delete(conversation.url, { expect: 204 });
    await addSmsParticipant(api, elsewhere, pair);
  });

  test('its chat identities may join another conversation', { meta: { cost: 4 } }, async ({ api, data }) => {
    const identity = data.unique('delete');
    const conversation = await createConversation(api, data);
    await addChatParticipant(api, conversation, identity);
    await api.delete(conversation.url, { expect: 204 });
    const elsewhere = await createConversation(api, data);
    const joined = await addChatParticipant(api, elsewhere, identity);
    expect(joined.identity).toBe(identity);
  });
});

describe('deleteConversation: its messages and webhooks', () => {
  test('its messages are not found any more', { meta: { cost: 2 } }, async ({ api, data }) => {
    const conversation = await createConversation(api, data);
    const message = await sendMessage(api, conversation, 'author', 'deleted with its conversation');
    await api.delete(conversation.url, { expect: 204 });
    const res = await api.get<TwilioError>(message.url, undefined, { expect: 404 });
    expect(res.body.code).toBe(20404);
  });

  test('the message list of the deleted conversation answers 404', { meta: { cost: 2 } }, async ({ api, data }) => {
    const conversation = await createConversation(api, data);
    await sendMessage(api, conversation, 'author', 'deleted with its conversation');
    await api.delete(conversation.url, { expect: 204 });
    const res = await api.get<TwilioError>(conversation.links.messages, undefined, { expect: 404 });
    expect(res.body.code).toBe(20404);
  });

  test('its webhooks are not found any more', { meta: { cost: 2 } }, async ({ api, data }) => {
    const conversation = await createConversation(api, data);
    const webhook = await addWebhook(api, conversation, data);
    await api.delete(conversation.url, { expect: 204 });
    const res = await api.get<TwilioError>(webhook.url, undefined, { expect: 404 });
    expect(res.body.code).toBe(20404);
  });

  test('the webhook list of the deleted conversation answers 404', { meta: { cost: 2 } }, async ({ api, data }) => {
    const conversation = await createConversation(api, data);
    await addWebhook(api, conversation, data);
    await api.delete(conversation.url, { expect: 204 });
    const res = await api.get<TwilioError>(conversation.links.webhooks, undefined, { expect: 404 });
    expect(res.body.code).toBe(20404);
  });
});
