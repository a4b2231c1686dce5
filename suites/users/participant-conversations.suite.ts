// @module-tag users
import { describe, expect, type ScenarioApi, test } from '../../src/runtime/index.ts';
import type { TwilioError } from '../support/errors.ts';
import {
  addChatParticipant,
  createConversation,
  createUser,
  DEFAULT_SCOPE,
  SERVICE_SCOPE,
  type ServiceScope,
} from '../support/services.ts';

// Participant Conversations: every conversation a participant identifier takes part in, looked up by chat Identity or
// non-chat Address, "sorted by the conversationSid alphabetically" (004:L13430-13436; list L13529-13553). Documented
// at `/v1/ParticipantConversations`; the service form comes from the Service link (004:L16030; D-PCONV-1).

interface ParticipantConversation {
  chat_service_sid: string;
  participant_sid: string;
  participant_user_sid: string | null;
  participant_identity: string | null;
  participant_messaging_binding: { address?: string; proxy_address?: string } | null;
  conversation_sid: string;
  conversation_friendly_name: string | null;
  conversation_state: string;
}

function lookup(api: ScenarioApi, scope: ServiceScope, query: Record<string, string>) {
  return api.listAll<ParticipantConversation>(`${scope.base}/ParticipantConversations`, 'conversations', query);
}

describe('listParticipantConversation', () => {
  test('Identity finds every conversation of that chat user, with its User SID', async ({ api, data }) => {
    const scope = await DEFAULT_SCOPE.open(api, data);
    const identity = data.unique('pc');
    const user = await createUser(api, scope, identity);
    const first = await createConversation(api, scope, { FriendlyName: data.unique('pc-room') });
    const second = await createConversation(api, scope);
    const a = await addChatParticipant(api, scope, first, identity);
    const b = await addChatParticipant(api, scope, second, identity);
    const found = await lookup(api, scope, { Identity: identity });
    expect(found.map((c) => [c.conversation_sid, c.participant_sid]).sort()).toEqual(
      [
        [first.sid, a.sid],
        [second.sid, b.sid],
      ].sort(),
    );
    // Identity is non-null for SDK participants (004:L13468); a chat participant is backed by its User (004:L7874).
    expect(found.every((c) => c.participant_identity === identity && c.participant_user_sid === user.sid)).toBe(true);
  });

  test('Address finds an SMS participant when its + is url-encoded', async ({ api, data }) => {
    // "The address … must be url-encoded" e.g. + as %2B (004:L13533); the kit's client sends `Address=%2B1555…`.
    const scope = await DEFAULT_SCOPE.open(api, data);
    const address = data.phone();
    const conversation = await createConversation(api, scope);
    const participant = await api.post<{ sid: string }>(
      conversation.links.participants,
      { 'MessagingBinding.Address': address, 'MessagingBinding.ProxyAddress': data.phone() },
      { expect: 201, cleanup: true },
    );
    const res = await api.get<{ conversations: ParticipantConversation[] }>(
      `${scope.base}/ParticipantConversations`,
      { Address: address },
      { expect: 200 },
    );
    expect(res.body.conversations).toHaveLength(1);
    expect(res.body.conversations[0]).toMatchObject({
      conversation_sid: conversation.sid,
      participant_sid: participant.body.sid,
      participant_identity: null,
      participant_user_sid: null,
    });
    expect(res.body.conversations[0]?.participant_messaging_binding?.address).toBe(address);
  });

  test('results are sorted by conversation SID', async ({ api, data }) => {
    const scope = await DEFAULT_SCOPE.open(api, data);
    const identity = data.unique('sorted');
    const conversations = [];
    for (let i = 0; i < 4; i++) conversations.push(await createConversation(api, scope));
    // Join in reverse creation order so neither creation nor join order is the SID order by accident.
    for (const conversation of [...conversations].reverse()) {
      await addChatParticipant(api, scope, conversation, identity);
    }
    const found = (await lookup(api, scope, { Identity: identity })).map((c) => c.conversation_sid);
    expect(found).toHaveLength(4);
    expect(found).toEqual([...found].sort());
  });

  test('an identity in no conversation gives an empty list', async ({ api, data }) => {
    const scope = await DEFAULT_SCOPE.open(api, data);
    expect(await lookup(api, scope, { Identity: data.unique('nobody') })).toEqual([]);
  });

  test('Identity and Address together are rejected with 400 and code 50451', async ({ api, data }) => {
    // "Users can provide only one parameter at a time" (004:L13436; D-PCONV-2).
    const res = await api.get<TwilioError>(
      '/v1/ParticipantConversations',
      { Identity: data.unique('both'), Address: data.phone() },
      { expect: 400 },
    );
    expect(res.body.code).toBe(50451);
  });

  test('neither Identity nor Address is rejected with 400 and code 50451', async ({ api }) => {
    // D-PCONV-2 [inferred]: a lookup needs exactly one identifier.
    const res = await api.get<TwilioError>('/v1/ParticipantConversations', undefined, { expect: 400 });
    expect(res.body.code).toBe(50451);
  });
});

describe('listServiceParticipantConversation', () => {
  test("a dedicated service's lookup sees only that service's conversations", async ({ api, data }) => {
    const mine = await SERVICE_SCOPE.open(api, data);
    const other = await DEFAULT_SCOPE.open(api, data);
    const identity = data.unique('scoped');
    const inside = await createConversation(api, mine);
    const outside = await createConversation(api, other);
    await addChatParticipant(api, mine, inside, identity);
    await addChatParticipant(api, other, outside, identity);
    const found = await lookup(api, mine, { Identity: identity });
    expect(found.map((c) => [c.conversation_sid, c.chat_service_sid])).toEqual([[inside.sid, mine.serviceSid]]);
  });
});
