import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { ValidatorSet } from '../../validation/validators.ts';
import { generateAccount } from '../app.ts';
import { startEmulator } from '../serve.ts';
import { newSid } from '../sid.ts';
import { expectValid, tagValidators } from '../spec-support.ts';
import { MEDIA_ATTACH_WINDOW_MS, MEDIA_MAX_BYTES } from '../store/messages.ts';
import { basic, defaultService, ISO, setup, type TestClient, type TestResponse } from '../test-support.ts';

// One emulator for the file, reset before each test; the garbage-collection test builds a virtual-clock one.
let shared: TestClient;
let client: TestClient;
let validators: ValidatorSet;
const extras: TestClient[] = [];
const other = generateAccount();
beforeAll(async () => {
  validators = await tagValidators('Media', 'ConversationMessage');
  shared = setup({ accounts: [generateAccount(), other] });
});
beforeEach(() => {
  shared.emulator.reset();
  client = shared;
});
afterEach(async () => {
  for (const extra of extras.splice(0)) await extra.emulator.close();
});
afterAll(async () => {
  await shared.emulator.close();
});

function conforms(operationId: string, response: TestResponse): void {
  expectValid(validators, operationId, response);
}

/** POST an upload; `inject` directly, since the test client only sends string bodies. */
async function upload(
  payload: string | Buffer,
  headers: Record<string, string> = { 'content-type': 'image/png' },
  query = '',
  c: TestClient = client,
): Promise<TestResponse> {
  const response = await c.emulator.app.inject({
    method: 'POST',
    url: `/v1/Services/${defaultService(c).sid}/Media${query}`,
    payload,
    headers: { authorization: basic(c.account.accountSid, c.account.authToken), ...headers },
  });
  return { status: response.statusCode, headers: response.headers, body: response.json() };
}

describe('createMedia', () => {
  test('stores the raw bytes; Content-Type is the MIME type; every documented key; URLs on the emulator', async () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0x0d, 0x0a]);
    const response = await upload(bytes, { 'content-type': 'image/png', 'content-size': String(bytes.length) });
    expect(response.status).toBe(201);
    conforms('createMedia', response);
    const is = defaultService(client).sid;
    const url = `http://localhost:80/v1/Services/${is}/Media/${response.body.sid}`;
    expect(response.body).toEqual({
      sid: expect.stringMatching(/^ME[0-9a-f]{32}$/),
      account_sid: client.account.accountSid,
      service_sid: is,
      date_created: expect.stringMatching(ISO),
      date_updated: expect.stringMatching(ISO),
      channel_sid: null,
      message_sid: null,
      size: 8,
      content_type: 'image/png',
      filename: null,
      author: 'system',
      url,
      links: { content: `${url}/Content`, content_direct_temporary: expect.stringMatching(/\/Content\?Expires=\d+$/) },
    });
    const content = await client.emulator.app.inject({
      method: 'GET',
      url: `/v1/Services/${is}/Media/${response.body.sid}/Content`,
      headers: { authorization: basic(client.account.accountSid, client.account.authToken) },
    });
    expect(content.statusCode).toBe(200);
    expect(content.headers['content-type']).toBe('image/png');
    expect(content.rawPayload.equals(bytes)).toBe(true);
  });

  test.each<[string, Record<string, string>, string, string, string | null]>([
    [
      'curl --data-binary default (urlencoded) stays raw',
      { 'content-type': 'application/x-www-form-urlencoded' },
      '',
      'application/x-www-form-urlencoded',
      null,
    ],
    ['no Content-Type is application/octet-stream', {}, '', 'application/octet-stream', null],
    ['a JSON file is not parsed', { 'content-type': 'application/json' }, '', 'application/json', null],
    [
      'Content-Disposition filename',
      { 'content-type': 'text/plain', 'content-disposition': 'attachment; filename="car.jpg"' },
      '',
      'text/plain',
      'car.jpg',
    ],
    [
      'Content-Disposition filename*',
      { 'content-type': 'text/plain', 'content-disposition': "attachment; filename*=UTF-8''caf%C3%A9.txt" },
      '',
      'text/plain',
      'café.txt',
    ],
    ['a Filename query parameter', { 'content-type': 'text/plain' }, '?Filename=notes.txt', 'text/plain', 'notes.txt'],
  ])('%s', async (_name, headers, query, contentType, filename) => {
    const response = await upload('a=b&c{', headers, query);
    expect(response.status).toBe(201);
    conforms('createMedia', response);
    expect(response.body).toMatchObject({ size: 6, content_type: contentType, filename });
  });

  test('an empty upload is a zero-byte media', async () => {
    const response = await upload('', { 'content-type': 'text/plain' });
    expect(response.status).toBe(201);
    expect(response.body.size).toBe(0);
  });

  test.each<[string, Record<string, string>]>([
    ['a Content-Length over 150 MB', { 'content-type': 'image/png', 'content-length': String(MEDIA_MAX_BYTES + 1) }],
    ['a Content-Size over 150 MB', { 'content-type': 'image/png', 'content-size': String(MEDIA_MAX_BYTES + 1) }],
  ])('rejects %s (400, 50512) before reading the body', async (_name, headers) => {
    const response = await upload('x', headers);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe(50512);
    conforms('createMedia', response);
  });

  test('a malformed Content-Size is 400', async () => {
    const response = await upload('x', { 'content-type': 'image/png', 'content-size': 'big' });
    expect(response.status).toBe(400);
    conforms('createMedia', response);
  });

  test('other routes still refuse non-form bodies (20422)', async () => {
    const response = await client.request({
      method: 'POST',
      url: '/v1/Conversations',
      payload: 'x',
      headers: { 'content-type': 'image/png' },
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe(20422);
  });

  test('an unknown or foreign service is 404; credentials are required', async () => {
    const unknown = await client.request({
      method: 'POST',
      url: `/v1/Services/${newSid('IS')}/Media`,
      payload: 'x',
      headers: { 'content-type': 'image/png' },
    });
    expect(unknown.status).toBe(404);
    conforms('createMedia', unknown);
    const foreign = await client.as(other).request({
      method: 'POST',
      url: `/v1/Services/${defaultService(client).sid}/Media`,
      payload: 'x',
      headers: { 'content-type': 'image/png' },
    });
    expect(foreign.status).toBe(404);
    const anonymous = await client.request({
      method: 'POST',
      url: `/v1/Services/${defaultService(client).sid}/Media`,
      payload: 'x',
      headers: { 'content-type': 'image/png' },
      auth: false,
    });
    expect(anonymous.status).toBe(401);
    conforms('createMedia', anonymous);
  });
});

describe('fetchMedia', () => {
  test('200 with the upload; 404 for an unknown SID; DELETE is 405', async () => {
    const created = await upload('bytes');
    const is = defaultService(client).sid;
    const fetched = await client.get(`/v1/Services/${is}/Media/${created.body.sid}`);
    expect(fetched.status).toBe(200);
    conforms('fetchMedia', fetched);
    expect(fetched.body).toMatchObject({ sid: created.body.sid, size: 5 });
    const missing = await client.get(`/v1/Services/${is}/Media/${newSid('ME')}`);
    expect(missing.status).toBe(404);
    conforms('fetchMedia', missing);
    expect((await client.delete(`/v1/Services/${is}/Media/${created.body.sid}`)).status).toBe(405);
  });
});

describe('attaching media to messages', () => {
  test('a message lists its media; the media names its conversation and message; it attaches only once', async () => {
    const ch = (await client.post('/v1/Conversations')).body.sid;
    const first = (
      await upload('one', { 'content-type': 'image/jpeg', 'content-disposition': 'inline; filename=a.jpg' })
    ).body;
    const second = (await upload('second', { 'content-type': 'application/pdf' })).body;
    const message = await client.post(`/v1/Conversations/${ch}/Messages`, { MediaSid: [first.sid, second.sid] });
    expect(message.status).toBe(201);
    conforms('createConversationMessage', message);
    expect(message.body).toMatchObject({
      body: null,
      media: [
        { sid: first.sid, size: 3, content_type: 'image/jpeg', filename: 'a.jpg' },
        { sid: second.sid, size: 6, content_type: 'application/pdf', filename: null },
      ],
    });
    const fetched = await client.get(`/v1/Services/${defaultService(client).sid}/Media/${first.sid}`);
    conforms('fetchMedia', fetched);
    expect(fetched.body).toMatchObject({ channel_sid: ch, message_sid: message.body.sid });
    const again = await client.post(`/v1/Conversations/${ch}/Messages`, { Body: 'x', MediaSid: first.sid });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe(50508);
    const twice = (await upload('z')).body.sid;
    const duplicate = await client.post(`/v1/Conversations/${ch}/Messages`, { MediaSid: [twice, twice] });
    expect(duplicate.body.code).toBe(50508);
  });

  test('media of another service cannot be attached (50507)', async () => {
    const ch = (await client.post('/v1/Conversations')).body.sid;
    const created = await client.post('/v1/Services', { FriendlyName: 'second' });
    expect(created.status).toBe(201);
    const elsewhere = await client.request({
      method: 'POST',
      url: `/v1/Services/${created.body.sid}/Media`,
      payload: 'x',
      headers: { 'content-type': 'image/png' },
    });
    expect(elsewhere.status).toBe(201);
    const response = await client.post(`/v1/Conversations/${ch}/Messages`, { MediaSid: elsewhere.body.sid });
    expect(response.body.code).toBe(50507);
  });

  test('attachments over 150 MB in all are refused (50512)', async () => {
    const ch = (await client.post('/v1/Conversations')).body.sid;
    const a = (await upload('a')).body.sid;
    const b = (await upload('b')).body.sid;
    // Pretend the uploads are 100 MB each (records are plain data; sending 200 MB would only slow the test).
    const half = 100 * 1024 * 1024;
    for (const sid of [a, b]) Object.assign(defaultService(client).media.get(sid)!, { size: half });
    const response = await client.post(`/v1/Conversations/${ch}/Messages`, { MediaSid: [a, b] });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe(50512);
    expect((await client.post(`/v1/Conversations/${ch}/Messages`, { MediaSid: a })).status).toBe(201);
  });

  test('unattached media is garbage-collected after five minutes; attached media stays (004:L22776)', async () => {
    const c = setup({ clock: 'virtual' });
    extras.push(c);
    const ch = (await c.post('/v1/Conversations')).body.sid;
    const kept = (await upload('k', { 'content-type': 'image/png' }, '', c)).body.sid;
    const lost = (await upload('l', { 'content-type': 'image/png' }, '', c)).body.sid;
    c.emulator.clock.advance(MEDIA_ATTACH_WINDOW_MS - 1000);
    expect((await c.post(`/v1/Conversations/${ch}/Messages`, { MediaSid: kept })).status).toBe(201);
    c.emulator.clock.advance(1000);
    const is = defaultService(c).sid;
    expect((await c.get(`/v1/Services/${is}/Media/${kept}`)).status).toBe(200);
    expect((await c.get(`/v1/Services/${is}/Media/${lost}`)).status).toBe(404);
    const late = await c.post(`/v1/Conversations/${ch}/Messages`, { MediaSid: lost });
    expect(late.status).toBe(400);
    expect(late.body.code).toBe(50507);
  });
});

describe('over a real socket', () => {
  test('uploads binary bytes and reads them back', async () => {
    const running = await startEmulator();
    try {
      const [account] = running.accounts;
      const auth = basic(account!.accountSid, account!.authToken);
      const is = running.emulator.store.accounts.get(account!.accountSid)!.defaultServiceSid;
      const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 256));
      const created = await fetch(`${running.url}/v1/Services/${is}/Media`, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'audio/mpeg' },
        body: bytes,
      });
      expect(created.status).toBe(201);
      const body = (await created.json()) as { sid: string; size: number; url: string; links: { content: string } };
      expect(body.size).toBe(4096);
      expect(body.url).toBe(`${running.url}/v1/Services/${is}/Media/${body.sid}`);
      const content = await fetch(body.links.content, { headers: { authorization: auth } });
      expect(content.headers.get('content-type')).toBe('audio/mpeg');
      expect(Buffer.from(await content.arrayBuffer()).equals(bytes)).toBe(true);
    } finally {
      await running.close();
    }
  });
});
