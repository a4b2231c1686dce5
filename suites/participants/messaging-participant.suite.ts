// @module-tag participants
import { describe, expect, type ScenarioApi, test } from '../../src/runtime/index.ts';
import type { TwilioError } from '../support/errors.ts';
import { defaultServiceSid, newConversation, type Participant, smsBinding } from '../support/resources.ts';

// Non-chat participants: "To create a Conversation Participant by SMS, you must enter: Their phone number as the
// messagingbinding.address; Your Twilio number as the messagingbinding.proxyaddress" (004:L6172-6174).
// WhatsApp addresses carry the `whatsapp:` prefix (004:L24796, L31114-31117). Shapes of messaging_binding: D-PART-3.

describe.each([
  ['default service', async (_api: ScenarioApi) => '/v1'],
  ['service-scoped', async (api: ScenarioApi) => `/v1/Services/${await defaultServiceSid(api)}`],
])('SMS participant (%s)', (_form, prefixOf) => {
  test('an SMS participant has an sms binding and no identity when created with Address and ProxyAddress', async ({
    api,
    data,
  }) => {
    const conversation = await newConversation(api, {}, await prefixOf(api));
    const [address, proxy] = [data.phone(), data.phone()];
    const res = await api.post<Participant>(conversation.links.participants, smsBinding(address, proxy), {
      expect: 201,
    });
    // Example binding {type: sms, address, proxy_address} (004:L6303-6321); identity null (004:L6126).
    expect(res.body.messaging_binding).toMatchObject({ type: 'sms', address, proxy_address: proxy });
    expect(res.body.identity).toBeNull();
  });

  test('fetching an SMS participant by SID returns its binding', async ({ api, data }) => {
    const conversation = await newConversation(api, {}, await prefixOf(api));
    const [address, proxy] = [data.phone(), data.phone()];
    const created = await api.post<Participant>(conversation.links.participants, smsBinding(address, proxy), {
      expect: 201,
    });
    const fetched = await api.get<Participant>(created.body.url, undefined, { expect: 200 });
    expect(fetched.body.messaging_binding).toMatchObject({ type: 'sms', address, proxy_address: proxy });
  });
});

describe('createConversationParticipant (messaging binding)', () => {
  test('a WhatsApp participant has a whatsapp binding when both addresses carry the whatsapp: prefix', async ({
    api,
    data,
  }) => {
    // Example {type: whatsapp, address: "whatsapp:…", proxy_address: "whatsapp:…"} (004:L31123-31159).
    const conversation = await newConversation(api);
    const [address, proxy] = [`whatsapp:${data.phone()}`, `whatsapp:${data.phone()}`];
    const res = await api.post<Participant>(conversation.links.participants, smsBinding(address, proxy), {
      expect: 201,
    });
    expect(res.body.messaging_binding).toMatchObject({ type: 'whatsapp', address, proxy_address: proxy });
    expect(res.body.identity).toBeNull();
  });

  test('a WhatsApp address with an SMS proxy address is rejected', async ({ api, data }) => {
    // Address and ProxyAddress on different channels: 50414 (error-codes.md §3.7).
    const conversation = await newConversation(api);
    const res = await api.post<TwilioError>(
      conversation.links.participants,
      smsBinding(`whatsapp:${data.phone()}`, data.phone()),
      { expect: 400 },
    );
    expect(res.body.code).toBe(50414);
  });

  test('an Address equal to the ProxyAddress is rejected', async ({ api, data }) => {
    // The proxy is "Your Twilio number" and the address "Their phone number" (004:L6173-6174); 50409.
    const conversation = await newConversation(api);
    const number = data.phone();
    const res = await api.post<TwilioError>(conversation.links.participants, smsBinding(number, number), {
      expect: 400,
    });
    expect(res.body.code).toBe(50409);
  });

  test('a ProxyAddress without an Address is rejected', async ({ api, data }) => {
    // The proxy address is paired with the participant's address (004:L6203-6208; D-PART-7); 50411.
    const conversation = await newConversation(api);
    const res = await api.post<TwilioError>(
      conversation.links.participants,
      { 'MessagingBinding.ProxyAddress': data.phone() },
      { expect: 400 },
    );
    expect(res.body.code).toBe(50411);
  });

  test('an Address of 256 characters is accepted', { tags: ['limits'] }, async ({ api, data }) => {
    // MessagingBinding.Address: 256 characters (004:L22378-22380).
    const conversation = await newConversation(api);
    const address = data.phone().padEnd(256, '0');
    const res = await api.post<Participant>(conversation.links.participants, smsBinding(address, data.phone()), {
      expect: 201,
    });
    expect(res.body.messaging_binding?.address).toBe(address);
  });

  test('an Address of 257 characters is rejected', { tags: ['limits'] }, async ({ api, data }) => {
    const conversation = await newConversation(api);
    const res = await api.post<TwilioError>(
      conversation.links.participants,
      smsBinding(data.phone().padEnd(257, '0'), data.phone()),
      { expect: 400 },
    );
    expect(res.body.code).toBe(50407);
  });

  test('a ProxyAddress of 256 characters is accepted', { tags: ['limits'] }, async ({ api, data }) => {
    // MessagingBinding.ProxyAddress: 256 characters (004:L22382-22384).
    const conversation = await newConversation(api);
    const proxy = data.phone().padEnd(256, '0');
    const res = await api.post<Participant>(conversation.links.participants, smsBinding(data.phone(), proxy), {
      expect: 201,
    });
    expect(res.body.messaging_binding?.proxy_address).toBe(proxy);
  });

  test('a ProxyAddress of 257 characters is rejected', { tags: ['limits'] }, async ({ api, data }) => {
    const conversation = await newConversation(api);
    const res = await api.post<TwilioError>(
      conversation.links.participants,
      smsBinding(data.phone(), data.phone().padEnd(257, '0')),
      { expect: 400 },
    );
    expect(res.body.code).toBe(50408);
  });

  test('one address joins two conversations when each uses a different proxy address', async ({ api, data }) => {
    // "a consumer can be part of different Conversations by binding their personal mobile number to different
    // ProxyAddresses" (004:L28727; 004:L6171, L22234).
    const address = data.phone();
    await api.post(await participantsOf(api), smsBinding(address, data.phone()), { expect: 201 });
    await api.post(await participantsOf(api), smsBinding(address, data.phone()), { expect: 201 });
  });

  test('one proxy address serves many addresses in different conversations', async ({ api, data }) => {
    // "The same Twilio number can be in contact with any number of consumers" (004:L28728).
    const proxy = data.phone();
    await api.post(await participantsOf(api), smsBinding(data.phone(), proxy), { expect: 201 });
    await api.post(await participantsOf(api), smsBinding(data.phone(), proxy), { expect: 201 });
  });

  test('a chat and an SMS participant share one conversation', async ({ api, data }) => {
    const conversation = await newConversation(api);
    const identity = data.unique('chat');
    api.track(`/v1/Users/${identity}`);
    await api.post(conversation.links.participants, { Identity: identity }, { expect: 201 });
    await api.post(conversation.links.participants, smsBinding(data.phone(), data.phone()), { expect: 201 });
    const listed = await api.listAll<Participant>(conversation.links.participants, 'participants');
    expect(listed.map((p) => (p.identity === null ? 'sms' : 'chat')).sort()).toEqual(['chat', 'sms']);
  });
});

async function participantsOf(api: ScenarioApi): Promise<string> {
  return (await newConversation(api)).links.participants;
}
