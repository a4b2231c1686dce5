// The emulator's whole state: accounts → services → conversations/participants/users/roles. Plain data and small
// functions; every check-and-insert runs synchronously so concurrent requests cannot interleave.
import type { EmulatorAccount } from '../options.ts';
import { newSid } from '../sid.ts';
import type { AccountState, Role, ServiceState } from './types.ts';

/** Root of the in-memory state. */
export interface EmulatorStore {
  readonly accounts: Map<string, AccountState>;
  /** Monotonic sequence shared by every record (creation order). */
  nextSeq(): number;
}

/** Build the store with one state per account, each with its default Conversation Service. */
export function createStore(accounts: readonly EmulatorAccount[], now: Date): EmulatorStore {
  let seq = 0;
  const store: EmulatorStore = { accounts: new Map(), nextSeq: () => ++seq };
  for (const account of accounts) store.accounts.set(account.accountSid, createAccountState(store, account, now));
  return store;
}

/** Drop every account's data, keeping credentials and the default service SID (so cached SIDs stay valid). */
export function resetStore(store: EmulatorStore, now: Date): void {
  for (const [sid, account] of store.accounts) {
    const fresh = createAccountState(
      store,
      { accountSid: sid, authToken: account.authToken, apiKeys: [...account.apiKeys] },
      now,
      account.defaultServiceSid,
    );
    store.accounts.set(sid, fresh);
  }
}

/** Account state with its default Conversation Service ("Default Conversations Service"). */
export function createAccountState(
  store: EmulatorStore,
  account: EmulatorAccount,
  now: Date,
  defaultServiceSid: string = newSid('IS'),
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
    configuration: { defaultMessagingServiceSid: null, defaultInactiveTimer: null, defaultClosedTimer: null },
    bindingPairs: new Map(),
  };
}

// Conversation-scope permissions (004:L9414-9449) and service-scope permissions (004:L9381-9412).
const CONVERSATION_PERMISSIONS = [
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
const SERVICE_PERMISSIONS = [
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
  };
}
