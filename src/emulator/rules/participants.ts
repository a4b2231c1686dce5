// Participant rules: what kind of participant a request describes, who may join a conversation (limits, uniqueness,
// state) and which changes an update may make. Every check passes before store/participants.ts changes anything.
// Kinds (004:L6172-6175, L23917, L26850-26853):
//   chat         Identity                          → messaging_binding null
//   non-chat     MessagingBinding.Address + ProxyAddress → {type sms|whatsapp, address, proxy_address}
//   GMMS sms     MessagingBinding.Address alone     → {type sms, address}
//   GMMS chat    Identity + ProjectedAddress        → {type sms, projected_address}
//   GMMS gateway ProjectedAddress alone             → {type sms, projected_address}
// Every check-and-insert here is synchronous, so limits hold exactly under concurrent requests.
import type { FaultSet } from '../faults.ts';
import { pairKey } from '../store/conversations.ts';
import {
  type Admission,
  applyParticipantChanges,
  insertParticipant,
  isNonChat,
  type ParticipantChanges,
  type ParticipantPlan,
} from '../store/participants.ts';
import type { EmulatorStore } from '../store/store.ts';
import type { AccountState, Conversation, MessagingBinding, Participant, ServiceState, User } from '../store/types.ts';
import { findUserByIdentity, openConversationCount } from '../store/users.ts';
import { twilioError } from '../twilio-errors.ts';
import {
  ATTRIBUTES_LIMIT,
  charLength,
  MAX_ADDRESS,
  attributes as validAttributes,
  identity as validIdentity,
} from '../validate.ts';
import { checkConversationRole } from './roles.ts';

/** "up to 1000 Participants, including up to 50 non-chat Participants" (004:L22392; DECISIONS: 1000 in total). */
export const PARTICIPANT_LIMITS = { total: 1000, nonChat: 50 } as const;

/**
 * "There is a limit of 10 total Participants in a Group MMS Conversation" (004:L26859; also 004:L22394). The Inbound
 * guide's "up to twenty (20) total Addresses and ProjectedAddresses" (004:L28808) is never reached with 10.
 */
export const GROUP_MMS_PARTICIPANT_LIMIT = 10;

/** "A Chat identity … can be part of 1000 active or inactive Conversations" (004:L22396); closed ones do not count. */
export const USER_CONVERSATION_LIMIT = 1000;

/** Participant parameters as sent (form fields, or the keys of a ConversationWithParticipants JSON element). */
export interface ParticipantInput {
  identity?: string;
  address?: string;
  proxyAddress?: string;
  projectedAddress?: string;
  attributes?: string;
  roleSid?: string;
  dateCreated?: Date;
  dateUpdated?: Date;
}

/** Messaging channel of an address: `whatsapp:` prefixed addresses are WhatsApp (004:L24796, L31114-31117). */
export function channelOf(address: string): MessagingBinding['type'] {
  return address.startsWith('whatsapp:') ? 'whatsapp' : 'sms';
}

function checkAddress(value: string | undefined, kind: 'address' | 'proxy' | 'projected'): string | null {
  if (value === undefined) return null;
  if (value === '') {
    if (kind === 'address') throw twilioError('ADDRESS_EMPTY');
    if (kind === 'proxy') throw twilioError('PROXY_ADDRESS_EMPTY');
    throw twilioError('INVALID_PARAMETER', { param: 'MessagingBinding.ProjectedAddress', detail: 'must not be empty' });
  }
  if (charLength(value) > MAX_ADDRESS) {
    if (kind === 'address') throw twilioError('ADDRESS_INVALID');
    if (kind === 'proxy') throw twilioError('PROXY_ADDRESS_INVALID');
    throw twilioError('INVALID_PARAMETER', {
      param: 'MessagingBinding.ProjectedAddress',
      detail: `longer than ${MAX_ADDRESS} characters`,
    });
  }
  return value;
}

/** Validate everything that does not depend on the conversation's contents. */
export function planParticipant(service: ServiceState, input: ParticipantInput, faults: FaultSet): ParticipantPlan {
  const identity = input.identity === undefined ? null : validIdentity(input.identity, faults);
  const address = checkAddress(input.address, 'address');
  const proxyAddress = checkAddress(input.proxyAddress, 'proxy');
  const projectedAddress = checkAddress(input.projectedAddress, 'projected');

  // A participant is either chat (Identity) or non-chat (binding), never both (error-codes.md 50211; 004:L23917).
  if (identity !== null && (address !== null || proxyAddress !== null)) throw twilioError('IDENTITY_AND_BINDING');
  if (projectedAddress !== null && (address !== null || proxyAddress !== null)) {
    throw twilioError('PROJECTED_ADDRESS_ADD_FAILED');
  }
  if (proxyAddress !== null && address === null) throw twilioError('ADDRESS_EMPTY');
  if (identity === null && address === null && projectedAddress === null) throw twilioError('IDENTITY_NOT_PROVIDED');

  let binding: MessagingBinding | null = null;
  if (address !== null) {
    if (proxyAddress !== null) {
      if (address === proxyAddress) throw twilioError('ADDRESS_EQUALS_PROXY_ADDRESS');
      if (channelOf(address) !== channelOf(proxyAddress)) throw twilioError('ADDRESS_TYPE_MISMATCH');
    }
    binding = { type: channelOf(address), address, proxyAddress, projectedAddress: null };
  } else if (projectedAddress !== null) {
    binding = { type: 'sms', address: null, proxyAddress: null, projectedAddress };
  }

  return {
    identity,
    binding,
    attributes:
      input.attributes === undefined ? '{}' : validAttributes(input.attributes, ATTRIBUTES_LIMIT.participant, faults),
    roleSid: input.roleSid === undefined ? null : checkConversationRole(service, input.roleSid),
    dateCreated: input.dateCreated ?? null,
    dateUpdated: input.dateUpdated ?? null,
  };
}

/** A Group MMS binding: a device address without proxy, or a projected address (004:L26850-26853, L28806-28807). */
export function isGroupMms(binding: MessagingBinding | null): boolean {
  return (
    binding !== null && binding.proxyAddress === null && (binding.address !== null || binding.projectedAddress !== null)
  );
}

/** The conversation size limits: 1000 participants (50417), 10 in Group MMS (50436), 50 non-chat (50418). */
export function assertParticipantLimits(
  conversation: Conversation,
  binding: MessagingBinding | null,
  faults: FaultSet,
): void {
  const total = PARTICIPANT_LIMITS.total + (faults.has('participant-limit-1001') ? 1 : 0);
  if (conversation.participants.size >= total) throw twilioError('PARTICIPANTS_LIMIT');
  if (
    conversation.participants.size >= GROUP_MMS_PARTICIPANT_LIMIT &&
    (isGroupMms(binding) || [...conversation.participants.values()].some((p) => isGroupMms(p.messagingBinding)))
  ) {
    throw twilioError('GROUP_PARTICIPANTS_LIMIT');
  }
  if (binding?.address) {
    let nonChat = 0;
    for (const other of conversation.participants.values()) if (isNonChat(other)) nonChat++;
    const nonChatLimit = PARTICIPANT_LIMITS.nonChat + (faults.has('non-chat-limit-51') ? 1 : 0);
    if (nonChat >= nonChatLimit) throw twilioError('NON_CHAT_PARTICIPANTS_LIMIT');
  }
}

/** Options of {@link admitParticipant}. */
export interface AdmitOptions {
  /** ConversationWithParticipants adds its participants while the conversation is `initializing`. */
  readonly allowInitializing?: boolean;
  /** Fault `participant-limit-race` only: the caller checked the limits before an await and inserts unchecked. */
  readonly limitsChecked?: boolean;
}

/**
 * Check the plan against the conversation and the account, then insert it (store/participants.ts) — synchronously.
 * Rejections: closed (50377) or initializing (50386) conversation; duplicate identity (50433); address pair held by
 * a non-closed conversation (50416, naming it); duplicate GMMS address (50437); 1000 participants (50417); 10 in a
 * Group MMS conversation (50436); 50 non-chat
 * participants (50418); identity already in 1000 open conversations (50214).
 */
export function admitParticipant(
  store: EmulatorStore,
  account: AccountState,
  service: ServiceState,
  conversation: Conversation,
  plan: ParticipantPlan,
  now: Date,
  faults: FaultSet,
  options: AdmitOptions = {},
): Admission {
  // "you cannot add new Participants to a Conversation in the closed state" (004:L25892).
  if (conversation.state === 'closed' && !faults.has('closed-accepts-participants')) {
    throw twilioError('CONVERSATION_CLOSED');
  }
  // "In this state, the conversation cannot be updated" (001:L149).
  if (conversation.state === 'initializing' && !options.allowInitializing) {
    throw twilioError('CONVERSATION_INITIALIZING');
  }
  if (
    plan.identity !== null &&
    conversation.participantsByIdentity.has(plan.identity) &&
    !faults.has('duplicate-identity-accepted')
  ) {
    throw twilioError('PARTICIPANT_EXISTS');
  }
  const binding = plan.binding;
  const key = binding?.address && binding.proxyAddress ? pairKey(binding.address, binding.proxyAddress) : null;
  if (key !== null) {
    const holder = account.bindingPairs.get(key);
    if (holder && !faults.has('binding-pair-not-enforced')) {
      throw twilioError('BINDING_PAIR_IN_USE', { conversationSid: holder.conversationSid });
    }
  } else if (binding && plan.identity === null) {
    for (const other of conversation.participants.values()) {
      const b = other.messagingBinding;
      if (!b || b.proxyAddress !== null) continue;
      const sameAddress = binding.address !== null && b.address === binding.address;
      const sameGateway =
        binding.projectedAddress !== null && other.identity === null && b.projectedAddress === binding.projectedAddress;
      if (sameAddress || sameGateway) throw twilioError('GROUP_PARTICIPANT_EXISTS');
    }
  }
  if (!options.limitsChecked) assertParticipantLimits(conversation, binding, faults);
  const user = plan.identity === null ? undefined : findUserByIdentity(service, plan.identity);
  if (user && openConversationCount(service, user) >= USER_CONVERSATION_LIMIT) {
    throw twilioError('USER_CONVERSATION_LIMIT');
  }
  return insertParticipant(store, account, service, conversation, plan, now);
}

/**
 * Check every change of an update, then apply them (store/participants.ts): all or nothing. Binding rules from the
 * error dictionary: adding a proxy address needs an address (50441), removing needs one (50440); a projected address
 * cannot join a device address (50443) and removing needs one and an identity left behind (50442); an identity can
 * only be added to a projected-address participant without one (50444).
 */
export function updateParticipant(
  store: EmulatorStore,
  account: AccountState,
  service: ServiceState,
  conversation: Conversation,
  participant: Participant,
  changes: ParticipantChanges,
  now: Date,
  faults: FaultSet,
): { createdUser: User | null } {
  const b = participant.messagingBinding;

  if (changes.attributes !== undefined) validAttributes(changes.attributes, ATTRIBUTES_LIMIT.participant, faults);
  if (changes.roleSid !== undefined) checkConversationRole(service, changes.roleSid);
  if (changes.proxyAddress === null) {
    if (!b?.proxyAddress) throw twilioError('PROXY_ADDRESS_REMOVE_FAILED');
  } else if (changes.proxyAddress !== undefined) {
    const proxy = checkAddress(changes.proxyAddress, 'proxy') as string;
    if (!b?.address) throw twilioError('PROXY_ADDRESS_ADD_FAILED');
    if (b.address === proxy) throw twilioError('ADDRESS_EQUALS_PROXY_ADDRESS');
    if (channelOf(b.address) !== channelOf(proxy)) throw twilioError('ADDRESS_TYPE_MISMATCH');
    const holder = account.bindingPairs.get(pairKey(b.address, proxy));
    if (holder && holder.participantSid !== participant.sid) {
      throw twilioError('BINDING_PAIR_IN_USE', { conversationSid: holder.conversationSid });
    }
  }
  if (changes.projectedAddress === null) {
    if (!b?.projectedAddress || participant.identity === null) throw twilioError('PROJECTED_ADDRESS_REMOVE_FAILED');
  } else if (changes.projectedAddress !== undefined) {
    checkAddress(changes.projectedAddress, 'projected');
    if (b?.address) throw twilioError('PROJECTED_ADDRESS_ADD_FAILED');
  }
  if (changes.identity !== undefined) {
    const identity = validIdentity(changes.identity, faults);
    const projected = changes.projectedAddress !== undefined ? changes.projectedAddress : (b?.projectedAddress ?? null);
    if (participant.identity !== null || projected === null) throw twilioError('IDENTITY_ADD_FAILED');
    if (conversation.participantsByIdentity.has(identity)) throw twilioError('PARTICIPANT_EXISTS');
    const user = findUserByIdentity(service, identity);
    if (user && openConversationCount(service, user) >= USER_CONVERSATION_LIMIT) {
      throw twilioError('USER_CONVERSATION_LIMIT');
    }
  }
  return applyParticipantChanges(store, account, service, conversation, participant, changes, now);
}
