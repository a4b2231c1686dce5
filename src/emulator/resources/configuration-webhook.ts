// Account-level (global) Webhook Configuration: fetch and update (004:L10774-11112; properties L10831-10869, update
// L10967-10998). Exists with the account; initial values null URLs, POST, no filters, target webhook (D-CFG-1).
// Updates are partial (D-CFG-10) and Filters replace the stored list (D-CFG-7). Delivery: webhooks/.
import type { FastifyRequest } from 'fastify';
import { accountOf } from '../auth.ts';
import type { FormParams } from '../form.ts';
import { formOf } from '../form.ts';
import { originOf } from '../scope.ts';
import type { WebhookMethod, WebhookSettings } from '../store/types.ts';
import { type TwilioErrorName, twilioError } from '../twilio-errors.ts';
import * as v from '../validate.ts';
import type { AccountResource } from './resource.ts';

/** The 23 events the account-level filters accept, in the documented order (004:L10847, L10981; D-CFG-5). */
export const ACCOUNT_WEBHOOK_FILTERS = [
  'onMessageAdded',
  'onMessageUpdated',
  'onMessageRemoved',
  'onMessageAdd',
  'onMessageUpdate',
  'onMessageRemove',
  'onConversationUpdated',
  'onConversationRemoved',
  'onConversationAdd',
  'onConversationAdded',
  'onConversationRemove',
  'onConversationUpdate',
  'onConversationStateUpdated',
  'onParticipantAdded',
  'onParticipantUpdated',
  'onParticipantRemoved',
  'onParticipantAdd',
  'onParticipantRemove',
  'onParticipantUpdate',
  'onDeliveryUpdated',
  'onUserAdded',
  'onUserUpdate',
  'onUserUpdated',
] as const;

/** `GET` or `POST`, upper case (004:L10841-10842; D-CFG-6). */
export function webhookMethod(value: string): WebhookMethod {
  return v.oneOf(value, ['GET', 'POST'], 'Method', 'WEBHOOK_METHOD_INVALID');
}

/** An absolute http(s) URL (D-CFG-8); `error` names the catalogue entry for a malformed one. */
export function webhookUrl(value: string, param: string, error?: TwilioErrorName): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(value);
  } catch {
    parsed = undefined;
  }
  if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) return value;
  throw error ? twilioError(error) : twilioError('INVALID_PARAMETER', { param, detail: 'not an absolute http(s) URL' });
}

/** Validate Method, Filters, PreWebhookUrl, PostWebhookUrl of an update against `allowedFilters`; partial. */
export function readWebhookSettings(form: FormParams, allowedFilters: readonly string[]): Partial<WebhookSettings> {
  const out: Partial<WebhookSettings> = {};
  const method = form.get('Method');
  if (method !== undefined) out.method = webhookMethod(method);
  if (form.has('Filters'))
    out.filters = form.all('Filters').map((filter) => v.oneOf(filter, allowedFilters, 'Filters'));
  const pre = form.get('PreWebhookUrl');
  if (pre !== undefined) out.preWebhookUrl = webhookUrl(pre, 'PreWebhookUrl', 'PRE_WEBHOOK_URL_INVALID');
  const post = form.get('PostWebhookUrl');
  if (post !== undefined) out.postWebhookUrl = webhookUrl(post, 'PostWebhookUrl', 'POST_WEBHOOK_URL_INVALID');
  return out;
}

function render(settings: WebhookSettings, accountSid: string, request: FastifyRequest): Record<string, unknown> {
  return {
    account_sid: accountSid,
    method: settings.method,
    filters: [...settings.filters],
    pre_webhook_url: settings.preWebhookUrl,
    post_webhook_url: settings.postWebhookUrl,
    target: settings.target,
    url: `${originOf(request)}/v1/Configuration/Webhooks`,
  };
}

/** Routes of the account-level Webhook Configuration resource. */
export const configurationWebhookResource: AccountResource = {
  name: 'ConfigurationWebhook',
  register(routes) {
    const path = '/v1/Configuration/Webhooks';

    routes.get(path, (request) => {
      const account = accountOf(request);
      return render(account.webhooks, account.sid, request);
    });

    routes.post(path, (request) => {
      const account = accountOf(request);
      const form = formOf(request);
      const changes = readWebhookSettings(form, ACCOUNT_WEBHOOK_FILTERS);
      const target = form.get('Target');
      // "ordinary or route internally to Flex" (004:L10859-10864, L10993-10998).
      if (target !== undefined) changes.target = v.oneOf(target, ['webhook', 'flex'], 'Target');
      Object.assign(account.webhooks, changes);
      return render(account.webhooks, account.sid, request);
    });
  },
};
