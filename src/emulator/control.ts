// Control endpoints outside the Twilio API, under the reserved prefix `/__emulator`. Same Basic auth as the API, and
// each acts on the calling account only: its clock, its data (D-EMU-CONTROL-1). Bodies may be JSON or a form. Answers
// are plain JSON; failures use the Twilio error catalogue.
import type { FastifyRequest } from 'fastify';
import { accountOf } from './auth.ts';
import type { EmulatorContext } from './context.ts';
import { MAX_CLOCK_MS, MIN_DATE_MS } from './dates.ts';
import { FormParams } from './form.ts';
import { renderBinding } from './resources/binding.ts';
import { PUSH_TYPES } from './resources/credential.ts';
import { setReceiptStatus } from './resources/delivery-receipt.ts';
import { serviceOr404 } from './resources/service.ts';
import type { Routes } from './routes.ts';
import { originOf, pathOf } from './scope.ts';
import { registerBinding } from './store/bindings.ts';
import { twilioError } from './twilio-errors.ts';
import { dateTime, oneOf, parseDuration } from './validate.ts';

/** Reserved path prefix of the control endpoints. */
export const CONTROL_PREFIX = '/__emulator';

/** What the control endpoints may do beyond reading the context. */
export interface ControlHooks {
  /** Drop one account's state, keeping its credentials. */
  reset(accountSid: string): void;
}

/** The latest date a virtual clock may show, as the answers name it. */
const MAX_CLOCK = new Date(MAX_CLOCK_MS).toISOString();

function field(request: FastifyRequest, name: string): string | undefined {
  const body: unknown = request.body;
  if (body instanceof FormParams) return body.get(name);
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const value = (body as Record<string, unknown>)[name];
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    if (value !== undefined && value !== null) {
      throw twilioError('INVALID_PARAMETER', { param: name, detail: 'must be a string or a number' });
    }
  }
  return undefined;
}

function clockView(ctx: EmulatorContext): { now: string; mode: 'wall' | 'virtual' } {
  return { now: ctx.clock.now().toISOString(), mode: ctx.clock.mode };
}

function requireVirtual(ctx: EmulatorContext): void {
  if (ctx.clock.mode !== 'virtual') {
    throw twilioError('CONFLICT', { detail: "The emulator clock is 'wall'; only a 'virtual' clock can be moved" });
  }
}

/** Register the control routes. */
export function registerControl(routes: Routes, ctx: EmulatorContext, hooks: ControlHooks): void {
  // Counts of the caller's account only.
  routes.get(`${CONTROL_PREFIX}/health`, (request) => ({
    status: 'ok',
    clock: ctx.clock.mode,
    pending_timers: ctx.clock.pending(),
    pending_tasks: ctx.background.pending(accountOf(request).sid),
  }));

  routes.get(`${CONTROL_PREFIX}/clock`, () => clockView(ctx));

  // `{ms}` (non-negative integer) or `{duration}` (ISO 8601, days or smaller units, e.g. PT10M). The clock stops at
  // 9000-01-01T00:00:00Z (D-EMU-BOUNDS-1): a step past it is a 400 and moves nothing.
  routes.post(`${CONTROL_PREFIX}/clock/advance`, (request) => {
    requireVirtual(ctx);
    const ms = field(request, 'ms');
    const duration = field(request, 'duration');
    let step: number | undefined;
    if (ms !== undefined) {
      step = /^\d{1,15}$/.test(ms) ? Number(ms) : undefined;
      if (step === undefined)
        throw twilioError('INVALID_PARAMETER', { param: 'ms', detail: 'not a non-negative integer' });
    } else if (duration !== undefined) {
      step = parseDuration(duration);
      if (step === undefined) {
        throw twilioError('INVALID_PARAMETER', { param: 'duration', detail: 'not an ISO 8601 duration such as PT10M' });
      }
    } else {
      throw twilioError('INVALID_PARAMETER', { param: 'ms', detail: "send 'ms' or 'duration'" });
    }
    if (ctx.clock.now().getTime() + step > MAX_CLOCK_MS) {
      throw twilioError('INVALID_PARAMETER', {
        param: ms !== undefined ? 'ms' : 'duration',
        detail: `the clock cannot move past ${MAX_CLOCK}`,
      });
    }
    ctx.clock.advance(step);
    return clockView(ctx);
  });

  routes.post(`${CONTROL_PREFIX}/clock/set`, (request) => {
    requireVirtual(ctx);
    const now = field(request, 'now');
    if (now === undefined) throw twilioError('INVALID_PARAMETER', { param: 'now', detail: 'required' });
    const date = dateTime(now, 'now');
    if (date.getTime() < MIN_DATE_MS || date.getTime() > MAX_CLOCK_MS) {
      throw twilioError('INVALID_PARAMETER', { param: 'now', detail: `must be from 0000-01-01 to ${MAX_CLOCK}` });
    }
    ctx.clock.set(date);
    return clockView(ctx);
  });

  // Seed a push Binding as an SDK registration would (the REST API has no create, D-BIND-1). Fields: Identity,
  // BindingType (apn|gcm|fcm), Endpoint, CredentialSid (a credential of the account, same type). 201 with the
  // Binding resource; 200 when that identity + endpoint + type was registered already (refreshed).
  routes.post(`${CONTROL_PREFIX}/services/:ChatServiceSid/bindings`, (request, reply) => {
    const account = accountOf(request);
    const service = serviceOr404(request, account, (request.params as { ChatServiceSid: string }).ChatServiceSid);
    const required = (name: string): string => {
      const value = field(request, name);
      if (value === undefined) throw twilioError('INVALID_PARAMETER', { param: name, detail: 'required' });
      return value;
    };
    const now = ctx.clock.now();
    const { binding, created, createdUser } = registerBinding(
      ctx.store,
      account,
      service,
      {
        identity: required('Identity'),
        bindingType: oneOf(required('BindingType'), PUSH_TYPES, 'BindingType'),
        endpoint: required('Endpoint'),
        credentialSid: required('CredentialSid'),
      },
      now,
      ctx.faults,
    );
    if (createdUser) {
      ctx.events.emit({
        name: 'onUserAdded',
        accountSid: account.sid,
        chatServiceSid: service.sid,
        source: 'system',
        webhookEnabled: false,
        at: now,
        data: { user_sid: createdUser.sid, identity: createdUser.identity },
      });
    }
    reply.code(created ? 201 : 200);
    return renderBinding(binding, originOf(request));
  });

  // Stand-in for a carrier callback: move a delivery receipt (DY…) of the caller's account to `Status`
  // (sent|delivered|read|failed|undelivered) with an optional `ErrorCode` for failed/undelivered. Answers the receipt
  // and its message's `delivery` summary; publishes onDeliveryUpdated (004:L26686).
  routes.post(`${CONTROL_PREFIX}/receipts/:Sid`, (request) => {
    const sid = (request.params as Record<string, string | undefined>).Sid ?? '';
    return setReceiptStatus(
      ctx,
      accountOf(request),
      sid,
      field(request, 'Status'),
      field(request, 'ErrorCode'),
      pathOf(request),
    );
  });

  // The caller's account only: its data, timers and tasks; credentials and default service SIDs stay.
  routes.post(`${CONTROL_PREFIX}/reset`, (request) => {
    hooks.reset(accountOf(request).sid);
    return { status: 'reset' };
  });
}
