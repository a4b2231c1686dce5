// The validating proxy against a fake upstream on a real socket: each violation a generic validating proxy lets
// through is reported with its kind, and a clean exchange (a binary media upload included) passes untouched.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadSpec } from '../spec/load.ts';
import { DEFAULT_SPEC_PATH } from '../spec/paths.ts';
import { compileValidators } from '../validation/validators.ts';
import { type ProxyFinding, type RunningProxy, startProxy } from './proxy.ts';

const HEX = '0123456789abcdef0123456789abcdef';
const AC = `AC${HEX}`;
const IS = `IS${HEX}`;

function conversation(origin: string, sid: string, overrides: Record<string, unknown> = {}) {
  const url = `${origin}/v1/Conversations/${sid}`;
  return {
    sid,
    account_sid: AC,
    chat_service_sid: IS,
    messaging_service_sid: `MG${HEX}`,
    friendly_name: null,
    unique_name: null,
    attributes: '{}',
    date_created: '2026-01-01T00:00:00Z',
    date_updated: '2026-01-01T00:00:00Z',
    state: 'active',
    timers: {},
    bindings: {},
    url,
    links: {
      participants: `${url}/Participants`,
      messages: `${url}/Messages`,
      webhooks: `${url}/Webhooks`,
      export: `${url}/Export`,
    },
    ...overrides,
  };
}

function media(origin: string, size: number) {
  const url = `${origin}/v1/Services/${IS}/Media/ME${HEX}`;
  return {
    sid: `ME${HEX}`,
    account_sid: AC,
    service_sid: IS,
    date_created: '2026-01-01T00:00:00Z',
    date_updated: '2026-01-01T00:00:00Z',
    channel_sid: null,
    message_sid: null,
    size,
    content_type: 'image/png',
    filename: null,
    author: 'system',
    url,
    links: { content: `${url}/Content`, content_direct_temporary: `${url}/Content?Expires=1796403907` },
  };
}

/** A PNG-ish body with every byte value, so any text decoding on the way would show. */
const BINARY = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
]);

let upstream: Server;
let origin = '';
let proxy: RunningProxy;
const findings: ProxyFinding[] = [];
let uploaded: Buffer | undefined;
let uploadedType: string | undefined;
let cleanAnswer = '';

beforeAll(async () => {
  upstream = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const json = (status: number, body: unknown) => {
        const text = JSON.stringify(body);
        if (req.url?.endsWith(`CH${HEX}`)) cleanAnswer = text;
        res.writeHead(status, { 'content-type': 'application/json' }).end(text);
      };
      const sid = req.url?.split('/').at(-1) ?? '';
      if (req.method === 'POST' && req.url === `/v1/Services/${IS}/Media`) {
        uploaded = Buffer.concat(chunks);
        uploadedType = req.headers['content-type'];
        return json(201, media(origin, uploaded.length));
      }
      if (sid === `CH${HEX}`) return json(200, conversation(origin, sid));
      if (sid === `CH${'a'.repeat(32)}`) return json(200, conversation(origin, sid, { state: 'archived' }));
      if (sid === `CH${'b'.repeat(32)}`) return json(200, conversation(origin, sid, { attributes: { vip: true } }));
      // A Message SID where the Conversation SID belongs (the URL names it correctly).
      if (sid === `CH${'c'.repeat(32)}`) return json(200, { ...conversation(origin, sid), sid: `IM${'c'.repeat(32)}` });
      json(404, {
        code: 20404,
        message: 'not found',
        more_info: 'https://www.twilio.com/docs/errors/20404',
        status: 404,
      });
    });
  });
  await new Promise<void>((done) => upstream.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  const spec = await loadSpec(DEFAULT_SPEC_PATH);
  proxy = await startProxy({
    upstream: origin,
    spec,
    validators: compileValidators(spec),
    onFinding: (f) => findings.push(f),
    record: { secrets: [] },
  });
});

afterAll(async () => {
  await proxy?.close();
  await new Promise((done) => upstream?.close(done));
});

const auth = { authorization: `Basic ${Buffer.from(`${AC}:token`).toString('base64')}` };

async function through(path: string): Promise<{ status: number; findings: ProxyFinding[] }> {
  const before = findings.length;
  const res = await fetch(`${proxy.url}${path}`, { headers: auth });
  await res.arrayBuffer();
  return { status: res.status, findings: findings.slice(before) };
}

describe('conformance proxy', () => {
  const cases: Array<[string, { sid: string; kind: ProxyFinding['kind']; path: string; says: string }]> = [
    [
      'an enum value outside the documented set',
      { sid: 'a', kind: 'enum-outside-set', path: '/state', says: '"archived", outside the documented set' },
    ],
    ['a value of the wrong type', { sid: 'b', kind: 'wrong-type', path: '/attributes', says: 'documented as string' }],
    [
      'a SID with the wrong prefix',
      { sid: 'c', kind: 'sid-prefix', path: '/sid', says: 'with prefix IM; this field holds CH… SIDs' },
    ],
  ];
  test.each(cases)('reports %s in a proxied response', async (_name, { sid, kind, path, says }) => {
    const { status, findings: seen } = await through(`/v1/Conversations/CH${sid.repeat(32)}`);
    expect(status).toBe(200); // the client still gets the upstream's answer
    expect(seen.map((f) => [f.operationId, f.kind, f.instancePath])).toEqual([['fetchConversation', kind, path]]);
    expect(seen[0]?.message).toContain(says);
  });

  test('a clean exchange passes untouched and reports nothing', async () => {
    const before = findings.length;
    const res = await fetch(`${proxy.url}/v1/Conversations/CH${HEX}`, { headers: auth });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(cleanAnswer);
    expect(findings.slice(before)).toEqual([]);
  });

  test('a binary media upload reaches the upstream byte for byte, and its clean answer reports nothing', async () => {
    const before = findings.length;
    const res = await fetch(`${proxy.url}/v1/Services/${IS}/Media`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'image/png' },
      body: BINARY,
    });
    expect(res.status).toBe(201);
    expect(uploaded?.equals(BINARY)).toBe(true);
    expect(uploadedType).toBe('image/png');
    expect(((await res.json()) as { size: number }).size).toBe(BINARY.length);
    expect(findings.slice(before)).toEqual([]);
  });

  test('the summary counts exchanges, clean ones and findings by kind; --record keeps every exchange redacted', () => {
    const summary = proxy.summary();
    expect(summary).toMatchObject({ exchanges: 5, clean: 2, findings: 3, upstreamErrors: 0 });
    expect(summary.byKind).toEqual({ 'enum-outside-set': 1, 'wrong-type': 1, 'sid-prefix': 1 });
    const entries = proxy.entries();
    expect(entries).toHaveLength(5);
    const headers = entries.flatMap((e) => e.request.headers.filter((h) => h.name === 'authorization'));
    expect(new Set(headers.map((h) => h.value))).toEqual(new Set(['***']));
  });
});
