// The webhook engine (Conversations Webhooks page, 004:L22789-24544): subscribes to the event bus and sends each
// post-event to its targets (routing.ts), and calls pre-event webhooks for the resources.
//  - Post-event: routed (routing.ts) and built (payloads.ts, params.ts) when the event is published, then queued per
//    conversation (queue.ts) and sent (delivery.ts) one at a time in event order; a failure is published as an
//    `errorLogged` event (50057, or 50076 after the timeout of 5 s, 004:L22842) and never reaches the API.
//  - Pre-event: `before()` calls the pre-event URL and waits up to the timeout: 2xx proceeds (with the modifications of
//    a JSON body, 004:L22944-22974), any other status rejects the action (50056), no answer proceeds (004:L22915-22940).
import type { Clock } from '../clock.ts';
import type { EmulatorEvent, EmulatorEvents } from '../events.ts';
import { type FaultSet, NO_FAULTS } from '../faults.ts';
import type { EmulatorStore } from '../store/store.ts';
import type { AccountState, ServiceState } from '../store/types.ts';
import { twilioError } from '../twilio-errors.ts';
import { type Attempt, createWebhookSender, WEBHOOK_TIMEOUT_MS, type WebhookRequest } from './delivery.ts';
import { type PreEventName, toWebhookParams, webhookParams } from './params.ts';
import { parseModifications, postEventData } from './payloads.ts';
import { createDeliveryQueue } from './queue.ts';
import { effectiveSettings, isRestCaused, postEventTargets } from './routing.ts';

/** Where a pre-event happens (a request {@link Scope} fits). */
export interface HookScope {
  readonly account: AccountState;
  readonly service: ServiceState;
  readonly webhookEnabled: boolean;
}

/** Result of a pre-event webhook that let the action proceed. */
export interface PreEventOutcome {
  /** The JSON object the webhook answered with (modifiable fields, 004:L22944-22974); `{}` when none. */
  readonly modifications: Readonly<Record<string, unknown>>;
}

/** What resources use: the pre-event webhook call. */
export interface WebhookHooks {
  /**
   * Call the pre-event webhook, if one applies (URL set, event in the filters, request with
   * `X-Twilio-Webhook-Enabled: true`), and wait for its answer. Rejects with 50056 when it answers non-2xx.
   * `data` is the snake_case view of the resource as it would be after the action. Callers must re-run their
   * state checks after awaiting this (the check-and-insert must not be split by an await).
   */
  before(event: PreEventName, scope: HookScope, data: Readonly<Record<string, unknown>>): Promise<PreEventOutcome>;
}

/** The delivery engine. */
export interface WebhookEngine extends WebhookHooks {
  /** Deliveries queued or in flight, plus pre-event calls in flight. */
  pending(): number;
  /** Resolves once every queued delivery has been sent (or failed). */
  settled(): Promise<void>;
  /** Abort everything in flight and drop what is queued (reset). */
  cancelAll(): void;
  /** Stop listening, abort everything and close the connections. */
  close(): Promise<void>;
}

/** Dependencies of {@link createWebhookEngine}. */
export interface WebhookEngineOptions {
  readonly store: EmulatorStore;
  readonly events: EmulatorEvents;
  readonly clock: Clock;
  /** Real milliseconds to wait for a webhook's answer (default {@link WEBHOOK_TIMEOUT_MS}). */
  readonly timeoutMs?: number;
  /** Called with unexpected errors (bugs), never with delivery failures. */
  readonly report?: (error: unknown) => void;
  /** Deliberate faults (faults.ts); default none. */
  readonly faults?: FaultSet;
}

const NO_CHANGE: PreEventOutcome = { modifications: {} };

/** Build the engine and subscribe it to the event bus. */
export function createWebhookEngine(options: WebhookEngineOptions): WebhookEngine {
  const { store, events, clock } = options;
  const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const report = options.report ?? (() => {});
  const faults = options.faults ?? NO_FAULTS;
  const sender = createWebhookSender({ timeoutMs, faults });
  const queue = createDeliveryQueue(report);
  let preEventsInFlight = 0;
  let closed = false;
  let cancel = new AbortController();

  const logFailure = (
    accountSid: string,
    chatServiceSid: string,
    conversationSid: string | null,
    eventType: string,
    url: string,
    attempt: Attempt,
  ): void => {
    if (attempt.kind === 'cancelled' || closed) return;
    if (attempt.kind === 'answered' && attempt.status >= 200 && attempt.status < 300) return;
    const error = twilioError(attempt.kind === 'timeout' ? 'WEBHOOK_TIMEOUT' : 'WEBHOOK_FAILED');
    events.emit({
      name: 'errorLogged',
      accountSid,
      chatServiceSid,
      source: 'system',
      webhookEnabled: false,
      at: clock.now(),
      data: {
        ...(conversationSid === null ? {} : { conversation_sid: conversationSid }),
        ...error.toBody(),
        event_type: eventType,
        webhook_url: url,
        ...(attempt.kind === 'answered' ? { webhook_status: attempt.status } : {}),
        ...(attempt.kind === 'failed' ? { detail: attempt.detail } : {}),
      },
    });
  };

  const onEvent = (event: EmulatorEvent): void => {
    if (closed || event.name === 'errorLogged') return;
    if (isRestCaused(event) && !event.webhookEnabled && !faults.has('webhook-sent-without-header')) return;
    if (event.name === 'onMessageAdded' && faults.has('webhook-post-event-missing')) return;
    const account = store.accounts.get(event.accountSid);
    if (!account) return;
    const service = account.services.get(event.chatServiceSid);
    const conversationSid = typeof event.data.conversation_sid === 'string' ? event.data.conversation_sid : null;
    const conversation =
      event.conversation ?? (conversationSid === null ? undefined : service?.conversations.get(conversationSid));

    const targets = postEventTargets(event, effectiveSettings(account, service), conversation);
    if (targets.length === 0) return;

    // Build the payload now: the records may change (or go) before the request is sent.
    const data = postEventData(event, service, conversation);
    const params = webhookParams(event.name, account.sid, toWebhookParams(data));

    const signal = cancel.signal;
    const key = conversationSid ?? `${account.sid}/${event.chatServiceSid}`;
    for (const target of targets) {
      const request: WebhookRequest = { ...target, authToken: account.authToken, params };
      queue.enqueue(key, async () => {
        const attempt = await sender.send(request, signal);
        logFailure(account.sid, event.chatServiceSid, conversationSid, event.name, target.url, attempt);
      });
    }
  };

  const unsubscribe = events.on(onEvent);

  return {
    async before(eventType, scope, data) {
      if (closed || !scope.webhookEnabled) return NO_CHANGE;
      const settings = effectiveSettings(scope.account, scope.service);
      if (!settings?.preWebhookUrl || !settings.filters.includes(eventType)) return NO_CHANGE;
      const params = webhookParams(
        eventType,
        scope.account.sid,
        toWebhookParams({ chat_service_sid: scope.service.sid, ...data }),
      );
      const url = settings.preWebhookUrl;
      preEventsInFlight++;
      let attempt: Attempt;
      try {
        attempt = await sender.send(
          { url, method: settings.method, authToken: scope.account.authToken, params },
          cancel.signal,
        );
      } finally {
        preEventsInFlight--;
      }
      const conversationSid = typeof data.conversation_sid === 'string' ? data.conversation_sid : null;
      if (attempt.kind !== 'answered') {
        // "no response or timeout": publish unmodified (004:L22936-22940).
        logFailure(scope.account.sid, scope.service.sid, conversationSid, eventType, url, attempt);
        return NO_CHANGE;
      }
      if (attempt.status < 200 || attempt.status >= 300) throw twilioError('WEBHOOK_REJECTED');
      return { modifications: parseModifications(attempt.body) };
    },
    pending: () => queue.pending() + preEventsInFlight,
    settled: () => queue.settled(),
    cancelAll() {
      cancel.abort();
      cancel = new AbortController();
    },
    async close() {
      closed = true;
      unsubscribe();
      cancel.abort();
      await queue.settled();
      await sender.close();
    },
  };
}
