// Builds the emulator: state, clock, events and the fastify app with every resource mounted. No listen (serve.ts).
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { KitError } from '../errors.ts';
import { runInAccount } from './account-scope.ts';
import { registerAuth, WWW_AUTHENTICATE } from './auth.ts';
import { type BackgroundTasks, createBackgroundTasks } from './background.ts';
import { type AccountClocks, createAccountClocks } from './clock.ts';
import { type EmulatorContext, MOUNTS } from './context.ts';
import { registerControl } from './control.ts';
import { scheduleTimers } from './conversation-lifecycle.ts';
import { createEvents, type EmulatorEvents } from './events.ts';
import { createFaultSet } from './faults.ts';
import { registerFormParser } from './form.ts';
import type { EmulatorAccount, EmulatorOptions } from './options.ts';
import { addressConfigurationResource } from './resources/address-configuration.ts';
import { bindingResource } from './resources/binding.ts';
import { configurationResource } from './resources/configuration.ts';
import { configurationWebhookResource } from './resources/configuration-webhook.ts';
import { conversationResource } from './resources/conversation.ts';
import { conversationWebhookResource } from './resources/conversation-webhook.ts';
import { conversationWithParticipantsResource } from './resources/conversation-with-participants.ts';
import { credentialResource } from './resources/credential.ts';
import { deliveryReceiptResource } from './resources/delivery-receipt.ts';
import { mediaResource, scheduleMediaCollection } from './resources/media.ts';
import { messageResource } from './resources/message.ts';
import { participantResource } from './resources/participant.ts';
import { participantConversationResource } from './resources/participant-conversation.ts';
import type { AccountResource, ServiceResource } from './resources/resource.ts';
import { roleResource } from './resources/role.ts';
import { serviceResource } from './resources/service.ts';
import { serviceConfigurationResource } from './resources/service-configuration.ts';
import { serviceNotificationResource } from './resources/service-notification.ts';
import { serviceWebhookConfigurationResource } from './resources/service-webhook-configuration.ts';
import { userResource } from './resources/user.ts';
import { userConversationResource } from './resources/user-conversation.ts';
import { registerResponseFaults } from './response-faults.ts';
import { createRoutes } from './routes.ts';
import { pathOf } from './scope.ts';
import { answerAndClose, handleClientError, handleFrameworkError } from './server-errors.ts';
import { isSid, newSecret, newSid } from './sid.ts';
import { encodePayload, type RestoredState, restoreState, stateDocument } from './state.ts';
import { createStore, type EmulatorStore, emptyStore, resetAccount } from './store/store.ts';
import { TwilioApiError, twilioError } from './twilio-errors.ts';
import { createWebhookEngine, type WebhookEngine } from './webhooks/engine.ts';

/** Resources inside a Conversation Service, each mounted at `/v1` and `/v1/Services/:ChatServiceSid`. */
export const SERVICE_RESOURCES: readonly ServiceResource[] = [
  conversationResource,
  conversationWithParticipantsResource,
  participantResource,
  conversationWebhookResource,
  messageResource,
  deliveryReceiptResource,
  userResource,
  userConversationResource,
  participantConversationResource,
  roleResource,
];

/** Account-level resources, mounted once under `/v1`. */
export const ACCOUNT_RESOURCES: readonly AccountResource[] = [
  configurationResource,
  configurationWebhookResource,
  serviceWebhookConfigurationResource,
  addressConfigurationResource,
  serviceResource,
  serviceConfigurationResource,
  serviceNotificationResource,
  credentialResource,
  bindingResource,
  mediaResource,
];

/** A built (not listening) emulator. */
export interface Emulator {
  app: FastifyInstance;
  accounts: EmulatorAccount[];
  /** One clock per account (D-EMU-CONTROL-1); used directly, it is the first account's. */
  clock: AccountClocks;
  store: EmulatorStore;
  events: EmulatorEvents;
  /** Real-time deferred work (ConversationWithParticipants under the wall clock); `flush()` runs it now. */
  background: BackgroundTasks;
  /** Webhook delivery; `settled()` waits for every queued delivery. */
  webhooks: WebhookEngine;
  context: EmulatorContext;
  /**
   * Drop the state of one account (or of every account), keeping credentials and default service SIDs, with its
   * pending timers and tasks.
   */
  reset(accountSid?: string): void;
  /**
   * Start shutting down: from now on every new request is answered 503 (20503) and every response, including those of
   * requests already running, carries `Connection: close` (serve.ts drains the sockets).
   */
  beginDrain(): void;
  /** Whether {@link beginDrain} was called. */
  readonly draining: boolean;
  /** The whole state as a JSON document (state.ts), to start another emulator from (`options.state`). */
  saveState(): string;
  /** Stop every timer and task and close the app. */
  close(): Promise<void>;
}

/** One generated account: AC + 32 hex, token 32 hex. */
export function generateAccount(): EmulatorAccount {
  return { accountSid: newSid('AC'), authToken: newSecret() };
}

/** Map any error (ours, fastify's, or a bug) onto the Twilio catalogue. */
export function toTwilioError(error: unknown, path: string): TwilioApiError {
  if (error instanceof TwilioApiError) return error;
  const fastifyError = error as Partial<FastifyError>;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return twilioError('INVALID_PARAMETER', {
        param: 'Content-Type',
        detail: 'request bodies must be application/x-www-form-urlencoded',
      });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return twilioError('REQUEST_TOO_LARGE');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return twilioError('INVALID_PARAMETER', { param: 'body', detail: fastifyError.message ?? 'malformed' });
    case 'FST_ERR_NOT_FOUND':
      return twilioError('NOT_FOUND', { path });
    default:
      if (
        typeof fastifyError.statusCode === 'number' &&
        fastifyError.statusCode >= 400 &&
        fastifyError.statusCode < 500
      ) {
        return twilioError('INVALID_PARAMETER', { param: 'request', detail: fastifyError.message ?? 'invalid' });
      }
      return twilioError('INTERNAL_ERROR');
  }
}

/** Build the emulator without listening; drive it with `app.inject()` or `startEmulator()`. */
export function buildEmulator(options: EmulatorOptions = {}): Emulator {
  const faults = createFaultSet(options.faults);
  const restored = options.state && checkRestore(options, restoreState(options.state.document, options.state.source));
  const accounts = restored
    ? [...restored.accounts.values()].map((a) => ({
        accountSid: a.sid,
        authToken: a.authToken,
        apiKeys: a.apiKeys.map((k) => ({ ...k })),
      }))
    : options.accounts?.length
      ? options.accounts.map((a) => ({ ...a }))
      : [generateAccount()];
  for (const account of accounts) {
    if (!isSid(account.accountSid, 'AC')) throw new Error(`invalid accountSid: ${account.accountSid}`);
  }
  const app = Fastify({
    logger: options.logger ?? false,
    // Every error the HTTP layer itself produces is in Twilio's shape (server-errors.ts, D-EMU-HTTP-1). Path
    // parameters are bounded only by node's 16 KB header limit, so a long unique name or identity reaches the handler.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 16 * 1024 },
    clientErrorHandler: handleClientError,
    frameworkErrors: handleFrameworkError,
    // The drain below answers requests during shutdown itself, in Twilio's shape.
    return503OnClosing: false,
    // Node would answer a request without Host with an empty 400; the hook below answers it in Twilio's shape.
    http: { requireHostHeader: false },
  });
  app.server.on('connect', (_request, socket) => answerAndClose(socket, twilioError('METHOD_NOT_ALLOWED')));
  const report = (error: unknown): void => app.log.error({ err: error }, 'emulator background failure');
  const firstAccount = accounts[0]?.accountSid ?? '';
  const clock = createAccountClocks(options.clock ?? 'wall', firstAccount, report);
  const events = createEvents(report);
  const background = createBackgroundTasks(report);
  let store: EmulatorStore;
  if (restored) {
    store = emptyStore(restored.seq);
    for (const [sid, account] of restored.accounts) store.accounts.set(sid, account);
    if (restored.clock.mode === 'virtual') {
      for (const [sid, ms] of restored.clock.now) {
        try {
          clock.of(sid).set(new Date(ms));
        } catch (cause) {
          throw new KitError('CONFORMANCE_ERR_STATE_FILE', `state file ${options.state?.source}: bad clock`, { cause });
        }
      }
    }
  } else {
    store = createStore(accounts, (sid) => clock.of(sid).now());
  }
  const webhooks = createWebhookEngine({ store, events, clock, timeoutMs: options.webhookTimeoutMs, report, faults });
  const context: EmulatorContext = {
    store,
    clock,
    events,
    background,
    hooks: webhooks,
    cwpParticipantDelayMs: options.cwpParticipantDelayMs ?? 25,
    faults,
  };
  const stopWork = (): void => {
    clock.cancelAll();
    background.cancelAll();
    webhooks.cancelAll();
  };
  const reset = (accountSid?: string): void => {
    // Webhook deliveries already queued still go out: they are not keyed by account, and other accounts' must not stop.
    if (accountSid === undefined) webhooks.cancelAll();
    for (const sid of accountSid === undefined ? [...store.accounts.keys()] : [accountSid]) {
      clock.of(sid).cancelAll();
      background.cancelAll(sid);
      resetAccount(store, sid, clock.of(sid).now());
    }
  };
  let draining = false;

  // First of all hooks: during shutdown nothing new starts (D-EMU-SHUTDOWN-1); a request without Host cannot be
  // answered with the absolute URLs every resource carries (D-EMU-URL).
  // This first hook stays async, and it is the one asynchronous step before a route answers: it lets node's parser
  // finish the bytes it is reading before anything is written, so a request whose body breaks the parser is answered by
  // the parser error (400, Connection: close, server-errors.ts) and not by a route or the auth hook. The later hooks
  // are synchronous (`done`): each async hook costs a promise and its ticks per request.
  app.addHook('onRequest', async (request, reply) => {
    if (draining) {
      const error = twilioError('SERVICE_UNAVAILABLE');
      reply.header('connection', 'close').header('retry-after', '1');
      return reply.code(error.status).type('application/json; charset=utf-8').send(error.toBody());
    }
    if (!request.headers.host)
      throw twilioError('INVALID_PARAMETER', { param: 'Host', detail: 'the header is required' });
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (draining) reply.header('connection', 'close');
    done(null, payload);
  });
  registerFormParser(app);
  registerAuth(app, () => store, faults);
  registerResponseFaults(app, faults);
  app.setErrorHandler((error, request, reply) => {
    const twilio = toTwilioError(error, pathOf(request));
    if (twilio.status >= 500) request.log.error({ err: error }, 'emulator error');
    if (twilio.status === 401) reply.header('WWW-Authenticate', WWW_AUTHENTICATE);
    return reply.code(twilio.status).type('application/json; charset=utf-8').send(twilio.toBody());
  });
  app.setNotFoundHandler((request) => {
    throw twilioError('NOT_FOUND', { path: pathOf(request) });
  });

  const routes = createRoutes(app);
  for (const resource of ACCOUNT_RESOURCES) resource.register(routes, context);
  for (const mount of MOUNTS) for (const resource of SERVICE_RESOURCES) resource.register(routes, context, mount);
  registerControl(routes, context, { reset: (accountSid) => reset(accountSid) });
  routes.finish();
  if (restored) rescheduleTimers(context);

  return {
    app,
    accounts,
    clock,
    store,
    events,
    background,
    webhooks,
    context,
    reset,
    beginDrain() {
      draining = true;
    },
    get draining() {
      return draining;
    },
    saveState() {
      const mode = options.clock ?? 'wall';
      const payload = encodePayload(store.accounts, store.lastSeq(), { mode, now: (sid) => clock.of(sid).now() });
      return JSON.stringify(stateDocument(payload, new Date()));
    },
    async close() {
      stopWork();
      await webhooks.close();
      await app.close();
    },
  };
}

/** A restored state fits the options: the same clock mode, and given accounts are its accounts with their tokens. */
function checkRestore(options: EmulatorOptions, restored: RestoredState): RestoredState {
  const source = options.state?.source ?? 'state';
  const mode = options.clock ?? 'wall';
  if (restored.clock.mode !== mode) {
    throw new KitError(
      'CONFORMANCE_ERR_STATE_FILE',
      `state file ${source} was saved with --clock ${restored.clock.mode}; start with the same --clock (it was left untouched)`,
    );
  }
  for (const given of options.accounts ?? []) {
    if (restored.accounts.get(given.accountSid)?.authToken !== given.authToken) {
      throw new KitError(
        'CONFORMANCE_ERR_STATE_FILE',
        `state file ${source} holds account(s) ${[...restored.accounts.keys()].join(', ')}, not the credentials given ` +
          `for ${given.accountSid}; start with that account's credentials or none (it was left untouched)`,
      );
    }
  }
  return restored;
}

/** Timers are not saved (state.ts): schedule each conversation's and each unattached media's again, on its account. */
function rescheduleTimers(ctx: EmulatorContext): void {
  for (const [sid, account] of ctx.store.accounts) {
    runInAccount(sid, () => {
      for (const service of account.services.values()) {
        for (const conversation of service.conversations.values()) scheduleTimers(ctx, conversation);
        for (const media of service.media.values())
          if (media.messageSid === null) scheduleMediaCollection(ctx, service, media);
      }
    });
  }
}
