import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { ValidatorSet } from '../../validation/validators.ts';
import type { EmulatorEvent } from '../events.ts';
import type { EmulatorOptions } from '../options.ts';
import { expectValid, tagValidators } from '../spec-support.ts';
import { type Fields, ISO, setup, type TestClient, type TestResponse } from '../test-support.ts';
import { twilioSignature } from './signing.ts';

// --- a webhook sink on a real socket -------------------------------------------------------------------------------

interface Received {
  method: string;
  /** Full URL as requested (query included). */
  url: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Form body (POST) or query (GET) parameters, in wire order. */
  entries: [string, string][];
  params: Record<string, string>;
}

type Answer = { status: number; body?: string } | 'hang';

interface Sink {
  url: string;
  received: Received[];
  /** Most requests in flight at once. */
  maxConcurrent: number;
  close(): Promise<void>;
}

/** An answer given `ms` milliseconds after the request arrives (to hold deliveries in flight). */
function answerAfter(ms: number, answer: Answer): () => Promise<Answer> {
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return answer;
  };
}

async function startSink(answer: (request: Received) => Answer | Promise<Answer> = () => ({ status: 200 })) {
  const sink: Sink = { url: '', received: [], maxConcurrent: 0, close: async () => {} };
  let active = 0;
  const server = createServer((req, res) => {
    active++;
    sink.maxConcurrent = Math.max(sink.maxConcurrent, active);
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', async () => {
      const url = `${sink.url}${req.url ?? ''}`;
      const parsed = new URL(url);
      const entries = req.method === 'GET' ? [...parsed.searchParams] : [...new URLSearchParams(body)];
      const received: Received = {
        method: req.method ?? '',
        url,
        path: parsed.pathname,
        headers: req.headers,
        entries,
        params: Object.fromEntries(entries),
      };
      sink.received.push(received);
      const reply = await answer(received);
      if (reply === 'hang') return;
      active--;
      res.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  sink.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  sink.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  sinks.push(sink);
  return sink;
}

// --- fixtures -------------------------------------------------------------------------------------------------------

let validators: ValidatorSet;
const clients: TestClient[] = [];
const sinks: Sink[] = [];

beforeAll(async () => {
  validators = await tagValidators(
    'ConfigurationWebhook',
    'ServiceWebhookConfiguration',
    'Conversation',
    'ConversationParticipant',
  );
});
afterEach(async () => {
  for (const c of clients.splice(0)) await c.emulator.close();
  for (const sink of sinks.splice(0)) await sink.close();
});
afterAll(async () => {
  for (const sink of sinks.splice(0)) await sink.close();
});

function emulator(options: EmulatorOptions = {}): TestClient {
  const c = setup(options);
  clients.push(c);
  return c;
}

const ECHO: Record<string, string> = { 'X-Twilio-Webhook-Enabled': 'true' };

function conforms(operationId: string, response: TestResponse): void {
  expectValid(validators, operationId, response);
}

async function configure(c: TestClient, fields: Fields): Promise<void> {
  const response = await c.post('/v1/Configuration/Webhooks', fields);
  expect(response.status).toBe(200);
  conforms('updateConfigurationWebhook', response);
}

async function create(c: TestClient, url: string, fields: Fields = {}, headers = ECHO): Promise<string> {
  const response = await c.post(url, fields, headers);
  expect(response.status).toBe(201);
  return response.body.sid;
}

function accountOf(c: TestClient) {
  return c.emulator.store.accounts.get(c.account.accountSid)!;
}

function errorsLogged(c: TestClient): EmulatorEvent[] {
  const logged: EmulatorEvent[] = [];
  c.emulator.events.on((event) => {
    if (event.name === 'errorLogged') logged.push(event);
  });
  return logged;
}

/** The signature the sink expects, by our function and by the twilio helper library's validator. */
function expectSigned(c: TestClient, request: Received): void {
  const signature = String(request.headers['x-twilio-signature']);
  const signed = request.method === 'POST' ? request.entries : [];
  expect(signature).toBe(twilioSignature(c.account.authToken, request.url, signed));
  const params = request.method === 'POST' ? request.params : {};
  expect(twilio.validateRequest(c.account.authToken, signature, request.url, params)).toBe(true);
}

// --- post-event delivery --------------------------------------------------------------------------------------------

describe('post-event webhooks', () => {
  test('arrive in order, signed, with the documented fields of each event', async () => {
    const c = emulator();
    const sink = await startSink();
    await configure(c, {
      PostWebhookUrl: `${sink.url}/post?tenant=1`,
      Method: 'POST',
      Filters: [
        'onConversationAdded',
        'onConversationUpdated',
        'onConversationStateUpdated',
        'onConversationRemoved',
        'onParticipantAdded',
        'onParticipantUpdated',
        'onParticipantRemoved',
      ],
    });
    const ch = await create(c, '/v1/Conversations', { FriendlyName: 'support' });
    const mb = await create(c, `/v1/Conversations/${ch}/Participants`, { Identity: 'alice' });
    expect((await c.post(`/v1/Conversations/${ch}/Participants/${mb}`, { Attributes: '{"a":1}' }, ECHO)).status).toBe(
      200,
    );
    const update = await c.post(`/v1/Conversations/${ch}`, { State: 'inactive' }, ECHO);
    expect(update.status).toBe(200);
    conforms('updateConversation', update);
    expect(
      (await c.request({ method: 'DELETE', url: `/v1/Conversations/${ch}/Participants/${mb}`, headers: ECHO })).status,
    ).toBe(204);
    expect((await c.request({ method: 'DELETE', url: `/v1/Conversations/${ch}`, headers: ECHO })).status).toBe(204);
    await c.emulator.webhooks.settled();

    expect(sink.received.map((r) => r.params.EventType)).toEqual([
      'onConversationAdded',
      'onParticipantAdded',
      'onParticipantUpdated',
      'onConversationStateUpdated',
      'onConversationUpdated',
      'onParticipantRemoved',
      'onConversationRemoved',
    ]);
    for (const request of sink.received) {
      expect(request.method).toBe('POST');
      expect(request.url).toBe(`${sink.url}/post?tenant=1`);
      expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
      expectSigned(c, request);
    }
    const account = accountOf(c);
    const is = account.defaultServiceSid;
    const mg = account.configuration.defaultMessagingServiceSid;
    const [added, participantAdded, participantUpdated, stateUpdated, , participantRemoved, removed] = sink.received;
    // onConversationAdded (004:L24032-24077); UniqueName is unset, so absent.
    expect(added?.params).toEqual({
      AccountSid: c.account.accountSid,
      EventType: 'onConversationAdded',
      ConversationSid: ch,
      DateCreated: expect.stringMatching(ISO),
      DateUpdated: expect.stringMatching(ISO),
      FriendlyName: 'support',
      Attributes: '{}',
      ChatServiceSid: is,
      MessagingServiceSid: mg,
      State: 'active',
      Source: 'API',
      RetryCount: '0',
    });
    // onParticipantAdded (004:L24299-24337).
    expect(participantAdded?.params).toEqual({
      AccountSid: c.account.accountSid,
      EventType: 'onParticipantAdded',
      ConversationSid: ch,
      ParticipantSid: mb,
      DateCreated: expect.stringMatching(ISO),
      Identity: 'alice',
      RoleSid: expect.stringMatching(/^RL/),
      Attributes: '{}',
      'MessagingBinding.Type': 'CHAT',
      Source: 'API',
      RetryCount: '0',
    });
    expect(participantUpdated?.params).toMatchObject({
      Attributes: '{"a":1}',
      DateUpdated: expect.stringMatching(ISO),
    });
    // onConversationStateUpdated (004:L24153-24180).
    expect(stateUpdated?.params).toEqual({
      AccountSid: c.account.accountSid,
      EventType: 'onConversationStateUpdated',
      ChatServiceSid: is,
      StateUpdated: expect.stringMatching(ISO),
      StateFrom: 'active',
      StateTo: 'inactive',
      ConversationSid: ch,
      Reason: 'API',
      MessagingServiceSid: mg,
      Source: 'API',
      RetryCount: '0',
    });
    expect(participantRemoved?.params).toMatchObject({ ParticipantSid: mb, DateRemoved: expect.stringMatching(ISO) });
    expect(removed?.params).toMatchObject({
      ConversationSid: ch,
      FriendlyName: 'support',
      State: 'inactive',
      DateRemoved: expect.stringMatching(ISO),
    });
  });

  test('SMS participants carry their binding and type SMS', async () => {
    const c = emulator();
    const sink = await startSink();
    await configure(c, { PostWebhookUrl: sink.url, Filters: ['onParticipantAdded'] });
    const ch = await create(c, '/v1/Conversations');
    await create(c, `/v1/Conversations/${ch}/Participants`, {
      'MessagingBinding.Address': '+15550001',
      'MessagingBinding.ProxyAddress': '+15559999',
    });
    await c.emulator.webhooks.settled();
    expect(sink.received[0]?.params).toMatchObject({
      'MessagingBinding.Address': '+15550001',
      'MessagingBinding.ProxyAddress': '+15559999',
      'MessagingBinding.Type': 'SMS',
    });
    expect(sink.received[0]?.params).not.toHaveProperty('Identity');
  });

  test('REST actions without X-Twilio-Webhook-Enabled: true send nothing (echo suppression)', async () => {
    const c = emulator();
    const sink = await startSink();
    await configure(c, { PostWebhookUrl: sink.url, Filters: ['onConversationAdded', 'onParticipantAdded'] });
    const ch = await create(c, '/v1/Conversations', {}, {});
    await create(c, `/v1/Conversations/${ch}/Participants`, { Identity: 'a' }, { 'X-Twilio-Webhook-Enabled': 'false' });
    await c.emulator.webhooks.settled();
    expect(sink.received).toEqual([]);
    expect(c.emulator.webhooks.pending()).toBe(0);
  });

  test('only events in the filters fire', async () => {
    const c = emulator();
    const sink = await startSink();
    await configure(c, { PostWebhookUrl: sink.url, Filters: ['onConversationUpdated'] });
    const ch = await create(c, '/v1/Conversations');
    expect((await c.post(`/v1/Conversations/${ch}`, { FriendlyName: 'x' }, ECHO)).status).toBe(200);
    await c.emulator.webhooks.settled();
    expect(sink.received.map((r) => r.params.EventType)).toEqual(['onConversationUpdated']);
  });

  test('Method GET sends the parameters in the query string and signs the full URL', async () => {
    const c = emulator();
    const sink = await startSink();
    await configure(c, { PostWebhookUrl: `${sink.url}/get?x=1`, Method: 'GET', Filters: ['onConversationAdded'] });
    const ch = await create(c, '/v1/Conversations');
    await c.emulator.webhooks.settled();
    const [request] = sink.received;
    expect(request?.method).toBe('GET');
    expect(request?.headers['content-type']).toBeUndefined();
    expect(request?.url.startsWith(`${sink.url}/get?x=1&AccountSid=`)).toBe(true);
    expect(request?.params).toMatchObject({ x: '1', EventType: 'onConversationAdded', ConversationSid: ch });
    expectSigned(c, request!);
  });

  test("a service's own webhook settings replace the account's for that service only", async () => {
    const c = emulator();
    const sink = await startSink();
    await configure(c, { PostWebhookUrl: `${sink.url}/account`, Filters: ['onConversationAdded'] });
    const is = accountOf(c).defaultServiceSid;
    const service = await c.post(`/v1/Services/${is}/Configuration/Webhooks`, {
      PostWebhookUrl: `${sink.url}/service`,
      Filters: ['onConversationAdded'],
    });
    expect(service.status).toBe(200);
    conforms('updateServiceWebhookConfiguration', service);
    await create(c, '/v1/Conversations');
    const other = await c.post('/v1/Services', { FriendlyName: 'other' });
    expect(other.status).toBe(201);
    await create(c, `/v1/Services/${other.body.sid}/Conversations`);
    await c.emulator.webhooks.settled();
    expect(sink.received.map((r) => [r.path, r.params.ChatServiceSid])).toEqual([
      ['/service', is],
      ['/account', other.body.sid],
    ]);
  });

  test('onConversationStateUpdated fires on a timer transition, whatever the header (virtual clock)', async () => {
    const c = emulator({ clock: 'virtual' });
    const sink = await startSink();
    await configure(c, { PostWebhookUrl: sink.url, Filters: ['onConversationStateUpdated'] });
    const ch = await create(c, '/v1/Conversations', { 'Timers.Inactive': 'PT1M' }, {});
    expect((await c.post('/__emulator/clock/advance', { ms: '60000' })).status).toBe(200);
    await c.emulator.webhooks.settled();
    expect(sink.received.map((r) => r.params)).toEqual([
      expect.objectContaining({
        EventType: 'onConversationStateUpdated',
        ConversationSid: ch,
        StateFrom: 'active',
        StateTo: 'inactive',
        Reason: 'TIMER',
      }),
    ]);
  });

  test('deliveries of one conversation are sent one at a time, in event order', async () => {
    const c = emulator();
    const sink = await startSink(answerAfter(15, { status: 204 }));
    await configure(c, { PostWebhookUrl: sink.url, Filters: ['onParticipantAdded'] });
    const ch = await create(c, '/v1/Conversations');
    const identities = ['p0', 'p1', 'p2', 'p3', 'p4'];
    for (const identity of identities) await create(c, `/v1/Conversations/${ch}/Participants`, { Identity: identity });
    await c.emulator.webhooks.settled();
    expect(sink.received.map((r) => r.params.Identity)).toEqual(identities);
    expect(sink.maxConcurrent).toBe(1);
  });

  test('a failing endpoint is logged (50057) and never affects the API', async () => {
    const c = emulator();
    const logged = errorsLogged(c);
    const sink = await startSink(() => ({ status: 500 }));
    await configure(c, { PostWebhookUrl: sink.url, Filters: ['onConversationAdded'] });
    await create(c, '/v1/Conversations');
    await c.emulator.webhooks.settled();
    expect(sink.received).toHaveLength(1);
    expect(logged.map((e) => e.data)).toEqual([
      expect.objectContaining({ code: 50057, event_type: 'onConversationAdded', webhook_status: 500 }),
    ]);
  });

  test('an unreachable endpoint is logged too', async () => {
    const c = emulator();
    const logged = errorsLogged(c);
    const closed = await startSink();
    const url = closed.url;
    await closed.close();
    await configure(c, { PostWebhookUrl: url, Filters: ['onConversationAdded'] });
    await create(c, '/v1/Conversations');
    await c.emulator.webhooks.settled();
    expect(logged.map((e) => e.data.code)).toEqual([50057]);
  });

  test('close() cancels deliveries in flight', async () => {
    const c = setup({ webhookTimeoutMs: 60_000 });
    const sink = await startSink(() => 'hang');
    await configure(c, { PostWebhookUrl: sink.url, Filters: ['onConversationAdded'] });
    await create(c, '/v1/Conversations');
    // Wait until the request is at the sink, then close while it hangs.
    for (let i = 0; i < 200 && sink.received.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
    expect(sink.received).toHaveLength(1);
    expect(c.emulator.webhooks.pending()).toBe(1);
    await c.emulator.close();
    expect(c.emulator.webhooks.pending()).toBe(0);
  });
});

// --- conversation-scoped webhooks ----------------------------------------------------------------------------------

describe('conversation-scoped webhooks', () => {
  test('receive the events in their filters, including onConversationRemoved after the delete', async () => {
    const c = emulator();
    const sink = await startSink();
    const ch = await create(c, '/v1/Conversations', {}, {});
    await create(
      c,
      `/v1/Conversations/${ch}/Webhooks`,
      {
        Target: 'webhook',
        'Configuration.Url': `${sink.url}/scoped`,
        'Configuration.Method': 'GET',
        'Configuration.Filters': ['onParticipantAdded', 'onConversationRemoved'],
      },
      {},
    );
    await create(c, `/v1/Conversations/${ch}/Participants`, { Identity: 'quiet' }, {});
    await create(c, `/v1/Conversations/${ch}/Participants`, { Identity: 'loud' });
    await c.post(`/v1/Conversations/${ch}`, { FriendlyName: 'not in the filters' }, ECHO);
    expect((await c.request({ method: 'DELETE', url: `/v1/Conversations/${ch}`, headers: ECHO })).status).toBe(204);
    await c.emulator.webhooks.settled();
    expect(sink.received.map((r) => [r.method, r.path, r.params.EventType, r.params.Identity])).toEqual([
      ['GET', '/scoped', 'onParticipantAdded', 'loud'],
      ['GET', '/scoped', 'onConversationRemoved', undefined],
    ]);
    for (const request of sink.received) expectSigned(c, request);
  });

  test('a trigger webhook fires on onMessageAdded whose body contains a keyword', async () => {
    const c = emulator();
    const sink = await startSink();
    const ch = await create(c, '/v1/Conversations');
    await create(c, `/v1/Conversations/${ch}/Webhooks`, {
      Target: 'trigger',
      'Configuration.Url': sink.url,
      'Configuration.Triggers': ['help'],
    });
    const account = accountOf(c);
    const message = (body: string): EmulatorEvent => ({
      name: 'onMessageAdded',
      accountSid: account.sid,
      chatServiceSid: account.defaultServiceSid,
      source: 'api',
      webhookEnabled: true,
      at: new Date(),
      data: { conversation_sid: ch, message_sid: 'IM1', index: 0, body, author: 'alice', attributes: '{}' },
    });
    c.emulator.events.emit(message('good morning'));
    c.emulator.events.emit(message('I need HELP'));
    await c.emulator.webhooks.settled();
    expect(sink.received.map((r) => r.params)).toEqual([
      expect.objectContaining({ EventType: 'onMessageAdded', Body: 'I need HELP', Index: '0', Author: 'alice' }),
    ]);
  });
});

// --- pre-event webhooks ---------------------------------------------------------------------------------------------

describe('pre-event webhooks', () => {
  test('a non-2xx answer rejects the action with 50056 and nothing is created', async () => {
    const c = emulator();
    const sink = await startSink(() => ({ status: 403 }));
    await configure(c, {
      PreWebhookUrl: `${sink.url}/pre`,
      Filters: ['onConversationAdd', 'onParticipantAdd', 'onConversationRemove'],
    });
    const rejected = await c.post('/v1/Conversations', { FriendlyName: 'blocked', UniqueName: 'u1' }, ECHO);
    expect(rejected.status).toBe(400);
    expect(rejected.body).toMatchObject({ code: 50056, status: 400 });
    conforms('createConversation', rejected);
    expect((await c.get('/v1/Conversations')).body.conversations).toEqual([]);
    expect(sink.received[0]?.params).toEqual({
      AccountSid: c.account.accountSid,
      EventType: 'onConversationAdd',
      FriendlyName: 'blocked',
      UniqueName: 'u1',
      Attributes: '{}',
      ChatServiceSid: accountOf(c).defaultServiceSid,
      MessagingServiceSid: accountOf(c).configuration.defaultMessagingServiceSid,
      State: 'active',
      Source: 'API',
      RetryCount: '0',
    });
    expectSigned(c, sink.received[0]!);

    // Without the header no pre-event webhook is called: the action proceeds.
    const ch = await create(c, '/v1/Conversations', {}, {});
    const participant = await c.post(`/v1/Conversations/${ch}/Participants`, { Identity: 'alice' }, ECHO);
    expect(participant.body).toMatchObject({ code: 50056 });
    conforms('createConversationParticipant', participant);
    expect((await c.get(`/v1/Conversations/${ch}/Participants`)).body.participants).toEqual([]);
    const removal = await c.request({ method: 'DELETE', url: `/v1/Conversations/${ch}`, headers: ECHO });
    expect(removal.status).toBe(400);
    conforms('deleteConversation', removal);
    expect((await c.get(`/v1/Conversations/${ch}`)).status).toBe(200);
    expect(sink.received.map((r) => r.params.EventType)).toEqual([
      'onConversationAdd',
      'onParticipantAdd',
      'onConversationRemove',
    ]);
  });

  test('no answer within the timeout lets the action proceed and logs 50076', async () => {
    const c = emulator({ webhookTimeoutMs: 100 });
    const logged = errorsLogged(c);
    const sink = await startSink(() => 'hang');
    await configure(c, { PreWebhookUrl: sink.url, Filters: ['onConversationAdd'] });
    const response = await c.post('/v1/Conversations', { FriendlyName: 'late' }, ECHO);
    expect(response.status).toBe(201);
    conforms('createConversation', response);
    expect(sink.received).toHaveLength(1);
    expect(logged.map((e) => e.data)).toEqual([
      expect.objectContaining({ code: 50076, event_type: 'onConversationAdd', webhook_url: sink.url }),
    ]);
  });

  test('a 200 JSON answer modifies friendly_name; an invalid one fails like a parameter would', async () => {
    const c = emulator();
    let name = 'renamed by webhook';
    const sink = await startSink(() => ({ status: 200, body: JSON.stringify({ friendly_name: name }) }));
    await configure(c, { PreWebhookUrl: sink.url, Filters: ['onConversationAdd', 'onConversationUpdate'] });
    const created = await c.post('/v1/Conversations', { FriendlyName: 'original' }, ECHO);
    expect(created.body.friendly_name).toBe('renamed by webhook');
    name = 'x'.repeat(257);
    const updated = await c.post(`/v1/Conversations/${created.body.sid}`, { Attributes: '{}' }, ECHO);
    expect(updated.body).toMatchObject({ code: 50003 });
    conforms('updateConversation', updated);
    expect(sink.received[1]?.params).toMatchObject({
      EventType: 'onConversationUpdate',
      FriendlyName: 'renamed by webhook',
    });
  });

  test('limits are checked again after the webhook answers (unique name under concurrent creates)', async () => {
    const c = emulator();
    const sink = await startSink(answerAfter(20, { status: 200 }));
    await configure(c, { PreWebhookUrl: sink.url, Filters: ['onConversationAdd'] });
    const results = await Promise.all(
      [1, 2, 3].map(() => c.post('/v1/Conversations', { UniqueName: 'only-one' }, ECHO)),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(sink.received).toHaveLength(3);
  });
});

describe('message and user webhooks', () => {
  test('onMessageAdd may modify body and author; onMessageAdded then carries the result', async () => {
    const c = emulator();
    const sink = await startSink((request) =>
      request.path === '/pre'
        ? { status: 200, body: JSON.stringify({ body: '[redacted]', author: 'bot' }) }
        : { status: 200 },
    );
    await configure(c, {
      PreWebhookUrl: `${sink.url}/pre`,
      PostWebhookUrl: `${sink.url}/post`,
      Filters: ['onMessageAdd', 'onMessageAdded'],
    });
    const ch = await create(c, '/v1/Conversations');
    const message = await c.post(`/v1/Conversations/${ch}/Messages`, { Body: 'secret', Author: 'alice' }, ECHO);
    expect(message.status).toBe(201);
    expect(message.body).toMatchObject({ body: '[redacted]', author: 'bot' });
    await c.emulator.webhooks.settled();
    const [pre, post] = sink.received;
    expect(pre?.params).toMatchObject({
      EventType: 'onMessageAdd',
      ConversationSid: ch,
      Body: 'secret',
      Author: 'alice',
    });
    expect(post?.params).toMatchObject({
      EventType: 'onMessageAdded',
      ConversationSid: ch,
      MessageSid: message.body.sid,
      MessagingServiceSid: accountOf(c).configuration.defaultMessagingServiceSid,
      Index: '0',
      DateCreated: expect.stringMatching(ISO),
      Body: '[redacted]',
      Author: 'bot',
      Attributes: '{}',
    });
  });

  test('a rejected onMessageRemove keeps the message', async () => {
    const c = emulator();
    const sink = await startSink(() => ({ status: 500 }));
    await configure(c, { PreWebhookUrl: sink.url, Filters: ['onMessageRemove'] });
    const ch = await create(c, '/v1/Conversations');
    const im = await create(c, `/v1/Conversations/${ch}/Messages`, { Body: 'keep me' });
    const removal = await c.request({ method: 'DELETE', url: `/v1/Conversations/${ch}/Messages/${im}`, headers: ECHO });
    expect(removal.body).toMatchObject({ code: 50056 });
    expect((await c.get(`/v1/Conversations/${ch}/Messages/${im}`)).status).toBe(200);
    expect(sink.received[0]?.params).toMatchObject({ EventType: 'onMessageRemove', MessageSid: im, Body: 'keep me' });
  });

  test('a trigger webhook fires for a message sent through the API', async () => {
    const c = emulator();
    const sink = await startSink();
    const ch = await create(c, '/v1/Conversations');
    await create(c, `/v1/Conversations/${ch}/Webhooks`, {
      Target: 'trigger',
      'Configuration.Url': sink.url,
      'Configuration.Triggers': ['agent'],
    });
    await create(c, `/v1/Conversations/${ch}/Messages`, { Body: 'hello' });
    await create(c, `/v1/Conversations/${ch}/Messages`, { Body: 'talk to an Agent', Author: 'alice' });
    await c.emulator.webhooks.settled();
    expect(sink.received.map((r) => [r.params.EventType, r.params.Body])).toEqual([
      ['onMessageAdded', 'talk to an Agent'],
    ]);
  });

  test('user events go to the account settings with the documented fields', async () => {
    const c = emulator();
    const sink = await startSink();
    await configure(c, {
      PreWebhookUrl: sink.url,
      PostWebhookUrl: sink.url,
      Filters: ['onUserUpdate', 'onUserUpdated'],
    });
    const us = await create(c, '/v1/Users', { Identity: 'u1' });
    const updated = await c.post(`/v1/Users/${us}`, { FriendlyName: 'User One' }, ECHO);
    expect(updated.status).toBe(200);
    await c.emulator.webhooks.settled();
    const is = accountOf(c).defaultServiceSid;
    expect(sink.received.map((r) => r.params)).toEqual([
      expect.objectContaining({
        EventType: 'onUserUpdate',
        ChatServiceSid: is,
        UserSid: us,
        Identity: 'u1',
        FriendlyName: 'User One',
        DateUpdated: expect.stringMatching(ISO),
      }),
      expect.objectContaining({
        EventType: 'onUserUpdated',
        ChatServiceSid: is,
        UserSid: us,
        Identity: 'u1',
        FriendlyName: 'User One',
        Attributes: '{}',
        RoleSid: expect.stringMatching(/^RL/),
        DateCreated: expect.stringMatching(ISO),
        DateUpdated: expect.stringMatching(ISO),
      }),
    ]);
  });
});
