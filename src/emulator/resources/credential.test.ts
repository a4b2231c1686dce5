import { afterEach, describe, expect, test } from 'vitest';
import { generateAccount } from '../app.ts';
import { conforms, expectRejected } from '../spec-support.ts';
import { type Fields, ISO, setup, type TestClient } from '../test-support.ts';

let client: TestClient;
afterEach(async () => {
  await client?.emulator.close();
});

const SECRETS = ['CERT-PEM', 'KEY-PEM', 'gcm-api-key', 'fcm-secret'];

function echoesSecret(body: unknown): boolean {
  const text = JSON.stringify(body);
  return SECRETS.some((secret) => text.includes(secret));
}

describe('createCredential', () => {
  test('apn: 201, sandbox as the string "False"/"True", no secret echoed', async () => {
    client = setup();
    const response = await client.post('/v1/Credentials', {
      Type: 'apn',
      FriendlyName: 'ios',
      Certificate: 'CERT-PEM',
      PrivateKey: 'KEY-PEM',
    });
    await conforms('createCredential', response, 201);
    expect(response.body).toEqual({
      sid: expect.stringMatching(/^CR[0-9a-f]{32}$/),
      account_sid: client.account.accountSid,
      friendly_name: 'ios',
      type: 'apn',
      sandbox: 'False',
      date_created: expect.stringMatching(ISO),
      date_updated: expect.stringMatching(ISO),
      url: `http://localhost:80/v1/Credentials/${response.body.sid}`,
    });
    const sandbox = await client.post('/v1/Credentials', { Type: 'apn', Sandbox: 'true' });
    expect(sandbox.body.sandbox).toBe('True');
    expect(echoesSecret(response.body)).toBe(false);
  });

  test.each<[string, Fields]>([
    ['gcm', { Type: 'gcm', ApiKey: 'gcm-api-key' }],
    ['fcm', { Type: 'fcm', Secret: 'fcm-secret' }],
  ])('%s: sandbox null, friendly_name null by default, secret not echoed', async (_name, fields) => {
    client = setup();
    const response = await client.post('/v1/Credentials', fields);
    await conforms('createCredential', response, 201);
    expect(response.body).toMatchObject({ sandbox: null, friendly_name: null });
    expect(echoesSecret(response.body)).toBe(false);
  });

  test.each<[string, Fields, number]>([
    ['Type missing', { FriendlyName: 'x' }, 20422],
    ['Type unknown', { Type: 'voip' }, 20422],
    ['FriendlyName over 64 characters', { Type: 'fcm', FriendlyName: 'x'.repeat(65) }, 50003],
    ['Sandbox not a boolean', { Type: 'apn', Sandbox: 'maybe' }, 20422],
  ])('400 when %s', async (_name, fields, code) => {
    client = setup();
    await expectRejected(client, '/v1/Credentials', 'createCredential', fields, code);
  });
});

describe('fetch / list / update / delete', () => {
  test('fetch and list conform; list in creation order, paged; PageSize above 100 is 400', async () => {
    client = setup();
    const a = (await client.post('/v1/Credentials', { Type: 'apn', Certificate: 'CERT-PEM' })).body.sid;
    const b = (await client.post('/v1/Credentials', { Type: 'fcm', Secret: 'fcm-secret' })).body.sid;
    const fetched = await client.get(`/v1/Credentials/${a}`);
    await conforms('fetchCredential', fetched, 200);
    expect(echoesSecret(fetched.body)).toBe(false);
    const page = await client.get('/v1/Credentials?PageSize=1');
    await conforms('listCredential', page, 200);
    expect(page.body.credentials.map((c: { sid: string }) => c.sid)).toEqual([a]);
    const next = await client.get(page.body.meta.next_page_url.replace('http://localhost:80', ''));
    expect(next.body.credentials.map((c: { sid: string }) => c.sid)).toEqual([b]);
    expect(echoesSecret(next.body)).toBe(false);
    await conforms('listCredential', await client.get('/v1/Credentials?PageSize=101'), 400);
    await conforms('fetchCredential', await client.get(`/v1/Credentials/CR${'0'.repeat(32)}`), 404);
  });

  test('update: partial, Type may change (sandbox follows the type), empty update is unchanged', async () => {
    client = setup({ clock: 'virtual' });
    const created = (await client.post('/v1/Credentials', { Type: 'apn', FriendlyName: 'a' })).body;
    client.emulator.clock.advance(1_000);
    const sandbox = await client.post(`/v1/Credentials/${created.sid}`, { Sandbox: 'true', PrivateKey: 'KEY-PEM' });
    await conforms('updateCredential', sandbox, 200);
    expect(sandbox.body).toMatchObject({ friendly_name: 'a', sandbox: 'True' });
    expect(sandbox.body.date_updated).not.toBe(created.date_updated);
    expect(echoesSecret(sandbox.body)).toBe(false);
    const fcm = await client.post(`/v1/Credentials/${created.sid}`, { Type: 'fcm', Secret: 'fcm-secret' });
    await conforms('updateCredential', fcm, 200);
    expect(fcm.body).toMatchObject({ type: 'fcm', sandbox: null });
    const empty = await client.post(`/v1/Credentials/${created.sid}`);
    await conforms('updateCredential', empty, 200);
    expect(empty.body).toEqual(fcm.body);
    await conforms('updateCredential', await client.post(`/v1/Credentials/${created.sid}`, { Type: 'x' }), 400);
  });

  test('delete: 204, then 404', async () => {
    client = setup();
    const sid = (await client.post('/v1/Credentials', { Type: 'gcm' })).body.sid;
    await conforms('deleteCredential', await client.delete(`/v1/Credentials/${sid}`), 204);
    await conforms('deleteCredential', await client.delete(`/v1/Credentials/${sid}`), 404);
    await conforms('fetchCredential', await client.get(`/v1/Credentials/${sid}`), 404);
  });

  test("another account gets 404 for this account's credential and does not list it", async () => {
    const b = generateAccount();
    client = setup({ accounts: [generateAccount(), b] });
    const sid = (await client.post('/v1/Credentials', { Type: 'gcm' })).body.sid;
    const other = client.as(b);
    expect((await other.get(`/v1/Credentials/${sid}`)).status).toBe(404);
    expect((await other.post(`/v1/Credentials/${sid}`, { FriendlyName: 'x' })).status).toBe(404);
    expect((await other.delete(`/v1/Credentials/${sid}`)).status).toBe(404);
    expect((await other.get('/v1/Credentials')).body.credentials).toEqual([]);
  });
});
