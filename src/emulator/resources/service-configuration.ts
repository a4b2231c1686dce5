// Service Configuration resource: fetch and update the default roles and reachability of one Conversation Service.
// Reference: 004:L15441-15783 (properties L15493-15530, example L15603-15636, update L15638-15672). Service form only;
// the resource exists with its service.
import type { FastifyRequest } from 'fastify';
import { accountOf } from '../auth.ts';
import { formOf } from '../form.ts';
import { checkConversationRole, checkServiceRole } from '../rules/roles.ts';
import { originOf, param } from '../scope.ts';
import type { ServiceState } from '../store/types.ts';
import * as v from '../validate.ts';
import type { AccountResource } from './resource.ts';
import { serviceOr404 } from './service.ts';

function render(service: ServiceState, request: FastifyRequest): Record<string, unknown> {
  const url = `${originOf(request)}/v1/Services/${service.sid}/Configuration`;
  const config = service.configuration;
  return {
    chat_service_sid: service.sid,
    default_conversation_creator_role_sid: config.defaultConversationCreatorRoleSid,
    default_conversation_role_sid: config.defaultConversationRoleSid,
    default_chat_service_role_sid: config.defaultChatServiceRoleSid,
    reachability_enabled: config.reachabilityEnabled,
    url,
    links: { notifications: `${url}/Notifications`, webhooks: `${url}/Webhooks` },
  };
}

/** Routes of the Service Configuration resource. */
export const serviceConfigurationResource: AccountResource = {
  name: 'ServiceConfiguration',
  register(routes) {
    const path = '/v1/Services/:ChatServiceSid/Configuration';

    routes.get(path, (request) =>
      render(serviceOr404(request, accountOf(request), param(request, 'ChatServiceSid')), request),
    );

    // Partial update (D-CFG-10); every value is checked before any is applied. The creator and member roles must be
    // conversation roles of this service, the chat-service role a service role (004:L15651-15667; D-CFG-9).
    routes.post(path, (request) => {
      const service = serviceOr404(request, accountOf(request), param(request, 'ChatServiceSid'));
      const form = formOf(request);
      const creator = form.get('DefaultConversationCreatorRoleSid');
      if (creator !== undefined) checkConversationRole(service, creator);
      const member = form.get('DefaultConversationRoleSid');
      if (member !== undefined) checkConversationRole(service, member);
      const chatService = form.get('DefaultChatServiceRoleSid');
      if (chatService !== undefined) checkServiceRole(service, chatService, 'DefaultChatServiceRoleSid');
      const reachability = form.get('ReachabilityEnabled');
      const reachabilityEnabled =
        reachability === undefined ? undefined : v.booleanParam(reachability, 'ReachabilityEnabled');

      const config = service.configuration;
      if (creator !== undefined) config.defaultConversationCreatorRoleSid = creator;
      if (member !== undefined) config.defaultConversationRoleSid = member;
      if (chatService !== undefined) config.defaultChatServiceRoleSid = chatService;
      if (reachabilityEnabled !== undefined) config.reachabilityEnabled = reachabilityEnabled;
      return render(service, request);
    });
  },
};
