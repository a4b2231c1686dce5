// @module-tag users
import { describe, expect, test } from '../../src/runtime/index.ts';
import {
  addChatParticipant,
  createConversation,
  createUser,
  emulatorOnly,
  isEmulator,
  type Participant,
  SERVICE_SCOPE,
  serviceConfiguration,
  type User,
  userPath,
} from '../support/services.ts';

// Users and the participants that stand for them, in a dedicated service. "Every Conversation Participant who connects
// with a Chat SDK … is backed by a User. Participants over SMS or other non-chat channel … do not have a corresponding
// User" (004:L7874).

describe('createServiceConversationParticipant (chat)', () => {
  test('adding a chat participant creates its User with the service default role', async ({ api, data }) => {
    const scope = await SERVICE_SCOPE.open(api, data);
    const conversation = await createConversation(api, scope);
    const identity = data.unique('joiner');
    await api.get(userPath(scope, identity), undefined, { expect: 404 });
    await addChatParticipant(api, scope, conversation, identity);
    const user = await api.get<User>(userPath(scope, identity), undefined, { expect: 200 });
    expect(user.body.identity).toBe(identity);
    expect(user.body.chat_service_sid).toBe(scope.serviceSid);
    expect(user.body.role_sid).toBe((await serviceConfiguration(api, scope.serviceSid)).default_chat_service_role_sid);
  });

  test('adding a chat participant for an existing User keeps that User', async ({ api, data }) => {
    const scope = await SERVICE_SCOPE.open(api, data);
    const user = await createUser(api, scope, data.unique('existing'), { FriendlyName: 'kept' });
    const conversation = await createConversation(api, scope);
    await addChatParticipant(api, scope, conversation, user.identity);
    const after = await api.get<User>(user.url, undefined, { expect: 200 });
    expect(after.body).toMatchObject({ sid: user.sid, friendly_name: 'kept' });
  });

  test('adding an SMS participant creates no User', async ({ api, data }) => {
    const scope = await SERVICE_SCOPE.open(api, data);
    const conversation = await createConversation(api, scope);
    await api.post(
      conversation.links.participants,
      { 'MessagingBinding.Address': data.phone(), 'MessagingBinding.ProxyAddress': data.phone() },
      { expect: 201, cleanup: true },
    );
    const users = await api.listAll<User>(`${scope.base}/Users`, 'users');
    expect(users).toEqual([]);
  });
});

describe('deleteServiceUser (participants)', () => {
  test("deleting a user removes the user's chat participants from every conversation", async ({
    api,
    data,
    target,
    skip,
  }) => {
    // The docs are silent on what a User delete does to its participants (seed-inventory §3.13); D-EMU-USER-1.
    if (!isEmulator(target)) skip(emulatorOnly('D-EMU-USER-1'));
    const scope = await SERVICE_SCOPE.open(api, data);
    const identity = data.unique('leaver');
    const first = await createConversation(api, scope);
    const second = await createConversation(api, scope);
    const joined: Participant[] = [
      await addChatParticipant(api, scope, first, identity),
      await addChatParticipant(api, scope, second, identity),
    ];
    const bystander = await addChatParticipant(api, scope, first, data.unique('stays'));
    await api.delete(userPath(scope, identity), { expect: 204 });
    for (const participant of joined) await api.get(participant.url, undefined, { expect: 404 });
    const remaining = await api.listAll<Participant>(first.links.participants, 'participants');
    expect(remaining.map((p) => p.sid)).toEqual([bystander.sid]);
  });

  test('a deleted user no longer appears in Participant Conversations', async ({ api, data, target, skip }) => {
    if (!isEmulator(target)) skip(emulatorOnly('D-EMU-USER-1'));
    const scope = await SERVICE_SCOPE.open(api, data);
    const identity = data.unique('vanish');
    const conversation = await createConversation(api, scope);
    await addChatParticipant(api, scope, conversation, identity);
    await api.delete(userPath(scope, identity), { expect: 204 });
    const found = await api.listAll(`${scope.base}/ParticipantConversations`, 'conversations', { Identity: identity });
    expect(found).toEqual([]);
  });
});
