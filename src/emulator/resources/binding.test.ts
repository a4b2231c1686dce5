import { afterEach, describe, expect, test } from 'vitest';
import { generateAccount } from '../app.ts';
import type { EmulatorEvent } from '../events.ts';
import { conforms } from '../spec-support.ts';
import { defaultServiceSid, type Fields, ISO, setup, type TestClient, type TestResponse } from '../test-support.ts';

let client: TestClient;
afterEach(async () => {
  await client?.emulator.close();
});

async function credential(c: TestClient, type: string): Promise<string> {
  return (await c.post('/v1/Credentials', { Type: type })).body.sid;
}

function seed(c: TestClient, fields: Fields, is = defaultServiceSid(c)): Promise<TestResponse> {
  return c.post(`/__emulator/services/${is}/bindings`, fields);
}

describe('POST /__emulator/services/{IS}/bindings (seeding hook)', () => {
  test('201 with the Binding resource; the user is created when missing (onUserAdded)', async () => {
    client = setup();
    const cr = await credential(client, 'gcm');
    const events: EmulatorEvent[] = [];
    client.emulator.events.on((e) => events.push(e));
    const response = await seed(client, {
      Identity: 'alice',
      BindingType: 'gcm',
      Endpoint: 'dev-1',
      CredentialSid: cr,
    });
    await conforms('fetchServiceBinding', { ...response, status: 200 }, 200);
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      sid: expect.stringMatching(/^BS[0-9a-f]{32}$/),
      account_sid: client.account.accountSid,
      chat_service_sid: defaultServiceSid(client),
      credential_sid: cr,
      date_created: expect.stringMatching(ISO),
      date_updated: expect.stringMatching(ISO),
      endpoint: 'dev-1',
      identity: 'alice',
      binding_type: 'gcm',
      message_types: ['removed_from_conversation', 'new_message', 'added_to_conversation'],
      url: `http://localhost:80/v1/Services/${defaultServiceSid(client)}/Bindings/${response.body.sid}`,
    });
    expect(events).toMatchObject([{ name: 'onUserAdded', source: 'system', data: { identity: 'alice' } }]);
    expect((await client.get('/v1/Users/alice')).status).toBe(200);
  });

  test('the same identity + endpoint + type refreshes the binding (200, same SID) (004:L14299)', async () => {
    client = setup();
    const cr1 = await credential(client, 'fcm');
    const cr2 = await credential(client, 'fcm');
    const first = await seed(client, { Identity: 'a', BindingType: 'fcm', Endpoint: 'e', CredentialSid: cr1 });
    const again = await seed(client, { Identity: 'a', BindingType: 'fcm', Endpoint: 'e', CredentialSid: cr2 });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ sid: first.body.sid, credential_sid: cr2 });
  });

  test.each<[string, (cr: string) => Fields]>([
    ['Identity missing', (cr) => ({ BindingType: 'fcm', Endpoint: 'e', CredentialSid: cr })],
    ['BindingType unknown', (cr) => ({ Identity: 'a', BindingType: 'sms', Endpoint: 'e', CredentialSid: cr })],
    ['Endpoint empty', (cr) => ({ Identity: 'a', BindingType: 'fcm', Endpoint: '', CredentialSid: cr })],
    [
      'credential unknown',
      () => ({ Identity: 'a', BindingType: 'fcm', Endpoint: 'e', CredentialSid: `CR${'0'.repeat(32)}` }),
    ],
    ['credential of another type', (cr) => ({ Identity: 'a', BindingType: 'apn', Endpoint: 'e', CredentialSid: cr })],
  ])('400 when %s', async (_name, fields) => {
    client = setup();
    const response = await seed(client, fields(await credential(client, 'fcm')));
    expect(response.status).toBe(400);
  });

  test('404 for an unknown service', async () => {
    client = setup();
    const cr = await credential(client, 'fcm');
    const fields = { Identity: 'a', BindingType: 'fcm', Endpoint: 'e', CredentialSid: cr };
    expect((await seed(client, fields, `IS${'0'.repeat(32)}`)).status).toBe(404);
  });
});

describe('listServiceBinding / fetchServiceBinding / deleteServiceBinding', () => {
  async function seedThree(c: TestClient): Promise<string[]> {
    const apn = await credential(c, 'apn');
    const fcm = await credential(c, 'fcm');
    const sids: string[] = [];
    for (const [identity, type, cr] of [
      ['alice', 'apn', apn],
      ['alice', 'fcm', fcm],
      ['bob', 'fcm', fcm],
    ] as const) {
      sids.push(
        (await seed(c, { Identity: identity, BindingType: type, Endpoint: `${identity}-${type}`, CredentialSid: cr }))
          .body.sid,
      );
    }
    return sids;
  }

  test('filters: values of one filter OR, the two filters AND; paging keeps them', async () => {
    client = setup();
    const [aliceApn, aliceFcm, bobFcm] = await seedThree(client);
    const base = `/v1/Services/${defaultServiceSid(client)}/Bindings`;
    const sidsOf = (r: TestResponse) => r.body.bindings.map((b: { sid: string }) => b.sid);
    const all = await client.get(base);
    await conforms('listServiceBinding', all, 200);
    expect(sidsOf(all)).toEqual([aliceApn, aliceFcm, bobFcm]);
    expect(sidsOf(await client.get(`${base}?BindingType=fcm`))).toEqual([aliceFcm, bobFcm]);
    expect(sidsOf(await client.get(`${base}?BindingType=fcm&BindingType=apn`))).toHaveLength(3);
    expect(sidsOf(await client.get(`${base}?Identity=alice&BindingType=fcm`))).toEqual([aliceFcm]);
    expect(sidsOf(await client.get(`${base}?Identity=alice&Identity=bob`))).toHaveLength(3);
    const page = await client.get(`${base}?BindingType=fcm&PageSize=1`);
    await conforms('listServiceBinding', page, 200);
    expect(page.body.meta.next_page_url).toContain('BindingType=fcm');
    const next = await client.get(page.body.meta.next_page_url.replace('http://localhost:80', ''));
    expect(sidsOf(next)).toEqual([bobFcm]);
    await conforms('listServiceBinding', await client.get(`${base}?BindingType=voip`), 400);
    await conforms('listServiceBinding', await client.get(`${base}?PageSize=101`), 400);
  });

  test('fetch, delete 204, then 404; no default-service form (D-BIND-1)', async () => {
    client = setup();
    const [sid] = await seedThree(client);
    const url = `/v1/Services/${defaultServiceSid(client)}/Bindings/${sid}`;
    await conforms('fetchServiceBinding', await client.get(url), 200);
    await conforms('deleteServiceBinding', await client.delete(url), 204);
    await conforms('fetchServiceBinding', await client.get(url), 404);
    await conforms('deleteServiceBinding', await client.delete(url), 404);
    expect((await client.get('/v1/Bindings')).status).toBe(404);
  });

  test("another account gets 404 for this account's service bindings", async () => {
    const b = generateAccount();
    client = setup({ accounts: [generateAccount(), b] });
    const [sid] = await seedThree(client);
    const other = client.as(b);
    expect((await other.get(`/v1/Services/${defaultServiceSid(client)}/Bindings/${sid}`)).status).toBe(404);
    expect((await other.get(`/v1/Services/${defaultServiceSid(client)}/Bindings`)).status).toBe(404);
    const otherService = other.emulator.store.accounts.get(b.accountSid)!.defaultServiceSid;
    expect((await other.get(`/v1/Services/${otherService}/Bindings/${sid}`)).status).toBe(404);
  });
});
