// @module-tag cwp
import { describe, expect, type ScenarioApi, test } from '../../src/runtime/index.ts';
import { leaveInitializing } from '../support/initializing.ts';
import { defaultServiceSid } from '../support/resources.ts';

// ConversationWithParticipants with every kind of participant (001:L143-251; 000 service form; 004:L7299-7813,
// L18541-19072). Each `Participant` value is JSON with the Participant resource's parameters in snake_case
// (000:L271-272, L320-322; D-CWP-2). The conversation answers `initializing` and becomes `active` once the
// participants are added (001:L149-151; D-CWP-1).

interface Conversation {
  sid: string;
  state: string;
  url: string;
  unique_name: string | null;
  friendly_name: string | null;
  attributes: string;
  chat_service_sid: string;
  links: { participants: string };
}

interface Participant {
  identity: string | null;
  messaging_binding: Record<string, string | null> | null;
}

/** Creates the conversation; the Users its chat participants create are removed with the test. */
async function create(api: ScenarioApi, endpoint: string, form: Record<string, string | string[]>, users: string[]) {
  for (const identity of users) api.track(`/v1/Users/${encodeURIComponent(identity)}`);
  const res = await api.post<Conversation>(endpoint, form, { expect: [201, 202], cleanup: true });
  expect(res.body.state).toBe('initializing');
  return res.body;
}

const chat = (identity: string, projected?: string) =>
  JSON.stringify(projected ? { identity, messaging_binding: { projected_address: projected } } : { identity });
const sms = (address: string, proxy?: string) =>
  JSON.stringify({ messaging_binding: proxy ? { address, proxy_address: proxy } : { address } });

/** Participants keyed by what identifies them: the identity, else the address. */
async function byKey(api: ScenarioApi, conversation: Conversation): Promise<Map<string, Participant>> {
  const listed = await api.listAll<Participant>(conversation.links.participants, 'participants');
  return new Map(listed.map((p) => [p.identity ?? p.messaging_binding?.address ?? '?', p]));
}

describe.each([
  ['default service', async (_api: ScenarioApi) => '/v1/ConversationWithParticipants'],
  [
    'service-scoped',
    async (api: ScenarioApi) => `/v1/Services/${await defaultServiceSid(api)}/ConversationWithParticipants`,
  ],
])('ConversationWithParticipants composition (%s)', (_form, endpointOf) => {
  test('an SMS and a chat participant are both added when the conversation becomes active', async ({
    api,
    clock,
    data,
  }) => {
    const identity = data.unique('cwp');
    const [address, proxy] = [data.phone(), data.phone()];
    const created = await create(api, await endpointOf(api), { Participant: [chat(identity), sms(address, proxy)] }, [
      identity,
    ]);
    expect((await leaveInitializing(api, clock, created)).state).toBe('active');
    const participants = await byKey(api, created);
    expect(participants.size).toBe(2);
    expect(participants.get(identity)?.messaging_binding).toBeNull();
    expect(participants.get(address)?.identity).toBeNull();
    expect(participants.get(address)?.messaging_binding).toMatchObject({
      type: 'sms',
      address,
      proxy_address: proxy,
    });
  });

  test('a group MMS conversation gets address-only participants and a projected chat participant', async ({
    api,
    clock,
    data,
  }) => {
    // GMMS participants: address only (no proxy) and identity + projected address (004:L26850-26853, L7707-7713).
    const identity = data.unique('agent');
    const [first, second, projected] = [data.phone(), data.phone(), data.phone()];
    const created = await create(
      api,
      await endpointOf(api),
      { Participant: [sms(first), sms(second), chat(identity, projected)] },
      [identity],
    );
    expect((await leaveInitializing(api, clock, created)).state).toBe('active');
    const participants = await byKey(api, created);
    for (const address of [first, second]) {
      const binding = participants.get(address)?.messaging_binding;
      expect(binding).toMatchObject({ type: 'sms', address });
      expect(binding?.proxy_address ?? null).toBeNull();
    }
    expect(participants.get(identity)?.messaging_binding).toMatchObject({ type: 'sms', projected_address: projected });
  });

  test('the conversation belongs to the service the request names', async ({ api, data }) => {
    const identity = data.unique('cwp');
    const created = await create(api, await endpointOf(api), { Participant: [chat(identity)] }, [identity]);
    expect(created.chat_service_sid).toBe(await defaultServiceSid(api));
  });
});

describe('createConversationWithParticipants', () => {
  test('chat-only participants each get their User when the conversation becomes active', async ({
    api,
    clock,
    data,
  }) => {
    // A chat participant is backed by a User (004:L7874).
    const identities = [data.unique('cwp'), data.unique('cwp')];
    const created = await create(
      api,
      '/v1/ConversationWithParticipants',
      { Participant: identities.map((i) => chat(i)) },
      identities,
    );
    await leaveInitializing(api, clock, created);
    for (const identity of identities) {
      const user = await api.get<{ identity: string }>(`/v1/Users/${identity}`, undefined, { expect: 200 });
      expect(user.body.identity).toBe(identity);
    }
  });

  test('a WhatsApp participant keeps its whatsapp binding when added through the request', async ({
    api,
    clock,
    data,
  }) => {
    // WhatsApp addresses use the whatsapp: prefix (004:L24796, L31114-31117).
    const [address, proxy] = [`whatsapp:${data.phone()}`, `whatsapp:${data.phone()}`];
    const created = await create(api, '/v1/ConversationWithParticipants', { Participant: [sms(address, proxy)] }, []);
    expect((await leaveInitializing(api, clock, created)).state).toBe('active');
    const participants = await byKey(api, created);
    expect(participants.get(address)?.messaging_binding).toMatchObject({
      type: 'whatsapp',
      address,
      proxy_address: proxy,
    });
  });

  test('the conversation settles in the requested inactive state when State is inactive', { tags: ['states'] }, async ({
    api,
    clock,
    data,
  }) => {
    // State "Can be either active, inactive or closed" (001:L214); D-EMU-CWP: the requested state after the add.
    const identity = data.unique('cwp');
    const created = await create(
      api,
      '/v1/ConversationWithParticipants',
      { State: 'inactive', Participant: [chat(identity)] },
      [identity],
    );
    expect((await leaveInitializing(api, clock, created)).state).toBe('inactive');
  });

  test('FriendlyName, UniqueName and Attributes are applied to the conversation', async ({ api, clock, data }) => {
    // Conversation parameters of the request (001:L167-251; 004:L7458-7519).
    const uniqueName = data.unique('cwp-room');
    const attributes = JSON.stringify({ topic: data.faker.word.noun() });
    const created = await create(
      api,
      '/v1/ConversationWithParticipants',
      { FriendlyName: 'Group text', UniqueName: uniqueName, Attributes: attributes },
      [],
    );
    expect(created).toMatchObject({ friendly_name: 'Group text', unique_name: uniqueName, attributes });
    await leaveInitializing(api, clock, created);
    const byName = await api.get<Conversation>(`/v1/Conversations/${uniqueName}`, undefined, { expect: 200 });
    expect(byName.body.sid).toBe(created.sid);
  });
});
