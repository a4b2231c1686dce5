// Conversation Message resource (IM…): create, fetch, list, update, delete.
// Reference: 004:L4465-5883 (properties L4540-4621, create L4623-4688, fetch L4837-4850, list L4993-5025, update
// L5594-5648, delete L5800-5821); service-scoped 004:L19073-20343 (adds chat_service_sid, L19164). Rules (index,
// receipts, media) live in store/messages.ts.
import type { FastifyRequest } from 'fastify';
import type { EmulatorContext } from '../context.ts';
import { emitConversationEvent, recordActivity, transition } from '../conversation-lifecycle.ts';
import { isoDate, isoDateOrNull } from '../dates.ts';
import type { EmulatorEventName } from '../events.ts';
import type { FaultSet } from '../faults.ts';
import { type FormParams, formOf } from '../form.ts';
import { jsonBytes, RenderCache } from '../json-body.ts';
import { buildPageBody, readPageRequest } from '../paging.ts';
import { param, pathOf, queryParam, resolveScope, type Scope, scopeUrl } from '../scope.ts';
import {
  authorParticipant,
  deliverySummary,
  insertMessage,
  type MessagePlan,
  mediaOf,
  mediaToAttach,
  messagesInOrder,
  removeMessage,
} from '../store/messages.ts';
import type { Conversation, Media, Message, ServiceState } from '../store/types.ts';
import { twilioError } from '../twilio-errors.ts';
import * as v from '../validate.ts';
import type { PreEventOutcome } from '../webhooks/engine.ts';
import { conversationOr404 } from './conversation.ts';
import { emitDeliveryEvent } from './delivery-receipt.ts';
import type { ServiceResource } from './resource.ts';

/** Largest page of the message list: "The default is 50, and the maximum is 100" (004:L5010-5014). */
export const MESSAGE_MAX_PAGE_SIZE = 100;

/** "The content of the message, can be up to 1,600 characters long" (004:L4651; D-MSG-1). */
export const MESSAGE_BODY_MAX = 1600;

/** "The subject of the message, can be up to 256 characters long" (004:L4688). */
export const MESSAGE_SUBJECT_MAX = 256;

/** The default author (004:L4569). */
export const SYSTEM_AUTHOR = 'system';

/** `{content_type, filename, sid, size}` per attached media (004:L4576-4579, example L5295-5316). */
function renderMessageMedia(media: readonly Media[]): Record<string, unknown>[] | null {
  if (media.length === 0) return null;
  return media.map((m) => ({ sid: m.sid, size: m.size, content_type: m.contentType, filename: m.filename }));
}

/** Wire view of a message (004:L4757-4835); `chat_service_sid` only in the service form (004:L19164). */
export function renderMessage(message: Message, service: ServiceState, scope: Scope): Record<string, unknown> {
  const url = scopeUrl(scope, `/Conversations/${message.conversationSid}/Messages/${message.sid}`);
  return {
    account_sid: message.accountSid,
    ...(scope.serviceScoped ? { chat_service_sid: message.chatServiceSid } : {}),
    conversation_sid: message.conversationSid,
    sid: message.sid,
    index: message.index,
    author: message.author,
    body: message.body,
    media: renderMessageMedia(mediaOf(service, message)),
    attributes: message.attributes,
    participant_sid: message.participantSid,
    date_created: isoDate(message.dateCreated),
    date_updated: isoDateOrNull(message.dateUpdated),
    url,
    delivery: deliverySummary(message),
    // Both keys of the reference examples (004:L4823-4832; D-MSG-7).
    links: { delivery_receipts: `${url}/Receipts`, channel_metadata: `${url}/ChannelMetadata` },
    content_sid: message.contentSid,
  };
}

const messageTexts = new RenderCache<Message, Scope>((message, scope) => renderMessage(message, scope.service, scope));

/**
 * Every value {@link renderMessage} reads (dates as their time) for a message without media or receipts, for
 * {@link RenderCache}. Messages with media or receipts read other records too and are always rendered afresh.
 */
export function messageRenderInputs(message: Message, scope: Scope): unknown[] {
  return [
    scope.origin,
    scope.basePath,
    scope.serviceScoped,
    message.accountSid,
    message.chatServiceSid,
    message.conversationSid,
    message.sid,
    message.index,
    message.author,
    message.body,
    message.attributes,
    message.participantSid,
    message.dateCreated.getTime(),
    message.dateUpdated === null ? null : message.dateUpdated.getTime(),
    message.contentSid,
  ];
}

/** UTF-8 bytes of `JSON.stringify(renderMessage(message, scope.service, scope))`, remembered while nothing it reads changes. */
export function messageBytes(message: Message, scope: Scope): Buffer {
  if (message.mediaSids.length > 0 || message.receipts.size > 0) {
    return jsonBytes(renderMessage(message, scope.service, scope));
  }
  return messageTexts.bytes(message, scope, messageRenderInputs(message, scope));
}

/** Publish a message event with the fields of the webhook payloads (004:L24182-24297). */
function emitMessageEvent(
  ctx: EmulatorContext,
  name: EmulatorEventName,
  conversation: Conversation,
  service: ServiceState,
  message: Message,
  webhookEnabled: boolean,
  extra: Record<string, unknown> = {},
): void {
  emitConversationEvent(ctx, name, conversation, 'api', webhookEnabled, {
    message_sid: message.sid,
    messaging_service_sid: conversation.messagingServiceSid,
    index: message.index,
    date_created: isoDate(message.dateCreated),
    date_updated: isoDateOrNull(message.dateUpdated),
    body: message.body,
    author: message.author,
    participant_sid: message.participantSid,
    attributes: message.attributes,
    media: renderMessageMedia(mediaOf(service, message)),
    ...extra,
  });
}

/** A message as its pre-event webhooks describe it (onMessageUpdate / onMessageRemove, 004:L23808-23883). */
function messageHookData(service: ServiceState, message: Message): Record<string, unknown> {
  return {
    conversation_sid: message.conversationSid,
    message_sid: message.sid,
    index: message.index,
    date_created: isoDate(message.dateCreated),
    date_updated: isoDateOrNull(message.dateUpdated),
    body: message.body,
    author: message.author,
    participant_sid: message.participantSid,
    attributes: message.attributes,
    media: renderMessageMedia(mediaOf(service, message)),
  };
}

/**
 * Apply what a pre-event webhook answered: body, author and attributes are modifiable (004:L22962-22974); an invalid
 * value fails like the request parameter would (004:L22926).
 */
function messageModifications(
  outcome: PreEventOutcome,
  faults: FaultSet,
): { body?: string; author?: string; attributes?: string } {
  const m = outcome.modifications;
  return {
    ...(typeof m.body === 'string' ? { body: m.body } : {}),
    ...(typeof m.author === 'string' ? { author: m.author } : {}),
    ...(typeof m.attributes === 'string'
      ? { attributes: v.attributes(m.attributes, v.ATTRIBUTES_LIMIT.message, faults) }
      : {}),
  };
}

/** The message addressed by `{Sid}`, or a 404 naming the request path. */
export function messageOr404(request: FastifyRequest, conversation: Conversation, sid: string): Message {
  const message = conversation.messages.get(sid);
  if (!message) throw twilioError('NOT_FOUND', { path: pathOf(request) });
  return message;
}

/**
 * Messages can be sent while the conversation is active or inactive. `initializing` refuses them (50386, 001:L149);
 * `closed` is final ("cannot be restarted", 004:L25892; closed = archived, 004:L26069), so new and edited messages are
 * refused with 50377 (D-EMU-MSG-1).
 */
function assertWritable(conversation: Conversation): void {
  if (conversation.state === 'initializing') throw twilioError('CONVERSATION_INITIALIZING');
  if (conversation.state === 'closed') throw twilioError('CONVERSATION_CLOSED');
}

function readBody(form: FormParams, faults: FaultSet): string | undefined {
  const body = form.get('Body');
  const unchecked = faults.has('message-body-limit-unchecked');
  if (body !== undefined && v.charLength(body) > MESSAGE_BODY_MAX && !unchecked) {
    throw twilioError('MESSAGE_BODY_TOO_LONG');
  }
  return body;
}

function readSubject(form: FormParams): string | undefined {
  const subject = form.get('Subject');
  if (subject !== undefined && v.charLength(subject) > MESSAGE_SUBJECT_MAX) {
    throw twilioError('INVALID_PARAMETER', {
      param: 'Subject',
      detail: `longer than ${MESSAGE_SUBJECT_MAX} characters`,
    });
  }
  return subject;
}

function readDates(form: FormParams): { dateCreated?: Date; dateUpdated?: Date } {
  const out: { dateCreated?: Date; dateUpdated?: Date } = {};
  const created = form.get('DateCreated');
  if (created !== undefined) out.dateCreated = v.dateTime(created, 'DateCreated', 'DATE_CREATED_INVALID');
  const updated = form.get('DateUpdated');
  if (updated !== undefined) out.dateUpdated = v.dateTime(updated, 'DateUpdated', 'DATE_UPDATED_INVALID');
  return out;
}

/** `ContentVariables`: "A structurally valid JSON string" (004:L4683), an object of template variables (50527). */
function readContentVariables(value: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw twilioError('CONTENT_VARIABLES_INVALID');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw twilioError('CONTENT_VARIABLES_INVALID');
  }
  return value;
}

/** Validate a create form (004:L4643-4688; D-MSG-6). */
export function planMessage(service: ServiceState, form: FormParams, faults: FaultSet): MessagePlan {
  const rawContentSid = form.get('ContentSid');
  const contentSid =
    rawContentSid === undefined ? null : v.sid(rawContentSid, 'HX', 'ContentSid', 'CONTENT_SID_INVALID');
  const rawVariables = form.get('ContentVariables');
  if (rawVariables !== undefined && contentSid === null) throw twilioError('CONTENT_SID_MISSING');
  const contentVariables = rawVariables === undefined ? null : readContentVariables(rawVariables);
  const body = readBody(form, faults);
  const subject = readSubject(form);
  const attributes = form.get('Attributes');
  const { dateCreated, dateUpdated } = readDates(form);
  // "if this field is set, Body and MediaSid parameters are ignored" (004:L4677, L31191).
  const media = contentSid === null ? mediaToAttach(service, form.all('MediaSid')) : [];
  const text = contentSid === null && body !== undefined && body !== '' ? body : null;
  if (contentSid === null && text === null && media.length === 0) throw twilioError('MESSAGE_BODY_NOT_PROVIDED');
  const author = form.get('Author');
  return {
    author: author === undefined || author === '' ? SYSTEM_AUTHOR : author,
    body: text,
    subject: subject ?? null,
    attributes: attributes === undefined ? '{}' : v.attributes(attributes, v.ATTRIBUTES_LIMIT.message, faults),
    media,
    contentSid,
    contentVariables,
    dateCreated: dateCreated ?? null,
    dateUpdated: dateUpdated ?? null,
  };
}

/** Update parameters (004:L5620-5648); media and content cannot change (004:L22532). */
const UPDATE_PARAMS = ['Author', 'Body', 'DateCreated', 'DateUpdated', 'Attributes', 'Subject'] as const;

/** Routes of the Conversation Message resource. */
export const messageResource: ServiceResource = {
  name: 'ConversationMessage',
  register(routes, ctx, mount) {
    const collection = `${mount.prefix}/Conversations/:ConversationSid/Messages`;
    const instance = `${collection}/:Sid`;

    routes.post(collection, async (request, reply) => {
      const scope = resolveScope(request, mount);
      const found = conversationOr404(scope, request, param(request, 'ConversationSid'));
      const form = formOf(request);
      const proposal = planMessage(scope.service, form, ctx.faults);
      assertWritable(found);
      // Pre-event webhook (004:L22915-22974), then plan and check again and insert without an await in between.
      const outcome = await ctx.hooks.before('onMessageAdd', scope, {
        conversation_sid: found.sid,
        body: proposal.body,
        author: proposal.author,
        participant_sid: authorParticipant(found, proposal.author)?.sid ?? null,
        attributes: proposal.attributes,
        media: renderMessageMedia(proposal.media),
      });
      const conversation = conversationOr404(scope, request, found.sid);
      const plan = { ...planMessage(scope.service, form, ctx.faults), ...messageModifications(outcome, ctx.faults) };
      assertWritable(conversation);
      const now = ctx.clock.now();
      const { message, receipts } = insertMessage(ctx.store, conversation, plan, now, ctx.faults);
      for (const media of plan.media) {
        ctx.clock.cancel(media.gcTimer);
        media.gcTimer = null;
      }
      // "The Conversation will automatically move from an inactive to active state when a new text or media message
      // arrives" (004:L25752); a message is activity, so the timers restart (004:L26074).
      if (conversation.state === 'inactive' && !ctx.faults.has('message-does-not-reactivate')) {
        transition(ctx, conversation, 'active', 'system', scope.webhookEnabled);
      }
      recordActivity(ctx, conversation);
      emitMessageEvent(ctx, 'onMessageAdded', conversation, scope.service, message, scope.webhookEnabled);
      for (const receipt of receipts) emitDeliveryEvent(ctx, receipt);
      reply.code(201);
      return renderMessage(message, scope.service, scope);
    });

    routes.get(collection, (request) => {
      const scope = resolveScope(request, mount);
      const conversation = conversationOr404(scope, request, param(request, 'ConversationSid'));
      const page = readPageRequest(request, MESSAGE_MAX_PAGE_SIZE, ctx.faults);
      const rawOrder = queryParam(request, 'Order');
      // "Can be: asc (ascending) or desc (descending), with asc as the default" (004:L5003-5008).
      const defaultOrder = ctx.faults.has('messages-newest-first') ? 'desc' : 'asc';
      const order = rawOrder === undefined ? defaultOrder : v.oneOf(rawOrder, ['asc', 'desc'], 'Order');
      const items = messagesInOrder(conversation);
      if (order === 'desc') items.reverse();
      return buildPageBody({
        items,
        keyOf: (m) => m.sid,
        sortKey: order === 'desc' ? (m) => [-m.index] : (m) => [m.index],
        renderBytes: (m) => messageBytes(m, scope),
        request: page,
        faults: ctx.faults,
        listUrl: scopeUrl(scope, `/Conversations/${conversation.sid}/Messages`),
        filters: rawOrder === undefined ? [] : [['Order', rawOrder]],
        key: 'messages',
      });
    });

    routes.get(instance, (request) => {
      const scope = resolveScope(request, mount);
      const conversation = conversationOr404(scope, request, param(request, 'ConversationSid'));
      return renderMessage(messageOr404(request, conversation, param(request, 'Sid')), scope.service, scope);
    });

    routes.post(instance, async (request) => {
      const scope = resolveScope(request, mount);
      const found = conversationOr404(scope, request, param(request, 'ConversationSid'));
      const target = messageOr404(request, found, param(request, 'Sid'));
      const form = formOf(request);
      if (!UPDATE_PARAMS.some((name) => form.has(name))) throw twilioError('UPDATE_WITHOUT_PARAMETERS');
      const body = readBody(form, ctx.faults);
      const subject = readSubject(form);
      const rawAttributes = form.get('Attributes');
      const attributes =
        rawAttributes === undefined ? undefined : v.attributes(rawAttributes, v.ATTRIBUTES_LIMIT.message, ctx.faults);
      const { dateCreated, dateUpdated } = readDates(form);
      assertWritable(found);
      const outcome = await ctx.hooks.before('onMessageUpdate', scope, {
        ...messageHookData(scope.service, target),
        ...(body === undefined ? {} : { body }),
        ...(form.get('Author') === undefined ? {} : { author: form.get('Author') }),
        ...(attributes === undefined ? {} : { attributes }),
      });
      // Look both up again after the webhook; apply its modifications over the request's values.
      const conversation = conversationOr404(scope, request, found.sid);
      const message = messageOr404(request, conversation, target.sid);
      assertWritable(conversation);
      const changes = { body, author: form.get('Author'), attributes, ...messageModifications(outcome, ctx.faults) };
      const author = changes.author;

      if (author !== undefined) {
        message.author = author === '' ? SYSTEM_AUTHOR : author;
        message.participantSid = authorParticipant(conversation, message.author)?.sid ?? null;
      }
      if (changes.body !== undefined) message.body = changes.body === '' ? null : changes.body;
      if (subject !== undefined) message.subject = subject;
      if (changes.attributes !== undefined) message.attributes = changes.attributes;
      if (dateCreated !== undefined) message.dateCreated = dateCreated;
      message.dateUpdated = dateUpdated ?? ctx.clock.now();
      emitMessageEvent(ctx, 'onMessageUpdated', conversation, scope.service, message, scope.webhookEnabled);
      return renderMessage(message, scope.service, scope);
    });

    routes.delete(instance, async (request, reply) => {
      const scope = resolveScope(request, mount);
      const found = conversationOr404(scope, request, param(request, 'ConversationSid'));
      const target = messageOr404(request, found, param(request, 'Sid'));
      await ctx.hooks.before('onMessageRemove', scope, messageHookData(scope.service, target));
      const conversation = conversationOr404(scope, request, found.sid);
      const message = messageOr404(request, conversation, target.sid);
      // Render the media before they go with the message (004:L22532).
      const event = { media: renderMessageMedia(mediaOf(scope.service, message)) };
      removeMessage(scope.service, conversation, message);
      emitMessageEvent(ctx, 'onMessageRemoved', conversation, scope.service, message, scope.webhookEnabled, {
        ...event,
        date_removed: isoDate(ctx.clock.now()),
      });
      return reply.code(204).send();
    });
  },
};
