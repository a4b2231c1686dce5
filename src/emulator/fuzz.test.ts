// Fuzz test (issue 11): every operation of the spec plus the control endpoints, with boundary and garbage values for
// every parameter (durations, dates, integers, booleans, enums, SIDs, URLs, JSON, long and odd strings, path segments),
// from two accounts and without credentials, in random sequences on one emulator per sequence. Bounded in runs and
// time. After each request: no 5xx; an error is a Twilio body whose `status` is the HTTP status; a 2xx body conforms
// to the spec; a rejected request (4xx) or a GET leaves the store exactly as it was. After each sequence: every list
// and fetch of what the store holds answers 200, the store's own indexes agree, and the state survives a save and a
// restore unchanged.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type LoadedSpec, loadSpec } from '../spec/load.ts';
import type { OperationSpec } from '../spec/operations.ts';
import { compileValidators, type ValidatorSet } from '../validation/validators.ts';
import { buildEmulator, type Emulator } from './app.ts';
import { MAX_CLOCK_MS } from './dates.ts';
import { type RunningEmulator, startEmulator } from './serve.ts';
import { encodeRecords } from './state.ts';
import type { AccountState } from './store/types.ts';
import { basic, rawExchange } from './test-support.ts';

/** Sequences per run and requests per sequence: ~3,000 requests, a few seconds on one core. */
const RUNS = Number(process.env.CONFORMANCE_FUZZ_RUNS ?? 40);
const MAX_STEPS = 80;
/** Hard bound on the property's time; the test's own timeout is above it (a longer local run: set both env vars). */
const TIME_LIMIT_MS = Number(process.env.CONFORMANCE_FUZZ_TIME_MS ?? 30_000);
/** Replay a failure: the seed fast-check printed with it (both properties take it). */
const SEED = process.env.CONFORMANCE_FUZZ_SEED ? { seed: Number(process.env.CONFORMANCE_FUZZ_SEED) } : {};
/** Raw hostile requests on a real socket, and their time bound. */
const SOCKET_RUNS = 400;
const SOCKET_TIME_LIMIT_MS = 15_000;

const ACCOUNTS = [
  {
    accountSid: `AC${'a1'.repeat(16)}`,
    authToken: 'a'.repeat(32),
    apiKeys: [{ sid: `SK${'1'.repeat(32)}`, secret: 's' }],
  },
  { accountSid: `AC${'b2'.repeat(16)}`, authToken: 'b'.repeat(32) },
];

// --- values -------------------------------------------------------------------------------------------------------

const DURATIONS = [
  'PT0S',
  'PT1S',
  'PT59S',
  'PT60S',
  'PT1M',
  'PT10M',
  'PT599S',
  'PT600S',
  'P1D',
  'P365D',
  'P36500D',
  'P36501D',
  'PT3153600000S',
  'PT3153600001S',
  'PT9000000000000S',
  'P99999999999999999999D',
  `PT${'9'.repeat(400)}S`,
  'P1DT1H1M1S',
  'PT',
  'P',
  'P1Y',
  'P6M',
  'P1W',
  '-PT1M',
  'PT1.5S',
  'pt1m',
  ' PT1M',
  '',
];
const DATES = [
  '2015-12-16T22:18:37Z',
  '2023-05-04T09:42:00+00:00',
  '0000-01-01T00:00:00Z',
  '0000-01-01T00:00:00+01:00',
  '9999-12-31T23:59:59Z',
  '9999-12-31T23:59:59-01:00',
  '10000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '275760-09-13T00:00:01Z',
  '-000001-01-01T00:00:00Z',
  '2020-02-30T00:00:00Z',
  '2021-02-29T00:00:00Z',
  '2024-02-29T00:00:00Z',
  '2020-13-01T00:00:00Z',
  '2020-01-01T24:00:00Z',
  '2020-01-01T23:59:60Z',
  '2020-01-01T00:00:00+24:00',
  '2020-01-01T00:00:00.123456789Z',
  '2020-01-01',
  '9999-12-31',
  '0000-01-01',
  '8999-12-31T23:59:59Z',
  '9000-01-01T00:00:00Z',
  '9000-01-01T00:00:01Z',
  new Date(MAX_CLOCK_MS).toISOString(),
  '1970-01-01T00:00:00Z',
  'tomorrow',
  'NaN',
  '',
];
const INTEGERS = [
  '0',
  '1',
  '-1',
  '5',
  '50',
  '100',
  '101',
  '1000',
  '2147483647',
  '2147483648',
  '4294967296',
  '9007199254740991',
  '9007199254740993',
  '999999999999999',
  '1e3',
  '1.5',
  '0x10',
  ' 1',
  '',
  'Infinity',
  'NaN',
  '00000000000000000001',
  '1'.repeat(400),
];
const BOOLEANS = ['true', 'false', 'True', 'FALSE', '1', '0', 'yes', ''];
const URLS = ['http://127.0.0.1:9/hook', 'https://127.0.0.1:9/x?a=1', 'ftp://127.0.0.1/x', 'not a url', 'http://', ''];
// Not `.`/`..`: clients resolve dot segments before sending (inject does too), so the server never sees them.
const PATH_JUNK = ['%', '%E0%A4%A', '%zz', '%00', '%2F', '~', 'a%20b', '%C0%AF', '%FF%FE', '%2E%2E%2F'];
const LONG = [100, 101, 255, 256, 257, 1024, 4097, 16_385, 70_000];

const anyString = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.constantFrom(...LONG).map((n) => 'x'.repeat(n)), weight: 1 },
  { arbitrary: fc.constantFrom(...LONG).map((n) => '😀'.repeat(n)), weight: 1 },
  { arbitrary: fc.json({ maxDepth: 3 }), weight: 2 },
  { arbitrary: fc.constantFrom(...DATES, ...DURATIONS, ...INTEGERS, ...BOOLEANS, ...URLS), weight: 2 },
);

const JSON_TEXT = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.constantFrom(
    '{}',
    '[]',
    'null',
    '{',
    '"x"',
    `{"a":"${'x'.repeat(16 * 1024 - 8)}"}`,
    `{"a":"${'x'.repeat(16 * 1024)}"}`,
    `{"a":"${'x'.repeat(4 * 1024)}"}`,
    '['.repeat(5000) + ']'.repeat(5000),
    '['.repeat(9000),
  ),
  anyString,
);

// --- the store as a pool of values --------------------------------------------------------------------------------

/** Record fields whose values clients use as names in paths and parameters. */
const NAME_KEYS = new Set(['identity', 'uniqueName', 'address', 'proxyAddress', 'endpoint']);

/**
 * Every SID (by prefix) and every other short string one account holds (identities, unique names, addresses), or the
 * whole store's.
 */
function poolOf(emulator: Emulator, accountSid?: string): { sids: Map<string, string[]>; names: string[] } {
  const sids = new Map<string, string[]>();
  const names = new Set<string>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > 12 || value === null || value === undefined) return;
    if (typeof value === 'string') {
      if (/^[A-Z]{2}[0-9a-f]{32}$/.test(value)) {
        const list = sids.get(value.slice(0, 2)) ?? [];
        if (!list.includes(value)) list.push(value);
        sids.set(value.slice(0, 2), list);
      } else if (value.length > 0 && value.length <= 64) names.add(value);
      return;
    }
    if (value instanceof Date || Buffer.isBuffer(value)) return;
    if (value instanceof Map) {
      for (const [k, v] of value) {
        visit(k, depth + 1);
        visit(v, depth + 1);
      }
    } else if (value instanceof Set || Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
    } else if (typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (typeof v === 'string' && !NAME_KEYS.has(key) && !/^[A-Z]{2}[0-9a-f]{32}$/.test(v)) continue;
        if (key !== 'authToken' && key !== 'roles' && key !== 'notifications') visit(v, depth + 1);
      }
    }
  };
  visit(accountSid === undefined ? emulator.store.accounts : emulator.store.accounts.get(accountSid), 0);
  return { sids, names: [...names] };
}

/** The SID prefix a path parameter expects, from its name or the collection segment before it. */
function prefixOf(path: string, name: string): string | undefined {
  const byName: Record<string, string> = {
    ChatServiceSid: 'IS',
    ConversationSid: 'CH',
    ParticipantSid: 'MB',
    UserSid: 'US',
    MessageSid: 'IM',
  };
  if (byName[name]) return byName[name];
  const segments = path.split('/');
  const segment = segments[segments.indexOf(`{${name}}`) - 1];
  const bySegment: Record<string, string> = {
    Conversations: 'CH',
    Participants: 'MB',
    Messages: 'IM',
    Receipts: 'DY',
    Webhooks: 'WH',
    Users: 'US',
    Roles: 'RL',
    Credentials: 'CR',
    Bindings: 'BS',
    Services: 'IS',
    Media: 'ME',
    AddressConfigurations: 'IG',
  };
  return segment ? bySegment[segment] : undefined;
}

type Gen = fc.GeneratorValue;

/** A uniform whole number from 0 to `max` (fast-check's own `nat` favours small values). */
function roll(g: Gen, max: number): number {
  return g(() => fc.noBias(fc.nat({ max })));
}

function pick<T>(g: Gen, values: readonly T[]): T | undefined {
  return values.length === 0 ? undefined : values[roll(g, values.length - 1)];
}

type Pool = ReturnType<typeof poolOf>;

/** A path segment: an existing SID or name (mostly), or garbage, already encoded for the URL. */
function pathValue(g: Gen, pool: Pool, path: string, name: string): string {
  const prefix = prefixOf(path, name);
  const choice = roll(g, 99);
  if (choice < 80) {
    const value = prefix ? pick(g, pool.sids.get(prefix) ?? []) : pick(g, [...pool.sids.values()].flat());
    if (value !== undefined) return value;
  }
  if (choice < 86) {
    const value = pick(g, pool.names);
    if (value !== undefined) return encodeURIComponent(value);
  }
  if (choice < 91) return g(fc.constantFrom, ...PATH_JUNK);
  if (choice < 93) return 'z'.repeat(g(fc.constantFrom, 100, 101, 1_000, 5_000));
  if (choice < 95) return `${prefix ?? 'CH'}${'0'.repeat(32)}`;
  return encodeURIComponent(g(() => anyString) || 'x');
}

type Schema = {
  type?: string | string[];
  format?: string;
  enum?: string[];
  pattern?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  description?: string;
};

/** Properties and required names of an object schema, `allOf` parts merged. */
function flatten(schema: Schema | undefined): { properties: Record<string, Schema>; required: Set<string> } {
  const properties: Record<string, Schema> = { ...(schema?.properties ?? {}) };
  const required = new Set(schema?.required ?? []);
  for (const part of schema?.allOf ?? []) {
    const inner = flatten(part);
    Object.assign(properties, inner.properties);
    for (const name of inner.required) required.add(name);
  }
  return { properties, required };
}

/** Well-formed values by kind: most requests should get through validation to reach deeper code. */
const VALID = {
  duration: ['PT0S', 'PT1M', 'PT10M', 'PT1H', 'P1D', 'P36500D'],
  date: ['2015-12-16T22:18:37Z', '2023-05-04T09:42:00+00:00', '9999-12-31T23:59:59Z', '0000-01-01T00:00:00Z'],
  integer: ['0', '1', '2', '5', '2147483647'],
  name: ['alice', 'bob', 'carol', 'dave', 'ünïcødé', 'x'.repeat(256)],
  address: ['+15551230001', '+15551230002', 'whatsapp:+15551230003', '+15559990000', 'someone@example.com'],
  proxy: ['+15550000001', '+15550000002', 'whatsapp:+15550000003'],
  json: ['{}', '{"a":1}', '[]', '"text"'],
  participant: [
    '{"identity":"alice"}',
    '{"identity":"bob","attributes":"{}"}',
    '{"messaging_binding":{"address":"+15551230004","proxy_address":"+15550000001"}}',
    '{"messaging_binding":{"address":"+15551230005"}}',
  ],
};

/** A value for one parameter, chosen by its schema (and name); `valid` asks for a well-formed one. */
function paramValue(g: Gen, pool: Pool, name: string, schema: Schema = {}, valid = false): string {
  if (!valid && roll(g, 9) === 0) return g(() => anyString);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const from = (good: readonly string[], bad: readonly string[]): string =>
    valid ? g(fc.constantFrom, ...good) : g(fc.constantFrom, ...good, ...bad);
  if (/Timer|Inactive$|Closed$/.test(name) && !types.includes('boolean')) return from(VALID.duration, DURATIONS);
  if (schema.format === 'date-time' || /Date|Timestamp/.test(name)) return from(VALID.date, DATES);
  if (types.includes('integer') || types.includes('number')) return from(VALID.integer, INTEGERS);
  if (types.includes('boolean')) return from(['true', 'false'], BOOLEANS);
  if (schema.enum?.length) return from(schema.enum, [...schema.enum.map((e) => e.toUpperCase()), 'nope']);
  const sidPrefix = /^\^([A-Z]{2})\[/.exec(schema.pattern ?? '')?.[1];
  if (sidPrefix) {
    const existing = pick(g, pool.sids.get(sidPrefix) ?? []);
    return valid || g(fc.boolean) ? (existing ?? `${sidPrefix}${'0'.repeat(32)}`) : `${sidPrefix}${'f'.repeat(32)}`;
  }
  if (schema.format === 'uri' || /Url$/.test(name)) return from(['http://127.0.0.1:9/hook'], URLS);
  if (/Participant$/.test(name)) return valid ? from(VALID.participant, []) : g(() => JSON_TEXT);
  if (/Attributes|ContentVariables/.test(name)) return valid ? from(VALID.json, []) : g(() => JSON_TEXT);
  if (/ProxyAddress|ProjectedAddress/.test(name)) return from(VALID.proxy, []);
  if (/Address/.test(name)) return from(VALID.address, []);
  if (/Identity|UniqueName|Author|FriendlyName/.test(name)) {
    return valid || g(fc.boolean) ? (pick(g, pool.names.slice(0, 20)) ?? from(VALID.name, [])) : from(VALID.name, []);
  }
  return valid ? g(fc.constantFrom, ...VALID.name) : g(() => anyString);
}

/** The form fields of a request body: a random subset of the documented ones, arrays as repeated keys. */
function formOf(g: Gen, pool: Pool, operation: OperationSpec, valid: boolean): [string, string][] {
  const schema = operation.requestBody?.['application/x-www-form-urlencoded']?.schema as Schema | undefined;
  const { properties, required } = flatten(schema);
  const fields: [string, string][] = [];
  for (const [name, property] of Object.entries(properties)) {
    if (!(valid && required.has(name)) && roll(g, 2) === 0) continue;
    const isArray = property.type === 'array' || (Array.isArray(property.type) && property.type.includes('array'));
    const count = isArray ? roll(g, valid ? 3 : 12) : 1;
    for (let i = 0; i < count; i++)
      fields.push([name, paramValue(g, pool, name, isArray ? property.items : property, valid)]);
  }
  if (!valid && roll(g, 9) === 0) fields.push([g(() => anyString), g(() => anyString)]);
  return fields;
}

// --- one request ---------------------------------------------------------------------------------------------------

interface Step {
  method: string;
  url: string;
  operationId?: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

const authOf = (i: number): string => basic(ACCOUNTS[i]!.accountSid, ACCOUNTS[i]!.authToken);

function specStep(g: Gen, pool: Pool, operation: OperationSpec): Step {
  const valid = g(fc.boolean);
  let url = operation.path.replace(/\{(\w+)\}/g, (_whole, name: string) => pathValue(g, pool, operation.path, name));
  const query = new URLSearchParams();
  const headers: Record<string, string> = {};
  for (const parameter of operation.parameters) {
    if (parameter.in === 'path' || roll(g, 2) === 0) continue;
    const value = paramValue(g, pool, parameter.name, parameter.schema as Schema, valid);
    if (parameter.in === 'query') query.append(parameter.name, value);
    else if (parameter.in === 'header' && /^[\t\x20-\x7e]*$/.test(value)) headers[parameter.name.toLowerCase()] = value;
  }
  if ([...query].length) url += `?${query}`;
  let payload: string | Buffer | undefined;
  if (operation.requestBody?.['application/x-www-form-urlencoded']) {
    payload = new URLSearchParams(formOf(g, pool, operation, valid)).toString();
    headers['content-type'] = 'application/x-www-form-urlencoded';
  } else if (operation.method === 'POST') {
    payload = Buffer.from(g(fc.uint8Array, { maxLength: 64 }));
    headers['content-type'] = g(fc.constantFrom, 'image/png', 'text/plain', 'application/octet-stream', '');
    if (headers['content-type'] === '') delete headers['content-type'];
  }
  return { method: operation.method, url, operationId: operation.operationId, headers, payload };
}

function controlStep(g: Gen, emulator: Emulator, pool: Pool): Step {
  const json = (body: Record<string, string>): Pick<Step, 'headers' | 'payload'> => ({
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(body).toString(),
  });
  const remaining = Math.max(0, MAX_CLOCK_MS - emulator.clock.now().getTime());
  switch (roll(g, 7)) {
    case 0:
      return {
        method: 'POST',
        url: '/__emulator/clock/advance',
        ...json({ ms: g(fc.constantFrom, ...INTEGERS, String(remaining), String(remaining + 1), '600000') }),
      };
    case 1:
      return {
        method: 'POST',
        url: '/__emulator/clock/advance',
        ...json({ duration: g(fc.constantFrom, ...DURATIONS) }),
      };
    case 2:
      return { method: 'POST', url: '/__emulator/clock/set', ...json({ now: g(fc.constantFrom, ...DATES) }) };
    case 3:
      return { method: 'GET', url: g(fc.constantFrom, '/__emulator/clock', '/__emulator/health'), headers: {} };
    case 4: {
      const sid = pick(g, pool.sids.get('DY') ?? []) ?? `DY${'0'.repeat(32)}`;
      const fields: Record<string, string> = {
        Status: g(fc.constantFrom, 'sent', 'delivered', 'read', 'failed', 'undelivered', 'x'),
      };
      if (g(fc.boolean)) fields.ErrorCode = g(fc.constantFrom, ...INTEGERS);
      return { method: 'POST', url: `/__emulator/receipts/${sid}`, ...json(fields) };
    }
    case 5: {
      const service = pick(g, pool.sids.get('IS') ?? []) ?? `IS${'0'.repeat(32)}`;
      return {
        method: 'POST',
        url: `/__emulator/services/${service}/bindings`,
        ...json({
          Identity: pick(g, pool.names) ?? 'someone',
          BindingType: g(fc.constantFrom, 'apn', 'gcm', 'fcm', 'x'),
          Endpoint: g(() => anyString),
          CredentialSid: pick(g, pool.sids.get('CR') ?? []) ?? `CR${'0'.repeat(32)}`,
        }),
      };
    }
    case 6:
      return { method: 'POST', url: '/__emulator/reset', headers: {} };
    default:
      return { method: 'POST', url: '/__emulator/clock/advance', ...json({ duration: 'PT1M' }) };
  }
}

// --- checks ---------------------------------------------------------------------------------------------------------

/** The store as text, to compare before and after a request (the record sequence is not observable and is left out). */
function snapshot(emulator: Emulator): string {
  const clocks = [...emulator.store.accounts.keys()].map((sid) => emulator.clock.of(sid).now().getTime());
  return JSON.stringify([encodeRecords(emulator.store.accounts), clocks]);
}

function twilioShaped(status: number, body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Record<string, unknown>;
  return (
    typeof b.code === 'number' &&
    typeof b.message === 'string' &&
    b.more_info === `https://www.twilio.com/docs/errors/${b.code}` &&
    b.status === status
  );
}

/** The store's own indexes agree with its records. */
function invariantProblems(emulator: Emulator): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string): void => {
    if (!ok) problems.push(what);
  };
  for (const account of emulator.store.accounts.values() as Iterable<AccountState>) {
    check(account.services.has(account.defaultServiceSid), `${account.sid}: default service missing`);
    for (const [key, holder] of account.bindingPairs) {
      const conversation = account.services.get(holder.chatServiceSid)?.conversations.get(holder.conversationSid);
      check(!!conversation?.participants.has(holder.participantSid), `pair ${key} held by a missing participant`);
      check(conversation?.state !== 'closed', `pair ${key} held by a closed conversation`);
    }
    for (const service of account.services.values()) {
      for (const [name, sid] of service.conversationsByUniqueName) {
        check(service.conversations.get(sid)?.uniqueName === name, `unique name ${name} → ${sid} stale`);
      }
      for (const [identity, sid] of service.usersByIdentity) {
        check(service.users.get(sid)?.identity === identity, `identity ${identity} → ${sid} stale`);
      }
      for (const user of service.users.values()) {
        for (const sid of user.conversationSids) {
          check(service.conversations.has(sid), `user ${user.identity} lists a missing conversation ${sid}`);
        }
      }
      for (const conversation of service.conversations.values()) {
        for (const [identity, sid] of conversation.participantsByIdentity) {
          check(conversation.participants.get(sid)?.identity === identity, `participant ${identity} → ${sid} stale`);
        }
        for (const message of conversation.messages.values()) {
          check(message.index < conversation.nextMessageIndex, `message ${message.sid} index beyond the counter`);
        }
      }
    }
  }
  return problems;
}

// --- the property ----------------------------------------------------------------------------------------------------

let spec: LoadedSpec;
let validators: ValidatorSet;
const counts = {
  sequences: 0,
  requests: 0,
  serverErrors: 0,
  rejected: 0,
  socketRequests: 0,
  byStatus: new Map<number, number>(),
};

beforeAll(async () => {
  spec = await loadSpec();
  validators = compileValidators(spec);
});

afterAll(() => {
  const statuses = [...counts.byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}:${n}`);
  console.log(
    `fuzz: ${counts.sequences} sequences, ${counts.requests} requests, ${counts.serverErrors} answers of 5xx ` +
      `(statuses ${statuses.join(' ')}); ${counts.socketRequests} hostile raw requests on a socket`,
  );
});

async function send(emulator: Emulator, step: Step, auth: string | undefined) {
  const response = await emulator.app.inject({
    method: step.method as 'GET',
    url: step.url,
    headers: { ...step.headers, ...(auth ? { authorization: auth } : {}) },
    ...(step.payload !== undefined ? { payload: step.payload } : {}),
  });
  counts.requests++;
  counts.byStatus.set(response.statusCode, (counts.byStatus.get(response.statusCode) ?? 0) + 1);
  if (response.statusCode >= 500) counts.serverErrors++;
  const isJson = /^application\/json/.test(String(response.headers['content-type'] ?? ''));
  let body: unknown;
  try {
    body = isJson && response.body ? JSON.parse(response.body) : undefined;
  } catch {
    body = response.body;
  }
  return { status: response.statusCode, body, isJson };
}

/** What the store holds must be readable: every list and fetch of it answers 200, for both accounts. */
async function sweep(emulator: Emulator): Promise<string[]> {
  const problems: string[] = [];
  for (const [i, account] of ACCOUNTS.entries()) {
    const state = emulator.store.accounts.get(account.accountSid)!;
    const urls = [
      '/v1/Conversations',
      '/v1/Configuration',
      '/v1/Services',
      '/v1/Credentials',
      '/v1/Users',
      '/v1/Roles',
    ];
    for (const service of state.services.values()) {
      const base = `/v1/Services/${service.sid}`;
      urls.push(`${base}/Conversations`, `${base}/Users`, `${base}/Roles`, `${base}/Bindings`);
      for (const conversation of service.conversations.values()) {
        const c = `${base}/Conversations/${conversation.sid}`;
        urls.push(c, `${c}/Participants`, `${c}/Messages`, `${c}/Webhooks`);
        for (const participant of conversation.participants.values()) {
          urls.push(`${c}/Participants/${participant.sid}`);
          if (participant.identity !== null) {
            urls.push(`${base}/ParticipantConversations?Identity=${encodeURIComponent(participant.identity)}`);
          }
        }
        for (const message of conversation.messages.values()) urls.push(`${c}/Messages/${message.sid}/Receipts`);
      }
      for (const user of service.users.values())
        urls.push(`${base}/Users/${user.sid}`, `${base}/Users/${user.sid}/Conversations`);
    }
    for (const url of urls) {
      const response = await send(emulator, { method: 'GET', url, headers: {} }, authOf(i));
      if (response.status !== 200) problems.push(`GET ${url} → ${response.status} ${JSON.stringify(response.body)}`);
    }
  }
  return problems;
}

describe('fuzz: every operation with boundary and garbage values', () => {
  test(
    'no 5xx, Twilio-shaped errors, conforming answers, rejected requests change nothing, the store stays consistent',
    async () => {
      const byId = spec.operations.byId;
      const operations = [...byId.keys()];
      // Creates are drawn more often than the rest, so later steps find something to work on.
      const creates = operations.filter((id) => byId.get(id)?.method === 'POST' && !byId.get(id)?.path.endsWith('}'));
      // …and conversations, their participants and messages most often: where most of the rules are.
      const core = operations.filter((id) =>
        /^(create|update)(Service)?Conversation(Participant|Message|WithParticipants)?$/.test(id),
      );
      await fc.assert(
        fc.asyncProperty(fc.gen(), async (g) => {
          counts.sequences++;
          const emulator = buildEmulator({
            clock: 'virtual',
            accounts: ACCOUNTS,
            // Participants of ConversationWithParticipants are added only by the `flush` steps: deterministic.
            cwpParticipantDelayMs: 2 ** 31 - 1,
            webhookTimeoutMs: 200,
          });
          try {
            const steps = 10 + roll(g, MAX_STEPS - 10);
            for (let n = 0; n < steps; n++) {
              const kind = roll(g, 99);
              if (kind < 3) {
                emulator.background.flush();
                continue;
              }
              const who = roll(g, 19);
              const auth = who === 0 ? undefined : who === 1 ? authOf(1) : who === 2 ? 'Basic Og==' : authOf(0);
              // Mostly values of the caller's own account; sometimes of the other one (cross-account probes).
              const pool = poolOf(emulator, roll(g, 9) === 0 ? undefined : ACCOUNTS[who === 1 ? 1 : 0]!.accountSid);
              const operation = byId.get(g(fc.constantFrom, ...(kind < 28 ? core : kind < 40 ? creates : operations)))!;
              const step = kind < 12 ? controlStep(g, emulator, pool) : specStep(g, pool, operation);
              const before = snapshot(emulator);
              const response = await send(emulator, step, auth);
              const where = `${step.method} ${step.url.slice(0, 300)} ${String(step.payload ?? '').slice(0, 300)}`;
              expect(response.status, `${where} → ${JSON.stringify(response.body)}`).toBeLessThan(500);
              if (response.status >= 400) {
                counts.rejected++;
                expect(
                  twilioShaped(response.status, response.body),
                  `${where} → ${JSON.stringify(response.body)}`,
                ).toBe(true);
              }
              if (response.status >= 400 || step.method === 'GET') {
                expect(snapshot(emulator) === before, `${where} → ${response.status} changed the store`).toBe(true);
              } else if (step.operationId && response.isJson && response.status !== 204) {
                const outcome = validators.validateResponse(step.operationId, response.status, response.body);
                expect(outcome?.issues ?? [], `${where} → ${JSON.stringify(response.body).slice(0, 500)}`).toEqual([]);
              }
            }
            emulator.background.flush();
            await emulator.webhooks.settled();
            expect(invariantProblems(emulator)).toEqual([]);
            expect(await sweep(emulator)).toEqual([]);
            const restored = buildEmulator({
              clock: 'virtual',
              state: { document: JSON.parse(emulator.saveState()), source: 'fuzz' },
            });
            try {
              expect(snapshot(restored)).toBe(snapshot(emulator));
            } finally {
              await restored.close();
            }
          } finally {
            await emulator.close();
          }
        }),
        { ...SEED, numRuns: RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false },
      );
      expect(counts.serverErrors).toBe(0);
    },
    TIME_LIMIT_MS + 90_000,
  );
});

// --- hostile bytes on a real socket -----------------------------------------------------------------------------------

const token = fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 12 });
const anyBytes = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('%', '%E0%A4%A', '%00', 'ë', '\u0000', '\r', '\n', ' ', '\t', '\u007f', '😀', 'a'.repeat(300)),
);
/**
 * node's parser (llhttp) reads a `PRI` request line followed directly by the blank line as the start of HTTP/2's
 * connection preface (`PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n`, RFC 9113 §3.4) and waits for its rest, as for any request
 * not yet complete (answered when the headers time out, D-EMU-HTTP-1). Such a request is ended the way a client of
 * the preface ends it; the answer is then the malformed-request error like any other (found by this test, seed
 * 1175373190).
 */
function endPreface(bytes: Buffer): Buffer {
  const incomplete = /^PRI [^\r\n]*\r\n\r\n$/.test(bytes.toString('latin1'));
  return incomplete ? Buffer.concat([bytes, Buffer.from('SM\r\n\r\n')]) : bytes;
}

/** A request as a hostile or careless client writes it: odd methods, paths, versions, headers, bodies; always ended. */
const hostileRequest = fc.oneof(
  fc
    .record({
      method: fc.oneof(fc.constantFrom('GET', 'POST', 'DELETE', 'PUT', 'HEAD', 'OPTIONS', 'CONNECT', 'PRI'), token),
      path: fc.oneof(
        fc.constantFrom('/v1/Conversations', '/v1/Conversations/', '/__emulator/reset', '/v1/Services/x/Users', '*'),
        anyBytes.map((p) => `/v1/Conversations/${p}`),
        anyBytes,
      ),
      version: fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/9', 'http/1.1', ''),
      headers: fc.array(fc.tuple(fc.oneof(token, fc.constantFrom('Host', 'Authorization', 'Content-Type')), anyBytes), {
        maxLength: 5,
      }),
      big: fc.constantFrom(0, 0, 0, 17_000),
      chunked: fc.option(fc.string({ maxLength: 20 })),
    })
    .map(({ method, path, version, headers, big, chunked }) => {
      const lines = [`${method} ${path} ${version}`, ...headers.map(([name, value]) => `${name}: ${value}`)];
      if (big) lines.push(`X-Big: ${'b'.repeat(big)}`);
      if (chunked !== null) lines.push('Transfer-Encoding: chunked');
      return Buffer.from(`${lines.join('\r\n')}\r\n\r\n${chunked !== null ? `${chunked}\r\n0\r\n\r\n` : ''}`, 'utf8');
    }),
  // Blank lines alone are not a request (servers skip them before a request line, RFC 9112 §2.2).
  fc
    .uint8Array({ minLength: 1, maxLength: 200 })
    .filter((bytes) => bytes.some((b) => b !== 13 && b !== 10))
    .map((bytes) => Buffer.concat([Buffer.from(bytes), Buffer.from('\r\n\r\n')])),
);

describe('fuzz: hostile bytes on a real socket', () => {
  let running: RunningEmulator;
  beforeAll(async () => {
    running = await startEmulator({ clock: 'virtual' });
  });
  afterAll(async () => {
    await running.close();
  });

  test('every answer is a Twilio error body, a closing answer says Connection: close, the server stays up', async () => {
    const port = Number(new URL(running.url).port);
    let answers = 0;
    await fc.assert(
      fc.asyncProperty(hostileRequest, async (bytes) => {
        const answer = await rawExchange(port, endPreface(bytes), 50);
        answers++;
        const where = JSON.stringify(bytes.toString('latin1').slice(0, 300));
        expect(answer.status, where).toBeGreaterThanOrEqual(400);
        expect(answer.status, where).toBeLessThan(500);
        expect(answer.reset, `${where}: connection reset`).toBe(false);
        if (answer.ended) expect(answer.headers.connection, `${where}: closed without saying so`).toBe('close');
        // HEAD answers carry no body.
        if (!bytes.toString('latin1').startsWith('HEAD ')) {
          expect(twilioShaped(answer.status, answer.body), `${where} → ${JSON.stringify(answer.body)}`).toBe(true);
        }
      }),
      { ...SEED, numRuns: SOCKET_RUNS, interruptAfterTimeLimit: SOCKET_TIME_LIMIT_MS, markInterruptAsFailure: false },
    );
    counts.socketRequests += answers;
    const account = running.accounts[0]!;
    const alive = await fetch(`${running.url}/v1/Configuration`, {
      headers: { authorization: basic(account.accountSid, account.authToken) },
    });
    expect(alive.status).toBe(200);
  }, 60_000);
});
