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
  /** Push credentials (CR…), account-level (004:L14756-14860). */
  readonly credentials: Map<string, Credential>;
  /** Account-level (global) webhook settings (004:L10831-10869). */
  webhooks: WebhookSettings;
  /** Address Configurations (IG…) by SID (004:L9767-10773). */
  readonly addressConfigurations: Map<string, AddressConfiguration>;
}

/** Account-level Configuration resource (004:L9510-9546). */
export interface AccountConfiguration {
  /** Every account has a default Messaging Service that new conversations get (004:L30153; D-CFG-1). */
  defaultMessagingServiceSid: string;
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
  /** Uploaded media (ME…), attached or waiting to be attached (004:L5884-6023, L22776). */
  readonly media: Map<string, Media>;
  /** Push registrations (BS…), 004:L14246-14363. */
  readonly bindings: Map<string, Binding>;
  /** Push notification settings (004:L13837-13872). */
  notifications: ServiceNotifications;
  /** Service-level webhook settings; once a URL is set they replace the account's (004:L21512). */
  webhooks: WebhookSettings;
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
  readonly participantsByIdentity: Map<string, string> /** Messages by SID (IM…), 004:L4540-4621. */;
  readonly messages: Map<string, Message>;
  /** Index the next message gets; never reused, so indices stay in order even after deletes (004:L4563). */
  nextMessageIndex: number;
  /** Conversation-scoped webhooks (WH…) by SID, at most five (004:L11172). */
  readonly webhooks: Map<string, ConversationWebhook>;
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
  /** User Conversation `notification_level` by participant SID; absent = `default` (004:L12672-12677, L13141). */
  readonly notificationLevels: Map<string, NotificationLevel>;
}

/** User Conversation notification level (004:L12672-12677). */
export type NotificationLevel = 'default' | 'muted';

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

/** Push channel of a credential or binding (004:L14835-14840, L14348-14353). */
export type PushType = 'apn' | 'gcm' | 'fcm';

/** A push Credential (CR…), 004:L14815-14860. Secret material is stored, never rendered. */
export interface Credential {
  readonly sid: string;
  readonly accountSid: string;
  readonly seq: number;
  friendlyName: string | null;
  type: PushType;
  /** `Sandbox` (APN only); rendered as "True"/"False" for apn, null otherwise (D-CRED-1). */
  sandbox: boolean;
  secrets: { certificate?: string; privateKey?: string; apiKey?: string; secret?: string };
  readonly dateCreated: Date;
  dateUpdated: Date;
}

/** A push Binding (BS…), 004:L14301-14363: unique per service, identity, endpoint and channel (004:L14299). */
export interface Binding {
  readonly sid: string;
  readonly accountSid: string;
  readonly chatServiceSid: string;
  readonly seq: number;
  credentialSid: string;
  readonly endpoint: string;
  readonly identity: string;
  readonly bindingType: PushType;
  messageTypes: string[];
  readonly dateCreated: Date;
  dateUpdated: Date;
}

/** One push notification type's settings (004:L13849-13862). */
export interface NotificationSettings {
  enabled: boolean;
  template: string;
  sound: string | null;
}

/** Service Notification resource (004:L13837-13872; defaults D-CFG-12). */
export interface ServiceNotifications {
  logEnabled: boolean;
  newMessage: NotificationSettings & { badgeCountEnabled: boolean; withMedia: { enabled: boolean; template: string } };
  addedToConversation: NotificationSettings;
  removedFromConversation: NotificationSettings;
}

/** A Conversation Message (IM…), 004:L4540-4621. */
export interface Message {
  readonly sid: string;
  readonly accountSid: string;
  readonly chatServiceSid: string;
  readonly conversationSid: string;
  readonly seq: number;
  /** Position in the conversation: increasing, not necessarily consecutive (004:L4563). */
  readonly index: number;
  author: string;
  /** The author's participant; null for system messages (004:L4589). */
  participantSid: string | null;
  body: string | null;
  subject: string | null;
  attributes: string;
  /** Attached media SIDs in request order; their records live in {@link ServiceState.media}. */
  readonly mediaSids: readonly string[];
  readonly contentSid: string | null;
  readonly contentVariables: string | null;
  dateCreated: Date;
  /** null until the message is edited (004:L4600; D-MSG-4). */
  dateUpdated: Date | null;
  /** Delivery receipts (DY…) by SID, one per non-chat recipient (004:L26171). */
  readonly receipts: Map<string, DeliveryReceipt>;
}

/** Delivery receipt statuses; null = "still within Twilio" (004:L12120-12125, L26179-26185). */
export type DeliveryStatus = 'sent' | 'delivered' | 'read' | 'failed' | 'undelivered';

/** A Delivery Receipt (DY…), 004:L12082-12146. Only the latest status is kept (004:L26662). */
export interface DeliveryReceipt {
  readonly sid: string;
  readonly accountSid: string;
  readonly chatServiceSid: string;
  readonly conversationSid: string;
  readonly messageSid: string;
  readonly participantSid: string;
  readonly seq: number;
  /** SM… for SMS, WA… for WhatsApp (004:L12108-12112). */
  channelMessageSid: string | null;
  status: DeliveryStatus | null;
  errorCode: number | null;
  readonly dateCreated: Date;
  dateUpdated: Date | null;
}

/** An uploaded Media file (ME…), 004:L5954-5985. Immutable once created (004:L22532) but for its attachment. */
export interface Media {
  readonly sid: string;
  readonly accountSid: string;
  readonly chatServiceSid: string;
  readonly seq: number;
  readonly contentType: string;
  readonly filename: string | null;
  readonly size: number;
  readonly content: Buffer;
  readonly author: string;
  readonly dateCreated: Date;
  dateUpdated: Date;
  /** The conversation and message it is attached to; null until attached (004:L5968-5971). */
  conversationSid: string | null;
  messageSid: string | null;
  /** Garbage collection of unattached media after five minutes (004:L22776). */
  gcTimer: TimerHandle | null;
}

/** HTTP method of a webhook request (004:L10841-10842, L11261-11265). */
export type WebhookMethod = 'GET' | 'POST';

/**
 * Webhook settings of the account (`/v1/Configuration/Webhooks`, 004:L10831-10869) or of one service
 * (`/v1/Services/{IS}/Configuration/Webhooks`, 004:L21516-21553). Initial values: null URLs, POST, no filters,
 * target webhook (D-CFG-1). Services have no target; theirs stays `webhook`.
 */
export interface WebhookSettings {
  method: WebhookMethod;
  filters: string[];
  preWebhookUrl: string | null;
  postWebhookUrl: string | null;
  target: 'webhook' | 'flex';
}

/** A Conversation-scoped webhook (WH…), 004:L11192-11235; at most five per conversation (004:L11172). */
export interface ConversationWebhook {
  readonly sid: string;
  readonly accountSid: string;
  readonly chatServiceSid: string;
  readonly conversationSid: string;
  readonly seq: number;
  readonly target: 'webhook' | 'trigger' | 'studio';
  url: string | null;
  method: WebhookMethod;
  /** Post-event names (target webhook). */
  filters: string[];
  /** Keywords (target trigger), echoed as `configuration.filters` (004:L11715-11724). */
  triggers: string[];
  flowSid: string | null;
  readonly replayAfter: number | null;
  readonly dateCreated: Date;
  dateUpdated: Date;
}

/** Address types (004:L9889-9890; D-CFG-15: `apple` and `chat` are two values). */
export type AddressType = 'sms' | 'whatsapp' | 'messenger' | 'gbm' | 'email' | 'rcs' | 'apple' | 'chat';

/** An Address Configuration (IG…), 004:L9827-9877; one per address (D-CFG-14). */
export interface AddressConfiguration {
  readonly sid: string;
  readonly accountSid: string;
  readonly seq: number;
  readonly type: AddressType;
  readonly address: string;
  friendlyName: string | null;
  /** `auto_creation` (004:L9854-9857); every field is stored, the rendered keys depend on `type` (D-CFG-19). */
  autoCreation: {
    enabled: boolean;
    type: 'webhook' | 'studio' | 'default';
    conversationServiceSid: string | null;
    webhookUrl: string | null;
    webhookMethod: WebhookMethod | null;
    webhookFilters: string[] | null;
    studioFlowSid: string | null;
    studioRetryCount: number | null;
  };
  readonly addressCountry: string | null;
  readonly dateCreated: Date;
  dateUpdated: Date;
}
