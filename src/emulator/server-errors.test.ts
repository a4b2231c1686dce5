// Issue 11: errors the HTTP layer produces itself (parser, router, limits) are in Twilio's shape, and carry
// `Connection: close` whenever the server closes the socket after them (D-EMU-HTTP-1). Real sockets on 127.0.0.1:0.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningEmulator, startEmulator } from './index.ts';
import { basic, type RawAnswer, rawExchange } from './test-support.ts';

const exchange = (raw: string | Buffer, waitMs?: number): Promise<RawAnswer> => rawExchange(port, raw, waitMs);

let running: RunningEmulator;
let port: number;
let auth: string;
beforeAll(async () => {
  running = await startEmulator({ clock: 'virtual' });
  port = Number(new URL(running.url).port);
  auth = basic(running.accounts[0]!.accountSid, running.accounts[0]!.authToken);
});
afterAll(async () => {
  await running.close();
});

function expectTwilio(answer: RawAnswer, status: number, code: number): void {
  expect(answer.status, JSON.stringify(answer)).toBe(status);
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
  expect(answer.body).toEqual({
    code,
    message: expect.any(String),
    more_info: `https://www.twilio.com/docs/errors/${code}`,
    status,
  });
  expect(answer.reset).toBe(false);
  if (answer.ended) expect(answer.headers.connection, 'a closing answer says so').toBe('close');
}

describe('errors of the HTTP layer (a real socket)', () => {
  test.each<[string, () => string | Buffer, number, number, boolean]>([
    [
      'a non-ASCII request line',
      () => Buffer.from('GËT /v1/Conversations HTTP/1.1\r\nHost: x\r\n\r\n', 'utf8'),
      400,
      20422,
      true,
    ],
    ['bytes that are not HTTP', () => Buffer.from([0, 1, 2, 3, 13, 10, 13, 10]), 400, 20422, true],
    [
      'a header section over 16 KB',
      () => `GET /v1/Conversations HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      413,
      20413,
      true,
    ],
    [
      'a URL over 16 KB',
      () => `GET /v1/Conversations/${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
      413,
      20413,
      true,
    ],
    [
      'a broken chunked body',
      () => `POST /v1/Conversations HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n`,
      400,
      20422,
      true,
    ],
    ['CONNECT', () => 'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n', 405, 20004, true],
    // node's parser reads a header-less PRI request line as the start of HTTP/2's connection preface and waits for its
    // rest (found by the fuzz test); with the rest it fails like any malformed request.
    ['the HTTP/2 connection preface', () => 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 400, 20422, true],
    [
      'a PRI request line, then the rest of the preface',
      () => 'PRI /v1/Conversations HTTP/1.0\r\n\r\nSM\r\n\r\n',
      400,
      20422,
      true,
    ],
  ])('%s: Twilio-shaped, Connection: close, then a clean close', async (_name, raw, status, code, closes) => {
    const answer = await exchange(raw());
    expectTwilio(answer, status, code);
    expect(answer.ended).toBe(closes);
  });

  test.each<[string, string, number, number]>([
    ['an undecodable percent escape in the path', '/v1/Conversations/%E0%A4%A', 400, 20422],
    ['a path parameter of 5,000 characters', `/v1/Conversations/${'z'.repeat(5_000)}`, 404, 20404],
    ['a path parameter of 101 characters', `/v1/Conversations/${'z'.repeat(101)}/Participants`, 404, 20404],
  ])('%s: Twilio-shaped, and the connection stays usable', async (_name, path, status, code) => {
    const answer = await exchange(`GET ${path} HTTP/1.1\r\nHost: x\r\nAuthorization: ${auth}\r\n\r\n`);
    expectTwilio(answer, status, code);
    expect(answer.ended).toBe(false);
  });

  test('an undecodable path with a broken chunked body (found by the fuzz test): the answer says it closes', async () => {
    // The router answers the path before the parser reaches the body; the body then breaks the parser and the socket
    // closes. The answer must already say Connection: close.
    for (let i = 0; i < 20; i++) {
      const answer = await exchange(
        'GET /v1/Conversations/% HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n\r\n0\r\n\r\n',
        50,
      );
      expectTwilio(answer, 400, 20422);
      expect(answer.ended).toBe(true);
    }
  });

  test('a request without Host is a Twilio 400', async () => {
    expectTwilio(await exchange(`GET /v1/Conversations HTTP/1.1\r\nAuthorization: ${auth}\r\n\r\n`), 400, 20422);
  });

  test('garbage followed by more input is answered and closed without a reset', async () => {
    const answer = await exchange(
      Buffer.concat([Buffer.from('BAD\x7f REQUEST\r\n\r\n'), Buffer.alloc(256 * 1024, 65)]),
    );
    expectTwilio(answer, 400, 20422);
    expect(answer.ended).toBe(true);
  });

  test('keep-alive clients reuse connections across every kind of error without a reset', async () => {
    const { Pool } = await import('undici');
    const pool = new Pool(running.url, { connections: 4, pipelining: 1 });
    try {
      const paths = [
        '/v1/Conversations',
        '/v1/Conversations/%E0%A4%A',
        `/v1/Conversations/${'z'.repeat(300)}`,
        '/v1/Nope',
      ];
      const results = await Promise.allSettled(
        Array.from({ length: 200 }, (_, i) =>
          pool
            .request({ method: 'GET', path: paths[i % paths.length]!, headers: { authorization: auth } })
            .then(async (r) => {
              const body = (await r.body.json()) as { status?: number };
              return r.statusCode === 200 || body.status === r.statusCode;
            }),
        ),
      );
      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
      expect(results.every((r) => r.status === 'fulfilled' && r.value)).toBe(true);
    } finally {
      await pool.close();
    }
  });
});
