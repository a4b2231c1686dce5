// @module-tag participants
import { describe, expect, type ScenarioApi, test } from '../../src/runtime/index.ts';
import { conflictStatus, type TwilioError } from '../support/errors.ts';
import { newConversation, type Participant, smsBinding } from '../support/resources.ts';

// Number pairs: "Only one Conversation — that is, one Participant in an Active Conversation — can bind a number pair
// together" (004:L28725; also 004:L787, L25015). "Once a Participant is created, that number-pair is bound together
// until one of the following happens: that Participant is removed, the Conversation is deleted, or the Conversation
// State is set to closed" (004:L28729-28732). A closed conversation takes no new participants (004:L25892).
// Codes: 50416 for a pair in use (naming the holder), 50377 for a closed conversation (D-PART-4).

/** A conversation holding the pair (address, proxy), and the participant that holds it. */
async function holder(api: ScenarioApi, address: string, proxy: string, form: Record<string, string> = {}) {
  const conversation = await newConversation(api, form);
  const participant = await api.post<Participant>(conversation.links.participants, smsBinding(address, proxy), {
    expect: 201,
  });
  return { conversation, participant: participant.body };
}

describe('Address + ProxyAddress pairs', () => {
  test('the same pair is refused twice in one conversation', async ({ api, data, target }) => {
    const [address, proxy] = [data.phone(), data.phone()];
    const { conversation } = await holder(api, address, proxy);
    const res = await api.post<TwilioError>(conversation.links.participants, smsBinding(address, proxy), {
      expect: conflictStatus(target),
    });
    expect(res.body.code).toBe(50416);
    expect(res.body.message).toContain(conversation.sid);
  });

  test('a pair held by an active conversation is refused in another, naming the holder', async ({
    api,
    data,
    target,
  }) => {
    const [address, proxy] = [data.phone(), data.phone()];
    const held = await holder(api, address, proxy);
    const other = await newConversation(api);
    const res = await api.post<TwilioError>(other.links.participants, smsBinding(address, proxy), {
      expect: conflictStatus(target),
    });
    expect(res.body.code).toBe(50416);
    expect(res.body.message).toContain(held.conversation.sid);
  });

  test('a pair held by an inactive conversation is still refused elsewhere', { tags: ['states'] }, async ({
    api,
    data,
    target,
  }) => {
    // Release happens only on removal, deletion or close (004:L28729-28732; seed-inventory §6.9; D-EMU-PARTICIPANT).
    const [address, proxy] = [data.phone(), data.phone()];
    const held = await holder(api, address, proxy, { State: 'inactive' });
    const other = await newConversation(api);
    const res = await api.post<TwilioError>(other.links.participants, smsBinding(address, proxy), {
      expect: conflictStatus(target),
    });
    expect(res.body.code).toBe(50416);
    expect(res.body.message).toContain(held.conversation.sid);
  });

  test('the pair is released when the holding conversation is closed', { tags: ['states'] }, async ({ api, data }) => {
    const [address, proxy] = [data.phone(), data.phone()];
    const held = await holder(api, address, proxy);
    await api.post(held.conversation.url, { State: 'closed' }, { expect: 200 });
    const other = await newConversation(api);
    await api.post(other.links.participants, smsBinding(address, proxy), { expect: 201 });
  });

  test('the pair is released when the holding conversation is deleted', { tags: ['deletion'] }, async ({
    api,
    data,
  }) => {
    const [address, proxy] = [data.phone(), data.phone()];
    const held = await holder(api, address, proxy);
    await api.delete(held.conversation.url, { expect: 204 });
    const other = await newConversation(api);
    await api.post(other.links.participants, smsBinding(address, proxy), { expect: 201 });
  });

  test('the pair is released when the holding participant is removed', { tags: ['deletion'] }, async ({
    api,
    data,
  }) => {
    const [address, proxy] = [data.phone(), data.phone()];
    const held = await holder(api, address, proxy);
    await api.delete(held.participant.url, { expect: 204 });
    const other = await newConversation(api);
    await api.post(other.links.participants, smsBinding(address, proxy), { expect: 201 });
  });

  test('a released pair can rejoin its own conversation after the participant is removed', async ({ api, data }) => {
    const [address, proxy] = [data.phone(), data.phone()];
    const held = await holder(api, address, proxy);
    await api.delete(held.participant.url, { expect: 204 });
    const again = await api.post<Participant>(held.conversation.links.participants, smsBinding(address, proxy), {
      expect: 201,
    });
    expect(again.body.sid).not.toBe(held.participant.sid);
  });
});

describe('Closed conversations', { tags: ['states'] }, () => {
  test('a chat participant is refused when the conversation is closed', async ({ api, data, target }) => {
    // "you cannot add new Participants to a Conversation in the closed state" (004:L25892); 50377.
    const conversation = await newConversation(api);
    await api.post(conversation.url, { State: 'closed' }, { expect: 200 });
    const res = await api.post<TwilioError>(
      conversation.links.participants,
      { Identity: data.unique('chat') },
      { expect: conflictStatus(target) },
    );
    expect(res.body.code).toBe(50377);
  });

  test('an SMS participant is refused when the conversation is closed', async ({ api, data, target }) => {
    const conversation = await newConversation(api);
    await api.post(conversation.url, { State: 'closed' }, { expect: 200 });
    const res = await api.post<TwilioError>(conversation.links.participants, smsBinding(data.phone(), data.phone()), {
      expect: conflictStatus(target),
    });
    expect(res.body.code).toBe(50377);
    const listed = await api.listAll(conversation.links.participants, 'participants');
    expect(listed).toEqual([]);
  });
});
