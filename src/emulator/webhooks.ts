// Webhook delivery and pre-event webhooks (Conversations Webhooks page, 004:L22789-24544).
//  - Post-event: each published event goes to the service's post-event URL, or the account's when the service has no
//    webhook URL configured (004:L21512), if the event is in those filters (004:L21541, L22858); and to every
//    conversation-scoped webhook of its conversation whose filters include it, or (target `trigger`) to an
//    onMessageAdded whose body contains one of the keywords. Studio targets and the account's `flex` target are not
//    emulated (nothing is sent).
//  - Echo suppression: events caused by a REST request fire only when it carried `X-Twilio-Webhook-Enabled: true`
//    (004:L22912-22913); timer-driven and channel-driven events (state timers, delivery receipts) always fire.
//  - Deliveries of one conversation are sent one at a time in event order; a failure is published as an `errorLogged`
//    event (50057, or 50076 after the timeout of 5 s, 004:L22842) and never reaches the API.
//  - Pre-event: `before()` calls the pre-event URL and waits up to the timeout: 2xx proceeds (with the modifications of
//    a JSON body, 004:L22944-22974), any other status rejects the action (50056), no answer proceeds (004:L22915-22940).
//  - Requests are form-encoded (004:L23662) with the documented parameters of each event (004:L23663-24534), and signed
//    with `X-Twilio-Signature` as Twilio signs every webhook (not in the seeds; see {@link twilioSignature}).
import { createHmac } from 'node:crypto';
import { Agent, request as httpRequest } from 'undici';
import type { Clock } from './clock.ts';
import { isoDate } from './dates.ts';
import type { EmulatorEvent, EmulatorEvents } from './events.ts';
import { type FaultSet, NO_FAULTS } from './faults.ts';
import type { EmulatorStore } from './store/store.ts';
import type {
  AccountState,
  Conversation,
  ConversationWebhook,
  ServiceState,
  User,
  WebhookMethod,
  WebhookSettings,
} from './store/types.ts';
import { twilioError } from './twilio-errors.ts';

/** Pre-action events (004:L22868-22909). */
export const PRE_EVENTS = [
  'onConversationAdd',
  'onConversationUpdate',
  'onConversationRemove',
  'onParticipantAdd',
  'onParticipantUpdate',
  'onParticipantRemove',
  'onMessageAdd',
  'onMessageUpdate',
  'onMessageRemove',
  'onUserUpdate',
] as const;

/** A pre-action event name. */
export type PreEventName = (typeof PRE_EVENTS)[number];

/** Post-action events a conversation-scoped webhook may subscribe to: the post-events of one conversation (004:L9933). */
export const CONVERSATION_POST_EVENTS = [
  'onMessageAdded',
  'onMessageUpdated',
  'onMessageRemoved',
  'onConversationUpdated',
  'onConversationStateUpdated',
  'onConversationRemoved',
  'onParticipantAdded',
  'onParticipantUpdated',
  'onParticipantRemoved',
  'onDeliveryUpdated',
] as const;

/** "Conversations webhooks have a maximum timeout of 5 seconds" (004:L22842). */
export const WEBHOOK_TIMEOUT_MS = 5_000;

const CONVERSATION_FIELDS = [
  'ConversationSid',
  'DateCreated',
  'DateUpdated',
  'FriendlyName',
  'UniqueName',
  'Attributes',
  'ChatServiceSid',
  'MessagingServiceSid',
  'State',
];
const BINDING_FIELDS = [
  'MessagingBinding.ProxyAddress',
  'MessagingBinding.Address',
  'MessagingBinding.ProjectedAddress',
];
const PARTICIPANT_ADD_FIELDS = ['ConversationSid', 'Identity', 'RoleSid', 'Attributes', ...BINDING_FIELDS];
const PARTICIPANT_FIELDS = [
  'ConversationSid',
  'ParticipantSid',
  'DateCreated',
  'Identity',
  'RoleSid',
  'Attributes',
  ...BINDING_FIELDS,
  'MessagingBinding.Type',
];
const MESSAGE_ADD_FIELDS = ['ConversationSid', 'Body', 'Author', 'ParticipantSid', 'Attributes', 'Media'];
const MESSAGE_FIELDS = [
  'ConversationSid',
  'MessageSid',
  'Index',
  'DateCreated',
  'DateUpdated',
  'Body',
  'Author',
  'ParticipantSid',
  'Attributes',
  'Media',
];
const USER_FIELDS = ['ChatServiceSid', 'UserSid', 'DateCreated', 'Identity', 'RoleSid', 'Attributes', 'FriendlyName'];

/** Event-specific request parameters of each webhook, in the documented order (004:L23663-24534). */
export const EVENT_PARAMS: Readonly<Record<string, readonly string[]>> = {
  // --- pre-action (004:L23663-24029) ---
  onConversationAdd: [
    'FriendlyName',
    'UniqueName',
    'Attributes',
    'ChatServiceSid',
    'MessagingServiceSid',
    ...BINDING_FIELDS,
    'MessagingBinding.AuthorAddress',
    'MessageBody',
    'Media',
    'State',
  ],
  onConversationRemove: CONVERSATION_FIELDS,
  onConversationUpdate: CONVERSATION_FIELDS,
  onMessageAdd: MESSAGE_ADD_FIELDS,
  onMessageRemove: MESSAGE_FIELDS,
  onMessageUpdate: MESSAGE_FIELDS,
  onParticipantAdd: [...PARTICIPANT_ADD_FIELDS, 'MessagingBinding.Type'],
  onParticipantRemove: [...PARTICIPANT_FIELDS, 'DateUpdated'],
  onParticipantUpdate: [...PARTICIPANT_FIELDS, 'DateUpdated'],
  onUserUpdate: ['ChatServiceSid', 'UserSid', 'DateUpdated', 'Identity', 'RoleSid', 'Attributes', 'FriendlyName'],
  // --- post-action (004:L24030-24534) ---
  onConversationAdded: [...CONVERSATION_FIELDS, ...BINDING_FIELDS, 'MessagingBinding.AuthorAddress'],
  onConversationRemoved: [...CONVERSATION_FIELDS, 'DateRemoved'],
  onConversationUpdated: CONVERSATION_FIELDS,
  onConversationStateUpdated: [
    'ChatServiceSid',
    'StateUpdated',
    'StateFrom',
    'StateTo',
    'ConversationSid',
    'Reason',
    'MessagingServiceSid',
  ],
  onMessageAdded: [
    'ConversationSid',
    'MessageSid',
    'MessagingServiceSid',
    'Index',
    'DateCreated',
    'Body',
    'Author',
    'ParticipantSid',
    'Attributes',
    'Media',
  ],
  onMessageUpdated: MESSAGE_FIELDS,
  onMessageRemoved: [...MESSAGE_FIELDS, 'DateRemoved'],
  onParticipantAdded: PARTICIPANT_FIELDS,
  onParticipantRemoved: [...PARTICIPANT_FIELDS, 'DateUpdated', 'DateRemoved'],
  onParticipantUpdated: [...PARTICIPANT_FIELDS, 'DateUpdated', 'LastReadMessageIndex'],
  onDeliveryUpdated: [
    'AccountSid',
    'ConversationSid',
    'ChatServiceSid',
    'MessageSid',
    'DeliveryReceiptSid',
    'ChannelMessageSid',
    'ParticipantSid',
    'Status',
    'ErrorCode',
    'DateCreated',
    'DateUpdated',
  ],
  onUserAdded: USER_FIELDS,
  onUserUpdated: [...USER_FIELDS, 'DateUpdated', 'isOnline', 'isNotifiable'],
};

// Events that come from the messaging channel rather than from a REST request: never echo-suppressed.
const CHANNEL_EVENTS: ReadonlySet<string> = new Set(['onDeliveryUpdated']);

/**
 * `X-Twilio-Signature`: base64 of HMAC-SHA1 keyed with the account's auth token over the full request URL (query
 * included) followed, for a form POST, by every parameter name and value, sorted by name (then value). A GET carries
 * its parameters in the URL, so only the URL is signed. Twilio's scheme (twilio.com/docs/usage/security; the seeds
 * link that guide without including it, 004:L22845).
 */
export function twilioSignature(
  authToken: string,
  url: string,
  params: ReadonlyArray<readonly [string, string]> = [],
): string {
  const sorted = [...params].sort(([ak, av], [bk, bv]) =>
    ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0,
  );
  let data = url;
  for (const [name, value] of sorted) data += name + value;
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

/** `conversation_sid` → `ConversationSid`; the two booleans of onUserUpdated keep their documented casing. */
function paramName(key: string): string {
  if (key === 'is_online') return 'isOnline';
  if (key === 'is_notifiable') return 'isNotifiable';
  return key
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function encodeValue(value: unknown): string {
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * Turn an event's snake_case data into webhook parameters (`messaging_binding.proxy_address` →
 * `MessagingBinding.ProxyAddress`); null and undefined values are left out, as optional parameters are.
 * `MessagingBinding.Type` is CHAT for a participant with an identity, else its channel (004:L23917).
 */
export function toWebhookParams(data: Readonly<Record<string, unknown>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(data)) {
    if (value === null || value === undefined) continue;
    if (key === 'messaging_binding' && typeof value === 'object') {
      for (const [sub, subValue] of Object.entries(value as Record<string, unknown>)) {
        if (sub === 'type' || subValue === null || subValue === undefined) continue;
        out.set(`MessagingBinding.${paramName(sub)}`, encodeValue(subValue));
      }
      continue;
    }
    out.set(paramName(key), encodeValue(value));
  }
  if ('messaging_binding' in data || 'participant_sid' in data) {
    const binding = data.messaging_binding as { type?: unknown } | null | undefined;
    const identity = data.identity;
    const channel = typeof binding?.type === 'string' ? binding.type : 'sms';
    out.set('MessagingBinding.Type', (typeof identity === 'string' ? 'chat' : channel).toUpperCase());
  }
  return out;
}

/** Snake_case view of a conversation as its webhooks describe it (004:L24032-24151). */
export function conversationData(conversation: Conversation): Record<string, unknown> {
  return {
    conversation_sid: conversation.sid,
    date_created: isoDate(conversation.dateCreated),
    date_updated: isoDate(conversation.dateUpdated),
    friendly_name: conversation.friendlyName,
    unique_name: conversation.uniqueName,
    attributes: conversation.attributes,
    chat_service_sid: conversation.chatServiceSid,
    messaging_service_sid: conversation.messagingServiceSid,
    state: conversation.state,
  };
}

function userData(user: User): Record<string, unknown> {
  return {
    user_sid: user.sid,
    date_created: isoDate(user.dateCreated),
    date_updated: isoDate(user.dateUpdated),
    identity: user.identity,
    role_sid: user.roleSid,
    attributes: user.attributes,
    friendly_name: user.friendlyName,
  };
}

/** The full parameter list of one webhook request: AccountSid, EventType, the event's fields, Source, RetryCount. */
export function webhookParams(
  eventType: string,
  accountSid: string,
  params: ReadonlyMap<string, string>,
): [string, string][] {
  const out: [string, string][] = [
    ['AccountSid', accountSid],
    ['EventType', eventType],
  ];
  for (const name of EVENT_PARAMS[eventType] ?? []) {
    const value = params.get(name);
    if (value !== undefined && name !== 'AccountSid') out.push([name, value]);
  }
  // Every request made by the emulator comes from the REST API or its own timers: Source is always API
  // (004:L23645-23660); deliveries are never retried, so RetryCount is 0.
  out.push(['Source', 'API'], ['RetryCount', '0']);
  return out;
}

/**
 * The settings that apply to activity in a service: the service's once it has a pre- or post-event URL (004:L21512),
 * else the account's; none when the account routes to Flex (not emulated).
 */
export function effectiveSettings(account: AccountState, service: ServiceState | undefined): WebhookSettings | null {
  if (service && (service.webhooks.preWebhookUrl !== null || service.webhooks.postWebhookUrl !== null)) {
    return service.webhooks;
  }
  return account.webhooks.target === 'webhook' ? account.webhooks : null;
}

/** Whether a trigger webhook fires for a message body: a keyword occurs in it, ignoring letter case. */
export function triggerMatches(webhook: Pick<ConversationWebhook, 'triggers'>, body: unknown): boolean {
  if (typeof body !== 'string') return false;
  const text = body.toLowerCase();
  return webhook.triggers.some((keyword) => text.includes(keyword.toLowerCase()));
}

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

interface Request {
  readonly url: string;
  readonly method: WebhookMethod;
  readonly authToken: string;
  readonly params: ReadonlyArray<readonly [string, string]>;
}

type Attempt =
  | { kind: 'answered'; status: number; body: string }
  | { kind: 'timeout' }
  | { kind: 'failed'; detail: string }
  | { kind: 'cancelled' };

const NO_CHANGE: PreEventOutcome = { modifications: {} };

/** Build the engine and subscribe it to the event bus. */
export function createWebhookEngine(options: WebhookEngineOptions): WebhookEngine {
  const { store, events, clock } = options;
  const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const report = options.report ?? (() => {});
  const faults = options.faults ?? NO_FAULTS;
  const agent = new Agent({ connections: 8 });
  const queues = new Map<string, Promise<void>>();
  let inFlight = 0;
  let closed = false;
  let cancel = new AbortController();

  const send = async (request: Request, cancelled: AbortSignal): Promise<Attempt> => {
    if (cancelled.aborted) return { kind: 'cancelled' };
    const form = new URLSearchParams(request.params.map(([k, v]): [string, string] => [k, v])).toString();
    let url = request.url;
    let body: string | undefined;
    const headers: Record<string, string> = { 'user-agent': 'TwilioProxy/1.1 (conversations emulator)' };
    if (request.method === 'GET') {
      if (form) url += (!url.includes('?') ? '?' : /[?&]$/.test(url) ? '' : '&') + form;
      headers['x-twilio-signature'] = twilioSignature(request.authToken, url);
    } else {
      body = form;
      headers['content-type'] = 'application/x-www-form-urlencoded';
      // Fault `webhook-signature-wrong`: the POST parameters are left out of the signed string.
      const signed = faults.has('webhook-signature-wrong') ? [] : request.params;
      headers['x-twilio-signature'] = twilioSignature(request.authToken, url, signed);
    }
    const timeout = AbortSignal.timeout(timeoutMs);
    try {
      const response = await httpRequest(url, {
        method: request.method,
        headers,
        body,
        signal: AbortSignal.any([cancelled, timeout]),
        dispatcher: agent,
      });
      const text = await response.body.text();
      return { kind: 'answered', status: response.statusCode, body: text };
    } catch (error) {
      if (cancelled.aborted) return { kind: 'cancelled' };
      if (timeout.aborted) return { kind: 'timeout' };
      return { kind: 'failed', detail: error instanceof Error ? error.message : String(error) };
    }
  };

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

  const enqueue = (key: string, task: () => Promise<void>): void => {
    inFlight++;
    const previous = queues.get(key) ?? Promise.resolve();
    const next = previous
      .then(task)
      .catch(report)
      .finally(() => {
        inFlight--;
        if (queues.get(key) === next) queues.delete(key);
      });
    queues.set(key, next);
  };

  const onEvent = (event: EmulatorEvent): void => {
    if (closed || event.name === 'errorLogged') return;
    const restCaused = event.source !== 'timer' && !CHANNEL_EVENTS.has(event.name);
    if (restCaused && !event.webhookEnabled && !faults.has('webhook-sent-without-header')) return;
    if (event.name === 'onMessageAdded' && faults.has('webhook-post-event-missing')) return;
    const account = store.accounts.get(event.accountSid);
    if (!account) return;
    const service = account.services.get(event.chatServiceSid);
    const conversationSid = typeof event.data.conversation_sid === 'string' ? event.data.conversation_sid : null;
    const conversation =
      event.conversation ?? (conversationSid === null ? undefined : service?.conversations.get(conversationSid));

    const targets: { url: string; method: WebhookMethod }[] = [];
    const settings = effectiveSettings(account, service);
    if (settings?.postWebhookUrl && settings.filters.includes(event.name)) {
      targets.push({ url: settings.postWebhookUrl, method: settings.method });
    }
    if (conversation) {
      const scoped = [...conversation.webhooks.values()].sort((a, b) => a.seq - b.seq);
      for (const webhook of scoped) {
        if (webhook.url === null) continue;
        const fires =
          webhook.target === 'webhook'
            ? webhook.filters.includes(event.name)
            : webhook.target === 'trigger' &&
              event.name === 'onMessageAdded' &&
              triggerMatches(webhook, event.data.body);
        if (fires) targets.push({ url: webhook.url, method: webhook.method });
      }
    }
    if (targets.length === 0) return;

    // Build the payload now: the records may change (or go) before the request is sent.
    const data: Record<string, unknown> = {};
    if (event.name.startsWith('onConversation') && conversation) Object.assign(data, conversationData(conversation));
    const userSid = event.data.user_sid;
    const user = typeof userSid === 'string' ? service?.users.get(userSid) : undefined;
    if (user) Object.assign(data, userData(user));
    Object.assign(data, event.data);
    data.chat_service_sid ??= event.chatServiceSid;
    if (conversation) data.messaging_service_sid ??= conversation.messagingServiceSid;
    if (event.name.endsWith('Removed')) data.date_removed = isoDate(event.at);
    if (event.name === 'onConversationStateUpdated') data.state_updated = isoDate(event.at);
    const params = webhookParams(event.name, account.sid, toWebhookParams(data));

    const signal = cancel.signal;
    const key = conversationSid ?? `${account.sid}/${event.chatServiceSid}`;
    for (const target of targets) {
      const request: Request = { ...target, authToken: account.authToken, params };
      enqueue(key, async () => {
        const attempt = await send(request, signal);
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
      inFlight++;
      let attempt: Attempt;
      try {
        attempt = await send(
          { url, method: settings.method, authToken: scope.account.authToken, params },
          cancel.signal,
        );
      } finally {
        inFlight--;
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
    pending: () => inFlight,
    async settled() {
      while (queues.size > 0) await Promise.allSettled([...queues.values()]);
    },
    cancelAll() {
      cancel.abort();
      cancel = new AbortController();
    },
    async close() {
      closed = true;
      unsubscribe();
      cancel.abort();
      await Promise.allSettled([...queues.values()]);
      await agent.destroy();
    },
  };
}

/** A 2xx body: a JSON object of fields to change, or nothing (`{}` or no content, 004:L22920-22924). */
function parseModifications(body: string): Record<string, unknown> {
  if (body.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
