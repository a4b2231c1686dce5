// Shared helpers of the Address Configuration scenarios (not a suite itself: no `.suite.ts`).
// Address Configuration resource (IG…): 004:L9767-10773. Account-wide, so scenarios running in parallel add to the
// same list: every scenario uses addresses of its own (`data.phone()`, `data.unique`) and asserts on them only.
import type { ScenarioApi, ScenarioData } from '../../src/runtime/index.ts';
import type { Form } from '../support/resources.ts';

/** The collection path (004:L9880, L10234). */
export const ADDRESSES = '/v1/Configuration/Addresses';

/** `auto_creation`: keys by type (examples 004:L10368-10497; D-CFG-19). */
export interface AutoCreation {
  enabled: boolean;
  type: string;
  conversation_service_sid?: string | null;
  webhook_url?: string | null;
  webhook_method?: string | null;
  webhook_filters?: string[] | null;
  studio_flow_sid?: string | null;
  studio_retry_count?: number | null;
}

/** An Address Configuration (004:L9827-9877). */
export interface AddressConfiguration {
  sid: string;
  account_sid: string;
  type: string;
  address: string;
  friendly_name: string | null;
  auto_creation: AutoCreation;
  date_created: string;
  date_updated: string;
  url: string;
  address_country: string | null;
}

/** The eight address types of create (004:L9889-9890, run together there; D-CFG-15). */
export const ADDRESS_TYPES = ['sms', 'whatsapp', 'messenger', 'gbm', 'email', 'rcs', 'apple', 'chat'] as const;

/** A fresh address of `type`, unique in the run (tutorials use `whatsapp:+…`, `messenger:<page id>`, 004:L36824-36829). */
export function addressOf(type: (typeof ADDRESS_TYPES)[number], data: ScenarioData): string {
  switch (type) {
    case 'sms':
      return data.phone();
    case 'whatsapp':
      return `whatsapp:${data.phone()}`;
    case 'email':
      return `${data.unique('addr')}@example.com`;
    default:
      return `${type}:${data.unique('addr')}`;
  }
}

/** Creates an address configuration (201, deleted when the test ends). */
export async function createAddress(api: ScenarioApi, form: Form): Promise<AddressConfiguration> {
  return (await api.post<AddressConfiguration>(ADDRESSES, form, { expect: 201, cleanup: true })).body;
}

/** The instance path addressed by the address itself, URL-encoded (`{Sid}` may be the address, 004:L10108). */
export function byAddress(address: string): string {
  return `${ADDRESSES}/${encodeURIComponent(address)}`;
}
