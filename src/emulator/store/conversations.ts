// Conversation records within a service: lookup by SID or unique_name (004:L16770), unique-name index, cascade delete.
// Whether a unique name is free is a rule (rules/unique-name.ts), checked by the caller right before these.
import type { AccountState, Conversation, ServiceState } from './types.ts';

/** A conversation by SID, or by unique_name ("Can also be the unique_name of the Conversation", 004:L16770). */
export function findConversation(service: ServiceState, sidOrUniqueName: string): Conversation | undefined {
  const bySid = service.conversations.get(sidOrUniqueName);
  if (bySid) return bySid;
  const sid = service.conversationsByUniqueName.get(sidOrUniqueName);
  return sid === undefined ? undefined : service.conversations.get(sid);
}

/** Insert a new conversation (the caller checks its unique name first; no await may separate the two). */
export function insertConversation(service: ServiceState, conversation: Conversation): void {
  service.conversations.set(conversation.sid, conversation);
  if (conversation.uniqueName !== null)
    service.conversationsByUniqueName.set(conversation.uniqueName, conversation.sid);
}

/** Change a conversation's unique name (null clears it; the caller checks a new name first, without an await). */
export function setUniqueName(service: ServiceState, conversation: Conversation, uniqueName: string | null): void {
  if (conversation.uniqueName !== null) service.conversationsByUniqueName.delete(conversation.uniqueName);
  conversation.uniqueName = uniqueName;
  if (uniqueName !== null) service.conversationsByUniqueName.set(uniqueName, conversation.sid);
}

/** Key of an address pair in {@link AccountState.bindingPairs}. */
export function pairKey(address: string, proxyAddress: string): string {
  return `${address}\u0000${proxyAddress}`;
}

/** Free the address pairs held by the conversation's participants (on close or delete, 004:L28729-28732). */
export function releasePairs(account: AccountState, conversation: Conversation): void {
  for (const participant of conversation.participants.values()) {
    const binding = participant.messagingBinding;
    if (!binding?.address || !binding.proxyAddress) continue;
    const key = pairKey(binding.address, binding.proxyAddress);
    if (account.bindingPairs.get(key)?.participantSid === participant.sid) account.bindingPairs.delete(key);
  }
}

/**
 * Remove a conversation and everything under it: "all its Messages, attached Media, and Participants will be deleted"
 * (004:L33787). Timers are the caller's (conversation-lifecycle.ts) to cancel.
 */
export function removeConversation(account: AccountState, service: ServiceState, conversation: Conversation): void {
  releasePairs(account, conversation);
  for (const participant of conversation.participants.values()) {
    if (participant.identity === null) continue;
    const userSid = service.usersByIdentity.get(participant.identity);
    if (userSid !== undefined) service.users.get(userSid)?.conversationSids.delete(conversation.sid);
  }
  conversation.participants.clear();
  conversation.participantsByIdentity.clear();
  // Messages go with their receipts and their media (004:L22532, L33787).
  for (const message of conversation.messages.values()) {
    for (const mediaSid of message.mediaSids) service.media.delete(mediaSid);
  }
  conversation.messages.clear();
  if (conversation.uniqueName !== null) service.conversationsByUniqueName.delete(conversation.uniqueName);
  service.conversations.delete(conversation.sid);
}
