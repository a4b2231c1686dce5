import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TwilioClient } from './client.ts';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server;
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
});
