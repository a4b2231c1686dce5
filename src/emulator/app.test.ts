import { afterEach, describe, expect, test } from 'vitest';
import { buildEmulator } from './app.ts';
import { basic, clientFor, setup, type TestClient } from './test-support.ts';

const ACCOUNT_A = {
  accountSid: `AC${'a'.repeat(32)}`,
  authToken: 'a'.repeat(32),
  apiKeys: [{ sid: `SK${'1'.repeat(32)}`, secret: 'key-secret' }],
};
const ACCOUNT_B = { accountSid: `AC${'b'.repeat(32)}`, authToken: 'b'.repeat(32) };

let client: TestClient;
afterEach(async () => {
  await client?.emulator.close();
});

function expectTwilioError(response: { status: number; body: unknown }, code: number, status: number): void {
  expect(response.status).toBe(status);
  expect(response.body).toEqual({
    code,
    message: expect.any(String),
    more_info: `https://www.twilio.com/docs/errors/${code}`,
    status,
  });
}

describe('buildEmulator', () => {
  test('generates one account with an AC SID and a 32-hex token by default', () => {
    client = setup();
    expect(client.emulator.accounts).toHaveLength(1);
    expect(client.account.accountSid).toMatch(/^AC[0-9a-f]{32}$/);
    expect(client.account.authToken).toMatch(/^[0-9a-f]{32}$/);
  });

  test('refuses an account SID that is not AC + 32 hex', () => {
    expect(() => buildEmulator({ accounts: [{ accountSid: 'nope', authToken: 'x' }] })).toThrow(/accountSid/);
  });
});

describe('authentication', () => {
  test.each<[string, string | false]>([
    ['no Authorization header', false],
    ['a wrong token', basic(ACCOUNT_A.accountSid, 'wrong')],
    ['an unknown account', basic(`AC${'c'.repeat(32)}`, 'x')],
    ['a wrong API key secret', basic(ACCOUNT_A.apiKeys[0]!.sid, 'wrong')],
    ['a malformed header', 'Bearer abc'],
  ])('401 Authenticate (20003) with a Basic challenge for %s', async (_name, auth) => {
    client = setup({ accounts: [ACCOUNT_A] });
    const response = await client.request({ method: 'GET', url: '/v1/Conversations', auth });
    expectTwilioError(response, 20003, 401);
    expect(response.body.message).toBe('Authenticate');
    expect(response.headers['www-authenticate']).toBe('Basic realm="Twilio API"');
  });

  test('unknown paths and control routes need credentials too', async () => {
    client = setup({ accounts: [ACCOUNT_A] });
    expectTwilioError(await client.request({ method: 'GET', url: '/v1/Nope', auth: false }), 20003, 401);
    expectTwilioError(await client.request({ method: 'GET', url: '/__emulator/health', auth: false }), 20003, 401);
  });

  test('an API key SID + secret authenticates as its account', async () => {
    client = setup({ accounts: [ACCOUNT_A] });
    const key = ACCOUNT_A.apiKeys[0]!;
    const response = await client.request({
      method: 'GET',
      url: '/v1/Configuration',
      auth: basic(key.sid, key.secret),
    });
    expect(response.status).toBe(200);
    expect(response.body.account_sid).toBe(ACCOUNT_A.accountSid);
  });

  test('each account sees only its own resources (404 across accounts)', async () => {
    client = setup({ accounts: [ACCOUNT_A, ACCOUNT_B] });
    const other = client.as(ACCOUNT_B);
    const created = await client.post('/v1/Conversations', { UniqueName: 'mine' });
    expect(created.status).toBe(201);
    expectTwilioError(await other.get(`/v1/Conversations/${created.body.sid}`), 20404, 404);
    expectTwilioError(await other.get('/v1/Conversations/mine'), 20404, 404);
    const ownService = (await client.get('/v1/Configuration')).body.default_chat_service_sid;
    expectTwilioError(await other.get(`/v1/Services/${ownService}/Conversations`), 20404, 404);
    expect((await other.get('/v1/Conversations')).body.conversations).toEqual([]);
  });
});

describe('routing and errors', () => {
  test('unknown routes answer 20404 naming the path', async () => {
    client = setup();
    const response = await client.get('/v1/Nope/CH1?x=1');
    expectTwilioError(response, 20404, 404);
    expect(response.body.message).toBe('The requested resource /v1/Nope/CH1 was not found');
  });

  test.each([
    ['PUT', '/v1/Conversations'],
    ['DELETE', '/v1/Conversations'],
    ['PATCH', '/v1/Conversations/CH1'],
    ['GET', '/v1/ConversationWithParticipants'],
    ['POST', '/__emulator/health'],
  ])('%s %s → 405 (20004)', async (method, url) => {
    client = setup();
    expectTwilioError(await client.request({ method, url }), 20004, 405);
  });

  test('a non-form Content-Type is a 400 (20422); no Content-Type is read as a form', async () => {
    client = setup();
    const json = await client.request({
      method: 'POST',
      url: '/v1/Conversations',
      payload: '{"FriendlyName":"x"}',
      headers: { 'content-type': 'application/json' },
    });
    expectTwilioError(json, 20422, 400);
    const text = await client.request({
      method: 'POST',
      url: '/v1/Conversations',
      payload: 'FriendlyName=x',
      headers: { 'content-type': 'text/plain' },
    });
    expectTwilioError(text, 20422, 400);
    const bare = await client.request({ method: 'POST', url: '/v1/Conversations', payload: 'FriendlyName=bare' });
    expect(bare.status).toBe(201);
    expect(bare.body.friendly_name).toBe('bare');
    const empty = await client.request({ method: 'POST', url: '/v1/Conversations' });
    expect(empty.status).toBe(201);
  });

  test('malformed JSON on a control route maps into the catalogue', async () => {
    client = setup({ clock: 'virtual' });
    const response = await client.request({
      method: 'POST',
      url: '/__emulator/clock/advance',
      payload: '{"ms":',
      headers: { 'content-type': 'application/json' },
    });
    expectTwilioError(response, 20422, 400);
  });

  test('a body over the size limit is 413 (20413)', async () => {
    client = setup();
    const response = await client.request({
      method: 'POST',
      url: '/v1/Conversations',
      payload: `Attributes=${'x'.repeat(1_100_000)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expectTwilioError(response, 20413, 413);
  });

  test('service-scoped form: unknown or foreign service SIDs are 404, trailing slashes are fine', async () => {
    client = setup();
    expectTwilioError(await client.get(`/v1/Services/IS${'0'.repeat(32)}/Conversations`), 20404, 404);
    const service = (await client.get('/v1/Configuration')).body.default_chat_service_sid;
    expect((await client.get(`/v1/Services/${service}/Conversations/`)).status).toBe(200);
  });
});

describe('GET /v1/Configuration', () => {
  test('names the default Conversation Service and has every documented key', async () => {
    client = setup();
    const response = await client.get('/v1/Configuration');
    expect(response.status).toBe(200);
    const service = client.emulator.store.accounts.get(client.account.accountSid)!.defaultServiceSid;
    expect(response.body).toEqual({
      account_sid: client.account.accountSid,
      default_chat_service_sid: service,
      default_messaging_service_sid: expect.stringMatching(/^MG[0-9a-f]{32}$/),
      default_inactive_timer: null,
      default_closed_timer: null,
      url: 'http://localhost:80/v1/Configuration',
      links: {
        service: `http://localhost:80/v1/Services/${service}/Configuration`,
        webhooks: 'http://localhost:80/v1/Configuration/Webhooks',
      },
    });
  });
});

describe('control endpoints', () => {
  test('clock: read, advance by ms (JSON) and by duration (form), set', async () => {
    client = setup({ clock: 'virtual' });
    const start = Date.parse((await client.get('/__emulator/clock')).body.now);
    const byMs = await client.request({
      method: 'POST',
      url: '/__emulator/clock/advance',
      payload: '{"ms":1500}',
      headers: { 'content-type': 'application/json' },
    });
    expect(byMs.body).toEqual({ now: new Date(start + 1500).toISOString(), mode: 'virtual' });
    const byDuration = await client.post('/__emulator/clock/advance', { duration: 'PT10M' });
    expect(Date.parse(byDuration.body.now)).toBe(start + 1500 + 600_000);
    const set = await client.post('/__emulator/clock/set', { now: '2030-01-01T00:00:00Z' });
    expect(set.body.now).toBe('2030-01-01T00:00:00.000Z');
    expectTwilioError(await client.post('/__emulator/clock/advance', { duration: 'P1Y' }), 20422, 400);
    expectTwilioError(await client.post('/__emulator/clock/advance', { ms: '-5' }), 20422, 400);
    expectTwilioError(await client.post('/__emulator/clock/advance', {}), 20422, 400);
    expectTwilioError(await client.post('/__emulator/clock/set', { now: 'tomorrow' }), 20422, 400);
    expectTwilioError(await client.post('/__emulator/clock/set', {}), 20422, 400);
  });

  test('advance and set are 409 on the wall clock', async () => {
    client = setup();
    expect((await client.get('/__emulator/clock')).body.mode).toBe('wall');
    expectTwilioError(await client.post('/__emulator/clock/advance', { ms: 1 }), 20409, 409);
    expectTwilioError(await client.post('/__emulator/clock/set', { now: '2030-01-01T00:00:00Z' }), 20409, 409);
  });

  test('reset drops all state but keeps the accounts and the default service SID', async () => {
    client = setup({ clock: 'virtual' });
    const before = (await client.get('/v1/Configuration')).body.default_chat_service_sid;
    await client.post('/v1/Conversations', { 'Timers.Closed': 'PT10M' });
    expect((await client.get('/__emulator/health')).body.pending_timers).toBe(1);
    expect((await client.post('/__emulator/reset')).status).toBe(200);
    expect((await client.get('/v1/Conversations')).body.conversations).toEqual([]);
    expect((await client.get('/v1/Configuration')).body.default_chat_service_sid).toBe(before);
    expect((await client.get('/__emulator/health')).body).toEqual({
      status: 'ok',
      clock: 'virtual',
      pending_timers: 0,
      pending_tasks: 0,
    });
  });

  test('reset and the clock act on the calling account only (D-EMU-CONTROL-1)', async () => {
    client = setup({ clock: 'virtual', accounts: [ACCOUNT_A, ACCOUNT_B] });
    const other = client.as(ACCOUNT_B);
    const mine = (await client.post('/v1/Conversations', { 'Timers.Inactive': 'PT1M' })).body.sid;
    const theirs = (await other.post('/v1/Conversations', { 'Timers.Inactive': 'PT1M' })).body.sid;
    const theirClock = (await other.get('/__emulator/clock')).body.now;

    expect((await client.post('/__emulator/clock/advance', { duration: 'PT2M' })).status).toBe(200);
    expect((await client.get(`/v1/Conversations/${mine}`)).body.state).toBe('inactive');
    expect((await other.get(`/v1/Conversations/${theirs}`)).body.state).toBe('active');
    expect((await other.get('/__emulator/clock')).body.now).toBe(theirClock);
    expect((await other.get('/__emulator/health')).body.pending_timers).toBe(1);

    expect((await client.post('/__emulator/reset')).status).toBe(200);
    expect((await client.get('/v1/Conversations')).body.conversations).toEqual([]);
    expect((await other.get(`/v1/Conversations/${theirs}`)).status).toBe(200);
    expect((await other.get('/__emulator/health')).body.pending_timers).toBe(1);
    // An API key acts for its account.
    const byKey = await client.request({
      method: 'POST',
      url: '/__emulator/reset',
      auth: basic(ACCOUNT_A.apiKeys[0]!.sid, ACCOUNT_A.apiKeys[0]!.secret),
    });
    expect(byKey.status).toBe(200);
    expect((await other.get(`/v1/Conversations/${theirs}`)).status).toBe(200);
  });

  test('a second client on the same emulator shares state', async () => {
    client = setup();
    const twin = clientFor(client.emulator);
    await client.post('/v1/Conversations', { UniqueName: 'shared' });
    expect((await twin.get('/v1/Conversations/shared')).status).toBe(200);
  });
});
