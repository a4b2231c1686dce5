// The emulator's whole state: accounts → services → conversations/participants/users/roles. Plain data and small
// functions; every check-and-insert runs synchronously so concurrent requests cannot interleave.
import type { EmulatorAccount } from '../options.ts';
import { newSid } from '../sid.ts';
import type { AccountState, Role, ServiceNotifications, ServiceState, WebhookSettings } from './types.ts';

/** Root of the in-memory state. */
export interface EmulatorStore {
  readonly accounts: Map<string, AccountState>;
  /** Monotonic sequence shared by every record (creation order). */
  nextSeq(): number;
  /** The last value `nextSeq()` gave (0 before the first); saved with the state (state-file.ts). */
  lastSeq(): number;
}

/** An empty store whose sequence continues after `seq` (a restored state, state-file.ts). */
export function emptyStore(seq = 0): EmulatorStore {
  let last = seq;
  return { accounts: new Map(), nextSeq: () => ++last, lastSeq: () => last };
}

/** Build the store with one state per account, each with its default Conversation Service. */
export function createStore(accounts: readonly EmulatorAccount[], now: (accountSid: string) => Date): EmulatorStore {
  const store = emptyStore();
  for (const account of accounts) {
    store.accounts.set(account.accountSid, createAccountState(store, account, now(account.accountSid)));
  }
  return store;
}

/**
 * Drop one account's data, keeping its credentials, its default service SID and default Messaging Service SID (so
 * cached SIDs stay valid). Other accounts are untouched (D-EMU-CONTROL-1).
 */
export function resetAccount(store: EmulatorStore, accountSid: string, now: Date): void {
  const account = store.accounts.get(accountSid);
  if (!account) return;
  const fresh = createAccountState(
    store,
    { accountSid, authToken: account.authToken, apiKeys: [...account.apiKeys] },
    now,
    account.defaultServiceSid,
    account.configuration.defaultMessagingServiceSid,
  );
  store.accounts.set(accountSid, fresh);
}

/**
 * Account state with its default Conversation Service ("Default Conversations Service") and its default Messaging
 * Service: "Newly created conversations will be assigned to the default Messaging Service configured in your project"
 * (004:L30153; D-CFG-1), so every account has one.
 */
export function createAccountState(
  store: EmulatorStore,
  account: EmulatorAccount,
  now: Date,
  defaultServiceSid: string = newSid('IS'),
  defaultMessagingServiceSid: string = newSid('MG'),
): AccountState {
  const service = createServiceState(
    store,
    account.accountSid,
    'Default Conversations Service',
    now,
    defaultServiceSid,
  );
  return {
    sid: account.accountSid,
    authToken: account.authToken,
    apiKeys: (account.apiKeys ?? []).map((key) => ({ sid: key.sid, secret: key.secret })),
    defaultServiceSid: service.sid,
    services: new Map([[service.sid, service]]),
    // "There are no default timers configured at the time of account creation" (004:L25897).
    configuration: { defaultMessagingServiceSid, defaultInactiveTimer: null, defaultClosedTimer: null },
    bindingPairs: new Map(),
    credentials: new Map(),
    webhooks: defaultWebhookSettings(),
    addressConfigurations: new Map(),
  };
}

/** Conversation-scope permissions (004:L9414-9449). */
export const CONVERSATION_PERMISSIONS: readonly string[] = [
  'addParticipant',
  'deleteAnyMessage',
  'deleteOwnMessage',
  'deleteConversation',
  'editAnyMessage',
  'editAnyMessageAttributes',
  'editAnyUserInfo',
  'editConversationAttributes',
  'editConversationName',
  'editOwnMessage',
  'editOwnMessageAttributes',
  'editOwnUserInfo',
  'leaveConversation',
  'removeParticipant',
  'sendMediaMessage',
  'sendMessage',
];
/** Service-scope permissions (004:L9381-9412). */
export const SERVICE_PERMISSIONS: readonly string[] = [
  'addParticipant',
  'createConversation',
  'deleteAnyMessage',
  'deleteConversation',
  'editAnyMessage',
  'editAnyMessageAttributes',
  'editAnyUserInfo',
  'editConversationAttributes',
  'editConversationName',
  'editOwnMessage',
  'editOwnMessageAttributes',
  'editOwnUserInfo',
  'joinConversation',
  'removeParticipant',
];

/** A Conversation Service with its default roles and configuration (004:L15499-15515). */
export function createServiceState(
  store: EmulatorStore,
  accountSid: string,
  friendlyName: string,
  now: Date,
  sid: string = newSid('IS'),
): ServiceState {
  const role = (friendlyName: string, type: Role['type'], permissions: string[]): Role => ({
    sid: newSid('RL'),
    accountSid,
    chatServiceSid: sid,
    seq: store.nextSeq(),
    friendlyName,
    type,
    permissions,
    dateCreated: now,
    dateUpdated: now,
  });
  const serviceAdmin = role('service admin', 'service', [...SERVICE_PERMISSIONS]);
  const serviceUser = role('service user', 'service', ['createConversation', 'joinConversation', 'editOwnUserInfo']);
  const channelAdmin = role('channel admin', 'conversation', [...CONVERSATION_PERMISSIONS]);
  // Example conversation-role permissions, 004:L8876, plus media and own-attribute edits.
  const channelUser = role('channel user', 'conversation', [
    'sendMessage',
    'sendMediaMessage',
    'leaveConversation',
    'editOwnMessage',
    'editOwnMessageAttributes',
    'deleteOwnMessage',
    'editOwnUserInfo',
  ]);
  return {
    sid,
    accountSid,
    friendlyName,
    dateCreated: now,
    dateUpdated: now,
    conversations: new Map(),
    conversationsByUniqueName: new Map(),
    users: new Map(),
    usersByIdentity: new Map(),
    roles: new Map([serviceAdmin, serviceUser, channelAdmin, channelUser].map((r) => [r.sid, r])),
    configuration: {
      defaultConversationCreatorRoleSid: channelAdmin.sid,
      defaultConversationRoleSid: channelUser.sid,
      defaultChatServiceRoleSid: serviceUser.sid,
      // "reachability_enabled … default false" (004:L15527-15530).
      reachabilityEnabled: false,
    },
    bindings: new Map(),
    media: new Map(),
    notifications: defaultNotifications(),
    webhooks: defaultWebhookSettings(),
  };
}

// biome-ignore-start lint/suspicious/noTemplateCurlyInString: `${CONVERSATION}` etc. are Twilio template variables.
/**
 * Push notification settings of a new service: every type disabled (004:L28903), logging and badge count off, the REST
 * example templates (004:L13945-14020), no sound (D-CFG-12).
 */
export function defaultNotifications(): ServiceNotifications {
  return {
    logEnabled: false,
    newMessage: {
      enabled: false,
      template: 'You have a new message in ${CONVERSATION} from ${PARTICIPANT}: ${MESSAGE}',
      sound: null,
      badgeCountEnabled: false,
      withMedia: {
        enabled: false,
        template: 'You have a new message in ${CONVERSATION} with ${MEDIA_COUNT} media files: ${MEDIA}',
      },
    },
    addedToConversation: {
      enabled: false,
      template: 'You have been added to a Conversation: ${CONVERSATION}',
      sound: null,
    },
    removedFromConversation: {
      enabled: false,
      template: 'You have been removed from a Conversation: ${CONVERSATION}',
      sound: null,
    },
  };
}
// biome-ignore-end lint/suspicious/noTemplateCurlyInString: Twilio template variables end here.

/** Webhook settings before any update: null URLs, POST, no filters, target webhook (D-CFG-1). */
export function defaultWebhookSettings(): WebhookSettings {
  return { method: 'POST', filters: [], preWebhookUrl: null, postWebhookUrl: null, target: 'webhook' };
}
