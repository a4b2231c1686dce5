// @module-tag participants
import { describe, expect, type ScenarioApi, test } from '../../src/runtime/index.ts';
import { conflictStatus, type TwilioError } from '../support/errors.ts';
import { addChatParticipant, defaultServiceSid, newConversation, type Participant } from '../support/resources.ts';

// Chat participants (Identity): 004:L6024-7298 (default form), 004:L17417-18540 and 003 (service form).
// "To create a Conversation Participant by Chat, you must enter the Chat User Identity as the identity parameter"
// (004:L6175); `identity` is "non-null if (and only if) the participant is using the Conversations SDK" (004:L6126).

describe.each([
  ['default service', async (_api: ScenarioApi) => '/v1'],
  ['service-scoped', async (api: ScenarioApi) => `/v1/Services/${await defaultServiceSid(api)}`],
])('Chat participant (%s)', (form, prefixOf) => {
  test('a chat participant has the identity and no messaging binding when created with Identity', async ({
    api,
    data,
  }) => {
    const conversation = await newConversation(api, {}, await prefixOf(api));
    const identity = data.unique('chat');
    const participant = await addChatParticipant(api, conversation, identity);
    expect(participant.identity).toBe(identity);
    expect(participant.conversation_sid).toBe(conversation.sid);
    // A chat participant has no binding (004:L6414; 004:L23917).
    expect(participant.messaging_binding).toBeNull();
    // "Note that if the attributes are not set "{}" will be returned" (004:L6131).
    expect(participant.attributes).toBe('{}');
    if (form === 'service-scoped') expect(participant.chat_service_sid).toBe(await defaultServiceSid(api));
  });

  test('fetching by SID returns the participant when it exists', async ({ api, data }) => {
    const conversation = await newConversation(api, {}, await prefixOf(api));
    const created = await addChatParticipant(api, conversation, data.unique('chat'));
    const fetched = await api.get<Participant>(created.url, undefined, { expect: 200 });
    expect(fetched.body).toMatchObject({ sid: created.sid, identity: created.identity, url: created.url });
  });

  test('fetching by identity returns the same participant when the identity is in the conversation', async ({
    api,
    data,
  }) => {
    // "Alternatively, you can pass a Participant's identity rather than the SID" (004:L6467, L17774).
    const conversation = await newConversation(api, {}, await prefixOf(api));
    const identity = data.unique('chat');
    const created = await addChatParticipant(api, conversation, identity);
    const fetched = await api.get<Participant>(`${conversation.links.participants}/${identity}`, undefined, {
      expect: 200,
    });
    expect(fetched.body.sid).toBe(created.sid);
  });

  test('the list holds every participant added, once each', async ({ api, data }) => {
    const conversation = await newConversation(api, {}, await prefixOf(api));
    const a = await addChatParticipant(api, conversation, data.unique('chat'));
    const b = await addChatParticipant(api, conversation, data.unique('chat'));
    const listed = await api.listAll<Participant>(conversation.links.participants, 'participants');
    expect(listed.map((p) => p.sid).sort()).toEqual([a.sid, b.sid].sort());
  });

  test('a deleted participant answers 204 and is then not found', { tags: ['deletion'] }, async ({ api, data }) => {
    // "Deleting a participant removes them from the conversation" (004:L6087, L18450).
    const conversation = await newConversation(api, {}, await prefixOf(api));
    const created = await addChatParticipant(api, conversation, data.unique('chat'));
    await api.delete(created.url, { expect: 204 });
    const gone = await api.get<TwilioError>(created.url, undefined, { expect: 404 });
    expect(gone.body.code).toBe(20404);
    const listed = await api.listAll<Participant>(conversation.links.participants, 'participants');
    expect(listed).toEqual([]);
  });
});

describe('createConversationParticipant (chat)', () => {
  test('a User with the identity exists after the participant is added', async ({ api, data }) => {
    // "Every Conversation Participant who connects with a Chat SDK … is backed by a User" (004:L7874).
    const conversation = await newConversation(api);
    const identity = data.unique('chat');
    await addChatParticipant(api, conversation, identity);
    const user = await api.get<{ identity: string; sid: string }>(`/v1/Users/${identity}`, undefined, { expect: 200 });
    expect(user.body.identity).toBe(identity);
    expect(user.body.sid).toMatch(/^US[0-9a-fA-F]{32}$/);
  });

  test('the same identity is refused twice in one conversation', async ({ api, data, target }) => {
    // Duplicate identity in a conversation: error 50433 "Participant already exists" (D-PART-4).
    const conversation = await newConversation(api);
    const identity = data.unique('chat');
    await addChatParticipant(api, conversation, identity);
    const res = await api.post<TwilioError>(
      conversation.links.participants,
      { Identity: identity },
      { expect: conflictStatus(target) },
    );
    expect(res.body.code).toBe(50433);
  });

  test('the same identity joins two conversations when they are different', async ({ api, data }) => {
    // A chat identity can be in many conversations concurrently (004:L22235, L22396).
    const identity = data.unique('chat');
    const first = await addChatParticipant(api, await newConversation(api), identity);
    const second = await addChatParticipant(api, await newConversation(api), identity);
    expect(second.sid).not.toBe(first.sid);
    expect(second.identity).toBe(identity);
  });

  test('an Identity of 256 characters is accepted', { tags: ['limits'] }, async ({ api, data }) => {
    // Identity is "Limited to 256 characters" (004:L6126, L22374-22376).
    const conversation = await newConversation(api);
    const identity = data.unique('long').padEnd(256, 'x');
    const participant = await addChatParticipant(api, conversation, identity);
    expect(participant.identity).toBe(identity);
  });

  test('an Identity of 257 characters is rejected', { tags: ['limits'] }, async ({ api, data }) => {
    const conversation = await newConversation(api);
    const res = await api.post<TwilioError>(
      conversation.links.participants,
      { Identity: data.unique('long').padEnd(257, 'x') },
      { expect: 400 },
    );
    expect(res.body.code).toBe(50207);
  });

  test('Identity together with MessagingBinding.Address is rejected', async ({ api, data }) => {
    // A participant has either the Identity or the Address + ProxyAddress (004:L23917; D-PART-7; 50211).
    const conversation = await newConversation(api);
    const res = await api.post<TwilioError>(
      conversation.links.participants,
      {
        Identity: data.unique('chat'),
        'MessagingBinding.Address': data.phone(),
        'MessagingBinding.ProxyAddress': data.phone(),
      },
      { expect: 400 },
    );
    expect(res.body.code).toBe(50211);
    const listed = await api.listAll<Participant>(conversation.links.participants, 'participants');
    expect(listed).toEqual([]);
  });

  test('Attributes of exactly 4 KB are stored as sent', { tags: ['limits'] }, async ({ api, data }) => {
    // Participant Attributes: 4KB (004:L22385-22388).
    const conversation = await newConversation(api);
    const attributes = JSON.stringify({ pad: 'a'.repeat(4096 - '{"pad":""}'.length) });
    expect(Buffer.byteLength(attributes)).toBe(4096);
    const identity = data.unique('chat');
    api.track(`/v1/Users/${identity}`);
    const res = await api.post<Participant>(
      conversation.links.participants,
      { Identity: identity, Attributes: attributes },
      { expect: 201 },
    );
    expect(res.body.attributes).toBe(attributes);
  });

  test('Attributes over 4 KB are rejected', { tags: ['limits'] }, async ({ api, data }) => {
    const conversation = await newConversation(api);
    const attributes = JSON.stringify({ pad: 'a'.repeat(4097 - '{"pad":""}'.length) });
    const res = await api.post<TwilioError>(
      conversation.links.participants,
      { Identity: data.unique('chat'), Attributes: attributes },
      { expect: 400 },
    );
    expect(res.body.code).toBe(50303);
  });

  test('Attributes that are not JSON are rejected', async ({ api, data }) => {
    // "The string value must contain structurally valid JSON if specified" (004:L6131, L6223).
    const conversation = await newConversation(api);
    const res = await api.post<TwilioError>(
      conversation.links.participants,
      { Identity: data.unique('chat'), Attributes: '{"open": ' },
      { expect: 400 },
    );
    expect(res.body.code).toBe(50304);
  });

  test('a participant without Identity or Address is rejected', async ({ api }) => {
    // A participant is a chat Identity or a messaging Address (004:L6172-6175; D-PART-7).
    const conversation = await newConversation(api);
    const res = await api.post<TwilioError>(conversation.links.participants, { Attributes: '{}' }, { expect: 400 });
    expect(res.body.code).toBe(50204);
  });

  test('adding to an unknown conversation answers 404', async ({ api, data }) => {
    const res = await api.post<TwilioError>(
      `/v1/Conversations/CH${'0'.repeat(32)}/Participants`,
      { Identity: data.unique('chat') },
      { expect: 404 },
    );
    expect(res.body.code).toBe(20404);
  });
});

describe('fetchConversationParticipant / listConversationParticipant', () => {
  test('an unknown participant SID answers 404', async ({ api }) => {
    const conversation = await newConversation(api);
    const res = await api.get<TwilioError>(`${conversation.links.participants}/MB${'0'.repeat(32)}`, undefined, {
      expect: 404,
    });
    expect(res.body.code).toBe(20404);
  });

  test('an identity that is not in the conversation answers 404', async ({ api, data }) => {
    const conversation = await newConversation(api);
    await addChatParticipant(api, conversation, data.unique('chat'));
    await api.get<TwilioError>(`${conversation.links.participants}/${data.unique('absent')}`, undefined, {
      expect: 404,
    });
  });

  test('paging with PageSize 2 returns every participant once when there are five', { tags: ['paging'] }, async ({
    api,
    data,
  }) => {
    // Participant list paging (004:L6699-6723): pages follow meta.next_page_url.
    const conversation = await newConversation(api);
    const sids: string[] = [];
    for (let i = 0; i < 5; i++) sids.push((await addChatParticipant(api, conversation, data.unique('chat'))).sid);
    const firstPage = await api.get<{ participants: Participant[]; meta: { page_size: number } }>(
      conversation.links.participants,
      { PageSize: 2 },
      { expect: 200 },
    );
    expect(firstPage.body.participants).toHaveLength(2);
    expect(firstPage.body.meta.page_size).toBe(2);
    const listed = await api.listAll<Participant>(conversation.links.participants, 'participants', { PageSize: 2 });
    expect(listed.map((p) => p.sid).sort()).toEqual(sids.sort());
  });
});
