// Account-level Configuration resource: fetch and update (004:L9460-9766; properties L9510-9546, example L9603,
// update L9638-9664). Names the default Conversation Service behind the short `/v1/...` paths, the default Messaging
// Service and the default timers new conversations take (conversation.ts reads them from the store).
import type { FastifyRequest } from 'fastify';
import { accountOf } from '../auth.ts';
import { formOf } from '../form.ts';
import { originOf } from '../scope.ts';
import type { AccountState } from '../store/types.ts';
import { twilioError } from '../twilio-errors.ts';
import * as v from '../validate.ts';
import type { AccountResource } from './resource.ts';

function render(account: AccountState, request: FastifyRequest): Record<string, unknown> {
  const origin = originOf(request);
  const config = account.configuration;
  return {
    account_sid: account.sid,
    default_chat_service_sid: account.defaultServiceSid,
    default_messaging_service_sid: config.defaultMessagingServiceSid,
    default_inactive_timer: config.defaultInactiveTimer,
    default_closed_timer: config.defaultClosedTimer,
    url: `${origin}/v1/Configuration`,
    links: {
      service: `${origin}/v1/Services/${account.defaultServiceSid}/Configuration`,
      webhooks: `${origin}/v1/Configuration/Webhooks`,
    },
  };
}

/** Routes of the Configuration resource. */
export const configurationResource: AccountResource = {
  name: 'Configuration',
  register(routes, ctx) {
    routes.get('/v1/Configuration', (request) => render(accountOf(request), request));

    // Every parameter is optional; what is not sent keeps its value (D-CFG-10). All are checked before any is applied.
    routes.post('/v1/Configuration', (request) => {
      const account = accountOf(request);
      const form = formOf(request);
      const chatService = form.get('DefaultChatServiceSid');
      if (chatService !== undefined) {
        v.sid(chatService, 'IS', 'DefaultChatServiceSid');
        // Must be a service of this account (D-CFG-3).
        if (!account.services.has(chatService)) throw twilioError('SERVICE_NOT_FOUND');
      }
      const messagingService = form.get('DefaultMessagingServiceSid');
      if (messagingService !== undefined) {
        // Any well-formed MG SID: Messaging Services live outside this API (D-CFG-3).
        v.sid(messagingService, 'MG', 'DefaultMessagingServiceSid', 'MESSAGING_SERVICE_SID_INVALID');
      }
      // ISO 8601 durations, minimum 1 / 10 minutes (004:L9656-9664), PT0S disables (004:L25919); echoed as sent
      // (D-CFG-2). New conversations without `Timers.*` take them (conversation.ts, 004:L25896-25897).
      const inactive = form.get('DefaultInactiveTimer');
      if (inactive !== undefined) v.timer(inactive, 'inactive', ctx.faults);
      const closed = form.get('DefaultClosedTimer');
      if (closed !== undefined) v.timer(closed, 'closed', ctx.faults);

      if (chatService !== undefined) account.defaultServiceSid = chatService;
      if (messagingService !== undefined) account.configuration.defaultMessagingServiceSid = messagingService;
      if (inactive !== undefined) account.configuration.defaultInactiveTimer = inactive;
      if (closed !== undefined) account.configuration.defaultClosedTimer = closed;
      return render(account, request);
    });
  },
};
