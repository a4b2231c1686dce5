// @module-tag addresses
import { describe, expect, test } from '../../src/runtime/index.ts';
import type { TwilioError } from '../support/errors.ts';
import { ADDRESSES, type AddressConfiguration, addressOf, createAddress } from './support.ts';

// Address Configuration list (004:L10233-10257): filter `Type` ("one of: whatsapp, sms", 004:L10237-10240; every
// create type, D-CFG-15), PageSize "The default is 50, and the maximum is 50" (004:L10245-10246). The list is
// account-wide and other scenarios add to it meanwhile, so scenarios check their own configurations only; the order
// is not documented (D-CFG-20).

interface Page {
  meta: { page_size: number; next_page_url: string | null; key: string };
  address_configurations: AddressConfiguration[];
}

describe('listConfigurationAddress', () => {
  test('a created configuration is listed', async ({ api, data }) => {
    const created = await createAddress(api, { Type: 'sms', Address: data.phone(), FriendlyName: 'listed' });
    const listed = await api.listAll<AddressConfiguration>(ADDRESSES, 'address_configurations', { PageSize: 50 });
    expect(listed.find((c) => c.sid === created.sid)).toEqual(created);
  });

  test('Type filters the list to that type', async ({ api, data }) => {
    const sms = await createAddress(api, { Type: 'sms', Address: data.phone() });
    const whatsapp = await createAddress(api, { Type: 'whatsapp', Address: addressOf('whatsapp', data) });
    const listed = await api.listAll<AddressConfiguration>(ADDRESSES, 'address_configurations', {
      Type: 'whatsapp',
      PageSize: 50,
    });
    const sids = listed.map((c) => c.sid);
    expect(sids).toContain(whatsapp.sid);
    expect(sids).not.toContain(sms.sid);
    expect(listed.filter((c) => c.type !== 'whatsapp')).toEqual([]);
  });

  test('Type messenger, beyond the two the filter names, is accepted', async ({ api, data }) => {
    // The filter takes every type create takes (D-CFG-15).
    const created = await createAddress(api, { Type: 'messenger', Address: addressOf('messenger', data) });
    const listed = await api.listAll<AddressConfiguration>(ADDRESSES, 'address_configurations', { Type: 'messenger' });
    expect(listed.map((c) => c.sid)).toContain(created.sid);
  });

  test('a Type outside the address types is rejected with 20422', async ({ api }) => {
    const res = await api.get<TwilioError>(ADDRESSES, { Type: 'voice' }, { expect: 400 });
    expect(res.body.code).toBe(20422);
  });

  test('PageSize 50, the maximum, is accepted', async ({ api }) => {
    const res = await api.get<Page>(ADDRESSES, { PageSize: 50 }, { expect: 200 });
    expect(res.body.meta.page_size).toBe(50);
    expect(res.body.address_configurations.length).toBeLessThanOrEqual(50);
  });

  test('PageSize 51 is above the maximum and rejected with 20422', async ({ api }) => {
    const res = await api.get<TwilioError>(ADDRESSES, { PageSize: 51 }, { expect: 400 });
    expect(res.body.code).toBe(20422);
  });

  test('walking pages of two lists every configuration of a type exactly once', async ({ api, data }) => {
    // Paging envelope `{meta, address_configurations}` (004:L10314-10515); next_page_url keeps the filter.
    const created: string[] = [];
    for (let i = 0; i < 5; i++) {
      created.push((await createAddress(api, { Type: 'rcs', Address: addressOf('rcs', data) })).sid);
    }
    const walked = await api.listAll<AddressConfiguration>(ADDRESSES, 'address_configurations', {
      Type: 'rcs',
      PageSize: 2,
    });
    const sids = walked.map((c) => c.sid);
    expect(new Set(sids).size).toBe(sids.length);
    expect(sids).toEqual(expect.arrayContaining(created));
    expect(walked.filter((c) => c.type !== 'rcs')).toEqual([]);
  });
});
