// Push Binding resource (BS…): fetch, list (filters BindingType, Identity), delete. Service form only, no create
// (D-BIND-1): suites seed bindings with `POST /__emulator/services/{IS}/bindings` (control.ts).
// Reference: 004:L14246-14755 (properties L14301-14363, fetch L14365-14379, list L14492-14530, delete L14679-14693).
import type { FastifyRequest } from 'fastify';
import { accountOf } from '../auth.ts';
import { isoDate } from '../dates.ts';
import { buildPage, readPageRequest } from '../paging.ts';
import { originOf, param, pathOf } from '../scope.ts';
import type { Binding, PushType, ServiceState } from '../store/types.ts';
import { twilioError } from '../twilio-errors.ts';
import * as v from '../validate.ts';
import { PUSH_TYPES } from './credential.ts';
import type { AccountResource } from './resource.ts';
import { serviceOr404 } from './service.ts';

/** Largest page of the binding list (004:L14515-14519). */
export const BINDING_MAX_PAGE_SIZE = 100;

/** Wire view (004:L14442-14490). */
export function renderBinding(binding: Binding, origin: string): Record<string, unknown> {
  return {
    sid: binding.sid,
    account_sid: binding.accountSid,
    chat_service_sid: binding.chatServiceSid,
    credential_sid: binding.credentialSid,
    date_created: isoDate(binding.dateCreated),
    date_updated: isoDate(binding.dateUpdated),
    endpoint: binding.endpoint,
    identity: binding.identity,
    binding_type: binding.bindingType,
    message_types: [...binding.messageTypes],
    url: `${origin}/v1/Services/${binding.chatServiceSid}/Bindings/${binding.sid}`,
  };
}

/** Every value of a repeated query parameter, in order (`BindingType=apn&BindingType=fcm`). */
function queryAll(request: FastifyRequest, name: string): string[] {
  const value = (request.query as Record<string, string | string[] | undefined>)[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function bindingOr404(request: FastifyRequest, service: ServiceState): Binding {
  const binding = service.bindings.get(param(request, 'Sid'));
  if (!binding) throw twilioError('NOT_FOUND', { path: pathOf(request) });
  return binding;
}

/** Routes of the Binding resource. */
export const bindingResource: AccountResource = {
  name: 'Binding',
  register(routes, ctx) {
    const collection = '/v1/Services/:ChatServiceSid/Bindings';
    const instance = `${collection}/:Sid`;

    // Filters are repeatable: values of one filter combine with OR, the two filters with AND (D-BIND-2).
    routes.get(collection, (request) => {
      const service = serviceOr404(request, accountOf(request), param(request, 'ChatServiceSid'));
      const origin = originOf(request);
      const types = queryAll(request, 'BindingType');
      const wanted: PushType[] = types.map((t) => v.oneOf(t, PUSH_TYPES, 'BindingType'));
      const identities = queryAll(request, 'Identity');
      const page = readPageRequest(request, BINDING_MAX_PAGE_SIZE, ctx.faults);
      const items = [...service.bindings.values()]
        .filter(
          (b) =>
            (wanted.length === 0 || wanted.includes(b.bindingType)) &&
            (identities.length === 0 || identities.includes(b.identity)),
        )
        .sort((a, b) => a.seq - b.seq);
      return buildPage({
        items,
        keyOf: (b) => b.sid,
        sortKey: (b) => [b.seq],
        render: (b) => renderBinding(b, origin),
        request: page,
        faults: ctx.faults,
        listUrl: `${origin}/v1/Services/${service.sid}/Bindings`,
        filters: [
          ...types.map((t): [string, string] => ['BindingType', t]),
          ...identities.map((i): [string, string] => ['Identity', i]),
        ],
        key: 'bindings',
      });
    });

    routes.get(instance, (request) => {
      const service = serviceOr404(request, accountOf(request), param(request, 'ChatServiceSid'));
      return renderBinding(bindingOr404(request, service), originOf(request));
    });

    routes.delete(instance, (request, reply) => {
      const service = serviceOr404(request, accountOf(request), param(request, 'ChatServiceSid'));
      service.bindings.delete(bindingOr404(request, service).sid);
      return reply.code(204).send();
    });
  },
};
