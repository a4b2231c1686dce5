// The fault catalogue is closed and complete: every fault has a hook point in the emulator's sources, every hook
// point names a catalogue fault, and every fault changes what a client observes (one probe per fault, run with and
// without it).
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildEmulator } from './app.ts';
import { createFaultSet, FAULT_NAMES, FAULTS, type FaultName } from './faults.ts';
import { basic, clientFor, type Fields, type TestClient, type TestResponse } from './test-support.ts';
import { twilioSignature } from './webhooks/signing.ts';

const ACCOUNT_A = { accountSid: `AC${'a'.repeat(32)}`, authToken: 'a'.repeat(32) };
const ACCOUNT_B = { accountSid: `AC${'b'.repeat(32)}`, authToken: 'b'.repeat(32) };
const UNKNOWN_CH = `CH${'0'.repeat(32)}`;

/** The emulator's sources (tests excluded), by path relative to src/emulator. */
function emulatorSources(): Map<string, string> {
  const root = import.meta.dirname;
  const sources = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        sources.set(relative(root, path), readFileSync(path, 'utf8'));
      }
    }
  };
  walk(root);
  return sources;
}

/** Every `faults.has('…')` (`ctx.faults.has('…')` included) in the emulator's sources but faults.ts. */
function hookReferences(): Map<string, string[]> {
  const refs = new Map<string, string[]>();
  for (const [path, text] of emulatorSources()) {
    if (path === 'faults.ts') continue;
    for (const match of text.matchAll(/\bfaults\.has\(\s*'([^']*)'/g)) {
      const name = match[1] ?? '';
      refs.set(name, [...(refs.get(name) ?? []), path]);
    }
  }
  return refs;
}

describe('fault catalogue', () => {
  test('has at least 40 faults with kebab-case names and a description', () => {
    expect(FAULT_NAMES.length).toBeGreaterThanOrEqual(40);
    for (const name of FAULT_NAMES) {
      expect(name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(FAULTS[name].description.length).toBeGreaterThan(10);
    }
  });

  test('every fault has a hook point in src/emulator and every hook point names a catalogue fault', () => {
    const refs = hookReferences();
    expect([...refs.keys()].filter((name) => !(FAULT_NAMES as readonly string[]).includes(name))).toEqual([]);
    expect(FAULT_NAMES.filter((name) => !refs.has(name))).toEqual([]);
  });

  test('the fault set travels explicitly: no emulator module keeps it in an ambient store', () => {
    const sources = [...emulatorSources()];
    // No ambient fault accessors (the removed activeFaults/runWithFaults pattern) anywhere in the emulator.
    const ambientFaults = sources.filter(([, text]) => /\b(?:activeFaults|runWithFaults)\b/.test(text));
    expect(ambientFaults.map(([path]) => path)).toEqual([]);
    // The one async-context store is account-scope.ts (which account's clock and tasks a request uses), and it holds an
    // account SID only: faults never go through it.
    const asyncContext = sources.filter(([, text]) => /AsyncLocalStorage|node:async_hooks/.test(text));
    expect(asyncContext.map(([path]) => path)).toEqual(['account-scope.ts']);
    const scope = new Map(sources).get('account-scope.ts') ?? '';
    expect(scope).not.toMatch(/fault/i);
  });

  test('README documents every fault in its fault table', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Fault catalogue and self-test'));
    expect(FAULT_NAMES.filter((name) => !section.includes(`| \`${name}\` | ${FAULTS[name].area} |`))).toEqual([]);
  });

  test('an unknown fault name is an error listing the valid names', () => {
    expect(() => createFaultSet(['create-returns-200', 'no-such-fault'])).toThrow(
      /unknown emulator fault\(s\): no-such-fault; valid faults: create-returns-200, /,
    );
    expect(() => buildEmulator({ faults: ['no-such-fault'] })).toThrow(/no-such-fault/);
  });

  test('a fault set answers only for its faults', () => {
    const set = createFaultSet(['timer-never-fires', 'create-returns-200']);
    expect(set.has('timer-never-fires')).toBe(true);
    expect(set.has('auth-any-password')).toBe(false);
    expect(set.names).toEqual(['create-returns-200', 'timer-never-fires']);
  });
});

// --- probes: a minimal exchange whose observation differs with the fault ---

interface Received {
  headers: IncomingMessage['headers'];
  url: string;
  body: string;
}

let sink: Server;
let sinkUrl = '';
const received: Received[] = [];

beforeAll(async () => {
  sink = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({ headers: request.headers, url: request.url ?? '', body });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const address = sink.address();
  sinkUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise((resolve) => sink.close(resolve));
});

function ok(response: TestResponse, status: number): TestResponse {
  if (response.status !== status)
    throw new Error(`setup step answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response;
}

async function conversation(c: TestClient, fields: Fields = {}): Promise<string> {
  return ok(await c.post('/v1/Conversations', fields), 201).body.sid;
}

async function status(c: TestClient, url: string, fields: Fields = {}): Promise<number> {
  return (await c.post(url, fields)).status;
}

const sms = (address: string, proxy = '+15559999'): Fields => ({
  'MessagingBinding.Address': address,
  'MessagingBinding.ProxyAddress': proxy,
});

/** Adds the same SMS pair to a second conversation after `between` ran on the first; the add's status. */
async function pairAfter(c: TestClient, between: (ch: string) => Promise<unknown>): Promise<number> {
  const first = await conversation(c);
  ok(await c.post(`/v1/Conversations/${first}/Participants`, sms('+15550001')), 201);
  await between(first);
  const second = await conversation(c);
  return status(c, `/v1/Conversations/${second}/Participants`, sms('+15550001'));
}

async function advance(c: TestClient, duration: string): Promise<void> {
  ok(
    await c.request({
      method: 'POST',
      url: '/__emulator/clock/advance',
      payload: JSON.stringify({ duration }),
      headers: { 'content-type': 'application/json' },
    }),
    200,
  );
}

async function stateOf(c: TestClient, ch: string): Promise<string> {
  return ok(await c.get(`/v1/Conversations/${ch}`), 200).body.state;
}

/** A conversation with a conversation-scoped webhook to the sink for onMessageAdded; then one message. */
async function webhookExchange(c: TestClient, messageHeaders: Record<string, string>): Promise<Received[]> {
  const ch = await conversation(c);
  ok(
    await c.post(`/v1/Conversations/${ch}/Webhooks`, {
      Target: 'webhook',
      'Configuration.Url': `${sinkUrl}/hook`,
      'Configuration.Method': 'POST',
      'Configuration.Filters': 'onMessageAdded',
    }),
    201,
  );
  const before = received.length;
  ok(await c.post(`/v1/Conversations/${ch}/Messages`, { Body: 'hi', Author: 'a' }, messageHeaders), 201);
  await c.emulator.webhooks.settled();
  return received.slice(before);
}

const WEBHOOK_ENABLED = { 'x-twilio-webhook-enabled': 'true' };

type Probe = (c: TestClient) => Promise<unknown>;

/** One probe per fault; the `Record` type makes the table as closed as the catalogue. */
const PROBES: Record<FaultName, Probe> = {
  'create-returns-200': async (c) => (await c.post('/v1/Conversations')).status,
  'delete-returns-200-with-body': async (c) => {
    const response = await c.delete(`/v1/Conversations/${await conversation(c)}`);
    return [response.status, response.body];
  },
  'not-found-returns-400': async (c) => (await c.get(`/v1/Conversations/${UNKNOWN_CH}`)).status,
  'validation-error-returns-500': async (c) => status(c, '/v1/Conversations', { 'Timers.Inactive': 'soon' }),
  'method-not-allowed-returns-404': async (c) => (await c.request({ method: 'PUT', url: '/v1/Conversations' })).status,
  'conversation-state-missing': async (c) => 'state' in ok(await c.post('/v1/Conversations'), 201).body,
  'resource-url-missing': async (c) => 'url' in ok(await c.post('/v1/Conversations'), 201).body,
  'null-fields-omitted': async (c) => 'unique_name' in ok(await c.post('/v1/Conversations'), 201).body,
  'attributes-as-object': async (c) => typeof ok(await c.post('/v1/Conversations'), 201).body.attributes,
  'date-not-iso': async (c) => /^\d{4}-\d\d-\d\dT/.test(ok(await c.post('/v1/Conversations'), 201).body.date_created),
  'message-index-as-string': async (c) => {
    const ch = await conversation(c);
    return typeof ok(await c.post(`/v1/Conversations/${ch}/Messages`, { Body: 'hi' }), 201).body.index;
  },
  'participant-sid-prefix-pa': async (c) => {
    const ch = await conversation(c);
    return ok(await c.post(`/v1/Conversations/${ch}/Participants`, { Identity: 'alice' }), 201).body.sid.slice(0, 2);
  },
  'message-sid-prefix-sm': async (c) => {
    const ch = await conversation(c);
    return ok(await c.post(`/v1/Conversations/${ch}/Messages`, { Body: 'hi' }), 201).body.sid.slice(0, 2);
  },
  'success-content-type-text-plain': async (c) => (await c.get('/v1/Conversations')).headers['content-type'],
  'error-content-type-text-plain': async (c) =>
    (await c.get(`/v1/Conversations/${UNKNOWN_CH}`)).headers['content-type'],
  'not-found-code-20001': async (c) => (await c.get(`/v1/Conversations/${UNKNOWN_CH}`)).body.code,
  'participant-exists-generic-code': async (c) => {
    const ch = await conversation(c);
    ok(await c.post(`/v1/Conversations/${ch}/Participants`, { Identity: 'alice' }), 201);
    return (await c.post(`/v1/Conversations/${ch}/Participants`, { Identity: 'alice' })).body.code;
  },
  'error-more-info-missing': async (c) => 'more_info' in (await c.get(`/v1/Conversations/${UNKNOWN_CH}`)).body,
  'timer-minimum-wrong-code': async (c) =>
    (await c.post('/v1/Conversations', { 'Timers.Inactive': 'PT30S' })).body.code,
  'auth-any-password': async (c) =>
    (await c.request({ method: 'GET', url: '/v1/Conversations', auth: basic(ACCOUNT_A.accountSid, 'wrong') })).status,
  'auth-missing-accepted': async (c) =>
    (await c.request({ method: 'GET', url: '/v1/Conversations', auth: false })).status,
  'cross-account-leak': async (c) => (await c.as(ACCOUNT_B).get(`/v1/Conversations/${await conversation(c)}`)).status,
  'friendly-name-limit-255': async (c) => status(c, '/v1/Conversations', { FriendlyName: 'x'.repeat(256) }),
  'attributes-limit-unchecked': async (c) =>
    status(c, '/v1/Conversations', { Attributes: JSON.stringify({ k: 'x'.repeat(16 * 1024) }) }),
  'identity-limit-unchecked': async (c) =>
    status(c, `/v1/Conversations/${await conversation(c)}/Participants`, { Identity: 'x'.repeat(257) }),
  'cwp-participants-limit-11': async (c) =>
    status(c, '/v1/ConversationWithParticipants', {
      Participant: Array.from({ length: 11 }, (_, i) => JSON.stringify({ identity: `p${i}` })),
    }),
  'non-chat-limit-51': async (c) => {
    const ch = await conversation(c);
    for (let i = 0; i < 50; i++)
      ok(await c.post(`/v1/Conversations/${ch}/Participants`, sms(`+1555000${1000 + i}`)), 201);
    return status(c, `/v1/Conversations/${ch}/Participants`, sms('+15550009999'));
  },
  'participant-limit-1001': async (c) => {
    const ch = await conversation(c);
    for (let i = 0; i < 1000; i++) ok(await c.post(`/v1/Conversations/${ch}/Participants`, { Identity: `p${i}` }), 201);
    return status(c, `/v1/Conversations/${ch}/Participants`, { Identity: 'one-too-many' });
  },
  'cwp-identity-limit-after-answer': async (c) => {
    for (let i = 0; i < 1000; i++) {
      ok(await c.post(`/v1/Conversations/${await conversation(c)}/Participants`, { Identity: 'busy' }), 201);
    }
    return status(c, '/v1/ConversationWithParticipants', { Participant: JSON.stringify({ identity: 'busy' }) });
  },
  'message-body-limit-unchecked': async (c) =>
    status(c, `/v1/Conversations/${await conversation(c)}/Messages`, { Body: 'x'.repeat(1601) }),
  'closed-can-be-reopened': async (c) => {
    const ch = await conversation(c);
    ok(await c.post(`/v1/Conversations/${ch}`, { State: 'closed' }), 200);
    return status(c, `/v1/Conversations/${ch}`, { State: 'active' });
  },
  'initializing-can-be-updated': async (c) => {
    const created = ok(
      await c.post('/v1/ConversationWithParticipants', { Participant: JSON.stringify({ identity: 'alice' }) }),
      201,
    );
    return status(c, `/v1/Conversations/${created.body.sid}`, { FriendlyName: 'renamed' });
  },
  'initial-state-closed-accepted': async (c) => status(c, '/v1/Conversations', { State: 'closed' }),
  'closed-accepts-participants': async (c) => {
    const ch = await conversation(c);
    ok(await c.post(`/v1/Conversations/${ch}`, { State: 'closed' }), 200);
    return status(c, `/v1/Conversations/${ch}/Participants`, { Identity: 'alice' });
  },
  'message-does-not-reactivate': async (c) => {
    const ch = await conversation(c, { State: 'inactive' });
    ok(await c.post(`/v1/Conversations/${ch}/Messages`, { Body: 'hi' }), 201);
    return stateOf(c, ch);
  },
  'cwp-never-leaves-initializing': async (c) => {
    const created = ok(
      await c.post('/v1/ConversationWithParticipants', { Participant: JSON.stringify({ identity: 'alice' }) }),
      201,
    );
    await advance(c, 'PT11M');
    return stateOf(c, created.body.sid);
  },
  'timer-minimum-unchecked': async (c) => status(c, '/v1/Conversations', { 'Timers.Closed': 'PT5M' }),
  'timer-never-fires': async (c) => {
    const ch = await conversation(c, { 'Timers.Inactive': 'PT1M' });
    await advance(c, 'PT2M');
    return stateOf(c, ch);
  },
  'timer-pt0s-not-disabling': async (c) =>
    ok(await c.post('/v1/Conversations', { 'Timers.Inactive': 'PT0S' }), 201).body.timers,
  'timer-not-restarted-on-update': async (c) => {
    const ch = await conversation(c, { 'Timers.Inactive': 'PT2M' });
    await advance(c, 'PT90S');
    ok(await c.post(`/v1/Conversations/${ch}`, { FriendlyName: 'touched' }), 200);
    await advance(c, 'PT60S');
    return stateOf(c, ch);
  },
  'paging-duplicate-item': async (c) => {
    for (let i = 0; i < 3; i++) await conversation(c);
    const first = ok(await c.get('/v1/Conversations?PageSize=2'), 200).body;
    const second = ok(await c.get(first.meta.next_page_url), 200).body;
    return [first.conversations.length, second.conversations.length];
  },
  'paging-next-url-never-null': async (c) => {
    await conversation(c);
    return ok(await c.get('/v1/Conversations'), 200).body.meta.next_page_url === null;
  },
  'paging-page-size-ignored': async (c) => {
    await conversation(c);
    await conversation(c);
    return ok(await c.get('/v1/Conversations?PageSize=1'), 200).body.conversations.length;
  },
  'paging-max-not-enforced': async (c) => (await c.get('/v1/Conversations?PageSize=101')).status,
  'messages-newest-first': async (c) => {
    const ch = await conversation(c);
    for (const body of ['one', 'two']) ok(await c.post(`/v1/Conversations/${ch}/Messages`, { Body: body }), 201);
    return ok(await c.get(`/v1/Conversations/${ch}/Messages`), 200).body.messages.map((m: { body: string }) => m.body);
  },
  'message-index-reused': async (c) => {
    const ch = await conversation(c);
    const first = ok(await c.post(`/v1/Conversations/${ch}/Messages`, { Body: 'one' }), 201).body.sid;
    ok(await c.post(`/v1/Conversations/${ch}/Messages`, { Body: 'two' }), 201);
    ok(await c.delete(`/v1/Conversations/${ch}/Messages/${first}`), 204);
    return ok(await c.post(`/v1/Conversations/${ch}/Messages`, { Body: 'three' }), 201).body.index;
  },
  'date-filter-ascending': async (c) => {
    await conversation(c, { FriendlyName: 'older', DateCreated: '2020-01-01T00:00:00Z' });
    await conversation(c, { FriendlyName: 'newer', DateCreated: '2021-01-01T00:00:00Z' });
    const list = ok(await c.get('/v1/Conversations?StartDate=2019-01-01'), 200).body.conversations;
    return list.map((x: { friendly_name: string }) => x.friendly_name);
  },
  'unique-name-not-enforced': async (c) => {
    await conversation(c, { UniqueName: 'taken' });
    return status(c, '/v1/Conversations', { UniqueName: 'taken' });
  },
  'binding-pair-not-enforced': async (c) => pairAfter(c, async () => {}),
  'duplicate-identity-accepted': async (c) => {
    const ch = await conversation(c);
    ok(await c.post(`/v1/Conversations/${ch}/Participants`, { Identity: 'alice' }), 201);
    return status(c, `/v1/Conversations/${ch}/Participants`, { Identity: 'alice' });
  },
  'delete-cascade-missing': async (c) => pairAfter(c, async (ch) => ok(await c.delete(`/v1/Conversations/${ch}`), 204)),
  'cwp-failure-frees-unique-name': async (c) => {
    const participants = [JSON.stringify({ messaging_binding: { address: '+15550001', proxy_address: '+15559999' } })];
    ok(await c.post('/v1/ConversationWithParticipants', { UniqueName: 'group', Participant: participants }), 201);
    ok(await c.post(`/v1/Conversations/${await conversation(c)}/Participants`, sms('+15550001')), 201);
    await advance(c, 'PT11M');
    return (await c.get('/v1/Conversations/group')).status;
  },
  'close-keeps-pairs': async (c) =>
    pairAfter(c, async (ch) => ok(await c.post(`/v1/Conversations/${ch}`, { State: 'closed' }), 200)),
  'participant-limit-race': async (c) => {
    const ch = await conversation(c);
    for (let i = 0; i < 49; i++)
      ok(await c.post(`/v1/Conversations/${ch}/Participants`, sms(`+1555000${1000 + i}`)), 201);
    const racing = await Promise.all(
      ['+15550008888', '+15550009999'].map((a) => c.post(`/v1/Conversations/${ch}/Participants`, sms(a))),
    );
    return racing.map((r) => r.status).sort();
  },
  'webhook-post-event-missing': async (c) => (await webhookExchange(c, WEBHOOK_ENABLED)).length,
  'webhook-signature-wrong': async (c) => {
    const [delivery] = await webhookExchange(c, WEBHOOK_ENABLED);
    if (!delivery) throw new Error('no webhook delivered');
    const params = [...new URLSearchParams(delivery.body)];
    return delivery.headers['x-twilio-signature'] === twilioSignature(c.account.authToken, `${sinkUrl}/hook`, params);
  },
  'webhook-sent-without-header': async (c) => (await webhookExchange(c, {})).length,
  'webhook-limit-6': async (c) => {
    const ch = await conversation(c);
    const hook = {
      Target: 'webhook',
      'Configuration.Url': `${sinkUrl}/limit`,
      'Configuration.Filters': 'onMessageAdded',
    };
    for (let i = 0; i < 5; i++) ok(await c.post(`/v1/Conversations/${ch}/Webhooks`, hook), 201);
    return status(c, `/v1/Conversations/${ch}/Webhooks`, hook);
  },
};

async function observe(fault: FaultName, faulty: boolean): Promise<unknown> {
  const emulator = buildEmulator({
    accounts: [ACCOUNT_A, ACCOUNT_B],
    clock: 'virtual',
    // ConversationWithParticipants completes only when a probe advances the virtual clock ten minutes.
    cwpParticipantDelayMs: 600_000,
    faults: faulty ? [fault] : [],
  });
  try {
    return await PROBES[fault](clientFor(emulator));
  } finally {
    await emulator.close();
  }
}

describe('every fault changes behaviour', () => {
  test.each(FAULT_NAMES.map((name) => [name]))('%s', async (name) => {
    const clean = await observe(name, false);
    const faulty = await observe(name, true);
    expect(faulty).not.toEqual(clean);
  });
});
