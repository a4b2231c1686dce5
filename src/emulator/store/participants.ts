// Participants of a conversation: the records and their indexes (the conversation's identity index, the account's
// address pairs, the users' conversation links). Who may join or change, and with what, is decided first by
// rules/participants.ts; these functions only apply what passed, synchronously.
import { newSid } from '../sid.ts';
import { pairKey } from './conversations.ts';
import type { EmulatorStore } from './store.ts';
import type { AccountState, Conversation, MessagingBinding, Participant, ServiceState, User } from './types.ts';
import { findUserByIdentity, insertUser, newUser } from './users.ts';

/** A validated participant, ready for admission. */
export interface ParticipantPlan {
  readonly identity: string | null;
  readonly binding: MessagingBinding | null;
  readonly attributes: string;
  readonly roleSid: string | null;
  readonly dateCreated: Date | null;
  readonly dateUpdated: Date | null;
}

/** Whether a participant counts toward the 50 non-chat limit: it has a device address (SMS, WhatsApp, GMMS SMS). */
export function isNonChat(participant: Pick<Participant, 'messagingBinding'>): boolean {
  return Boolean(participant.messagingBinding?.address);
}

/** Result of an admission. */
export interface Admission {
  readonly participant: Participant;
  /** The user created for a chat participant whose identity had none. */
  readonly createdUser: User | null;
}

/**
 * Insert an admitted participant: the record, its identity and address pair indexes, and its user's conversation link
 * (the user is created when the identity has none).
 */
export function insertParticipant(
  store: EmulatorStore,
  account: AccountState,
  service: ServiceState,
  conversation: Conversation,
  plan: ParticipantPlan,
  now: Date,
): Admission {
  const binding = plan.binding;
  const key = binding?.address && binding.proxyAddress ? pairKey(binding.address, binding.proxyAddress) : null;
  let user = plan.identity === null ? undefined : findUserByIdentity(service, plan.identity);
  const participant: Participant = {
    sid: newSid('MB'),
    accountSid: account.sid,
    chatServiceSid: service.sid,
    conversationSid: conversation.sid,
    seq: store.nextSeq(),
    identity: plan.identity,
    attributes: plan.attributes,
    messagingBinding: binding ? { ...binding } : null,
    // Every participant gets the service's default conversation role unless one is given (004:L15505-15510).
    roleSid: plan.roleSid ?? service.configuration.defaultConversationRoleSid,
    dateCreated: plan.dateCreated ?? now,
    dateUpdated: plan.dateUpdated ?? plan.dateCreated ?? now,
    lastReadMessageIndex: null,
    lastReadTimestamp: null,
  };
  conversation.participants.set(participant.sid, participant);
  if (key !== null) {
    account.bindingPairs.set(key, {
      chatServiceSid: service.sid,
      conversationSid: conversation.sid,
      participantSid: participant.sid,
    });
  }
  let createdUser: User | null = null;
  if (plan.identity !== null) {
    conversation.participantsByIdentity.set(plan.identity, participant.sid);
    if (!user) {
      user = newUser(store, service, plan.identity, now);
      insertUser(service, user);
      createdUser = user;
    }
    user.conversationSids.add(conversation.sid);
  }
  return { participant, createdUser };
}

/** A participant of the conversation by SID, or by identity (004:L6467). */
export function findParticipant(conversation: Conversation, sidOrIdentity: string): Participant | undefined {
  const bySid = conversation.participants.get(sidOrIdentity);
  if (bySid) return bySid;
  const sid = conversation.participantsByIdentity.get(sidOrIdentity);
  return sid === undefined ? undefined : conversation.participants.get(sid);
}

/** Remove a participant; frees its address pair (004:L28729-28732). Earlier messages stay (004:L6087). */
export function removeParticipant(
  account: AccountState,
  service: ServiceState,
  conversation: Conversation,
  participant: Participant,
): void {
  const b = participant.messagingBinding;
  if (b?.address && b.proxyAddress) {
    const key = pairKey(b.address, b.proxyAddress);
    if (account.bindingPairs.get(key)?.participantSid === participant.sid) account.bindingPairs.delete(key);
  }
  if (participant.identity !== null) {
    conversation.participantsByIdentity.delete(participant.identity);
    findUserByIdentity(service, participant.identity)?.conversationSids.delete(conversation.sid);
  }
  conversation.participants.delete(participant.sid);
}

/** Changes of a participant update (004:L6942-6986); `null` for the binding fields means the literal 'null' (remove). */
export interface ParticipantChanges {
  attributes?: string;
  roleSid?: string;
  dateCreated?: Date;
  dateUpdated?: Date;
  identity?: string;
  proxyAddress?: string | null;
  projectedAddress?: string | null;
  lastReadMessageIndex?: number;
  lastReadTimestamp?: string;
}

/**
 * Apply an update whose every change passed the rules: the fields, the address pair index (a pair is only held while
 * the conversation is not closed), and for an added identity its index entry and user link (the user is created when
 * the identity has none).
 */
export function applyParticipantChanges(
  store: EmulatorStore,
  account: AccountState,
  service: ServiceState,
  conversation: Conversation,
  participant: Participant,
  changes: ParticipantChanges,
  now: Date,
): { createdUser: User | null } {
  const b = participant.messagingBinding;
  const oldPair = b?.address && b.proxyAddress ? pairKey(b.address, b.proxyAddress) : null;
  // undefined = unchanged
  const newPair =
    changes.proxyAddress === undefined
      ? undefined
      : changes.proxyAddress === null || !b?.address
        ? null
        : pairKey(b.address, changes.proxyAddress);
  let user = changes.identity === undefined ? undefined : findUserByIdentity(service, changes.identity);

  if (changes.attributes !== undefined) participant.attributes = changes.attributes;
  if (changes.roleSid !== undefined) participant.roleSid = changes.roleSid;
  if (changes.lastReadMessageIndex !== undefined) participant.lastReadMessageIndex = changes.lastReadMessageIndex;
  if (changes.lastReadTimestamp !== undefined) participant.lastReadTimestamp = changes.lastReadTimestamp;
  if (newPair !== undefined && b) {
    if (oldPair !== null && account.bindingPairs.get(oldPair)?.participantSid === participant.sid) {
      account.bindingPairs.delete(oldPair);
    }
    b.proxyAddress = changes.proxyAddress ?? null;
    // Pairs are only held while the conversation is not closed (004:L28729-28732).
    if (newPair !== null && conversation.state !== 'closed') {
      account.bindingPairs.set(newPair, {
        chatServiceSid: service.sid,
        conversationSid: conversation.sid,
        participantSid: participant.sid,
      });
    }
  }
  if (changes.projectedAddress === null) participant.messagingBinding = null;
  else if (changes.projectedAddress !== undefined) {
    participant.messagingBinding = {
      type: 'sms',
      address: null,
      proxyAddress: null,
      projectedAddress: changes.projectedAddress,
    };
  }
  let createdUser: User | null = null;
  if (changes.identity !== undefined) {
    participant.identity = changes.identity;
    conversation.participantsByIdentity.set(changes.identity, participant.sid);
    if (!user) {
      user = newUser(store, service, changes.identity, now);
      insertUser(service, user);
      createdUser = user;
    }
    user.conversationSids.add(conversation.sid);
  }
  if (changes.dateCreated !== undefined) participant.dateCreated = changes.dateCreated;
  participant.dateUpdated = changes.dateUpdated ?? now;
  return { createdUser };
}
