// @module-tag participants
import { describe, expect, type ScenarioApi, test } from '../../src/runtime/index.ts';
import { conflictStatus, type TwilioError } from '../support/errors.ts';
import {
  addChatParticipant,
  type Conversation,
  newConversation,
  type Participant,
  smsBinding,
} from '../support/resources.ts';

// Update a Participant: 004:L6918-6986 (default form), 004:L18252-18326 (service form). Updatable: DateCreated,
// DateUpdated, Attributes, RoleSid, MessagingBinding.ProxyAddress / ProjectedAddress ("'null' value will remove it"),
// Identity, LastReadMessageIndex, LastReadTimestamp. MessagingBinding.Address is not updatable (D-PART-7).
// Suites address update by SID only (D-PART-1).

interface Role {
  sid: string;
  type: string;
}

async function addSms(api: ScenarioApi, conversation: Conversation, address: string, proxy: string) {
  return (await api.post<Participant>(conversation.links.participants, smsBinding(address, proxy), { expect: 201 }))
    .body;
}

describe('updateConversationParticipant', () => {
  test('Attributes are replaced when updated', async ({ api, data }) => {
    const participant = await addChatParticipant(api, await newConversation(api), data.unique('chat'));
    const attributes = JSON.stringify({ team: data.faker.word.noun() });
    const updated = await api.post<Participant>(participant.url, { Attributes: attributes }, { expect: 200 });
    expect(updated.body.attributes).toBe(attributes);
    const fetched = await api.get<Participant>(participant.url, undefined, { expect: 200 });
    expect(fetched.body.attributes).toBe(attributes);
  });

  test('Attributes over 4 KB are rejected on update and the old value stays', { tags: ['limits'] }, async ({
    api,
    data,
  }) => {
    // Participant Attributes: 4KB (004:L22385-22388).
    const participant = await addChatParticipant(api, await newConversation(api), data.unique('chat'));
    const attributes = JSON.stringify({ pad: 'a'.repeat(4097 - '{"pad":""}'.length) });
    const res = await api.post<TwilioError>(participant.url, { Attributes: attributes }, { expect: 400 });
    expect(res.body.code).toBe(50303);
    const fetched = await api.get<Participant>(participant.url, undefined, { expect: 200 });
    expect(fetched.body.attributes).toBe('{}');
  });

  test('RoleSid changes the role when it names another conversation role of the service', async ({ api, data }) => {
    // "The SID of a conversation-level Role to assign to the participant" (004:L6138-6142; roles 004:L8711-8713).
    const participant = await addChatParticipant(api, await newConversation(api), data.unique('chat'));
    const roles = await api.listAll<Role>('/v1/Roles', 'roles');
    const other = roles.find((r) => r.type === 'conversation' && r.sid !== participant.role_sid);
    expect(other, 'the service has a second conversation role (channel admin / channel user)').toBeDefined();
    const updated = await api.post<Participant>(participant.url, { RoleSid: other?.sid ?? '' }, { expect: 200 });
    expect(updated.body.role_sid).toBe(other?.sid);
  });

  test('RoleSid naming no role of the service is rejected', async ({ api, data }) => {
    const participant = await addChatParticipant(api, await newConversation(api), data.unique('chat'));
    const res = await api.post<TwilioError>(participant.url, { RoleSid: `RL${'0'.repeat(32)}` }, { expect: 400 });
    expect(res.body.code).toBe(50109);
  });

  test('LastReadMessageIndex and LastReadTimestamp are stored when updated', async ({ api, data }) => {
    // Read horizon (004:L6159-6167, L6978-6986); null until set (D-PART-6).
    const participant = await addChatParticipant(api, await newConversation(api), data.unique('chat'));
    expect(participant.last_read_message_index).toBeNull();
    const timestamp = '2024-05-01T10:00:00Z';
    const updated = await api.post<Participant>(
      participant.url,
      { LastReadMessageIndex: 3, LastReadTimestamp: timestamp },
      { expect: 200 },
    );
    expect(updated.body.last_read_message_index).toBe(3);
    expect(updated.body.last_read_timestamp).toBe(timestamp);
  });

  test('LastReadMessageIndex that is not an integer is rejected', async ({ api, data }) => {
    const participant = await addChatParticipant(api, await newConversation(api), data.unique('chat'));
    const res = await api.post<TwilioError>(participant.url, { LastReadMessageIndex: 'first' }, { expect: 400 });
    expect(res.body.code).toBe(50421);
  });

  test('Identity is refused when the participant already has one', async ({ api, data }) => {
    // Identity can only be added to a projected-address participant without one (error 50444; 004:L26871-26872).
    const participant = await addChatParticipant(api, await newConversation(api), data.unique('chat'));
    const res = await api.post<TwilioError>(participant.url, { Identity: data.unique('other') }, { expect: 400 });
    expect(res.body.code).toBe(50444);
    const fetched = await api.get<Participant>(participant.url, undefined, { expect: 200 });
    expect(fetched.body.identity).toBe(participant.identity);
  });

  test('an unknown participant answers 404 on update', async ({ api }) => {
    const conversation = await newConversation(api);
    await api.post<TwilioError>(
      `${conversation.links.participants}/MB${'0'.repeat(32)}`,
      { Attributes: '{}' },
      { expect: 404 },
    );
  });

  test('a new ProxyAddress moves the SMS participant to a new pair and frees the old one', async ({ api, data }) => {
    // MessagingBinding.ProxyAddress is updatable (004:L6962-6966); the pair is what binds (004:L28721-28732).
    const address = data.phone();
    const [oldProxy, newProxy] = [data.phone(), data.phone()];
    const participant = await addSms(api, await newConversation(api), address, oldProxy);
    const updated = await api.post<Participant>(
      participant.url,
      { 'MessagingBinding.ProxyAddress': newProxy },
      { expect: 200 },
    );
    expect(updated.body.messaging_binding).toMatchObject({ address, proxy_address: newProxy });
    const other = await newConversation(api);
    await addSms(api, other, address, oldProxy);
  });

  test('a ProxyAddress forming a pair held by another conversation is refused', async ({ api, data, target }) => {
    // "a Participant's to/from number pair can only be in one active Conversation" (004:L28725; 50416).
    const address = data.phone();
    const [heldProxy, ownProxy] = [data.phone(), data.phone()];
    const holder = await newConversation(api);
    await addSms(api, holder, address, heldProxy);
    const participant = await addSms(api, await newConversation(api), address, ownProxy);
    const res = await api.post<TwilioError>(
      participant.url,
      { 'MessagingBinding.ProxyAddress': heldProxy },
      { expect: conflictStatus(target) },
    );
    expect(res.body.code).toBe(50416);
    expect(res.body.message).toContain(holder.sid);
  });

  test("ProxyAddress 'null' is refused for a chat participant, which has none", async ({ api, data }) => {
    // "'null' value will remove it" (004:L6966); nothing to remove → 50440.
    const participant = await addChatParticipant(api, await newConversation(api), data.unique('chat'));
    const res = await api.post<TwilioError>(
      participant.url,
      { 'MessagingBinding.ProxyAddress': 'null' },
      { expect: 400 },
    );
    expect(res.body.code).toBe(50440);
  });
});
