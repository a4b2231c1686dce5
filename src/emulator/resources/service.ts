// Conversation Service resource (IS…): create, fetch, list, delete — no update (D-SVC-2).
// Reference: 004:L15784-16388 (properties L15885-15920, create L15922-15931, fetch L16041-16049, list L16159-16178,
// delete L16321-16329). A new service gets its default roles and configuration (store.ts, D-CFG-1); deleting one
// deletes everything inside it and the account's default service cannot be deleted (D-SVC-4).
import type { FastifyRequest } from 'fastify';
import { accountOf } from '../auth.ts';
import { deleteConversation } from '../conversation-lifecycle.ts';
import { isoDate } from '../dates.ts';
import { formOf } from '../form.ts';
import { buildPage, readPageRequest } from '../paging.ts';
import { originOf, param, pathOf } from '../scope.ts';
import { createServiceState } from '../store/store.ts';
import type { AccountState, ServiceState } from '../store/types.ts';
import { twilioError } from '../twilio-errors.ts';
import * as v from '../validate.ts';
import type { AccountResource } from './resource.ts';

/** Largest page of the service list (004:L16166-16167). */
export const SERVICE_MAX_PAGE_SIZE = 100;

/** Wire view of a service with its seven links (004:L15991-16039; D-SVC-3). */
export function renderService(service: ServiceState, origin: string): Record<string, unknown> {
  const url = `${origin}/v1/Services/${service.sid}`;
  return {
    sid: service.sid,
    account_sid: service.accountSid,
    friendly_name: service.friendlyName,
    date_created: isoDate(service.dateCreated),
    date_updated: isoDate(service.dateUpdated),
    url,
    links: {
      conversations: `${url}/Conversations`,
      users: `${url}/Users`,
      roles: `${url}/Roles`,
      bindings: `${url}/Bindings`,
      configuration: `${url}/Configuration`,
      participant_conversations: `${url}/ParticipantConversations`,
      conversation_with_participants: `${url}/ConversationWithParticipants`,
    },
  };
}

/** The account's service `sid`, or a 404 naming the request path (another account's service is unknown too). */
export function serviceOr404(request: FastifyRequest, account: AccountState, sid: string): ServiceState {
  const service = account.services.get(sid);
  if (!service) throw twilioError('NOT_FOUND', { path: pathOf(request) });
  return service;
}

/** Routes of the Service resource. */
export const serviceResource: AccountResource = {
  name: 'Service',
  register(routes, ctx) {
    routes.post('/v1/Services', (request, reply) => {
      const account = accountOf(request);
      const friendlyName = formOf(request).get('FriendlyName');
      // Required (D-SVC-1; error 50000), at most 256 characters (004:L15928-15931; error 50003).
      if (friendlyName === undefined || friendlyName === '') throw twilioError('FRIENDLY_NAME_NOT_PROVIDED');
      const service = createServiceState(
        ctx.store,
        account.sid,
        v.friendlyName(friendlyName, ctx.faults),
        ctx.clock.now(),
      );
      account.services.set(service.sid, service);
      reply.code(201);
      return renderService(service, originOf(request));
    });

    routes.get('/v1/Services', (request) => {
      const account = accountOf(request);
      const origin = originOf(request);
      const page = readPageRequest(request, SERVICE_MAX_PAGE_SIZE, ctx.faults);
      // Creation order (Map insertion order; D-SVC-5).
      return buildPage({
        items: [...account.services.values()],
        keyOf: (s) => s.sid,
        render: (s) => renderService(s, origin),
        request: page,
        faults: ctx.faults,
        listUrl: `${origin}/v1/Services`,
        key: 'services',
      });
    });

    routes.get('/v1/Services/:Sid', (request) => {
      const account = accountOf(request);
      return renderService(serviceOr404(request, account, param(request, 'Sid')), originOf(request));
    });

    routes.delete('/v1/Services/:Sid', (request, reply) => {
      const account = accountOf(request);
      const service = serviceOr404(request, account, param(request, 'Sid'));
      // The default service backs the short `/v1/...` paths (004:L9516-9520); refused with 400 (D-SVC-4).
      if (service.sid === account.defaultServiceSid) {
        throw twilioError('INVALID_PARAMETER', {
          param: 'Sid',
          detail: "the account's default Conversation Service cannot be deleted; change DefaultChatServiceSid first",
        });
      }
      // "When you delete a parent object, you will also delete its child object" (004:L33840): conversations (with
      // their timers and address pairs), users, roles, bindings and settings all go with the service.
      for (const conversation of [...service.conversations.values()]) deleteConversation(ctx, conversation);
      account.services.delete(service.sid);
      return reply.code(204).send();
    });
  },
};
