import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { ValidatorSet } from '../../validation/validators.ts';
import type { EmulatorEvent } from '../events.ts';
import type { EmulatorOptions } from '../options.ts';
import { expectValid, tagValidators } from '../spec-support.ts';
import { defaultService, ISO, setup, type TestClient, type TestResponse } from '../test-support.ts';

// One emulator for the file, reset before each test (building one per test costs ~200 ms); tests that need other
// options (virtual clock, slow ConversationWithParticipants) build their own with `fresh()`.
let shared: TestClient;
let client: TestClient;
let validators: ValidatorSet;
const extras: TestClient[] = [];
const unsubscribes: Array<() => void> = [];
beforeAll(async () => {
  // Compile only the operations these tests answer (all 400+ validators take seconds).
  validators = await tagValidators('ConversationMessage');
  shared = setup();
});
beforeEach(() => {
  shared.emulator.reset();
  client = shared;
});
afterEach(async () => {
  for (const unsubscribe of unsubscribes.splice(0)) unsubscribe();
  for (const extra of extras.splice(0)) await extra.emulator.close();
});
afterAll(async () => {
  await shared.emulator.close();
});

function fresh(options: EmulatorOptions): TestClient {
  const c = setup(options);
  extras.push(c);
  return c;
}

/** The response has a status the operation documents and a body its schema accepts. */
function conforms(operationId: string, response: TestResponse): void {
  if (response.status === 204) {
    expect(validators.documentedStatus(operationId, 204)).toBe('204');
    return;
  }
  expectValid(validators, operationId, response);
}

async function conversation(c: TestClient, fields: Record<string, string> = {}): Promise<string> {
  const response = await c.post('/v1/Conversations', fields);
  expect(response.status).toBe(201);
  return response.body.sid;
}

/** A conversation with a chat participant `alice`, an SMS participant and a WhatsApp participant. */
async function mixedConversation(c: TestClient): Promise<{ ch: string; alice: string; sms: string; wa: string }> {
  const ch = await conversation(c);
  const alice = await c.post(`/v1/Conversations/${ch}/Participants`, { Identity: 'alice' });
  const sms = await c.post(`/v1/Conversations/${ch}/Participants`, {
    'MessagingBinding.Address': '+15550001',
    'MessagingBinding.ProxyAddress': '+15559999',
  });
  const wa = await c.post(`/v1/Conversations/${ch}/Participants`, {
    'MessagingBinding.Address': 'whatsapp:+15550002',
    'MessagingBinding.ProxyAddress': 'whatsapp:+15559998',
  });
  return { ch, alice: alice.body.sid, sms: sms.body.sid, wa: wa.body.sid };
}

async function upload(c: TestClient, bytes = 'img'): Promise<string> {
  const response = await c.request({
    method: 'POST',
    url: `/v1/Services/${defaultService(c).sid}/Media`,
    payload: bytes,
    headers: { 'content-type': 'image/png' },
  });
  expect(response.status).toBe(201);
  return response.body.sid;
}

function recordEvents(c: TestClient): EmulatorEvent[] {
  const events: EmulatorEvent[] = [];
  unsubscribes.push(c.emulator.events.on((event) => events.push(event)));
  return events;
}

describe('createConversationMessage', () => {
  test('a system message: author system, participant_sid null, index 0, date_updated null, delivery null', async () => {
    const ch = await conversation(client);
    const response = await client.post(`/v1/Conversations/${ch}/Messages`, { Body: 'Ahoy there!' });
    expect(response.status).toBe(201);
    conforms('createConversationMessage', response);
    const url = `http://localhost:80/v1/Conversations/${ch}/Messages/${response.body.sid}`;
    expect(response.body).toEqual({
      account_sid: client.account.accountSid,
      conversation_sid: ch,
      sid: expect.stringMatching(/^IM[0-9a-f]{32}$/),
      index: 0,
      author: 'system',
      body: 'Ahoy there!',
      media: null,
      attributes: '{}',
      participant_sid: null,
      date_created: expect.stringMatching(ISO),
      date_updated: null,
      url,
      delivery: null,
      links: { delivery_receipts: `${url}/Receipts`, channel_metadata: `${url}/ChannelMetadata` },
      content_sid: null,
    });
  });

  test('service form adds chat_service_sid and service URLs; both forms see the same message', async () => {
    const is = defaultService(client).sid;
    const ch = await conversation(client);
    const response = await client.post(`/v1/Services/${is}/Conversations/${ch}/Messages`, {
      Body: 'hi',
      Attributes: '{"importance":"high"}',
      DateCreated: '2015-12-16T22:18:37Z',
      DateUpdated: '2015-12-16T22:18:38Z',
    });
    expect(response.status).toBe(201);
    conforms('createServiceConversationMessage', response);
    expect(response.body).toMatchObject({
      chat_service_sid: is,
      attributes: '{"importance":"high"}',
      date_created: '2015-12-16T22:18:37Z',
      date_updated: '2015-12-16T22:18:38Z',
      url: `http://localhost:80/v1/Services/${is}/Conversations/${ch}/Messages/${response.body.sid}`,
    });
    const short = await client.get(`/v1/Conversations/${ch}/Messages/${response.body.sid}`);
    conforms('fetchConversationMessage', short);
    expect(short.body).not.toHaveProperty('chat_service_sid');
    const service = await client.get(`/v1/Services/${is}/Conversations/${ch}/Messages/${response.body.sid}`);
    conforms('fetchServiceConversationMessage', service);
    expect(service.body.body).toBe('hi');
  });

  test('Author names a participant by identity or by address; other authors have no participant', async () => {
    const { ch, alice, sms } = await mixedConversation(client);
    const byIdentity = await client.post(`/v1/Conversations/${ch}/Messages`, { Author: 'alice', Body: 'a' });
    expect(byIdentity.body).toMatchObject({ author: 'alice', participant_sid: alice });
    const byAddress = await client.post(`/v1/Conversations/${ch}/Messages`, { Author: '+15550001', Body: 'b' });
    expect(byAddress.body).toMatchObject({ author: '+15550001', participant_sid: sms });
    const stranger = await client.post(`/v1/Conversations/${ch}/Messages`, { Author: 'mallory', Body: 'c' });
    expect(stranger.body).toMatchObject({ author: 'mallory', participant_sid: null });
    conforms('createConversationMessage', stranger);
  });

  test('non-chat recipients get a sent receipt each and the delivery summary counts them; the author gets none', async () => {
    const { ch, sms, wa } = await mixedConversation(client);
    const fromChat = await client.post(`/v1/Conversations/${ch}/Messages`, { Author: 'alice', Body: 'hi' });
    conforms('createConversationMessage', fromChat);
    expect(fromChat.body.delivery).toEqual({
      total: 2,
      sent: 'all',
      delivered: 'none',
      read: 'none',
      failed: 'none',
      undelivered: 'none',
    });
    const receipts = await client.get(`/v1/Conversations/${ch}/Messages/${fromChat.body.sid}/Receipts`);
    expect(receipts.body.delivery_receipts.map((r: { participant_sid: string }) => r.participant_sid)).toEqual([
      sms,
      wa,
    ]);
    const fromSms = await client.post(`/v1/Conversations/${ch}/Messages`, { Author: '+15550001', Body: 'yo' });
    expect(fromSms.body.delivery.total).toBe(1);
    const chatOnly = await conversation(client);
    await client.post(`/v1/Conversations/${chatOnly}/Participants`, { Identity: 'bob' });
    const none = await client.post(`/v1/Conversations/${chatOnly}/Messages`, { Body: 'hi' });
    expect(none.body.delivery).toBeNull();
  });

  test('indices increase in the order received and are never reused after a delete', async () => {
    const ch = await conversation(client);
    const indices: number[] = [];
    const sids: string[] = [];
    for (const body of ['a', 'b', 'c']) {
      const response = await client.post(`/v1/Conversations/${ch}/Messages`, { Body: body });
      indices.push(response.body.index);
      sids.push(response.body.sid);
    }
    expect(indices).toEqual([0, 1, 2]);
    expect((await client.delete(`/v1/Conversations/${ch}/Messages/${sids[2]}`)).status).toBe(204);
    const next = await client.post(`/v1/Conversations/${ch}/Messages`, { Body: 'd' });
    expect(next.body.index).toBe(3);
  });

  test('ContentSid ignores Body and MediaSid; ContentVariables needs a JSON object', async () => {
    const ch = await conversation(client);
    const me = await upload(client);
    const hx = `HX${'a'.repeat(32)}`;
    const response = await client.post(`/v1/Conversations/${ch}/Messages`, {
      ContentSid: hx,
      ContentVariables: '{"1":"Ann"}',
      Body: 'ignored',
      MediaSid: me,
    });
    expect(response.status).toBe(201);
    conforms('createConversationMessage', response);
    expect(response.body).toMatchObject({ content_sid: hx, body: null, media: null });
    // The media stayed unattached, so another message may use it.
    expect((await client.post(`/v1/Conversations/${ch}/Messages`, { MediaSid: me })).status).toBe(201);
  });

  test.each<[string, Record<string, string | string[]>, number]>([
    ['no Body, MediaSid or ContentSid', { Author: 'alice' }, 50503],
    ['an empty Body', { Body: '' }, 50503],
    ['a Body over 1,600 characters', { Body: 'x'.repeat(1601) }, 50504],
    ['a Subject over 256 characters', { Body: 'x', Subject: 's'.repeat(257) }, 20422],
    ['Attributes over 4 KB', { Body: 'x', Attributes: JSON.stringify({ a: 'x'.repeat(4096) }) }, 50303],
    ['Attributes that are not JSON', { Body: 'x', Attributes: '{nope' }, 50304],
    ['a malformed DateCreated', { Body: 'x', DateCreated: 'yesterday' }, 50308],
    ['a malformed DateUpdated', { Body: 'x', DateUpdated: 'later' }, 50309],
    ['a malformed ContentSid', { ContentSid: 'HX123' }, 50526],
    ['ContentVariables without ContentSid', { Body: 'x', ContentVariables: '{}' }, 50528],
    ['ContentVariables that are not an object', { ContentSid: `HX${'b'.repeat(32)}`, ContentVariables: '[1]' }, 50527],
    ['a malformed MediaSid', { MediaSid: 'ME1' }, 50510],
    ['an unknown MediaSid', { MediaSid: `ME${'0'.repeat(32)}` }, 50507],
    [
      'eleven MediaSid values',
      { MediaSid: Array.from({ length: 11 }, (_, i) => `ME${String(i).padStart(32, '0')}`) },
      20422,
    ],
  ])('rejects %s (400)', async (_name, fields, code) => {
    const ch = await conversation(client);
    const response = await client.post(`/v1/Conversations/${ch}/Messages`, fields);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe(code);
    conforms('createConversationMessage', response);
  });

  test('a Body of exactly 1,600 characters (code points) is accepted', async () => {
    const ch = await conversation(client);
    const response = await client.post(`/v1/Conversations/${ch}/Messages`, { Body: '😀'.repeat(1600) });
    expect(response.status).toBe(201);
  });

  test('an unknown conversation is 404', async () => {
    const response = await client.post(`/v1/Conversations/CH${'0'.repeat(32)}/Messages`, { Body: 'x' });
    expect(response.status).toBe(404);
    conforms('createConversationMessage', response);
  });

  test('a conversation addressed by unique name takes messages too', async () => {
    const ch = await conversation(client, { UniqueName: 'support' });
    const response = await client.post('/v1/Conversations/support/Messages', { Body: 'x' });
    expect(response.status).toBe(201);
    expect(response.body.conversation_sid).toBe(ch);
  });
});

describe('conversation state and messages', () => {
  test('an initializing conversation refuses messages (409, 50386)', async () => {
    client = fresh({ cwpParticipantDelayMs: 60_000 });
    const cwp = await client.post('/v1/ConversationWithParticipants', { Participant: '{"identity":"alice"}' });
    expect(cwp.body.state).toBe('initializing');
    const response = await client.post(`/v1/Conversations/${cwp.body.sid}/Messages`, { Body: 'x' });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe(50386);
    conforms('createConversationMessage', response);
  });

  test('a closed conversation refuses new and edited messages (409, 50377) but lets them be deleted', async () => {
    const ch = await conversation(client);
    const message = await client.post(`/v1/Conversations/${ch}/Messages`, { Body: 'x' });
    await client.post(`/v1/Conversations/${ch}`, { State: 'closed' });
    const create = await client.post(`/v1/Conversations/${ch}/Messages`, { Body: 'y' });
    expect(create.status).toBe(409);
    expect(create.body.code).toBe(50377);
    conforms('createConversationMessage', create);
    const update = await client.post(`/v1/Conversations/${ch}/Messages/${message.body.sid}`, { Body: 'z' });
    expect(update.status).toBe(409);
    conforms('updateConversationMessage', update);
    const removed = await client.delete(`/v1/Conversations/${ch}/Messages/${message.body.sid}`);
    expect(removed.status).toBe(204);
  });

  test('a new message moves an inactive conversation to active (Reason EVENT) and restarts its timers', async () => {
    client = fresh({ clock: 'virtual' });
    const ch = await conversation(client, { State: 'inactive', 'Timers.Closed': 'PT10M' });
    client.emulator.clock.advance(5 * 60_000);
    const events = recordEvents(client);
    const sent = await client.post(
      `/v1/Conversations/${ch}/Messages`,
      { Body: 'back' },
      {
        'X-Twilio-Webhook-Enabled': 'true',
      },
    );
    expect(sent.status).toBe(201);
    const fetched = await client.get(`/v1/Conversations/${ch}`);
    expect(fetched.body.state).toBe('active');
    const closeAt = new Date(client.emulator.clock.now().getTime() + 10 * 60_000);
    expect(fetched.body.timers.date_closed).toBe(`${closeAt.toISOString().slice(0, 19)}Z`);
    expect(events.map((e) => e.name)).toEqual(['onConversationStateUpdated', 'onMessageAdded']);
    expect(events[0]?.data).toMatchObject({ state_from: 'inactive', state_to: 'active', reason: 'EVENT' });
    expect(events[1]).toMatchObject({ source: 'api', webhookEnabled: true });
    // The timer now runs from the message: 9 minutes later the conversation is still open, 10 minutes later closed.
    client.emulator.clock.advance(9 * 60_000);
    expect((await client.get(`/v1/Conversations/${ch}`)).body.state).toBe('active');
    client.emulator.clock.advance(60_000);
    expect((await client.get(`/v1/Conversations/${ch}`)).body.state).toBe('closed');
  });
});

describe('listConversationMessage', () => {
  test('ascending by index by default, Order=desc reverses; pages carry Order; both forms conform', async () => {
    const is = defaultService(client).sid;
    const ch = await conversation(client);
    for (const body of ['m0', 'm1', 'm2', 'm3', 'm4'])
      await client.post(`/v1/Conversations/${ch}/Messages`, { Body: body });
    const asc = await client.get(`/v1/Conversations/${ch}/Messages`);
    conforms('listConversationMessage', asc);
    expect(asc.body.messages.map((m: { body: string }) => m.body)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect(asc.body.meta).toMatchObject({ key: 'messages', page_size: 50, next_page_url: null });

    const seen: string[] = [];
    let url: string | null = `/v1/Services/${is}/Conversations/${ch}/Messages?Order=desc&PageSize=2`;
    while (url) {
      const page: TestResponse = await client.get(url.replace('http://localhost:80', ''));
      conforms('listServiceConversationMessage', page);
      expect(page.body.meta.url).toContain('Order=desc');
      seen.push(...page.body.messages.map((m: { body: string }) => m.body));
      url = page.body.meta.next_page_url;
    }
    expect(seen).toEqual(['m4', 'm3', 'm2', 'm1', 'm0']);
  });

  test.each([
    ['PageSize over 100', '?PageSize=101'],
    ['an unknown Order', '?Order=newest'],
  ])('rejects %s (400)', async (_name, query) => {
    const ch = await conversation(client);
    const response = await client.get(`/v1/Conversations/${ch}/Messages${query}`);
    expect(response.status).toBe(400);
    conforms('listConversationMessage', response);
  });
});

describe('updateConversationMessage', () => {
  test('changes Author, Body, Attributes, Subject, DateCreated; date_updated becomes set; the author link follows', async () => {
    const { ch, alice } = await mixedConversation(client);
    const created = await client.post(`/v1/Conversations/${ch}/Messages`, { Body: 'x' });
    const events = recordEvents(client);
    const response = await client.post(`/v1/Conversations/${ch}/Messages/${created.body.sid}`, {
      Author: 'alice',
      Body: 'edited',
      Attributes: '{"a":1}',
      Subject: 'subject',
      DateCreated: '2020-01-01T00:00:00Z',
    });
    expect(response.status).toBe(200);
    conforms('updateConversationMessage', response);
    expect(response.body).toMatchObject({
      author: 'alice',
      participant_sid: alice,
      body: 'edited',
      attributes: '{"a":1}',
      date_created: '2020-01-01T00:00:00Z',
      date_updated: expect.stringMatching(ISO),
      index: created.body.index,
    });
    expect(events).toMatchObject([{ name: 'onMessageUpdated', webhookEnabled: false }]);
  });

  test.each<[string, Record<string, string>, number, number]>([
    ['no parameters', {}, 400, 20161],
    ['a Body over 1,600 characters', { Body: 'x'.repeat(1601) }, 400, 50504],
    ['Attributes that are not JSON', { Attributes: 'x' }, 400, 50304],
  ])('rejects %s', async (_name, fields, status, code) => {
    const ch = await conversation(client);
    const created = await client.post(`/v1/Conversations/${ch}/Messages`, { Body: 'x' });
    const response = await client.post(`/v1/Conversations/${ch}/Messages/${created.body.sid}`, fields);
    expect(response.status).toBe(status);
    expect(response.body.code).toBe(code);
    conforms('updateConversationMessage', response);
  });

  test('an unknown message is 404 in both forms', async () => {
    const is = defaultService(client).sid;
    const ch = await conversation(client);
    const im = `IM${'0'.repeat(32)}`;
    const short = await client.post(`/v1/Conversations/${ch}/Messages/${im}`, { Body: 'x' });
    expect(short.status).toBe(404);
    conforms('updateConversationMessage', short);
    const service = await client.get(`/v1/Services/${is}/Conversations/${ch}/Messages/${im}`);
    expect(service.status).toBe(404);
    conforms('fetchServiceConversationMessage', service);
  });
});

describe('deleteConversationMessage', () => {
  test('204, then 404; its media and receipts go with it; onMessageRemoved carries DateRemoved', async () => {
    const is = defaultService(client).sid;
    const { ch } = await mixedConversation(client);
    const me = await upload(client);
    const created = await client.post(`/v1/Conversations/${ch}/Messages`, { Body: 'x', MediaSid: me });
    const events = recordEvents(client);
    const response = await client.request({
      method: 'DELETE',
      url: `/v1/Services/${is}/Conversations/${ch}/Messages/${created.body.sid}`,
      headers: { 'X-Twilio-Webhook-Enabled': 'true' },
    });
    expect(response.status).toBe(204);
    conforms('deleteServiceConversationMessage', response);
    expect((await client.get(`/v1/Conversations/${ch}/Messages/${created.body.sid}`)).status).toBe(404);
    expect((await client.get(`/v1/Conversations/${ch}/Messages/${created.body.sid}/Receipts`)).status).toBe(404);
    expect((await client.get(`/v1/Services/${is}/Media/${me}`)).status).toBe(404);
    expect(events).toMatchObject([{ name: 'onMessageRemoved', webhookEnabled: true }]);
    expect(events[0]?.data).toMatchObject({
      message_sid: created.body.sid,
      media: [{ sid: me }],
      date_removed: expect.stringMatching(ISO),
    });
  });

  test('deleting the conversation deletes its messages, receipts and attached media (004:L33787)', async () => {
    const is = defaultService(client).sid;
    const { ch } = await mixedConversation(client);
    const me = await upload(client);
    await client.post(`/v1/Conversations/${ch}/Messages`, { Body: 'x', MediaSid: me });
    const loose = await upload(client);
    expect((await client.delete(`/v1/Conversations/${ch}`)).status).toBe(204);
    expect((await client.get(`/v1/Services/${is}/Media/${me}`)).status).toBe(404);
    // Media not attached to any message of the conversation stays.
    expect((await client.get(`/v1/Services/${is}/Media/${loose}`)).status).toBe(200);
  });
});

describe('events', () => {
  test('onMessageAdded has the payload fields and honours X-Twilio-Webhook-Enabled', async () => {
    const { ch, alice } = await mixedConversation(client);
    const events = recordEvents(client);
    const quiet = await client.post(`/v1/Conversations/${ch}/Messages`, { Author: 'alice', Body: 'x' });
    const mg = (await client.get(`/v1/Conversations/${ch}`)).body.messaging_service_sid;
    const added = events.filter((e) => e.name === 'onMessageAdded');
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ source: 'api', webhookEnabled: false });
    expect(added[0]?.data).toEqual({
      conversation_sid: ch,
      message_sid: quiet.body.sid,
      messaging_service_sid: mg,
      index: 0,
      date_created: quiet.body.date_created,
      date_updated: null,
      body: 'x',
      author: 'alice',
      participant_sid: alice,
      attributes: '{}',
      media: null,
    });
    expect(events.filter((e) => e.name === 'onDeliveryUpdated')).toHaveLength(2);
  });
});

describe('read horizon', () => {
  test('a participant read horizon can point at a message index', async () => {
    const { ch, alice } = await mixedConversation(client);
    const message = await client.post(`/v1/Conversations/${ch}/Messages`, { Body: 'x' });
    const response = await client.post(`/v1/Conversations/${ch}/Participants/${alice}`, {
      LastReadMessageIndex: String(message.body.index),
      LastReadTimestamp: message.body.date_created,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      last_read_message_index: message.body.index,
      last_read_timestamp: message.body.date_created,
    });
  });
});
