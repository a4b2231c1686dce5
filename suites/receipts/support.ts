// Shared helpers of the Delivery Receipt suites (not a suite itself: no `.suite.ts`).
// Receipts exist only for messages to non-chat (SMS, WhatsApp) participants (004:L26171, L26752-26753); each holds the
// latest status only (004:L26662); the message's `delivery` sums them up (004:L26340-26364; D-MSG-5, D-EMU-MSG-2).
import type { ScenarioApi, ScenarioData } from '../../src/runtime/index.ts';
import type { Conversation, Delivery, Message, Participant } from '../support/messages.ts';

/** The Delivery Receipt resource (004:L12082-12146); `chat_service_sid` in the service form (004:L20419-20423). */
export interface Receipt {
  sid: string;
  account_sid: string;
  chat_service_sid?: string;
  conversation_sid: string;
  message_sid: string;
  channel_message_sid: string | null;
  participant_sid: string;
  status: string | null;
  error_code: number | null;
  date_created: string;
  date_updated: string | null;
  url: string;
}

/** A page of the receipt list (004:L12271-12302). */
export interface ReceiptPage {
  meta: { page_size: number; next_page_url: string | null; key: string };
  delivery_receipts: Receipt[];
}

/** `none | some | all` of `count` out of `total` (SDK DeliveryAmount, 004:L38020-38021). */
function amount(count: number, total: number): string {
  if (count === 0) return 'none';
  return count === total ? 'all' : 'some';
}

/**
 * The `delivery` summary receipts imply. Cumulative, as the guide's example requires ("sent: all, delivered: some, read:
 * some" of five receipts, 004:L26340-26364): a read message was delivered and sent, a delivered one sent (D-EMU-MSG-2).
 */
export function summaryOf(receipts: readonly Receipt[]): Delivery | null {
  const total = receipts.length;
  if (total === 0) return null;
  const count = (statuses: readonly string[]) =>
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

/** Every receipt of a message, following the pages. */
export function listReceipts(api: ScenarioApi, message: Message): Promise<Receipt[]> {
  return api.listAll<Receipt>(message.links.delivery_receipts, 'delivery_receipts');
}

/** Fetches a message again. */
export async function refetch(api: ScenarioApi, message: Message): Promise<Message> {
  return (await api.get<Message>(message.url, undefined, { expect: 200 })).body;
}

/**
 * Adds a non-chat participant bound to a fresh address pair (004:L6172-6175). `whatsapp` prefixes both numbers with
 * `whatsapp:` (004:L24796, L31114-31117).
 */
export async function addMessagingParticipant(
  api: ScenarioApi,
  conversation: Conversation,
  data: ScenarioData,
  channel: 'sms' | 'whatsapp' = 'sms',
): Promise<Participant> {
  const prefix = channel === 'whatsapp' ? 'whatsapp:' : '';
  return (
    await api.post<Participant>(
      conversation.links.participants,
      {
        'MessagingBinding.Address': `${prefix}${data.phone()}`,
        'MessagingBinding.ProxyAddress': `${prefix}${data.phone()}`,
      },
      { expect: 201, cleanup: true },
    )
  ).body;
}
