// Per-Service Webhook configuration: fetch and update (004:L21449-21812; properties L21516-21553, update
// L21661-21692). Service form only; it exists with its service. "If configured, service-scoped webhooks will override
// your global webhook settings" (004:L21512): once it has a pre- or post-event URL, webhooks/routing.ts uses it instead
// of the account's. No `target` here. Updates are partial (D-CFG-10); Filters replace the stored list (D-CFG-7).
import type { FastifyRequest } from 'fastify';
import { accountOf } from '../auth.ts';
import { formOf } from '../form.ts';
import { originOf, param } from '../scope.ts';
import type { ServiceState } from '../store/types.ts';
import { readWebhookSettings } from './configuration-webhook.ts';
import type { AccountResource } from './resource.ts';
import { serviceOr404 } from './service.ts';

/** The 20 events the service-level filters accept, in the documented order; no user events (004:L21541, L21687). */
export const SERVICE_WEBHOOK_FILTERS = [
  'onParticipantAdd',
  'onParticipantAdded',
  'onDeliveryUpdated',
  'onConversationUpdated',
  'onConversationRemove',
  'onParticipantRemove',
  'onConversationUpdate',
  'onMessageAdd',
  'onMessageRemoved',
  'onParticipantUpdated',
  'onConversationAdded',
  'onMessageAdded',
  'onConversationAdd',
  'onConversationRemoved',
  'onParticipantUpdate',
  'onMessageRemove',
  'onMessageUpdated',
  'onParticipantRemoved',
  'onMessageUpdate',
  'onConversationStateUpdated',
] as const;

function render(service: ServiceState, request: FastifyRequest): Record<string, unknown> {
  const settings = service.webhooks;
  return {
    account_sid: service.accountSid,
    chat_service_sid: service.sid,
    pre_webhook_url: settings.preWebhookUrl,
    post_webhook_url: settings.postWebhookUrl,
    filters: [...settings.filters],
    method: settings.method,
    url: `${originOf(request)}/v1/Services/${service.sid}/Configuration/Webhooks`,
  };
}

/** Routes of the per-service Webhook Configuration resource. */
export const serviceWebhookConfigurationResource: AccountResource = {
  name: 'ServiceWebhookConfiguration',
  register(routes) {
    const path = '/v1/Services/:ChatServiceSid/Configuration/Webhooks';

    routes.get(path, (request) =>
      render(serviceOr404(request, accountOf(request), param(request, 'ChatServiceSid')), request),
    );

    routes.post(path, (request) => {
      const service = serviceOr404(request, accountOf(request), param(request, 'ChatServiceSid'));
      Object.assign(service.webhooks, readWebhookSettings(formOf(request), SERVICE_WEBHOOK_FILTERS));
      return render(service, request);
    });
  },
};
