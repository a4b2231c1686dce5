// Address Configuration resource (IG…), account-level: create, fetch, list, update, delete.
// Reference: 004:L9767-10773 (properties L9827-9877, create L9879-9949, fetch L10101-10108, list L10233-10257,
// update L10517-10576, delete L10707-10714). One configuration per address (D-CFG-14, 409); `{Sid}` is the SID or
// the address (D-CFG-16); no per-type requirement on AutoCreation.* (D-CFG-17); `auto_creation` keys by type
// (D-CFG-19); creation order, delete 204 (D-CFG-20). Inbound autocreation itself is not emulated.
import type { FastifyRequest } from 'fastify';
import { accountOf } from '../auth.ts';
import { isoDate } from '../dates.ts';
import type { FaultSet } from '../faults.ts';
import { type FormParams, formOf } from '../form.ts';
import { buildPage, readPageRequest } from '../paging.ts';
import { originOf, param, pathOf, queryParam } from '../scope.ts';
import { isSid, newSid } from '../sid.ts';
import type { AccountState, AddressConfiguration, AddressType } from '../store/types.ts';
import { twilioError } from '../twilio-errors.ts';
import * as v from '../validate.ts';
import { CONVERSATION_POST_EVENTS } from '../webhooks/params.ts';
import { webhookMethod, webhookUrl } from './configuration-webhook.ts';
import type { AccountResource } from './resource.ts';

/** "The default is 50, and the maximum is 50" (004:L10245-10246). */
export const ADDRESS_CONFIGURATION_MAX_PAGE_SIZE = 50;

/** Address types of create and the list filter (004:L9889-9890; D-CFG-15: `apple` and `chat` are two values). */
export const ADDRESS_TYPES: readonly AddressType[] = [
  'sms',
  'whatsapp',
  'messenger',
  'gbm',
  'email',
  'rcs',
  'apple',
  'chat',
];

/** `AutoCreation.Type` values (004:L9907-9911). */
const AUTO_CREATION_TYPES = ['webhook', 'studio', 'default'] as const;

/** Wire view (004:L10036-10099); `auto_creation` keys depend on its type (004:L10368-10497; D-CFG-19). */
export function renderAddressConfiguration(config: AddressConfiguration, origin: string): Record<string, unknown> {
  const auto = config.autoCreation;
  const autoCreation: Record<string, unknown> = { enabled: auto.enabled, type: auto.type };
  if (auto.type === 'webhook') {
    Object.assign(autoCreation, {
      conversation_service_sid: auto.conversationServiceSid,
      webhook_url: auto.webhookUrl,
      webhook_method: auto.webhookMethod,
      webhook_filters: auto.webhookFilters === null ? null : [...auto.webhookFilters],
    });
  } else if (auto.type === 'studio') {
    Object.assign(autoCreation, {
      conversation_service_sid: auto.conversationServiceSid,
      studio_flow_sid: auto.studioFlowSid,
      studio_retry_count: auto.studioRetryCount,
    });
  }
  return {
    sid: config.sid,
    account_sid: config.accountSid,
    type: config.type,
    address: config.address,
    friendly_name: config.friendlyName,
    auto_creation: autoCreation,
    date_created: isoDate(config.dateCreated),
    date_updated: isoDate(config.dateUpdated),
    url: `${origin}/v1/Configuration/Addresses/${config.sid}`,
    address_country: config.addressCountry,
  };
}

/** The configuration addressed by `{Sid}`: an IG… SID, else the exact address (D-CFG-16). */
export function findAddressConfiguration(
  account: AccountState,
  sidOrAddress: string,
): AddressConfiguration | undefined {
  if (isSid(sidOrAddress, 'IG')) return account.addressConfigurations.get(sidOrAddress);
  for (const config of account.addressConfigurations.values()) if (config.address === sidOrAddress) return config;
  return undefined;
}

function configOr404(request: FastifyRequest, account: AccountState): AddressConfiguration {
  const config = findAddressConfiguration(account, param(request, 'Sid'));
  if (!config) throw twilioError('NOT_FOUND', { path: pathOf(request) });
  return config;
}

type AutoCreationChanges = Partial<AddressConfiguration['autoCreation']>;

/** The FriendlyName and AutoCreation.* parameters shared by create and update (004:L9897-9944, L10529-10576). */
function readCommon(
  form: FormParams,
  account: AccountState,
  faults: FaultSet,
): { friendlyName?: string; auto: AutoCreationChanges } {
  const out: { friendlyName?: string; auto: AutoCreationChanges } = { auto: {} };
  const friendlyName = form.get('FriendlyName');
  if (friendlyName !== undefined) out.friendlyName = v.friendlyName(friendlyName, faults);
  const auto = out.auto;
  const enabled = form.get('AutoCreation.Enabled');
  if (enabled !== undefined) auto.enabled = v.booleanParam(enabled, 'AutoCreation.Enabled');
  const type = form.get('AutoCreation.Type');
  if (type !== undefined) auto.type = v.oneOf(type, AUTO_CREATION_TYPES, 'AutoCreation.Type');
  const serviceSid = form.get('AutoCreation.ConversationServiceSid');
  if (serviceSid !== undefined) {
    // A service of this account, as for the Configuration's default service (D-CFG-3).
    if (!account.services.has(v.sid(serviceSid, 'IS', 'AutoCreation.ConversationServiceSid'))) {
      throw twilioError('INVALID_PARAMETER', {
        param: 'AutoCreation.ConversationServiceSid',
        detail: `no Conversation Service '${serviceSid}' in this account`,
      });
    }
    auto.conversationServiceSid = serviceSid;
  }
  const url = form.get('AutoCreation.WebhookUrl');
  if (url !== undefined) auto.webhookUrl = webhookUrl(url, 'AutoCreation.WebhookUrl');
  const method = form.get('AutoCreation.WebhookMethod');
  if (method !== undefined) auto.webhookMethod = webhookMethod(method);
  if (form.has('AutoCreation.WebhookFilters')) {
    auto.webhookFilters = form
      .all('AutoCreation.WebhookFilters')
      .map((filter) => v.oneOf(filter, CONVERSATION_POST_EVENTS, 'AutoCreation.WebhookFilters'));
  }
  const flow = form.get('AutoCreation.StudioFlowSid');
  if (flow !== undefined) {
    if (!isSid(flow, 'FW')) throw twilioError('INVALID_SID', { param: 'AutoCreation.StudioFlowSid', value: flow });
    auto.studioFlowSid = flow;
  }
  const retries = form.get('AutoCreation.StudioRetryCount');
  if (retries !== undefined) auto.studioRetryCount = v.nonNegativeInteger(retries, 'AutoCreation.StudioRetryCount');
  return out;
}

function required(form: FormParams, name: string): string {
  const value = form.get(name);
  if (value === undefined || value === '') throw twilioError('INVALID_PARAMETER', { param: name, detail: 'required' });
  return value;
}

/** Routes of the Address Configuration resource. */
export const addressConfigurationResource: AccountResource = {
  name: 'AddressConfiguration',
  register(routes, ctx) {
    const collection = '/v1/Configuration/Addresses';
    const instance = `${collection}/:Sid`;

    routes.post(collection, (request, reply) => {
      const account = accountOf(request);
      const form = formOf(request);
      const type = v.oneOf(required(form, 'Type'), ADDRESS_TYPES, 'Type');
      const address = required(form, 'Address');
      const common = readCommon(form, account, ctx.faults);
      const country = form.get('AddressCountry');
      // ISO 3166-1 alpha-2 (004:L9946-9949; D-CFG-18).
      if (country !== undefined && !/^[A-Za-z]{2}$/.test(country)) {
        throw twilioError('INVALID_PARAMETER', { param: 'AddressCountry', detail: 'not an ISO 3166-1 alpha-2 code' });
      }
      // Check and insert in one synchronous step: one configuration per address (D-CFG-14).
      if (findAddressConfiguration(account, address)) {
        throw twilioError('CONFLICT', { detail: `An address configuration for '${address}' already exists` });
      }
      const now = ctx.clock.now();
      const config: AddressConfiguration = {
        sid: newSid('IG'),
        accountSid: account.sid,
        seq: ctx.store.nextSeq(),
        type,
        address,
        friendlyName: common.friendlyName ?? null,
        autoCreation: {
          enabled: false,
          type: 'default',
          conversationServiceSid: null,
          webhookUrl: null,
          webhookMethod: null,
          webhookFilters: null,
          studioFlowSid: null,
          studioRetryCount: null,
          ...common.auto,
        },
        addressCountry: country === undefined ? null : country.toUpperCase(),
        dateCreated: now,
        dateUpdated: now,
      };
      account.addressConfigurations.set(config.sid, config);
      reply.code(201);
      return renderAddressConfiguration(config, originOf(request));
    });

    routes.get(collection, (request) => {
      const account = accountOf(request);
      const page = readPageRequest(request, ADDRESS_CONFIGURATION_MAX_PAGE_SIZE, ctx.faults);
      const rawType = queryParam(request, 'Type');
      const type = rawType === undefined ? undefined : v.oneOf(rawType, ADDRESS_TYPES, 'Type');
      const origin = originOf(request);
      return buildPage({
        items: [...account.addressConfigurations.values()]
          .filter((config) => type === undefined || config.type === type)
          .sort((a, b) => a.seq - b.seq),
        keyOf: (config) => config.sid,
        render: (config) => renderAddressConfiguration(config, origin),
        request: page,
        faults: ctx.faults,
        listUrl: `${origin}${collection}`,
        filters: rawType === undefined ? [] : [['Type', rawType]],
        key: 'address_configurations',
        sortKey: (config) => [config.seq],
      });
    });

    routes.get(instance, (request) =>
      renderAddressConfiguration(configOr404(request, accountOf(request)), originOf(request)),
    );

    routes.post(instance, (request) => {
      const account = accountOf(request);
      const config = configOr404(request, account);
      const common = readCommon(formOf(request), account, ctx.faults);
      // Partial update (D-CFG-10): fields not sent keep their value.
      if (common.friendlyName === undefined && Object.keys(common.auto).length === 0) {
        return renderAddressConfiguration(config, originOf(request));
      }
      if (common.friendlyName !== undefined) config.friendlyName = common.friendlyName;
      Object.assign(config.autoCreation, common.auto);
      config.dateUpdated = ctx.clock.now();
      return renderAddressConfiguration(config, originOf(request));
    });

    routes.delete(instance, (request, reply) => {
      const account = accountOf(request);
      account.addressConfigurations.delete(configOr404(request, account).sid);
      return reply.code(204).send();
    });
  },
};
