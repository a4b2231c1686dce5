// @module-tag bindings
import { describe, expect, type ScenarioApi, type ScenarioData, test } from '../../src/runtime/index.ts';
import type { TwilioError } from '../support/errors.ts';
import { defaultServiceSid } from '../support/resources.ts';
import { isEmulator, newService, type User, unknownSid } from '../support/services.ts';
import { type Binding, type BindingSeed, seedBinding } from './support.ts';

// Push Bindings (004:L14246-14755): fetch, list (filters BindingType and Identity, L14503-14513) and delete under
// `/v1/Services/{IS}/Bindings` only (D-BIND-1). The REST API has no create — bindings come from SDK registration
// (004:L29485) — so scenarios seed them through the emulator's control endpoint and skip on other targets.

const NEEDS_SEEDING = 'needs binding seeding (the REST API has no Binding create; D-BIND-1, D-EMU-BIND-1)';

type PushType = Binding['binding_type'];

/** A credential of `type` (Bindings name one, 004:L14304-14310), deleted with the test. */
async function credentialOf(api: ScenarioApi, data: ScenarioData, type: PushType): Promise<string> {
  const secret =
    type === 'apn'
      ? { Certificate: 'cert', PrivateKey: 'key' }
      : type === 'gcm'
        ? { ApiKey: 'k' }
        : {
            Secret: 's',
          };
  const res = await api.post<{ sid: string }>(
    '/v1/Credentials',
    { Type: type, FriendlyName: data.unique('push').slice(0, 64), ...secret },
    { expect: 201, cleanup: true },
  );
  return res.body.sid;
}

/** A dedicated service and one credential per push type. */
async function setUp(api: ScenarioApi, data: ScenarioData) {
  const service = await newService(api, data);
  const credentials = {
    apn: await credentialOf(api, data, 'apn'),
    gcm: await credentialOf(api, data, 'gcm'),
    fcm: await credentialOf(api, data, 'fcm'),
  };
  const seed = (identity: string, type: PushType): Promise<Binding> => {
    const registration: BindingSeed = {
      Identity: identity,
      BindingType: type,
      Endpoint: `${type}-endpoint-${data.unique('device')}`,
      CredentialSid: credentials[type],
    };
    return seedBinding(api, service.sid, registration);
  };
  return { service, collection: `/v1/Services/${service.sid}/Bindings`, seed };
}

function sidsOf(bindings: Binding[]): string[] {
  return bindings.map((b) => b.sid).sort();
}

describe('fetchServiceBinding', () => {
  test('a seeded binding is returned with its identity, type, endpoint and credential', async ({
    api,
    data,
    target,
    skip,
  }) => {
    if (!isEmulator(target)) skip(NEEDS_SEEDING);
    const { service, collection, seed } = await setUp(api, data);
    const identity = data.unique('device-owner');
    const seeded = await seed(identity, 'fcm');
    const fetched = await api.get<Binding>(`${collection}/${seeded.sid}`, undefined, { expect: 200 });
    // Properties 004:L14301-14363.
    expect(fetched.body).toMatchObject({
      sid: seeded.sid,
      chat_service_sid: service.sid,
      identity,
      binding_type: 'fcm',
      endpoint: seeded.endpoint,
      credential_sid: seeded.credential_sid,
    });
    expect(new URL(fetched.body.url).pathname).toBe(`${collection}/${seeded.sid}`);
  });

  test('an unknown binding SID answers 404 with code 20404', async ({ api }) => {
    const service = await defaultServiceSid(api);
    const res = await api.get<TwilioError>(`/v1/Services/${service}/Bindings/${unknownSid('BS')}`, undefined, {
      expect: 404,
    });
    expect(res.body.code).toBe(20404);
  });
});

describe('listServiceBinding', () => {
  test('every binding of the list matches the BindingType and Identity filters', async ({ api, data }) => {
    // Runs on any target: a live service may hold no binding at all (D-BIND-1), but whatever it lists must match.
    const service = await defaultServiceSid(api);
    const identity = data.unique('nobody');
    const listed = await api.listAll<Binding>(`/v1/Services/${service}/Bindings`, 'bindings', {
      BindingType: 'apn',
      PageSize: 100,
    });
    expect(listed.every((b) => b.binding_type === 'apn')).toBe(true);
    const none = await api.listAll<Binding>(`/v1/Services/${service}/Bindings`, 'bindings', { Identity: identity });
    expect(none).toEqual([]);
  });

  test('a new service lists its seeded bindings and no others', async ({ api, data, target, skip }) => {
    if (!isEmulator(target)) skip(NEEDS_SEEDING);
    const { collection, seed } = await setUp(api, data);
    const a = await seed(data.unique('a'), 'apn');
    const b = await seed(data.unique('b'), 'gcm');
    expect(sidsOf(await api.listAll<Binding>(collection, 'bindings'))).toEqual(sidsOf([a, b]));
  });

  test('BindingType keeps only that type, and repeated values combine with OR', async ({ api, data, target, skip }) => {
    // "BindingType … array" (004:L14503-14508; D-BIND-2).
    if (!isEmulator(target)) skip(NEEDS_SEEDING);
    const { collection, seed } = await setUp(api, data);
    const identity = data.unique('multi');
    const apn = await seed(identity, 'apn');
    const gcm = await seed(identity, 'gcm');
    const fcm = await seed(identity, 'fcm');
    expect(sidsOf(await api.listAll<Binding>(collection, 'bindings', { BindingType: 'gcm' }))).toEqual([gcm.sid]);
    expect(sidsOf(await api.listAll<Binding>(collection, 'bindings', { BindingType: ['apn', 'fcm'] }))).toEqual(
      sidsOf([apn, fcm]),
    );
  });

  test('Identity keeps only those identities, and combines with BindingType by AND', async ({
    api,
    data,
    target,
    skip,
  }) => {
    // "Identity … array" (004:L14509-14513); across filters AND (D-BIND-2).
    if (!isEmulator(target)) skip(NEEDS_SEEDING);
    const { collection, seed } = await setUp(api, data);
    const alice = data.unique('alice');
    const bob = data.unique('bob');
    const aliceApn = await seed(alice, 'apn');
    const aliceFcm = await seed(alice, 'fcm');
    const bobFcm = await seed(bob, 'fcm');
    await seed(data.unique('carol'), 'fcm');
    expect(sidsOf(await api.listAll<Binding>(collection, 'bindings', { Identity: alice }))).toEqual(
      sidsOf([aliceApn, aliceFcm]),
    );
    expect(sidsOf(await api.listAll<Binding>(collection, 'bindings', { Identity: [alice, bob] }))).toHaveLength(3);
    expect(
      sidsOf(await api.listAll<Binding>(collection, 'bindings', { Identity: [alice, bob], BindingType: 'fcm' })),
    ).toEqual(sidsOf([aliceFcm, bobFcm]));
  });

  test('a BindingType outside apn|gcm|fcm is rejected with 400', async ({ api }) => {
    const service = await defaultServiceSid(api);
    const res = await api.get<TwilioError>(
      `/v1/Services/${service}/Bindings`,
      { BindingType: 'sms' },
      {
        expect: 400,
      },
    );
    expect(res.body.code).toBe(20422);
  });
});

describe('deleteServiceBinding', () => {
  test('a deleted binding is gone from fetch and list', async ({ api, data, target, skip }) => {
    if (!isEmulator(target)) skip(NEEDS_SEEDING);
    const { collection, seed } = await setUp(api, data);
    const gone = await seed(data.unique('gone'), 'apn');
    const kept = await seed(data.unique('kept'), 'apn');
    await api.delete(`${collection}/${gone.sid}`, { expect: 204 });
    await api.get(`${collection}/${gone.sid}`, undefined, { expect: 404 });
    expect(sidsOf(await api.listAll<Binding>(collection, 'bindings'))).toEqual([kept.sid]);
  });
});

describe('Bindings and Users', () => {
  test('a user with a binding is notifiable once the service turns reachability on', async ({
    api,
    data,
    target,
    skip,
  }) => {
    // is_notifiable: "If at least one registration exists, true", null while reachability is off (004:L7943-7946,
    // L15527-15530; D-EMU-USER-3).
    if (!isEmulator(target)) skip(NEEDS_SEEDING);
    const { service, seed } = await setUp(api, data);
    const identity = data.unique('pushed');
    await seed(identity, 'fcm');
    const userUrl = `/v1/Services/${service.sid}/Users/${encodeURIComponent(identity)}`;
    expect((await api.get<User>(userUrl, undefined, { expect: 200 })).body.is_notifiable).toBeNull();
    await api.post(`/v1/Services/${service.sid}/Configuration`, { ReachabilityEnabled: true }, { expect: 200 });
    expect((await api.get<User>(userUrl, undefined, { expect: 200 })).body.is_notifiable).toBe(true);
  });

  test("deleting a user deletes the user's bindings", async ({ api, data, target, skip }) => {
    // D-EMU-USER-1: the docs are silent on what a User delete does to its push registrations.
    if (!isEmulator(target)) skip(NEEDS_SEEDING);
    const { service, collection, seed } = await setUp(api, data);
    const identity = data.unique('leaving');
    const binding = await seed(identity, 'apn');
    const other = await seed(data.unique('staying'), 'apn');
    await api.delete(`/v1/Services/${service.sid}/Users/${encodeURIComponent(identity)}`, { expect: 204 });
    await api.get(`${collection}/${binding.sid}`, undefined, { expect: 404 });
    expect(sidsOf(await api.listAll<Binding>(collection, 'bindings'))).toEqual([other.sid]);
  });
});
