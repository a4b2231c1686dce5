// @module-tag gmms
// @module-tag participants
import { describe, expect, type ScenarioApi, test } from '../../src/runtime/index.ts';
import { conflictStatus, type TwilioError } from '../support/errors.ts';
import { type Conversation, newConversation, type Participant } from '../support/resources.ts';

// Group MMS (Group Texting guide, 004:L26775-28669). Participants of a group text (004:L26850-26853):
// (1) a native texter with MessagingBinding.Address only — "you won't need to specify proxy addresses" (004:L27145);
// (2) a chat participant with Identity + MessagingBinding.ProjectedAddress (004:L27067-27070);
// (3) a "gateway" ProjectedAddress with no identity (004:L26853). Examples: {type: sms, projected_address}
// (004:L27092) and {type: sms, address} (004:L27205). "There is a limit of 10 total Participants in a Group MMS
// Conversation" (004:L26859; 004:L22394) — the emulator takes 10 over the Inbound guide's 20 addresses (004:L28808).

const texter = (address: string) => ({ 'MessagingBinding.Address': address });
const gateway = (projected: string) => ({ 'MessagingBinding.ProjectedAddress': projected });

async function addAgent(api: ScenarioApi, conversation: Conversation, identity: string, projected: string) {
  api.track(`/v1/Users/${encodeURIComponent(identity)}`);
  const form = { Identity: identity, 'MessagingBinding.ProjectedAddress': projected };
  return (await api.post<Participant>(conversation.links.participants, form, { expect: 201 })).body;
}

describe('Group MMS participants', () => {
  test('a native texter has an sms binding with the address and no proxy address', async ({ api, data }) => {
    const conversation = await newConversation(api);
    const address = data.phone();
    const res = await api.post<Participant>(conversation.links.participants, texter(address), { expect: 201 });
    expect(res.body.messaging_binding).toMatchObject({ type: 'sms', address });
    expect(res.body.messaging_binding?.proxy_address ?? null).toBeNull();
    expect(res.body.identity).toBeNull();
  });

  test('a chat participant keeps its identity and gets a projected address binding', async ({ api, data }) => {
    const conversation = await newConversation(api);
    const [identity, projected] = [data.unique('agent'), data.phone()];
    const agent = await addAgent(api, conversation, identity, projected);
    expect(agent.identity).toBe(identity);
    expect(agent.messaging_binding).toMatchObject({ type: 'sms', projected_address: projected });
    expect(agent.messaging_binding?.address ?? null).toBeNull();
  });

  test('a gateway projected address joins without an identity', async ({ api, data }) => {
    const conversation = await newConversation(api);
    const projected = data.phone();
    const res = await api.post<Participant>(conversation.links.participants, gateway(projected), { expect: 201 });
    expect(res.body.identity).toBeNull();
    expect(res.body.messaging_binding).toMatchObject({ type: 'sms', projected_address: projected });
  });

  test('a group text of two texters and an agent lists all three', async ({ api, data }) => {
    const conversation = await newConversation(api);
    const [first, second] = [data.phone(), data.phone()];
    await api.post(conversation.links.participants, texter(first), { expect: 201 });
    await api.post(conversation.links.participants, texter(second), { expect: 201 });
    await addAgent(api, conversation, data.unique('agent'), data.phone());
    const listed = await api.listAll<Participant>(conversation.links.participants, 'participants');
    expect(listed).toHaveLength(3);
    expect(listed.filter((p) => p.messaging_binding?.address).map((p) => p.messaging_binding?.address)).toEqual(
      expect.arrayContaining([first, second]),
    );
  });

  test('the same native address is refused twice in one group text', async ({ api, data, target }) => {
    // A matching group participant already present: 50437 (error-codes.md §3.7; D-PART-4).
    const conversation = await newConversation(api);
    const address = data.phone();
    await api.post(conversation.links.participants, texter(address), { expect: 201 });
    const res = await api.post<TwilioError>(conversation.links.participants, texter(address), {
      expect: conflictStatus(target),
    });
    expect(res.body.code).toBe(50437);
  });

  test('the same gateway projected address is refused twice in one group text', async ({ api, data, target }) => {
    const conversation = await newConversation(api);
    const projected = data.phone();
    await api.post(conversation.links.participants, gateway(projected), { expect: 201 });
    const res = await api.post<TwilioError>(conversation.links.participants, gateway(projected), {
      expect: conflictStatus(target),
    });
    expect(res.body.code).toBe(50437);
  });

  test('a native address joins two group texts because it binds no number pair', async ({ api, data }) => {
    // "for Group MMS, the "number pair" principle described above no longer applies" (004:L28805-28809).
    const address = data.phone();
    await api.post((await newConversation(api)).links.participants, texter(address), { expect: 201 });
    await api.post((await newConversation(api)).links.participants, texter(address), { expect: 201 });
  });

  test('a native address in a group text does not block its pair with a proxy elsewhere', async ({ api, data }) => {
    const [address, proxy] = [data.phone(), data.phone()];
    await api.post((await newConversation(api)).links.participants, texter(address), { expect: 201 });
    await api.post(
      (await newConversation(api)).links.participants,
      { 'MessagingBinding.Address': address, 'MessagingBinding.ProxyAddress': proxy },
      { expect: 201 },
    );
  });

  test('a projected address together with a device address is rejected', async ({ api, data }) => {
    // Projected addresses are for participants without a native channel (004:L26862-26863, L28231); 50443.
    const conversation = await newConversation(api);
    const res = await api.post<TwilioError>(
      conversation.links.participants,
      { 'MessagingBinding.Address': data.phone(), 'MessagingBinding.ProjectedAddress': data.phone() },
      { expect: 400 },
    );
    expect(res.body.code).toBe(50443);
  });

  test('a proxy address cannot be added to a projected-address participant', async ({ api, data }) => {
    // Adding a ProxyAddress needs a device address (50441, error-codes.md §3.7).
    const conversation = await newConversation(api);
    const agent = await addAgent(api, conversation, data.unique('agent'), data.phone());
    const res = await api.post<TwilioError>(
      agent.url,
      { 'MessagingBinding.ProxyAddress': data.phone() },
      { expect: 400 },
    );
    expect(res.body.code).toBe(50441);
  });

  test('a proxy address added to a native texter is refused when that pair is held elsewhere', async ({
    api,
    data,
    target,
  }) => {
    // A pair binds one non-closed conversation (004:L28725); 50416 names the holder.
    const [address, proxy] = [data.phone(), data.phone()];
    const holder = await newConversation(api);
    await api.post(
      holder.links.participants,
      { 'MessagingBinding.Address': address, 'MessagingBinding.ProxyAddress': proxy },
      { expect: 201 },
    );
    const group = await newConversation(api);
    const member = await api.post<Participant>(group.links.participants, texter(address), { expect: 201 });
    const res = await api.post<TwilioError>(
      member.body.url,
      { 'MessagingBinding.ProxyAddress': proxy },
      { expect: conflictStatus(target) },
    );
    expect(res.body.code).toBe(50416);
    expect(res.body.message).toContain(holder.sid);
  });

  test('a gateway projected address takes an agent identity when updated', async ({ api, data }) => {
    // "add a standalone Projected Address as a Participant and update it with the identity of the first agent"
    // (004:L26871-26872; Identity is updatable, 004:L6968-6976).
    const conversation = await newConversation(api);
    const projected = data.phone();
    const created = await api.post<Participant>(conversation.links.participants, gateway(projected), {
      expect: 201,
    });
    const identity = data.unique('agent');
    api.track(`/v1/Users/${identity}`);
    const updated = await api.post<Participant>(created.body.url, { Identity: identity }, { expect: 200 });
    expect(updated.body.identity).toBe(identity);
    expect(updated.body.messaging_binding).toMatchObject({ projected_address: projected });
  });

  test('removing the projected address of a gateway without identity is refused', async ({ api, data }) => {
    // "'null' value will remove it" (004:L6971); a gateway would be left with nothing (50442).
    const conversation = await newConversation(api);
    const created = await api.post<Participant>(conversation.links.participants, gateway(data.phone()), {
      expect: 201,
    });
    const res = await api.post<TwilioError>(
      created.body.url,
      { 'MessagingBinding.ProjectedAddress': 'null' },
      { expect: 400 },
    );
    expect(res.body.code).toBe(50442);
  });

  test('removing the projected address of an agent leaves a plain chat participant', async ({ api, data }) => {
    const conversation = await newConversation(api);
    const agent = await addAgent(api, conversation, data.unique('agent'), data.phone());
    const updated = await api.post<Participant>(
      agent.url,
      { 'MessagingBinding.ProjectedAddress': 'null' },
      { expect: 200 },
    );
    expect(updated.body.identity).toBe(agent.identity);
    expect(updated.body.messaging_binding?.projected_address ?? null).toBeNull();
  });
});

describe('Group MMS limits and state', () => {
  test('the eleventh participant of a group text is refused', { tags: ['limits'] }, async ({ api, data, target }) => {
    // "There is a limit of 10 total Participants in a Group MMS Conversation" (004:L26859); 50436.
    const conversation = await newConversation(api);
    for (let i = 0; i < 10; i++) {
      await api.post(conversation.links.participants, texter(data.phone()), { expect: 201 });
    }
    const res = await api.post<TwilioError>(conversation.links.participants, texter(data.phone()), {
      expect: conflictStatus(target),
    });
    expect(res.body.code).toBe(50436);
    const listed = await api.listAll(conversation.links.participants, 'participants');
    expect(listed).toHaveLength(10);
  });

  test('a projected agent is refused when the group text already has ten participants', { tags: ['limits'] }, async ({
    api,
    data,
    target,
  }) => {
    const conversation = await newConversation(api);
    for (let i = 0; i < 9; i++) {
      await api.post(conversation.links.participants, texter(data.phone()), { expect: 201 });
    }
    await addAgent(api, conversation, data.unique('agent'), data.phone());
    const res = await api.post<TwilioError>(
      conversation.links.participants,
      { Identity: data.unique('agent'), 'MessagingBinding.ProjectedAddress': data.phone() },
      { expect: conflictStatus(target) },
    );
    expect(res.body.code).toBe(50436);
  });

  test('a native texter is refused when the conversation is closed', { tags: ['states'] }, async ({
    api,
    data,
    target,
  }) => {
    // "you cannot add new Participants to a Conversation in the closed state" (004:L25892); 50377.
    const conversation = await newConversation(api);
    await api.post(conversation.links.participants, texter(data.phone()), { expect: 201 });
    await api.post(conversation.url, { State: 'closed' }, { expect: 200 });
    const res = await api.post<TwilioError>(conversation.links.participants, texter(data.phone()), {
      expect: conflictStatus(target),
    });
    expect(res.body.code).toBe(50377);
  });

  test('a projected agent is refused when the conversation is closed', { tags: ['states'] }, async ({
    api,
    data,
    target,
  }) => {
    const conversation = await newConversation(api);
    await api.post(conversation.url, { State: 'closed' }, { expect: 200 });
    const res = await api.post<TwilioError>(
      conversation.links.participants,
      { Identity: data.unique('agent'), 'MessagingBinding.ProjectedAddress': data.phone() },
      { expect: conflictStatus(target) },
    );
    expect(res.body.code).toBe(50377);
  });
});
