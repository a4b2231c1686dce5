import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { ValidatorSet } from '../../validation/validators.ts';
import { generateAccount } from '../app.ts';
import { expectValid, tagValidators } from '../spec-support.ts';
import { defaultServiceSid, type Fields, ISO, setup, type TestClient, type TestResponse } from '../test-support.ts';

let client: TestClient;
let validators: ValidatorSet;
beforeAll(async () => {
  validators = await tagValidators('AddressConfiguration');
  client = setup();
});
beforeEach(() => client.emulator.reset());
afterAll(async () => {
  await client.emulator.close();
});

const FW = `FW${'b'.repeat(32)}`;
const COLLECTION = '/v1/Configuration/Addresses';

function conforms(operationId: string, response: TestResponse): void {
  expectValid(validators, operationId, response);
}

async function create(fields: Fields): Promise<TestResponse> {
  const response = await client.post(COLLECTION, fields);
  expect(response.status).toBe(201);
  conforms('createConfigurationAddress', response);
  return response;
}

describe('createConfigurationAddress', () => {
  test('webhook autocreation: 201 with every documented key (004:L10036-10099)', async () => {
    const is = defaultServiceSid(client);
    const response = await create({
      Type: 'sms',
      Address: '+37256123457',
      FriendlyName: 'My Test Configuration',
      'AutoCreation.Enabled': 'true',
      'AutoCreation.Type': 'webhook',
      'AutoCreation.ConversationServiceSid': is,
      'AutoCreation.WebhookUrl': 'https://example.com',
      'AutoCreation.WebhookMethod': 'POST',
      'AutoCreation.WebhookFilters': ['onParticipantAdded', 'onMessageAdded'],
      AddressCountry: 'ca',
    });
    expect(response.body).toEqual({
      sid: expect.stringMatching(/^IG[0-9a-f]{32}$/),
      account_sid: client.account.accountSid,
      type: 'sms',
      address: '+37256123457',
      friendly_name: 'My Test Configuration',
      auto_creation: {
        enabled: true,
        type: 'webhook',
        conversation_service_sid: is,
        webhook_url: 'https://example.com',
        webhook_method: 'POST',
        webhook_filters: ['onParticipantAdded', 'onMessageAdded'],
      },
      date_created: expect.stringMatching(ISO),
      date_updated: expect.stringMatching(ISO),
      url: `http://localhost:80/v1/Configuration/Addresses/${response.body.sid}`,
      address_country: 'CA',
    });
  });

  test.each<[string, Fields, Record<string, unknown>]>([
    ['no AutoCreation parameters (D-CFG-19)', {}, { enabled: false, type: 'default' }],
    [
      'studio keys',
      { 'AutoCreation.Type': 'studio', 'AutoCreation.StudioFlowSid': FW, 'AutoCreation.StudioRetryCount': '3' },
      { enabled: false, type: 'studio', conversation_service_sid: null, studio_flow_sid: FW, studio_retry_count: 3 },
    ],
    [
      'webhook without its optional keys (D-CFG-17)',
      { 'AutoCreation.Enabled': 'True', 'AutoCreation.Type': 'webhook' },
      {
        enabled: true,
        type: 'webhook',
        conversation_service_sid: null,
        webhook_url: null,
        webhook_method: null,
        webhook_filters: null,
      },
    ],
  ])('auto_creation shape: %s', async (_name, fields, autoCreation) => {
    const response = await create({ Type: 'whatsapp', Address: 'whatsapp:+15550001', ...fields });
    expect(response.body.auto_creation).toEqual(autoCreation);
    expect(response.body).toMatchObject({ friendly_name: null, address_country: null });
  });

  test.each<[string, Fields]>([
    ['missing Type', { Address: '+1555' }],
    ['missing Address', { Type: 'sms' }],
    ['unknown Type', { Type: 'fax', Address: '+1555' }],
    ['unknown AutoCreation.Type', { Type: 'sms', Address: '+1555', 'AutoCreation.Type': 'flex' }],
    ['non-boolean AutoCreation.Enabled', { Type: 'sms', Address: '+1555', 'AutoCreation.Enabled': 'yes' }],
    ['pre-event filter', { Type: 'sms', Address: '+1555', 'AutoCreation.WebhookFilters': ['onMessageAdd'] }],
    ['relative webhook URL', { Type: 'sms', Address: '+1555', 'AutoCreation.WebhookUrl': '/hook' }],
    ['lowercase method', { Type: 'sms', Address: '+1555', 'AutoCreation.WebhookMethod': 'post' }],
    ['malformed flow SID', { Type: 'sms', Address: '+1555', 'AutoCreation.StudioFlowSid': 'FW1' }],
    ['negative retry count', { Type: 'sms', Address: '+1555', 'AutoCreation.StudioRetryCount': '-1' }],
    [
      'unknown service (D-CFG-3)',
      { Type: 'sms', Address: '+1555', 'AutoCreation.ConversationServiceSid': `IS${'0'.repeat(32)}` },
    ],
    ['three-letter country', { Type: 'sms', Address: '+1555', AddressCountry: 'USA' }],
    ['FriendlyName of 257 characters', { Type: 'sms', Address: '+1555', FriendlyName: 'n'.repeat(257) }],
  ])('400 for %s', async (_name, fields) => {
    const response = await client.post(COLLECTION, fields);
    expect(response.status).toBe(400);
    conforms('createConfigurationAddress', response);
  });

  test('Type apple and chat are two values; applechat is neither (D-CFG-15, 004:L9889-9890)', async () => {
    // The docs print the values run together ("…rcsapplechat"); Twilio's enum has `apple` and `chat`.
    for (const type of ['apple', 'chat']) {
      const created = await create({ Type: type, Address: `${type}:+15550001` });
      expect(created.body.type).toBe(type);
    }
    const rejected = await client.post(COLLECTION, { Type: 'applechat', Address: 'applechat:+15550001' });
    expect(rejected.status).toBe(400);
    expect(rejected.body.code).toBe(20422);
    conforms('createConfigurationAddress', rejected);
    const chats = await client.get(`${COLLECTION}?Type=chat`);
    expect(chats.body.address_configurations.map((c: { type: string }) => c.type)).toEqual(['chat']);
    expect((await client.get(`${COLLECTION}?Type=applechat`)).status).toBe(400);
  });

  test('one configuration per address, exactly, under concurrent creates (409, D-CFG-14)', async () => {
    const results = await Promise.all(
      Array.from({ length: 4 }, () => client.post(COLLECTION, { Type: 'sms', Address: '+15550009' })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    for (const response of results) conforms('createConfigurationAddress', response);
  });
});

describe('fetch / list / update / delete', () => {
  test('{Sid} is the SID or the address, URL-encoded (D-CFG-16)', async () => {
    const created = await create({ Type: 'whatsapp', Address: 'whatsapp:+15550001' });
    const bySid = await client.get(`${COLLECTION}/${created.body.sid}`);
    expect(bySid.status).toBe(200);
    conforms('fetchConfigurationAddress', bySid);
    const byAddress = await client.get(`${COLLECTION}/${encodeURIComponent('whatsapp:+15550001')}`);
    expect(byAddress.body).toEqual(created.body);
    const missing = await client.get(`${COLLECTION}/${encodeURIComponent('+19999999')}`);
    expect(missing.status).toBe(404);
    conforms('fetchConfigurationAddress', missing);
  });

  test('list in creation order, filtered by Type, at most 50 per page', async () => {
    const sms = await create({ Type: 'sms', Address: '+15550001' });
    const whatsapp = await create({ Type: 'whatsapp', Address: 'whatsapp:+15550001' });
    const all = await client.get(COLLECTION);
    expect(all.status).toBe(200);
    conforms('listConfigurationAddress', all);
    expect(all.body.meta.key).toBe('address_configurations');
    expect(all.body.address_configurations.map((c: { sid: string }) => c.sid)).toEqual([
      sms.body.sid,
      whatsapp.body.sid,
    ]);
    const filtered = await client.get(`${COLLECTION}?Type=whatsapp`);
    conforms('listConfigurationAddress', filtered);
    expect(filtered.body.address_configurations).toEqual([whatsapp.body]);
    expect(filtered.body.meta.url).toContain('Type=whatsapp');
    expect((await client.get(`${COLLECTION}?Type=fax`)).status).toBe(400);
    const tooBig = await client.get(`${COLLECTION}?PageSize=51`);
    expect(tooBig.status).toBe(400);
    conforms('listConfigurationAddress', tooBig);
  });

  test('update is partial; Type, Address and AddressCountry cannot change', async () => {
    const created = await create({ Type: 'sms', Address: '+15550001', AddressCountry: 'US' });
    const updated = await client.post(`${COLLECTION}/${encodeURIComponent('+15550001')}`, {
      FriendlyName: 'renamed',
      'AutoCreation.Enabled': 'true',
      'AutoCreation.Type': 'studio',
      'AutoCreation.StudioFlowSid': FW,
      Type: 'whatsapp',
      Address: '+1999',
    });
    expect(updated.status).toBe(200);
    conforms('updateConfigurationAddress', updated);
    expect(updated.body).toMatchObject({
      sid: created.body.sid,
      type: 'sms',
      address: '+15550001',
      address_country: 'US',
      friendly_name: 'renamed',
      auto_creation: { enabled: true, type: 'studio', studio_flow_sid: FW, studio_retry_count: null },
    });
    const back = await client.post(`${COLLECTION}/${created.body.sid}`, { 'AutoCreation.Type': 'default' });
    expect(back.body.auto_creation).toEqual({ enabled: true, type: 'default' });
    const empty = await client.post(`${COLLECTION}/${created.body.sid}`);
    expect(empty.body).toEqual(back.body);
    const bad = await client.post(`${COLLECTION}/${created.body.sid}`, { 'AutoCreation.Type': 'bot' });
    expect(bad.status).toBe(400);
    conforms('updateConfigurationAddress', bad);
  });

  test('delete answers 204 and frees the address', async () => {
    const created = await create({ Type: 'sms', Address: '+15550001' });
    const deleted = await client.delete(`${COLLECTION}/${created.body.sid}`);
    expect(deleted.status).toBe(204);
    const again = await client.delete(`${COLLECTION}/${created.body.sid}`);
    expect(again.status).toBe(404);
    conforms('deleteConfigurationAddress', again);
    await create({ Type: 'sms', Address: '+15550001' });
  });

  test("another account's configurations are invisible, and it may configure the same address", async () => {
    const two = setup({ accounts: [generateAccount(), generateAccount()] });
    try {
      const first = await two.post(COLLECTION, { Type: 'sms', Address: '+15550001' });
      expect(first.status).toBe(201);
      const other = two.as(two.emulator.accounts[1]!);
      expect((await other.get(COLLECTION)).body.address_configurations).toEqual([]);
      expect((await other.get(`${COLLECTION}/${first.body.sid}`)).status).toBe(404);
      expect((await other.post(COLLECTION, { Type: 'sms', Address: '+15550001' })).status).toBe(201);
    } finally {
      await two.emulator.close();
    }
  });
});
