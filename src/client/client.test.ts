import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RequestAbort, retryAfterMs, TwilioClient } from './client.ts';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server;
/** Requests seen per throttling key, so each test's target throttles a set number of times. */
const throttled = new Map<string, number>();

/** The hostile answers these unit tests need (the whole-run cases live in src/test-support/hostile-target.ts). */
function hostileAnswer(url: string, res: ServerResponse): boolean {
  const path = new URL(url, 'http://x').pathname;
  if (path === '/big' || path === '/big-declared') {
    // 3 MB of JSON in 64 KB chunks; the client must stop reading at its cap.
    const chunk = Buffer.alloc(65_536, 'x');
    res.writeHead(200, {
      'content-type': 'application/json',
      ...(path === '/big-declared' ? { 'content-length': String(48 * chunk.length) } : {}),
    });
    let sent = 0;
    const more = () => {
      while (sent < 48 && !res.destroyed) {
        sent++;
        if (!res.write(chunk)) return void res.once('drain', more);
      }
      res.end();
    };
    more();
    return true;
  }
  if (path === '/redirect') {
    res.writeHead(302, { location: '/elsewhere' }).end();
    return true;
  }
  if (path === '/trickle') {
    res.writeHead(200, { 'content-type': 'application/json' });
    const timer = setInterval(() => res.write(' '), 50);
    res.on('close', () => clearInterval(timer));
    return true;
  }
  const throttle = /^\/throttle\/(\w+)\/(\d+)\/([\w-]+)$/.exec(path);
  if (throttle) {
    // /throttle/<key>/<times>/<retry-after|none>: 429 the first <times> requests of <key>, then 200.
    const [, key = '', times = '0', after = 'none'] = throttle;
    const seenSoFar = throttled.get(key) ?? 0;
    throttled.set(key, seenSoFar + 1);
    if (seenSoFar < Number(times)) {
      res.writeHead(key.startsWith('busy') ? 503 : 429, after === 'none' ? {} : { 'retry-after': after }).end();
    } else {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    }
    return true;
  }
  return false;
}
let baseUrl: string;
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (req.url?.startsWith('/slow')) return; // never answers: exercises the timeout
      const hostile = hostileAnswer(req.url ?? '', res);
      if (hostile) return;
      if (req.url?.startsWith('/v1/Missing')) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ code: 20404, message: 'nope', more_info: 'x', status: 404 }));
        return;
      }
      if (req.url?.startsWith('/v1/Paged')) {
        const page = Number(new URL(req.url, 'http://x').searchParams.get('Page') ?? 0);
        const next = page < 2 ? `https://api.example.invalid/v1/Paged?Page=${page + 1}` : null;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ meta: { next_page_url: next }, items: [page] }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

describe('TwilioClient', () => {
  test('sends Basic auth and a Twilio form body', async () => {
    const client = new TwilioClient({ baseUrl, credentials: { username: 'ACx', password: 'tok' } });
    const ex = await client.post('/v1/Conversations', { FriendlyName: 'a b', Timers: { Inactive: 'PT1M' } });
    const last = seen.at(-1);
    expect(last?.headers.authorization).toBe(`Basic ${Buffer.from('ACx:tok').toString('base64')}`);
    expect(last?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(last?.body).toBe('FriendlyName=a+b&Timers.Inactive=PT1M');
    expect(ex.response.status).toBe(200);
    expect(ex.response.json).toEqual({ ok: true });
    expect(ex.request.headers.authorization).toBe('Basic ***');
    await client.close();
  });

  test('returns an exchange for a 404 instead of throwing', async () => {
    const client = new TwilioClient({ baseUrl });
    const ex = await client.get('/v1/Missing/CH1');
    expect(ex.response.status).toBe(404);
    expect((ex.response.json as { code: number }).code).toBe(20404);
    expect(seen.at(-1)?.headers.authorization).toBeUndefined();
    await client.close();
  });

  test('follows next_page_url on the target origin only', async () => {
    const client = new TwilioClient({ baseUrl });
    const pages: unknown[] = [];
    for await (const ex of client.pages('/v1/Paged', { PageSize: 1 }))
      pages.push((ex.response.json as { items: unknown[] }).items[0]);
    expect(pages).toEqual([0, 1, 2]);
    expect(seen.slice(-3).map((s) => s.url)).toEqual(['/v1/Paged?PageSize=1', '/v1/Paged?Page=1', '/v1/Paged?Page=2']);
    await client.close();
  });

  test('a refused connection is CONFORMANCE_ERR_TARGET_UNREACHABLE naming the target', async () => {
    const client = new TwilioClient({ baseUrl: 'http://127.0.0.1:9' });
    await expect(client.get('/v1/Conversations')).rejects.toMatchObject({
      code: 'CONFORMANCE_ERR_TARGET_UNREACHABLE',
      message: expect.stringContaining('http://127.0.0.1:9'),
    });
    await client.close();
  });

  test('a silent server is CONFORMANCE_ERR_TIMEOUT', async () => {
    const client = new TwilioClient({ baseUrl, timeoutMs: 300 });
    await expect(client.get('/slow')).rejects.toMatchObject({ code: 'CONFORMANCE_ERR_TIMEOUT' });
    await client.close();
  });

  test('a body over the cap is read up to the cap only, marked overCap, and not parsed', async () => {
    const client = new TwilioClient({ baseUrl, maxBodyBytes: 100_000 });
    const chunked = await client.get('/big');
    expect(chunked.response.text).toHaveLength(100_000);
    expect(chunked.response.overCap).toEqual({ capBytes: 100_000 });
    expect(chunked.response.json).toBeUndefined();
    const declared = await client.get('/big-declared');
    expect(declared.response.overCap).toEqual({ capBytes: 100_000, declaredBytes: 48 * 65_536 });
    // Within the cap nothing changes.
    expect((await client.get('/v1/Other')).response.overCap).toBeUndefined();
    await client.close();
  });

  test('a redirect is an exchange, never followed', async () => {
    const client = new TwilioClient({ baseUrl });
    const ex = await client.get('/redirect');
    expect(ex.response.status).toBe(302);
    expect(ex.response.headers.location).toBe('/elsewhere');
    expect(seen.some((s) => s.url === '/elsewhere')).toBe(false);
    await client.close();
  });

  test('the timeout covers the body: a target trickling bytes is CONFORMANCE_ERR_TIMEOUT', async () => {
    const client = new TwilioClient({ baseUrl, timeoutMs: 300 });
    const started = Date.now();
    await expect(client.get('/trickle')).rejects.toMatchObject({ code: 'CONFORMANCE_ERR_TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(2_000);
    await client.close();
  });

  test('429 and 503 with Retry-After are retried after the wait they ask for; the retries are on the exchange', async () => {
    const client = new TwilioClient({ baseUrl });
    const ex = await client.get('/throttle/once/2/0');
    expect(ex.response.status).toBe(200);
    expect(ex.retries).toEqual([
      { status: 429, retryAfter: '0', waitedMs: 0 },
      { status: 429, retryAfter: '0', waitedMs: 0 },
    ]);
    expect((await client.get('/throttle/busy1/1/0')).retries).toEqual([{ status: 503, retryAfter: '0', waitedMs: 0 }]);
    // A 503 without Retry-After is an answer (a server error), not throttling.
    expect((await client.get('/throttle/busy2/1/none')).response.status).toBe(503);
    await client.close();
  });

  test('steps count requests in the order they were sent; a throttled request keeps its step through its retries', async () => {
    const client = new TwilioClient({ baseUrl });
    client.scenarioTag = { scenario: 'suite > steps', role: 'api' };
    const first = await client.get('/throttle/steps/2/0');
    const concurrent = await Promise.all([client.get('/a'), client.get('/v1/Missing/CH1'), client.get('/b')]);
    expect(first.step).toBe(0);
    expect(concurrent.map((ex) => ex.step)).toEqual([1, 2, 3]);
    expect(client.sent).toBe(4);
    const steps = seen.filter((s) => s.headers['x-conformance-scenario']?.includes('steps'));
    // Three attempts of step 0 (two 429s, then the answer), then one request per later step.
    expect(steps.map((s) => s.headers['x-conformance-step'])).toEqual(
      expect.arrayContaining(['0', '0', '0', '1', '2', '3']),
    );
    expect(steps).toHaveLength(6);
    await client.close();
  });

  test('persistent throttling is CONFORMANCE_ERR_THROTTLED naming the status and the wait, never an exchange', async () => {
    const client = new TwilioClient({ baseUrl });
    await expect(client.get('/throttle/always/99/0')).rejects.toMatchObject({
      code: 'CONFORMANCE_ERR_THROTTLED',
      message: expect.stringMatching(/answered 429 \(Retry-After: 0\); still throttled after 3 retries/),
    });
    expect(throttled.get('always')).toBe(4);
    await expect(client.get('/throttle/long/1/3600')).rejects.toMatchObject({
      code: 'CONFORMANCE_ERR_THROTTLED',
      message: expect.stringContaining('asked to wait 3600.0 s, longer than the kit waits at once (10 s)'),
    });
    expect(throttled.get('long')).toBe(1);
    await client.close();
  });

  test('RequestAbort is a signal undici honours: it aborts a request in flight with its reason, and is released after', async () => {
    // An object with `aborted` would be taken for a native AbortSignal by undici and rejected.
    expect('aborted' in new RequestAbort()).toBe(false);
    const done = new RequestAbort();
    const answered = await request(`${baseUrl}/v1/Other`, { signal: done as never });
    await answered.body.text();
    // undici removes its listener when the body closes, a tick after it was read.
    await new Promise((resolve) => setImmediate(resolve));
    expect(done.listenerCount()).toBe(0);
    const hanging = new RequestAbort();
    const pending = request(`${baseUrl}/slow`, { signal: hanging as never });
    const reason = new Error('stop now');
    setTimeout(() => hanging.abort(reason), 50);
    await expect(pending).rejects.toBe(reason);
    expect(hanging.fired).toBe(true);
    expect(hanging.listenerCount()).toBe(0);
  });

  test('the run deadline aborts a request in flight and refuses new ones with CONFORMANCE_ERR_RUN_DEADLINE', async () => {
    const client = new TwilioClient({ baseUrl, timeoutMs: 10_000, deadline: Date.now() + 300 });
    const started = Date.now();
    await expect(client.get('/slow')).rejects.toMatchObject({ code: 'CONFORMANCE_ERR_RUN_DEADLINE' });
    expect(Date.now() - started).toBeLessThan(2_000);
    const before = seen.length;
    await expect(client.get('/v1/Other')).rejects.toMatchObject({ code: 'CONFORMANCE_ERR_RUN_DEADLINE' });
    expect(seen.length).toBe(before);
    await client.close();
  });

  test('clients on the shared pool reuse warm keep-alive connections, even after close(); own pools open their own', async () => {
    const counting = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
    });
    let connections = 0;
    counting.on('connection', () => connections++);
    await new Promise<void>((r) => counting.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(counting.address() as AddressInfo).port}`;
    try {
      // undici may open a second connection while the first one's response is being released; never one per client.
      for (let i = 0; i < 10; i++) {
        const client = new TwilioClient({ baseUrl: url, pool: 'shared' });
        await client.get('/v1/Conversations');
        await client.post('/v1/Conversations', { FriendlyName: String(i) });
        await client.close();
      }
      expect(connections).toBeLessThanOrEqual(2);
      const shared = connections;
      for (let i = 0; i < 3; i++) {
        const client = new TwilioClient({ baseUrl: url });
        await client.get('/v1/Conversations');
        await client.close();
      }
      expect(connections).toBe(shared + 3);
    } finally {
      counting.closeAllConnections();
      await new Promise<void>((r) => counting.close(() => r()));
    }
  });

  test("pathBelowBase strips the base URL's own path, also from a paging URL on another host", () => {
    const prefixed = new TwilioClient({ baseUrl: 'http://127.0.0.1:1/prefix/' });
    expect(prefixed.pathBelowBase('/v1/Conversations?PageSize=5')).toBe('/v1/Conversations');
    expect(prefixed.pathBelowBase('http://conversations.twilio.com/v1/Conversations')).toBe('/v1/Conversations');
    const origin = new TwilioClient({ baseUrl: 'http://127.0.0.1:1' });
    expect(origin.pathBelowBase('/v1/Conversations/CH1')).toBe('/v1/Conversations/CH1');
  });

  test('Retry-After is delay-seconds or an HTTP-date', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs(new Date(61_000).toUTCString(), 1_000)).toBe(60_000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(undefined)).toBeUndefined();
  });
});
