// @module-tag participants
// @module-tag deletion
import { describe, expect, test } from '../../src/runtime/index.ts';
import { conflictStatus, type TwilioError } from '../support/errors.ts';
import type { Message, Participant } from '../support/resources.ts';
import {
  addChatParticipant,
  addSmsParticipant,
  createConversation,
  newPair,
  sendMessage,
  smsForm,
} from './resources.ts';

// Removing a participant: "Deleting a participant removes them from the conversation … their previous messages will
// remain in the conversation" (004:L6087); the number pair is bound "until … that Participant is removed"
// (004:L28729-28732); "As soon as you delete that Conversation Participant …" the pair is unbound (004:L28783). Fetch
// accepts the identity instead of the SID (004:L6467). Anything addressed after the delete answers 404 / 20404.

describe('deleteConversationParticipant', () => {
  test('a removed participant is not found by SID', { meta: { cost: 2 } }, async ({ api, data }) => {
    const conversation = await createConversation(api, data);
    const participant = await addChatParticipant(api, conversation, data.unique('delete'));
    await api.delete(participant.url, { expect: 204 });
    const res = await api.get<TwilioError>(participant.url, undefined, { expect: 404 });
    expect(res.body.code).toBe(20404);
  });

  test('a removed participant is not found by identity', { meta: { cost: 2 } }, async ({ api, data }) => {
    const conversation = await createConversation(api, data);
    const identity = data.unique('delete');
    const participant = await addChatParticipant(api, conversation, identity);
    await api.delete(participant.url, { expect: 204 });
    const res = await api.get<TwilioError>(`${conversation.links.participants}/${identity}`, undefined, {
      expect: 404,
    });
    expect(res.body.code).toBe(20404);
  });

  test('a second delete answers 404', { meta: { cost: 2 } }, async ({ api, data }) => {
    const conversation = await createConversation(api, data);
    const participant = await addChatParticipant(api, conversation, data.unique('delete'));
    await api.delete(participant.url, { expect: 204 });
    const res = await api.delete<TwilioError>(participant.url, { expect: 404 });
    expect(res.body.code).toBe(20404);
  });

  test('an update after the delete answers 404', { meta: { cost: 2 } }, async ({ api, data }) => {
    const conversation = await createConversation(api, data);
    const participant = await addChatParticipant(api, conversation, data.unique('delete'));
    await api.delete(participant.url, { expect: 204 });
    const res = await api.post<TwilioError>(participant.url, { Attributes: '{"after":"delete"}' }, { expect: 404 });
    expect(res.body.code).toBe(20404);
  });

  test('a removed participant is no longer listed, the others stay', { meta: { cost: 3 } }, async ({ api, data }) => {
    const conversation = await createConversation(api, data);
    const leaving = await addChatParticipant(api, conversation, data.unique('delete'));
    const staying = await addChatParticipant(api, conversation, data.unique('delete'));
    await api.delete(leaving.url, { expect: 204 });
    const listed = await api.listAll<Participant>(conversation.links.participants, 'participants');
    expect(listed.map((p) => p.sid)).toEqual([staying.sid]);
  });

  test('its number pair is free again', { meta: { cost: 4 } }, async ({ api, data, target }) => {
    const pair = newPair(data);
    const conversation = await createConversation(api, data);
    const participant = await addSmsParticipant(api, conversation, pair);
    const elsewhere = await createConversation(api, data);
    // While the participant exists the pair is bound (004:L28725; 50416, D-PART-4).
    const held = await api.post<TwilioError>(elsewhere.links.participants, smsForm(pair), {
      expect: conflictStatus(target),
      cleanup: true,
    });
    expect(held.body.code).toBe(50416);
    await api.delete(participant.url, { expect: 204 });
    await addSmsParticipant(api, elsewhere, pair);
  });

  test('the same identity can join again, as a new participant', { meta: { cost: 3 } }, async ({ api, data }) => {
    const conversation = await createConversation(api, data);
    const identity = data.unique('delete');
    const first = await addChatParticipant(api, conversation, identity);
    await api.delete(first.url, { expect: 204 });
    const again = await addChatParticipant(api, conversation, identity);
    expect(again.identity).toBe(identity);
    expect(again.sid).not.toBe(first.sid);
  });

  test('a participant of a deleted conversation cannot be removed', { meta: { cost: 2 } }, async ({ api, data }) => {
    const conversation = await createConversation(api, data);
    const participant = await addChatParticipant(api, conversation, data.unique('delete'));
    await api.delete(conversation.url, { expect: 204 });
    const res = await api.delete<TwilioError>(participant.url, { expect: 404 });
    expect(res.body.code).toBe(20404);
  });

  test("the removed participant's earlier messages stay in the conversation", { meta: { cost: 3 } }, async ({
    api,
    data,
  }) => {
    const conversation = await createConversation(api, data);
    const identity = data.unique('delete');
    const participant = await addChatParticipant(api, conversation, identity);
    const message = await sendMessage(api, conversation, identity, 'said before leaving');
    await api.delete(participant.url, { expect: 204 });
    const kept = await api.get<Message>(message.url, undefined, { expect: 200 });
    expect(kept.body.author).toBe(identity);
  });
});
