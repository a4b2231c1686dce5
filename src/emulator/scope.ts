// Per-request scope of a service resource: which account and Conversation Service the request addresses, and the
// URL form it came in on. Responses echo that form: `/v1/Conversations/CH…` for the short form (004:L331) and
// `/v1/Services/IS…/Conversations/CH…` for the service form (004:L16734). URLs are absolute to the origin the request
// was sent to (its Host header), so clients can follow them against the emulator (DECISIONS: emulator URLs).
import type { FastifyRequest } from 'fastify';
import { accountOf } from './auth.ts';
import type { Mount } from './context.ts';
import type { AccountState, ServiceState } from './store/types.ts';
import { twilioError } from './twilio-errors.ts';

/** The account, service and URL base a request works in. */
export interface Scope {
  readonly account: AccountState;
  readonly service: ServiceState;
  readonly serviceScoped: boolean;
  /** `http://host:port`, from the request. */
  readonly origin: string;
  /** `/v1` or `/v1/Services/IS…`. */
  readonly basePath: string;
  /** `X-Twilio-Webhook-Enabled: true` was sent (004:L22912-22913). */
  readonly webhookEnabled: boolean;
}

/** The request's path without its query string (used in 20404 messages). */
export function pathOf(request: FastifyRequest): string {
  const url = request.url;
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
}

/** `http://host[:port]` the request was addressed to. */
export function originOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/** Whether the request asked for webhooks (`X-Twilio-Webhook-Enabled: true`). */
export function webhookEnabledOf(request: FastifyRequest): boolean {
  return String(request.headers['x-twilio-webhook-enabled'] ?? '').toLowerCase() === 'true';
}

/** Resolve the scope; an unknown `ChatServiceSid` (or one of another account) is a 404. */
export function resolveScope(request: FastifyRequest, mount: Mount): Scope {
  const account = accountOf(request);
  let service: ServiceState | undefined;
  if (mount.serviceScoped) {
    const sid = (request.params as Record<string, string | undefined>).ChatServiceSid ?? '';
    service = account.services.get(sid);
  } else {
    service = account.services.get(account.defaultServiceSid);
  }
  if (!service) throw twilioError('NOT_FOUND', { path: pathOf(request) });
  return {
    account,
    service,
    serviceScoped: mount.serviceScoped,
    origin: originOf(request),
    basePath: mount.serviceScoped ? `/v1/Services/${service.sid}` : '/v1',
    webhookEnabled: webhookEnabledOf(request),
  };
}

/** Absolute URL of `path` (starting with `/`) under the scope's base: `http://host/v1[/Services/IS…]/path`. */
export function scopeUrl(scope: Scope, path: string): string {
  return scope.origin + scope.basePath + path;
}

/** A path parameter by name ('' when absent). */
export function param(request: FastifyRequest, name: string): string {
  return (request.params as Record<string, string | undefined>)[name] ?? '';
}

/** A query parameter: the first value when repeated; undefined when absent. */
export function queryParam(request: FastifyRequest, name: string): string | undefined {
  const value = (request.query as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] : value;
}
