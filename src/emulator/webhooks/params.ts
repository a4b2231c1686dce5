// Webhook events and the request parameters of each: the event names (pre-action, and the post-action events a
// conversation-scoped webhook may subscribe to), the documented parameters of every event in order (004:L23663-24534),
// and the form-encoded parameter list of one request (004:L23662) built from an event's snake_case data.
import { isoDate } from '../dates.ts';

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
