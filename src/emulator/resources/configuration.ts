// Account-level Configuration resource, fetch only for now (004:L9460-9766; properties L9510-9546, example L9603).
// Lets clients discover the default Conversation Service behind the short `/v1/...` paths.
import { accountOf } from '../auth.ts';
import { originOf } from '../scope.ts';
import type { AccountResource } from './resource.ts';

/** Routes of the Configuration resource. */
export const configurationResource: AccountResource = {
  name: 'Configuration',
  register(routes) {
    routes.get('/v1/Configuration', (request) => {
      const account = accountOf(request);
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
    });
  },
};
