// @module-tag credentials
import { describe, expect, test } from '../../src/runtime/index.ts';
import type { TwilioError } from '../support/errors.ts';
import { unknownSid } from '../support/services.ts';

// Push Credentials, account-level (004:L14756-15440; create L14863-14903, update L15237-15284). Secret material is
// write-only (D-CRED-2); `sandbox` is a string in responses though the request takes a boolean (D-CRED-1).

interface Credential {
  sid: string;
  account_sid: string;
  friendly_name: string | null;
  type: 'apn' | 'gcm' | 'fcm';
  sandbox: string | null;
  url: string;
}

type PushType = Credential['type'];

/** The secret parameters of each type (004:L14880-14903): values unique to the test, so an echo is detectable. */
function secretsOf(type: PushType, marker: string): Record<string, string> {
  switch (type) {
    case 'apn':
      return {
        Certificate: `-----BEGIN CERTIFICATE-----\n${marker}-cert\n-----END CERTIFICATE-----`,
        PrivateKey: `-----BEGIN RSA PRIVATE KEY-----\n${marker}-key\n-----END RSA PRIVATE KEY-----`,
      };
    case 'gcm':
      return { ApiKey: `${marker}-api-key` };
    case 'fcm':
      return { Secret: `${marker}-server-key` };
  }
}

const TYPES: readonly PushType[] = ['apn', 'gcm', 'fcm'];

describe('createCredential', () => {
  test.for(TYPES)('a %s credential echoes its type and name and never its secrets', async (type, { api, data }) => {
    const marker = data.unique(`secret-${type}`);
    const name = data.unique(type).slice(0, 64);
    const res = await api.post<Credential>(
      '/v1/Credentials',
      { Type: type, FriendlyName: name, ...secretsOf(type, marker) },
      { expect: 201, cleanup: true },
    );
    expect(res.body).toMatchObject({ type, friendly_name: name });
    expect(res.exchange.response.text).not.toContain(marker);
    const fetched = await api.get<Credential>(res.body.url, undefined, { expect: 200 });
    expect(fetched.exchange.response.text).not.toContain(marker);
    expect(fetched.body).toMatchObject({ sid: res.body.sid, type, friendly_name: name });
  });

  test('an APN credential reports sandbox as a string', async ({ api, data }) => {
    // Request `Sandbox` is a boolean (004:L14890-14893); the property is a string, "False" in every example
    // (004:L14842-14845, L14978).
    const sandbox = await api.post<Credential>(
      '/v1/Credentials',
      { Type: 'apn', FriendlyName: data.unique('sbx').slice(0, 64), Sandbox: true, ...secretsOf('apn', 'x') },
      { expect: 201, cleanup: true },
    );
    const production = await api.post<Credential>(
      '/v1/Credentials',
      { Type: 'apn', FriendlyName: data.unique('prod').slice(0, 64), Sandbox: false, ...secretsOf('apn', 'y') },
      { expect: 201, cleanup: true },
    );
    expect(typeof sandbox.body.sandbox).toBe('string');
    expect(sandbox.body.sandbox?.toLowerCase()).toBe('true');
    expect(production.body.sandbox?.toLowerCase()).toBe('false');
  });

  test('a FriendlyName of 64 characters is accepted', async ({ api, data }) => {
    // FriendlyName "up to 64 characters" (004:L14875-14878).
    const name = data.unique('cr').padEnd(64, 'n');
    const res = await api.post<Credential>(
      '/v1/Credentials',
      { Type: 'fcm', FriendlyName: name, ...secretsOf('fcm', 'z') },
      { expect: 201, cleanup: true },
    );
    expect(res.body.friendly_name).toBe(name);
  });

  test('a FriendlyName of 65 characters is rejected with 400 and code 50003', async ({ api, data }) => {
    const res = await api.post<TwilioError>(
      '/v1/Credentials',
      { Type: 'fcm', FriendlyName: data.unique('cr').padEnd(65, 'n'), ...secretsOf('fcm', 'z') },
      { expect: 400 },
    );
    expect(res.body.code).toBe(50003);
  });

  test('a create without Type is rejected with 400 and code 20422', async ({ api, data }) => {
    // Type is required (004:L14868-14873).
    const res = await api.post<TwilioError>(
      '/v1/Credentials',
      { FriendlyName: data.unique('untyped').slice(0, 64), Secret: 'x' },
      { expect: 400 },
    );
    expect(res.body.code).toBe(20422);
  });

  test('a Type outside apn|gcm|fcm is rejected with 400 and code 20422', async ({ api, data }) => {
    const res = await api.post<TwilioError>(
      '/v1/Credentials',
      { Type: 'sms', FriendlyName: data.unique('badtype').slice(0, 64) },
      { expect: 400 },
    );
    expect(res.body.code).toBe(20422);
  });
});

describe('listCredential', () => {
  test('the list holds every created credential', async ({ api, data }) => {
    const created: string[] = [];
    for (const type of TYPES) {
      const res = await api.post<Credential>(
        '/v1/Credentials',
        { Type: type, FriendlyName: data.unique('listed').slice(0, 64), ...secretsOf(type, 'l') },
        { expect: 201, cleanup: true },
      );
      created.push(res.body.sid);
    }
    const listed = await api.listAll<Credential>('/v1/Credentials', 'credentials', { PageSize: 100 });
    const sids = listed.map((c) => c.sid);
    for (const sid of created) expect(sids).toContain(sid);
  });
});

describe('updateCredential', () => {
  test('FriendlyName and a new secret are applied, and the secret is not echoed', async ({ api, data }) => {
    // Every update parameter is optional (004:L15249-15284).
    const created = await api.post<Credential>(
      '/v1/Credentials',
      { Type: 'gcm', FriendlyName: 'before', ...secretsOf('gcm', 'old') },
      { expect: 201, cleanup: true },
    );
    const marker = data.unique('rotated');
    const name = data.unique('after').slice(0, 64);
    const updated = await api.post<Credential>(
      created.body.url,
      { FriendlyName: name, ...secretsOf('gcm', marker) },
      { expect: 200 },
    );
    expect(updated.body).toMatchObject({ sid: created.body.sid, type: 'gcm', friendly_name: name });
    expect(updated.exchange.response.text).not.toContain(marker);
  });

  test('Sandbox true is reported as a true string on an APN credential', async ({ api, data }) => {
    const created = await api.post<Credential>(
      '/v1/Credentials',
      { Type: 'apn', FriendlyName: data.unique('sbx').slice(0, 64), ...secretsOf('apn', 's') },
      { expect: 201, cleanup: true },
    );
    // Production APNs unless Sandbox is true (004:L14890-14893).
    expect(created.body.sandbox?.toLowerCase()).toBe('false');
    const updated = await api.post<Credential>(created.body.url, { Sandbox: true }, { expect: 200 });
    expect(updated.body.sandbox?.toLowerCase()).toBe('true');
  });

  test('a FriendlyName of 65 characters is rejected with 400 and code 50003, and the name is kept', async ({
    api,
    data,
  }) => {
    const name = data.unique('keep').slice(0, 64);
    const created = await api.post<Credential>(
      '/v1/Credentials',
      { Type: 'fcm', FriendlyName: name, ...secretsOf('fcm', 'k') },
      { expect: 201, cleanup: true },
    );
    const res = await api.post<TwilioError>(created.body.url, { FriendlyName: 'n'.repeat(65) }, { expect: 400 });
    expect(res.body.code).toBe(50003);
    expect((await api.get<Credential>(created.body.url, undefined, { expect: 200 })).body.friendly_name).toBe(name);
  });
});

describe('deleteCredential', () => {
  test('a deleted credential is gone from fetch and list', async ({ api, data }) => {
    const created = await api.post<Credential>(
      '/v1/Credentials',
      { Type: 'fcm', FriendlyName: data.unique('gone').slice(0, 64), ...secretsOf('fcm', 'g') },
      { expect: 201, cleanup: true },
    );
    await api.delete(created.body.url, { expect: 204 });
    await api.get(created.body.url, undefined, { expect: 404 });
    const listed = await api.listAll<Credential>('/v1/Credentials', 'credentials', { PageSize: 100 });
    expect(listed.map((c) => c.sid)).not.toContain(created.body.sid);
  });

  test('an unknown credential SID answers 404 with code 20404', async ({ api }) => {
    const res = await api.delete<TwilioError>(`/v1/Credentials/${unknownSid('CR')}`, { expect: 404 });
    expect(res.body.code).toBe(20404);
  });
});
