// Builds the emulator: state, clock, events and the fastify app with every resource mounted. No listen (serve.ts).
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { registerAuth, WWW_AUTHENTICATE } from './auth.ts';
import { type BackgroundTasks, createBackgroundTasks } from './background.ts';
import { type Clock, createClock } from './clock.ts';
import { type EmulatorContext, MOUNTS } from './context.ts';
import { registerControl } from './control.ts';
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
import { mediaResource } from './resources/media.ts';
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
import { isSid, newSecret, newSid } from './sid.ts';
import { createStore, type EmulatorStore, resetStore } from './store/store.ts';
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
  clock: Clock;
  store: EmulatorStore;
  events: EmulatorEvents;
  /** Real-time deferred work (ConversationWithParticipants under the wall clock); `flush()` runs it now. */
  background: BackgroundTasks;
  /** Webhook delivery; `settled()` waits for every queued delivery. */
  webhooks: WebhookEngine;
  context: EmulatorContext;
  /** Drop all state (keep accounts and default service SIDs) and every pending timer and task. */
  reset(): void;
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
  const accounts = options.accounts?.length ? options.accounts.map((a) => ({ ...a })) : [generateAccount()];
  for (const account of accounts) {
    if (!isSid(account.accountSid, 'AC')) throw new Error(`invalid accountSid: ${account.accountSid}`);
  }
  const app = Fastify({ logger: options.logger ?? false, routerOptions: { ignoreTrailingSlash: true } });
  const report = (error: unknown): void => app.log.error({ err: error }, 'emulator background failure');
  const clock = createClock(options.clock ?? 'wall', report);
  const events = createEvents(report);
  const background = createBackgroundTasks(report);
  const store = createStore(accounts, clock.now());
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
  const reset = (): void => {
    stopWork();
    resetStore(store, clock.now());
  };

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
  registerControl(routes, context, { reset });
  routes.finish();

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
    async close() {
      stopWork();
      await webhooks.close();
      await app.close();
    },
  };
}
