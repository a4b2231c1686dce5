// @module-tag addresses
import { describe, expect, test } from '../../src/runtime/index.ts';
import type { TwilioError } from '../support/errors.ts';
import { defaultServiceSid, type Form } from '../support/resources.ts';
import { ADDRESS_TYPES, ADDRESSES, type AddressConfiguration, addressOf, byAddress, createAddress } from './support.ts';

// Address Configuration create / fetch / update / delete (004:L9767-10773: properties L9827-9877, create L9879-9949,
// fetch L10101-10108, update L10517-10576, delete L10707-10714). `{Sid}` "can be either the sid or the address of the
// configuration" (004:L10108, L10524, L10714; D-CFG-16). One configuration per address (004:L9821; D-CFG-14, 409).
// `auto_creation` keys depend on its type (examples 004:L10368-10497; D-CFG-19). Codes: 20422 invalid parameter,
// 20409 conflict, 20404 not found, 50003 friendly name too long, 50055 webhook method (D-EMU-CFG-2, error-codes.md).

const FLOW_SID = `FW${'0123456789abcdef'.repeat(2)}`;

describe('createConfigurationAddress', () => {
  test('an sms address is created with its type, address and friendly name', async ({ api, data }) => {
    const address = data.phone();
    const created = await createAddress(api, { Type: 'sms', Address: address, FriendlyName: 'Front desk' });
    expect(created).toMatchObject({ type: 'sms', address, friendly_name: 'Front desk' });
    expect(created.url).toContain(`/v1/Configuration/Addresses/${created.sid}`);
  });

  test.for(ADDRESS_TYPES.map((type) => ({ type })))('Type $type is accepted', async ({ type }, { api, data }) => {
    // "Possible values:" sms whatsapp messenger gbm email rcs apple chat (004:L9889-9890, printed without
    // separators; D-CFG-15).
    const created = await createAddress(api, { Type: type, Address: addressOf(type, data) });
    expect(created.type).toBe(type);
  });

  test('a webhook auto-creation returns its service, URL, method and filters', async ({ api, data }) => {
    // 004:L9902-9933; the webhook shape of the example 004:L10368-10398.
    const service = await defaultServiceSid(api);
    const created = await createAddress(api, {
      Type: 'sms',
      Address: data.phone(),
      'AutoCreation.Enabled': true,
      'AutoCreation.Type': 'webhook',
      'AutoCreation.ConversationServiceSid': service,
      'AutoCreation.WebhookUrl': 'https://example.com/autocreated',
      'AutoCreation.WebhookMethod': 'POST',
      'AutoCreation.WebhookFilters': ['onParticipantAdded', 'onMessageAdded'],
    });
    expect(created.auto_creation).toMatchObject({
      enabled: true,
      type: 'webhook',
      conversation_service_sid: service,
      webhook_url: 'https://example.com/autocreated',
      webhook_method: 'POST',
      webhook_filters: ['onParticipantAdded', 'onMessageAdded'],
    });
  });

  test('a studio auto-creation returns its flow and retry count', async ({ api, data }) => {
    // 004:L9935-9944; the studio shape of the example 004:L10434-10452.
    const created = await createAddress(api, {
      Type: 'whatsapp',
      Address: addressOf('whatsapp', data),
      'AutoCreation.Enabled': false,
      'AutoCreation.Type': 'studio',
      'AutoCreation.StudioFlowSid': FLOW_SID,
      'AutoCreation.StudioRetryCount': 3,
    });
    expect(created.auto_creation).toMatchObject({
      enabled: false,
      type: 'studio',
      studio_flow_sid: FLOW_SID,
      studio_retry_count: 3,
    });
  });

  test('a default auto-creation carries no webhook or studio settings', async ({ api, data }) => {
    // The default shape of the example is `{enabled, type}` only (004:L10488-10497).
    const created = await createAddress(api, {
      Type: 'sms',
      Address: data.phone(),
      'AutoCreation.Enabled': true,
      'AutoCreation.Type': 'default',
    });
    const auto = created.auto_creation;
    expect(auto).toMatchObject({ enabled: true, type: 'default' });
    expect([auto.webhook_url ?? null, auto.studio_flow_sid ?? null]).toEqual([null, null]);
  });

  test('AddressCountry is returned as an upper-case ISO 3166-1 alpha-2 code', async ({ api, data }) => {
    // 004:L9946-9949; the response pattern is ^[A-Z]{2}$ (D-CFG-18).
    const created = await createAddress(api, { Type: 'sms', Address: data.phone(), AddressCountry: 'ca' });
    expect(created.address_country).toBe('CA');
  });

  test('a second configuration for the same address is rejected with 20409', async ({ api, data, target }) => {
    // "a unique address" (004:L9821; D-CFG-14).
    const address = data.phone();
    await createAddress(api, { Type: 'sms', Address: address });
    const res = await api.post<TwilioError>(
      ADDRESSES,
      { Type: 'sms', Address: address, FriendlyName: 'again' },
      { expect: target.kind === 'emulator' ? 409 : [400, 409], cleanup: true },
    );
    expect(res.body.code).toBe(20409);
  });

  test.for<{ when: string; form: (address: string) => Form; code: number }>([
    { when: 'Type is missing', form: (a) => ({ Address: a }), code: 20422 },
    { when: 'Address is missing', form: () => ({ Type: 'sms' }), code: 20422 },
    { when: 'Type is not an address type', form: (a) => ({ Type: 'voice', Address: a }), code: 20422 },
    // `apple` and `chat` are two values, printed run together in the docs (004:L9890; D-CFG-15).
    { when: 'Type is applechat', form: (a) => ({ Type: 'applechat', Address: a }), code: 20422 },
    {
      when: 'AutoCreation.Type is not webhook, studio or default',
      form: (a) => ({ Type: 'sms', Address: a, 'AutoCreation.Type': 'flex' }),
      code: 20422,
    },
    {
      when: 'AutoCreation.WebhookFilters holds a pre-event',
      form: (a) => ({ Type: 'sms', Address: a, 'AutoCreation.WebhookFilters': ['onMessageAdd'] }),
      code: 20422,
    },
    {
      when: 'AutoCreation.WebhookMethod is not GET or POST',
      form: (a) => ({ Type: 'sms', Address: a, 'AutoCreation.WebhookMethod': 'PUT' }),
      code: 50055,
    },
    {
      when: 'AutoCreation.ConversationServiceSid is not a service of the account',
      form: (a) => ({ Type: 'sms', Address: a, 'AutoCreation.ConversationServiceSid': `IS${'0'.repeat(32)}` }),
      code: 20422,
    },
    {
      when: 'AddressCountry is three letters',
      form: (a) => ({ Type: 'sms', Address: a, AddressCountry: 'CAN' }),
      code: 20422,
    },
    {
      when: 'FriendlyName is 257 characters',
      form: (a) => ({ Type: 'sms', Address: a, FriendlyName: 'f'.repeat(257) }),
      code: 50003,
    },
  ])('a create is rejected with $code when $when', async ({ form, code }, { api, data }) => {
    // Type and Address are required (004:L9885-9895); enums 004:L9890, L9911, L9928; filters 004:L9933;
    // FriendlyName "limited to 256 characters" (004:L9900); AddressCountry alpha-2 (004:L9949; D-CFG-18).
    const res = await api.post<TwilioError>(ADDRESSES, form(data.phone()), { expect: 400, cleanup: true });
    expect(res.body.code).toBe(code);
  });
});

describe('fetchConfigurationAddress', () => {
  test('a fetch by SID returns the configuration as created', async ({ api, data }) => {
    const created = await createAddress(api, { Type: 'sms', Address: data.phone(), FriendlyName: 'by sid' });
    const fetched = await api.get<AddressConfiguration>(created.url, undefined, { expect: 200 });
    expect(fetched.body).toEqual(created);
  });

  test('a fetch by phone number returns the same configuration', async ({ api, data }) => {
    const address = data.phone();
    const created = await createAddress(api, { Type: 'sms', Address: address });
    const fetched = await api.get<AddressConfiguration>(byAddress(address), undefined, { expect: 200 });
    expect(fetched.body.sid).toBe(created.sid);
  });

  test('a fetch by WhatsApp address returns the same configuration', async ({ api, data }) => {
    const address = addressOf('whatsapp', data);
    const created = await createAddress(api, { Type: 'whatsapp', Address: address });
    const fetched = await api.get<AddressConfiguration>(byAddress(address), undefined, { expect: 200 });
    expect(fetched.body.sid).toBe(created.sid);
  });

  test('an unknown SID and an unknown address are not found', async ({ api, data }) => {
    const bySid = await api.get<TwilioError>(`${ADDRESSES}/IG${'0'.repeat(32)}`, undefined, { expect: 404 });
    const byAddr = await api.get<TwilioError>(byAddress(data.phone()), undefined, { expect: 404 });
    expect([bySid.body.code, byAddr.body.code]).toEqual([20404, 20404]);
  });
});

describe('updateConfigurationAddress', () => {
  test('FriendlyName and AutoCreation settings are updated and kept', async ({ api, data }) => {
    const created = await createAddress(api, { Type: 'sms', Address: data.phone(), FriendlyName: 'before' });
    await api.post(
      created.url,
      {
        FriendlyName: 'after',
        'AutoCreation.Enabled': true,
        'AutoCreation.Type': 'webhook',
        'AutoCreation.WebhookUrl': 'https://example.com/updated',
        'AutoCreation.WebhookMethod': 'GET',
        'AutoCreation.WebhookFilters': ['onConversationStateUpdated'],
      },
      { expect: 200 },
    );
    const fetched = (await api.get<AddressConfiguration>(created.url, undefined, { expect: 200 })).body;
    expect(fetched.friendly_name).toBe('after');
    expect(fetched.auto_creation).toMatchObject({
      enabled: true,
      type: 'webhook',
      webhook_url: 'https://example.com/updated',
      webhook_method: 'GET',
      webhook_filters: ['onConversationStateUpdated'],
    });
    expect([fetched.type, fetched.address]).toEqual([created.type, created.address]);
  });

  test('an update addressed by the address changes that configuration', async ({ api, data }) => {
    const address = addressOf('whatsapp', data);
    const created = await createAddress(api, { Type: 'whatsapp', Address: address });
    const updated = await api.post<AddressConfiguration>(
      byAddress(address),
      { FriendlyName: 'by address' },
      {
        expect: 200,
      },
    );
    expect([updated.body.sid, updated.body.friendly_name]).toEqual([created.sid, 'by address']);
  });

  test('an update of AutoCreation.Enabled alone keeps the webhook settings', async ({ api, data }) => {
    // D-CFG-10: parameters not sent keep their value.
    const created = await createAddress(api, {
      Type: 'sms',
      Address: data.phone(),
      'AutoCreation.Enabled': true,
      'AutoCreation.Type': 'webhook',
      'AutoCreation.WebhookUrl': 'https://example.com/kept',
      'AutoCreation.WebhookFilters': ['onMessageAdded'],
    });
    const updated = await api.post<AddressConfiguration>(
      created.url,
      { 'AutoCreation.Enabled': false },
      {
        expect: 200,
      },
    );
    expect(updated.body.auto_creation).toMatchObject({
      enabled: false,
      type: 'webhook',
      webhook_url: 'https://example.com/kept',
      webhook_filters: ['onMessageAdded'],
    });
  });

  test('switching AutoCreation.Type to studio returns the studio settings', async ({ api, data }) => {
    const created = await createAddress(api, {
      Type: 'sms',
      Address: data.phone(),
      'AutoCreation.Type': 'webhook',
      'AutoCreation.WebhookUrl': 'https://example.com/old',
    });
    const updated = await api.post<AddressConfiguration>(
      created.url,
      { 'AutoCreation.Type': 'studio', 'AutoCreation.StudioFlowSid': FLOW_SID, 'AutoCreation.StudioRetryCount': 1 },
      { expect: 200 },
    );
    expect(updated.body.auto_creation).toMatchObject({
      type: 'studio',
      studio_flow_sid: FLOW_SID,
      studio_retry_count: 1,
    });
  });

  test('a rejected update leaves the configuration as it was', async ({ api, data }) => {
    const created = await createAddress(api, { Type: 'sms', Address: data.phone(), FriendlyName: 'unchanged' });
    const res = await api.post<TwilioError>(
      created.url,
      { FriendlyName: 'changed', 'AutoCreation.WebhookMethod': 'DELETE' },
      { expect: 400 },
    );
    expect(res.body.code).toBe(50055);
    const fetched = await api.get<AddressConfiguration>(created.url, undefined, { expect: 200 });
    expect(fetched.body).toEqual(created);
  });
});

describe('deleteConfigurationAddress', () => {
  test('a deleted configuration is not found any more', async ({ api, data }) => {
    const created = await createAddress(api, { Type: 'sms', Address: data.phone() });
    await api.delete(created.url, { expect: 204 });
    const res = await api.get<TwilioError>(created.url, undefined, { expect: 404 });
    expect(res.body.code).toBe(20404);
  });

  test('a delete addressed by the address removes that configuration', async ({ api, data }) => {
    const address = data.phone();
    const created = await createAddress(api, { Type: 'sms', Address: address });
    await api.delete(byAddress(address), { expect: 204 });
    await api.get(created.url, undefined, { expect: 404 });
  });

  test('a second delete answers 404', async ({ api, data }) => {
    const created = await createAddress(api, { Type: 'sms', Address: data.phone() });
    await api.delete(created.url, { expect: 204 });
    const res = await api.delete<TwilioError>(created.url, { expect: 404 });
    expect(res.body.code).toBe(20404);
  });

  test('after a delete the address can be configured again', async ({ api, data }) => {
    const address = data.phone();
    const first = await createAddress(api, { Type: 'sms', Address: address });
    await api.delete(first.url, { expect: 204 });
    const second = await createAddress(api, { Type: 'sms', Address: address });
    expect(second.sid).not.toBe(first.sid);
  });
});
