// Conversation Message Receipt resource (DY…): fetch and list, read-only.
// Reference: 004:L12015-12527 (properties L12082-12146, fetch L12148-12167, list L12271-12302); the service form is
// only the shortened-URL note (004:L12078-12080; D-RCPT-1) and adds chat_service_sid (004:L20419-20423).
// Receipts are created with their message (store/messages.ts); their status moves through the control endpoint
// `POST /__emulator/receipts/{Sid}` (control.ts → {@link setReceiptStatus}), standing in for carrier callbacks.
import type { FastifyRequest } from 'fastify';
import type { EmulatorContext } from '../context.ts';
import { isoDate, isoDateOrNull } from '../dates.ts';
import { buildPage, readPageRequest } from '../paging.ts';
import { param, pathOf, resolveScope, type Scope, scopeUrl } from '../scope.ts';
import { type DeliverySummary, deliverySummary, findReceipt } from '../store/messages.ts';
import type { AccountState, Conversation, DeliveryReceipt, DeliveryStatus, Message } from '../store/types.ts';
import { twilioError } from '../twilio-errors.ts';
import * as v from '../validate.ts';
import { conversationOr404 } from './conversation.ts';
import type { ServiceResource } from './resource.ts';

/** Largest page of the receipt list: "The default is 50, and the maximum is 50" (004:L12287-12291). */
export const RECEIPT_MAX_PAGE_SIZE = 50;

/** Statuses a receipt can move to (004:L12120-12125, L26179-26185). */
export const DELIVERY_STATUSES = ['sent', 'delivered', 'read', 'failed', 'undelivered'] as const;

/** Messaging error code a failed or undelivered receipt gets when none is given: Twilio's "Unknown error". */
export const DEFAULT_DELIVERY_ERROR_CODE = 30008;

/** Wire view of a receipt (004:L12233-12268); `chat_service_sid` only in the service form. */
export function renderReceipt(receipt: DeliveryReceipt, scope: Scope): Record<string, unknown> {
  return {
    account_sid: receipt.accountSid,
    ...(scope.serviceScoped ? { chat_service_sid: receipt.chatServiceSid } : {}),
    conversation_sid: receipt.conversationSid,
    sid: receipt.sid,
    message_sid: receipt.messageSid,
    channel_message_sid: receipt.channelMessageSid,
    participant_sid: receipt.participantSid,
    status: receipt.status,
    error_code: receipt.errorCode,
    date_created: isoDate(receipt.dateCreated),
    date_updated: isoDateOrNull(receipt.dateUpdated),
    url: scopeUrl(
      scope,
      `/Conversations/${receipt.conversationSid}/Messages/${receipt.messageSid}/Receipts/${receipt.sid}`,
    ),
  };
}

/**
 * Publish onDeliveryUpdated with the payload fields (004:L24428-24467). Delivery updates come from the carrier, not
 * from a REST request, so the source is `system` (no echo suppression applies).
 */
export function emitDeliveryEvent(ctx: EmulatorContext, receipt: DeliveryReceipt): void {
  ctx.events.emit({
    name: 'onDeliveryUpdated',
    accountSid: receipt.accountSid,
    chatServiceSid: receipt.chatServiceSid,
    source: 'system',
    webhookEnabled: false,
    at: ctx.clock.now(),
    data: {
      conversation_sid: receipt.conversationSid,
      message_sid: receipt.messageSid,
      delivery_receipt_sid: receipt.sid,
      channel_message_sid: receipt.channelMessageSid,
      participant_sid: receipt.participantSid,
      status: receipt.status,
      error_code: receipt.errorCode,
      date_created: isoDate(receipt.dateCreated),
      date_updated: isoDateOrNull(receipt.dateUpdated),
    },
  });
}

/** What the control endpoint answers after a status change. */
export interface ReceiptStatusView {
  sid: string;
  conversation_sid: string;
  message_sid: string;
  participant_sid: string;
  channel_message_sid: string | null;
  status: DeliveryStatus | null;
  error_code: number | null;
  date_updated: string | null;
  /** The message's `delivery` summary after the change. */
  delivery: DeliverySummary | null;
}

/**
 * Move a receipt to a new status, as a carrier callback would. The latest status replaces the previous one
 * (004:L26662); `read` exists only on OTT channels such as WhatsApp (004:L26181); an error code comes with `failed` and
 * `undelivered` only (004:L26186; D-RCPT-4). Publishes onDeliveryUpdated (004:L26686).
 */
export function setReceiptStatus(
  ctx: EmulatorContext,
  account: AccountState,
  sid: string,
  rawStatus: string | undefined,
  rawErrorCode: string | undefined,
  path: string,
): ReceiptStatusView {
  const found = findReceipt(account, sid);
  if (!found) throw twilioError('NOT_FOUND', { path });
  const { message, receipt } = found;
  if (rawStatus === undefined) throw twilioError('INVALID_PARAMETER', { param: 'Status', detail: 'required' });
  const status = v.oneOf(rawStatus, DELIVERY_STATUSES, 'Status');
  if (status === 'read' && receipt.channelMessageSid?.startsWith('SM')) {
    throw twilioError('INVALID_PARAMETER', { param: 'Status', detail: "'read' applies only to WhatsApp receipts" });
  }
  const failure = status === 'failed' || status === 'undelivered';
  if (rawErrorCode !== undefined && !failure) {
    throw twilioError('INVALID_PARAMETER', { param: 'ErrorCode', detail: 'only with failed or undelivered' });
  }
  const errorCode =
    rawErrorCode === undefined ? DEFAULT_DELIVERY_ERROR_CODE : v.nonNegativeInteger(rawErrorCode, 'ErrorCode');

  receipt.status = status;
  receipt.errorCode = failure ? errorCode : null;
  receipt.dateUpdated = ctx.clock.now();
  emitDeliveryEvent(ctx, receipt);
  return {
    sid: receipt.sid,
    conversation_sid: receipt.conversationSid,
    message_sid: receipt.messageSid,
    participant_sid: receipt.participantSid,
    channel_message_sid: receipt.channelMessageSid,
    status: receipt.status,
    error_code: receipt.errorCode,
    date_updated: isoDateOrNull(receipt.dateUpdated),
    delivery: deliverySummary(message),
  };
}

function messageOr404(request: FastifyRequest, conversation: Conversation): Message {
  const message = conversation.messages.get(param(request, 'MessageSid'));
  if (!message) throw twilioError('NOT_FOUND', { path: pathOf(request) });
  return message;
}

/** Routes of the Delivery Receipt resource. */
export const deliveryReceiptResource: ServiceResource = {
  name: 'ConversationMessageReceipt',
  register(routes, ctx, mount) {
    const collection = `${mount.prefix}/Conversations/:ConversationSid/Messages/:MessageSid/Receipts`;
    const instance = `${collection}/:Sid`;

    routes.get(collection, (request) => {
      const scope = resolveScope(request, mount);
      const conversation = conversationOr404(scope, request, param(request, 'ConversationSid'));
      const message = messageOr404(request, conversation);
      const page = readPageRequest(request, RECEIPT_MAX_PAGE_SIZE, ctx.faults);
      return buildPage({
        items: [...message.receipts.values()].sort((a, b) => a.seq - b.seq),
        keyOf: (r) => r.sid,
        sortKey: (r) => [r.seq],
        render: (r) => renderReceipt(r, scope),
        request: page,
        faults: ctx.faults,
        listUrl: scopeUrl(scope, `/Conversations/${conversation.sid}/Messages/${message.sid}/Receipts`),
        key: 'delivery_receipts',
      });
    });

    routes.get(instance, (request) => {
      const scope = resolveScope(request, mount);
      const conversation = conversationOr404(scope, request, param(request, 'ConversationSid'));
      const message = messageOr404(request, conversation);
      const receipt = message.receipts.get(param(request, 'Sid'));
      if (!receipt) throw twilioError('NOT_FOUND', { path: pathOf(request) });
      return renderReceipt(receipt, scope);
    });
  },
};
