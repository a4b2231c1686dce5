// Messages of a conversation, their delivery receipts and attached media. Plain data and synchronous functions, so a
// check-and-insert cannot interleave with another request.
//  - index: increasing per conversation, never reused — "Indices may skip numbers, but will always be in order of when
//    the message was received" (004:L4563); the first is 0 (004:L4564, L4790).
//  - receipts: one per non-chat (SMS, WhatsApp) recipient; chat recipients emit none (004:L26171, L26752-26753).
//  - media: at most ten per message (004:L61), 150 MB combined (004:L32941); an upload attaches to one message only,
//    is deleted with it (004:L22532) and with its conversation (004:L33787).
import type { FaultSet } from '../faults.ts';
import { isSid, newSid } from '../sid.ts';
import { twilioError } from '../twilio-errors.ts';
import { isNonChat } from './participants.ts';
import type { EmulatorStore } from './store.ts';
import type {
  AccountState,
  Conversation,
  DeliveryReceipt,
  DeliveryStatus,
  Media,
  Message,
  Participant,
  ServiceState,
} from './types.ts';

/** "You can attach up to ten Media objects to a single Message" (004:L61; D-MSG-2). */
export const MESSAGE_MEDIA_LIMIT = 10;

/** Chat media: "any type up to 150MB"; "maximum combined size of attachments is 150 MB" (004:L22402, L32941). */
export const MEDIA_MAX_BYTES = 150 * 1024 * 1024;

/** Uploaded media not attached "within five minutes" is garbage-collected (004:L22776). */
export const MEDIA_ATTACH_WINDOW_MS = 5 * 60_000;

/** `none | some | all` of the message's receipts (SDK DeliveryAmount, 004:L38020-38021). */
export type DeliveryAmount = 'none' | 'some' | 'all';

/** The `delivery` summary of a message (004:L4793-4814, L26340-26364; D-MSG-5). */
export interface DeliverySummary {
  total: number;
  sent: DeliveryAmount;
  delivered: DeliveryAmount;
  read: DeliveryAmount;
  failed: DeliveryAmount;
  undelivered: DeliveryAmount;
}

/**
 * The participant a message author names: a chat participant by identity, else a non-chat participant by address
 * (004:L27299, L27324). `system` (the default author) names none.
 */
export function authorParticipant(conversation: Conversation, author: string): Participant | undefined {
  const bySid = conversation.participantsByIdentity.get(author);
  if (bySid !== undefined) return conversation.participants.get(bySid);
  for (const participant of conversation.participants.values()) {
    if (participant.messagingBinding?.address === author) return participant;
  }
  return undefined;
}

/**
 * Resolve `MediaSid` values to uploads of the service that can be attached: each an ME SID (50510) of an existing
 * upload (50507) not attached to another message nor named twice (50508); at most ten (D-MSG-2) and 150 MB in all
 * (50512).
 */
export function mediaToAttach(service: ServiceState, sids: readonly string[]): Media[] {
  if (sids.length > MESSAGE_MEDIA_LIMIT) {
    throw twilioError('INVALID_PARAMETER', {
      param: 'MediaSid',
      detail: `at most ${MESSAGE_MEDIA_LIMIT} media per message`,
    });
  }
  const out: Media[] = [];
  let total = 0;
  for (const sid of sids) {
    if (!isSid(sid, 'ME')) throw twilioError('MEDIA_SID_INVALID');
    const media = service.media.get(sid);
    if (!media) throw twilioError('MEDIA_NOT_FOUND');
    if (media.messageSid !== null || out.includes(media)) throw twilioError('MEDIA_ALREADY_SENT');
    total += media.size;
    out.push(media);
  }
  if (total > MEDIA_MAX_BYTES) throw twilioError('MEDIA_TOO_LARGE');
  return out;
}

/** A validated message, ready for insertion. */
export interface MessagePlan {
  readonly author: string;
  readonly body: string | null;
  readonly subject: string | null;
  readonly attributes: string;
  readonly media: readonly Media[];
  readonly contentSid: string | null;
  readonly contentVariables: string | null;
  readonly dateCreated: Date | null;
  readonly dateUpdated: Date | null;
}

/** What an insertion produced. */
export interface MessageInsertion {
  readonly message: Message;
  readonly receipts: readonly DeliveryReceipt[];
}

/**
 * Insert a message: next index, author participant, media attached, one `sent` receipt per non-chat participant other
 * than the author (004:L26171). The caller checks the conversation state first.
 */
export function insertMessage(
  store: EmulatorStore,
  conversation: Conversation,
  plan: MessagePlan,
  now: Date,
  faults: FaultSet,
): MessageInsertion {
  const author = authorParticipant(conversation, plan.author);
  const message: Message = {
    sid: newSid('IM'),
    accountSid: conversation.accountSid,
    chatServiceSid: conversation.chatServiceSid,
    conversationSid: conversation.sid,
    seq: store.nextSeq(),
    // Fault `message-index-reused`: the index is the current message count, so a delete makes it repeat.
    index: faults.has('message-index-reused') ? conversation.messages.size : conversation.nextMessageIndex++,
    author: plan.author,
    participantSid: author?.sid ?? null,
    body: plan.body,
    subject: plan.subject,
    attributes: plan.attributes,
    mediaSids: plan.media.map((m) => m.sid),
    contentSid: plan.contentSid,
    contentVariables: plan.contentVariables,
    dateCreated: plan.dateCreated ?? now,
    dateUpdated: plan.dateUpdated,
    receipts: new Map(),
  };
  for (const media of plan.media) {
    media.conversationSid = conversation.sid;
    media.messageSid = message.sid;
    media.dateUpdated = now;
  }
  const receipts: DeliveryReceipt[] = [];
  for (const participant of conversation.participants.values()) {
    if (!isNonChat(participant) || participant === author) continue;
    const receipt: DeliveryReceipt = {
      sid: newSid('DY'),
      accountSid: message.accountSid,
      chatServiceSid: message.chatServiceSid,
      conversationSid: conversation.sid,
      messageSid: message.sid,
      participantSid: participant.sid,
      seq: store.nextSeq(),
      channelMessageSid: newSid(participant.messagingBinding?.type === 'whatsapp' ? 'WA' : 'SM'),
      status: 'sent',
      errorCode: null,
      dateCreated: now,
      dateUpdated: null,
    };
    message.receipts.set(receipt.sid, receipt);
    receipts.push(receipt);
  }
  conversation.messages.set(message.sid, message);
  return { message, receipts };
}

/** The conversation's messages in index order. */
export function messagesInOrder(conversation: Conversation): Message[] {
  return [...conversation.messages.values()].sort((a, b) => a.index - b.index);
}

/** The media records attached to a message, in attachment order. */
export function mediaOf(service: ServiceState, message: Message): Media[] {
  return message.mediaSids.map((sid) => service.media.get(sid)).filter((m): m is Media => m !== undefined);
}

function amount(count: number, total: number): DeliveryAmount {
  if (count === 0) return 'none';
  return count === total ? 'all' : 'some';
}

/**
 * The `delivery` summary, or null when the message went to no non-chat recipient (D-MSG-5). Statuses are cumulative
 * as in the guide's example ("sent: all, delivered: some, read: some", 004:L26340-26364): a read receipt counts as
 * delivered and sent, a delivered one as sent.
 */
export function deliverySummary(message: Message): DeliverySummary | null {
  const receipts = [...message.receipts.values()];
  const total = receipts.length;
  if (total === 0) return null;
  const count = (statuses: readonly DeliveryStatus[]): number =>
    receipts.filter((r) => r.status !== null && statuses.includes(r.status)).length;
  return {
    total,
    sent: amount(count(['sent', 'delivered', 'read']), total),
    delivered: amount(count(['delivered', 'read']), total),
    read: amount(count(['read']), total),
    failed: amount(count(['failed']), total),
    undelivered: amount(count(['undelivered']), total),
  };
}

/** Remove a message with its receipts and its media: "deletion of a message results in the cleanup of its associated media" (004:L22532). */
export function removeMessage(service: ServiceState, conversation: Conversation, message: Message): void {
  for (const sid of message.mediaSids) service.media.delete(sid);
  conversation.messages.delete(message.sid);
}

/** Where a receipt lives. */
export interface ReceiptLocation {
  readonly service: ServiceState;
  readonly conversation: Conversation;
  readonly message: Message;
  readonly receipt: DeliveryReceipt;
}

/** Find a receipt by SID anywhere in the account. */
export function findReceipt(account: AccountState, sid: string): ReceiptLocation | undefined {
  for (const service of account.services.values()) {
    for (const conversation of service.conversations.values()) {
      for (const message of conversation.messages.values()) {
        const receipt = message.receipts.get(sid);
        if (receipt) return { service, conversation, message, receipt };
      }
    }
  }
  return undefined;
}
