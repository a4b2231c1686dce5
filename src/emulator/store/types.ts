// Plain in-memory records of the emulator's state. Field names follow the resources' properties (camelCase here,
// snake_case on the wire). Later resources add their records here and a map to the owning record.
import type { TimerHandle } from '../clock.ts';

/** One emulated Twilio account and everything it owns. */
export interface AccountState {
  readonly sid: string;
  readonly authToken: string;
  readonly apiKeys: ReadonlyArray<{ readonly sid: string; readonly secret: string }>;
  /** The Conversation Service used by the short `/v1/...` paths (004:L9516-9520). */
  defaultServiceSid: string;
  readonly services: Map<string, ServiceState>;
  configuration: AccountConfiguration;
  /**
   * Address + proxy address pairs held by participants of non-closed conversations, account-wide: "a Participant's
   * to/from number pair can only be in one active Conversation at the same time" (004:L28725, L787, L25015).
   */
  readonly bindingPairs: Map<string, BindingPairHolder>;
}

/** Account-level Configuration resource (004:L9510-9546). */
export interface AccountConfiguration {
  defaultMessagingServiceSid: string | null;
  defaultInactiveTimer: string | null;
  defaultClosedTimer: string | null;
}

/** The participant holding an address pair. */
export interface BindingPairHolder {
  readonly chatServiceSid: string;
  readonly conversationSid: string;
  readonly participantSid: string;
}

/** A Conversation Service (IS…) and its contents (004:L15844). */
export interface ServiceState {
  readonly sid: string;
  readonly accountSid: string;
  friendlyName: string;
  readonly dateCreated: Date;
  dateUpdated: Date;
  readonly conversations: Map<string, Conversation>;
  /** unique_name → conversation SID; unique within the service (DECISIONS: unique-name scope). */
  readonly conversationsByUniqueName: Map<string, string>;
  readonly users: Map<string, User>;
  readonly usersByIdentity: Map<string, string>;
  readonly roles: Map<string, Role>;
  configuration: ServiceConfiguration;
}

/** Service Configuration resource (004:L15493-15530). */
export interface ServiceConfiguration {
  defaultConversationCreatorRoleSid: string;
  defaultConversationRoleSid: string;
  defaultChatServiceRoleSid: string;
  reachabilityEnabled: boolean;
}

/** Conversation states (000:L24; 004:L16516). */
export type ConversationState = 'initializing' | 'active' | 'inactive' | 'closed';

/** A Conversation (CH…), 004:L16474-16547. */
export interface Conversation {
  readonly sid: string;
  readonly accountSid: string;
  readonly chatServiceSid: string;
  /** Creation order, the tie-breaker of every list. */
  readonly seq: number;
  messagingServiceSid: string | null;
  friendlyName: string | null;
  uniqueName: string | null;
  attributes: string;
  state: ConversationState;
  dateCreated: Date;
  dateUpdated: Date;
  /** Configured timers in ms (null = not set / disabled with PT0S), 004:L25896-25924. */
  timers: { inactiveMs: number | null; closedMs: number | null };
  /** When the timer counters last restarted (creation, update, manual state change, message). */
  timerBase: Date;
  timerHandles: { inactive: TimerHandle | null; closed: TimerHandle | null };
  /** `Bindings.Email.*` (004:L16618-16626). */
  bindings: { email?: { address: string | null; name: string | null } };
  readonly participants: Map<string, Participant>;
  /** identity → participant SID, for chat participants. */
  readonly participantsByIdentity: Map<string, string>;
}

/** Messaging binding of a non-chat or Group MMS participant (004:L6303, L27092, L27205, L31123). */
export interface MessagingBinding {
  type: 'sms' | 'whatsapp';
  address: string | null;
  proxyAddress: string | null;
  projectedAddress: string | null;
}

/** A Participant (MB…), 004:L6105-6167. */
export interface Participant {
  readonly sid: string;
  readonly accountSid: string;
  readonly chatServiceSid: string;
  readonly conversationSid: string;
  readonly seq: number;
  identity: string | null;
  attributes: string;
  messagingBinding: MessagingBinding | null;
  roleSid: string | null;
  dateCreated: Date;
  dateUpdated: Date;
  lastReadMessageIndex: number | null;
  lastReadTimestamp: string | null;
}

/** A User (US…), 004:L7899-7967. Created on demand for chat participants. */
export interface User {
  readonly sid: string;
  readonly accountSid: string;
  readonly chatServiceSid: string;
  readonly seq: number;
  readonly identity: string;
  friendlyName: string | null;
  attributes: string;
  roleSid: string | null;
  dateCreated: Date;
  dateUpdated: Date;
  /** Conversations this user is a participant of (closed ones included; they do not count toward the limit). */
  readonly conversationSids: Set<string>;
}

/** A Role (RL…), 004:L8737-8787. */
export interface Role {
  readonly sid: string;
  readonly accountSid: string;
  readonly chatServiceSid: string;
  readonly seq: number;
  friendlyName: string;
  readonly type: 'conversation' | 'service';
  permissions: string[];
  readonly dateCreated: Date;
  dateUpdated: Date;
}
