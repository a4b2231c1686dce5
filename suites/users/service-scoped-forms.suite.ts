// @module-tag users
import { describe, expect, test } from '../../src/runtime/index.ts';
import type { TwilioError } from '../support/errors.ts';
import {
  addChatParticipant,
  createConversation,
  type Participant,
  SERVICE_SCOPE,
  userPath,
} from '../support/services.ts';
import type { UserConversation } from './support.ts';

// The service-scoped forms of User Conversations and of a participant update, on a dedicated service. User
// Conversations are documented for the default service only (004:L12528-13386); the service form is D-UCONV-1. The
// service-scoped participant update is 004:L18252-18326.

describe('User Conversations (service-scoped form)', () => {
  test('fetch returns the conversation of the service the user is in', async ({ api, data }) => {
    const scope = await SERVICE_SCOPE.open(api, data);
    const identity = data.unique('suc');
    const conversation = await createConversation(api, scope);
    const participant = await addChatParticipant(api, scope, conversation, identity);
    const res = await api.get<UserConversation>(
      `${userPath(scope, identity)}/Conversations/${conversation.sid}`,
      undefined,
      {
        expect: 200,
      },
    );
    expect(res.body).toMatchObject({
      conversation_sid: conversation.sid,
      chat_service_sid: scope.serviceSid,
      participant_sid: participant.sid,
    });
  });

  test('update sets notification_level and the read horizon of the participant', async ({ api, data }) => {
    // NotificationLevel default|muted, LastReadMessageIndex (004:L12984-12999).
    const scope = await SERVICE_SCOPE.open(api, data);
    const identity = data.unique('suc');
    const conversation = await createConversation(api, scope);
    const participant = await addChatParticipant(api, scope, conversation, identity);
    const path = `${userPath(scope, identity)}/Conversations/${conversation.sid}`;
    const res = await api.post<UserConversation>(
      path,
      { NotificationLevel: 'muted', LastReadMessageIndex: 0 },
      { expect: 200 },
    );
    expect(res.body.notification_level).toBe('muted');
    const fetched = await api.get<Participant>(participant.url, undefined, { expect: 200 });
    expect(fetched.body.last_read_message_index).toBe(0);
  });

  test('delete removes the user from the conversation, and a second delete is 404', async ({ api, data }) => {
    // "Remove a User from one of their Conversations" (004:L13312-13313).
    const scope = await SERVICE_SCOPE.open(api, data);
    const identity = data.unique('suc');
    const conversation = await createConversation(api, scope);
    const participant = await addChatParticipant(api, scope, conversation, identity);
    const path = `${userPath(scope, identity)}/Conversations/${conversation.sid}`;
    await api.delete(path, { expect: 204 });
    const gone = await api.get<TwilioError>(participant.url, undefined, { expect: 404 });
    expect(gone.body.code).toBe(20404);
    const again = await api.delete<TwilioError>(path, { expect: 404 });
    expect(again.body.code).toBe(20404);
  });

  test('an unknown conversation answers 404', async ({ api, data }) => {
    const scope = await SERVICE_SCOPE.open(api, data);
    const identity = data.unique('suc');
    const conversation = await createConversation(api, scope);
    await addChatParticipant(api, scope, conversation, identity);
    const res = await api.get<TwilioError>(
      `${userPath(scope, identity)}/Conversations/CH${'0'.repeat(32)}`,
      undefined,
      {
        expect: 404,
      },
    );
    expect(res.body.code).toBe(20404);
  });
});

describe('updateServiceConversationParticipant', () => {
  test('Attributes and the read horizon are stored when updated in the service form', async ({ api, data }) => {
    const scope = await SERVICE_SCOPE.open(api, data);
    const conversation = await createConversation(api, scope);
    const participant = await addChatParticipant(api, scope, conversation, data.unique('sp'));
    expect(participant.url).toContain(`/Services/${scope.serviceSid}/`);
    const res = await api.post<Participant & { attributes: string }>(
      participant.url,
      { Attributes: '{"seat":"4B"}', LastReadMessageIndex: 0 },
      { expect: 200 },
    );
    expect(JSON.parse(res.body.attributes)).toEqual({ seat: '4B' });
    expect(res.body.last_read_message_index).toBe(0);
  });

  test('Attributes that are not JSON are rejected in the service form', async ({ api, data }) => {
    const scope = await SERVICE_SCOPE.open(api, data);
    const conversation = await createConversation(api, scope);
    const participant = await addChatParticipant(api, scope, conversation, data.unique('sp'));
    const res = await api.post<TwilioError>(participant.url, { Attributes: '{seat' }, { expect: 400 });
    expect(res.body.code).toBe(50304);
  });
});
