// Conversation resource (CH…): create, fetch, list, update, delete.
// Reference: Service-Scoped Conversation Resource 004:L16389-17416 (properties L16474-16547, create L16550-16626,
// fetch L16758, list L16905-16947, update L17118-17199, delete L17334-17354); the short form /v1/Conversations is shown
// by the quickstart (004:L283, L417) and the States and Timers guide (004:L25762-25890).
import type { FastifyRequest } from 'fastify';
import type { EmulatorContext } from '../context.ts';
import {
  deleteConversation,
  emitConversationEvent,
  recordActivity,
  scheduleTimers,
  timersView,
  transition,
} from '../conversation-lifecycle.ts';
import { isoDate } from '../dates.ts';
import type { FaultSet } from '../faults.ts';
import { type FormParams, formOf } from '../form.ts';
import { RenderCache } from '../json-body.ts';
import { buildPageBody, readPageRequest } from '../paging.ts';
import { assertUniqueNameFree } from '../rules/unique-name.ts';
import { param, pathOf, queryParam, resolveScope, type Scope, scopeUrl } from '../scope.ts';
import { isSid, newSid } from '../sid.ts';
import { findConversation, insertConversation, setUniqueName } from '../store/conversations.ts';
import type { AccountState, Conversation, ConversationState, ServiceState } from '../store/types.ts';
import { twilioError } from '../twilio-errors.ts';
import * as v from '../validate.ts';
import type { PreEventOutcome } from '../webhooks/engine.ts';
import { conversationData } from '../webhooks/payloads.ts';
import type { ServiceResource } from './resource.ts';

/** Largest page of the conversation list (004:L16935-16936). */
export const CONVERSATION_MAX_PAGE_SIZE = 100;

/** Wire view of a conversation, every documented key present (004:L16686-16755). */
export function renderConversation(conversation: Conversation, scope: Scope): Record<string, unknown> {
  const url = scopeUrl(scope, `/Conversations/${conversation.sid}`);
  const email = conversation.bindings.email;
  return {
    sid: conversation.sid,
    account_sid: conversation.accountSid,
    chat_service_sid: conversation.chatServiceSid,
    messaging_service_sid: conversation.messagingServiceSid,
    friendly_name: conversation.friendlyName,
    unique_name: conversation.uniqueName,
    attributes: conversation.attributes,
    date_created: isoDate(conversation.dateCreated),
    date_updated: isoDate(conversation.dateUpdated),
    state: conversation.state,
    timers: timersView(conversation),
    bindings: email ? { email: { address: email.address, name: email.name } } : {},
    url,
    links: {
      participants: `${url}/Participants`,
      messages: `${url}/Messages`,
      webhooks: `${url}/Webhooks`,
      export: `${url}/Export`,
    },
  };
}

const conversationTexts = new RenderCache<Conversation, Scope>(renderConversation);

/** Every value {@link renderConversation} reads (dates as their time), for {@link RenderCache}. */
export function conversationRenderInputs(conversation: Conversation, scope: Scope): unknown[] {
  const email = conversation.bindings.email;
  return [
    scope.origin,
    scope.basePath,
    conversation.sid,
    conversation.accountSid,
    conversation.chatServiceSid,
    conversation.messagingServiceSid,
    conversation.friendlyName,
    conversation.uniqueName,
    conversation.attributes,
    conversation.dateCreated.getTime(),
    conversation.dateUpdated.getTime(),
    conversation.state,
    conversation.timers.inactiveMs,
    conversation.timers.closedMs,
    conversation.timerBase.getTime(),
    email === undefined,
    email?.address,
    email?.name,
  ];
}

/** UTF-8 bytes of `JSON.stringify(renderConversation(conversation, scope))`, remembered while nothing it reads changes. */
export function conversationBytes(conversation: Conversation, scope: Scope): Buffer {
  return conversationTexts.bytes(conversation, scope, conversationRenderInputs(conversation, scope));
}

/** The conversation addressed by a path value (SID or unique_name), or a 404 naming the request path. */
export function conversationOr404(scope: Scope, request: FastifyRequest, sidOrUniqueName: string): Conversation {
  const conversation = findConversation(scope.service, sidOrUniqueName);
  if (!conversation) throw twilioError('NOT_FOUND', { path: pathOf(request) });
  return conversation;
}

/** Conversation parameters after validation; undefined = not sent. */
export interface ConversationParams {
  friendlyName?: string;
  uniqueName?: string | null;
  attributes?: string;
  messagingServiceSid?: string;
  dateCreated?: Date;
  dateUpdated?: Date;
  state?: 'active' | 'inactive' | 'closed';
  inactiveMs?: number | null;
  closedMs?: number | null;
  emailAddress?: string;
  emailName?: string;
}

/** Wire names of the conversation parameters (create and update share them, 004:L16570-16626, L17143-17199). */
export const CONVERSATION_PARAMS = [
  'FriendlyName',
  'UniqueName',
  'Attributes',
  'MessagingServiceSid',
  'DateCreated',
  'DateUpdated',
  'State',
  'Timers.Inactive',
  'Timers.Closed',
  'Bindings.Email.Address',
  'Bindings.Email.Name',
] as const;

/** Validate the conversation parameters of a create or update form. Unknown parameters are ignored. */
export function readConversationParams(form: FormParams, faults: FaultSet): ConversationParams {
  const out: ConversationParams = {};
  const get = (name: (typeof CONVERSATION_PARAMS)[number]): string | undefined => form.get(name);
  const friendlyName = get('FriendlyName');
  if (friendlyName !== undefined) out.friendlyName = v.friendlyName(friendlyName, faults);
  const uniqueName = get('UniqueName');
  if (uniqueName !== undefined) {
    // A unique name that looks like a conversation SID would make `{Sid}` ambiguous (error 50390).
    if (isSid(uniqueName, 'CH')) throw twilioError('UNIQUE_NAME_IS_SID');
    out.uniqueName = uniqueName === '' ? null : uniqueName;
  }
  const attributes = get('Attributes');
  if (attributes !== undefined) out.attributes = v.attributes(attributes, v.ATTRIBUTES_LIMIT.conversation, faults);
  const messagingServiceSid = get('MessagingServiceSid');
  if (messagingServiceSid !== undefined) {
    out.messagingServiceSid = v.sid(messagingServiceSid, 'MG', 'MessagingServiceSid', 'MESSAGING_SERVICE_SID_INVALID');
  }
  const dateCreated = get('DateCreated');
  if (dateCreated !== undefined) out.dateCreated = v.dateTime(dateCreated, 'DateCreated', 'DATE_CREATED_INVALID');
  const dateUpdated = get('DateUpdated');
  if (dateUpdated !== undefined) out.dateUpdated = v.dateTime(dateUpdated, 'DateUpdated', 'DATE_UPDATED_INVALID');
  const state = get('State');
  if (state !== undefined) {
    if (state === '') throw twilioError('STATE_EMPTY');
    // `initializing` is the system's own state (001:L149); clients may set active, inactive, closed (004:L16606).
    out.state = v.oneOf(state, ['active', 'inactive', 'closed'], 'State', 'STATE_INVALID');
  }
  const inactive = get('Timers.Inactive');
  if (inactive !== undefined) out.inactiveMs = v.timer(inactive, 'inactive', faults);
  const closed = get('Timers.Closed');
  if (closed !== undefined) out.closedMs = v.timer(closed, 'closed', faults);
  const emailAddress = get('Bindings.Email.Address');
  if (emailAddress !== undefined) out.emailAddress = emailAddress;
  const emailName = get('Bindings.Email.Name');
  if (emailName !== undefined) out.emailName = emailName;
  return out;
}

/** Timer in ms from an account default (`default_inactive_timer`/`default_closed_timer`, 004:L9528-9536). */
function accountDefaultTimer(value: string | null): number | null {
  if (value === null) return null;
  const ms = v.parseDuration(value);
  return ms === undefined || ms === 0 ? null : ms;
}

/**
 * A new conversation record from create parameters, not yet inserted. "A newly created Conversation has the active
 * state by default" (004:L25760); `closed` cannot be the initial state (error 50384).
 */
export function newConversation(
  ctx: EmulatorContext,
  account: AccountState,
  service: ServiceState,
  params: ConversationParams,
  state: ConversationState,
): Conversation {
  if (params.state === 'closed' && !ctx.faults.has('initial-state-closed-accepted')) {
    throw twilioError('INITIAL_STATE_CLOSED');
  }
  const now = ctx.clock.now();
  const dateCreated = params.dateCreated ?? now;
  return {
    sid: newSid('CH'),
    accountSid: account.sid,
    chatServiceSid: service.sid,
    seq: ctx.store.nextSeq(),
    messagingServiceSid: params.messagingServiceSid ?? account.configuration.defaultMessagingServiceSid,
    friendlyName: params.friendlyName ?? null,
    uniqueName: params.uniqueName ?? null,
    // "if the attributes are not set "{}" will be returned" (004:L16511).
    attributes: params.attributes ?? '{}',
    state,
    dateCreated,
    dateUpdated: params.dateUpdated ?? dateCreated,
    timers: {
      inactiveMs:
        params.inactiveMs !== undefined
          ? params.inactiveMs
          : accountDefaultTimer(account.configuration.defaultInactiveTimer),
      closedMs:
        params.closedMs !== undefined ? params.closedMs : accountDefaultTimer(account.configuration.defaultClosedTimer),
    },
    timerBase: now,
    timerHandles: { inactive: null, closed: null },
    bindings:
      params.emailAddress !== undefined || params.emailName !== undefined
        ? { email: { address: params.emailAddress ?? null, name: params.emailName ?? null } }
        : {},
    participants: new Map(),
    participantsByIdentity: new Map(),
    messages: new Map(),
    nextMessageIndex: 0,
    webhooks: new Map(),
  };
}

/**
 * Apply what a pre-event webhook answered: `friendly_name` is the only modifiable conversation field
 * (004:L22944-22954); an invalid value fails like a request parameter would (004:L22926).
 */
export function applyConversationModifications(
  params: ConversationParams,
  outcome: PreEventOutcome,
  faults: FaultSet,
): void {
  const name = outcome.modifications.friendly_name;
  if (typeof name === 'string') params.friendlyName = v.friendlyName(name, faults);
}

/** The conversation as an update would leave it, for the onConversationUpdate pre-event webhook. */
function proposedData(conversation: Conversation, params: ConversationParams): Record<string, unknown> {
  const data = conversationData(conversation);
  if (params.friendlyName !== undefined) data.friendly_name = params.friendlyName;
  if (params.uniqueName !== undefined) data.unique_name = params.uniqueName;
  if (params.attributes !== undefined) data.attributes = params.attributes;
  if (params.messagingServiceSid !== undefined) data.messaging_service_sid = params.messagingServiceSid;
  if (params.state !== undefined) data.state = params.state;
  return data;
}

/** Closed (50377, 004:L25892) and initializing (50386, 001:L149) conversations cannot be updated. */
function assertUpdatable(conversation: Conversation, faults: FaultSet): void {
  if (conversation.state === 'closed' && !faults.has('closed-can-be-reopened'))
    throw twilioError('CONVERSATION_CLOSED');
  if (conversation.state === 'initializing' && !faults.has('initializing-can-be-updated')) {
    throw twilioError('CONVERSATION_INITIALIZING');
  }
}

/** Read the list filters StartDate / EndDate / State (004:L16915-16930). */
function readListFilters(request: FastifyRequest): {
  start?: Date;
  end?: Date;
  state?: 'active' | 'inactive' | 'closed';
  echo: [string, string][];
} {
  const echo: [string, string][] = [];
  const rawStart = queryParam(request, 'StartDate');
  const rawEnd = queryParam(request, 'EndDate');
  const rawState = queryParam(request, 'State');
  const start = rawStart === undefined ? undefined : v.dateFilter(rawStart, 'StartDate', 'start');
  const end = rawEnd === undefined ? undefined : v.dateFilter(rawEnd, 'EndDate', 'end');
  if (start && end && end.getTime() < start.getTime()) throw twilioError('END_DATE_BEFORE_START_DATE');
  const state =
    rawState === undefined ? undefined : v.oneOf(rawState, ['active', 'inactive', 'closed'], 'State', 'STATE_INVALID');
  if (rawStart !== undefined) echo.push(['StartDate', rawStart]);
  if (rawEnd !== undefined) echo.push(['EndDate', rawEnd]);
  if (rawState !== undefined) echo.push(['State', rawState]);
  return { start, end, state, echo };
}

/** Routes of the Conversation resource. */
export const conversationResource: ServiceResource = {
  name: 'Conversation',
  register(routes, ctx, mount) {
    const collection = `${mount.prefix}/Conversations`;
    const instance = `${collection}/:Sid`;

    routes.post(collection, async (request, reply) => {
      const scope = resolveScope(request, mount);
      const params = readConversationParams(formOf(request), ctx.faults);
      const conversation = newConversation(ctx, scope.account, scope.service, params, params.state ?? 'active');
      assertUniqueNameFree(scope.service, conversation.uniqueName, ctx.faults);
      // Pre-event webhook (004:L22915-22940), then check and insert again without an await in between, so the unique
      // name holds under concurrent requests.
      const outcome = await ctx.hooks.before('onConversationAdd', scope, conversationData(conversation));
      applyConversationModifications(params, outcome, ctx.faults);
      if (params.friendlyName !== undefined) conversation.friendlyName = params.friendlyName;
      assertUniqueNameFree(scope.service, conversation.uniqueName, ctx.faults);
      insertConversation(scope.service, conversation);
      scheduleTimers(ctx, conversation);
      emitConversationEvent(ctx, 'onConversationAdded', conversation, 'api', scope.webhookEnabled, {
        state: conversation.state,
      });
      reply.code(201);
      return renderConversation(conversation, scope);
    });

    routes.get(collection, (request) => {
      const scope = resolveScope(request, mount);
      const page = readPageRequest(request, CONVERSATION_MAX_PAGE_SIZE, ctx.faults);
      const filters = readListFilters(request);
      let items = [...scope.service.conversations.values()].filter(
        (c) =>
          (filters.state === undefined || c.state === filters.state) &&
          (filters.start === undefined || c.dateCreated.getTime() >= filters.start.getTime()) &&
          (filters.end === undefined || c.dateCreated.getTime() <= filters.end.getTime()),
      );
      // With a date filter "the returned list is sorted by latest conversation creation date in descending order"
      // (004:L16918); otherwise creation order (DECISIONS: list order).
      items =
        filters.start || filters.end
          ? items.sort((a, b) => b.dateCreated.getTime() - a.dateCreated.getTime() || b.seq - a.seq)
          : items.sort((a, b) => a.seq - b.seq);
      if ((filters.start || filters.end) && ctx.faults.has('date-filter-ascending')) items.reverse();
      return buildPageBody({
        items,
        keyOf: (c) => c.sid,
        renderBytes: (c) => conversationBytes(c, scope),
        request: page,
        faults: ctx.faults,
        listUrl: scopeUrl(scope, '/Conversations'),
        filters: filters.echo,
        key: 'conversations',
        sortKey: filters.start || filters.end ? (c) => [-c.dateCreated.getTime(), -c.seq] : (c) => [c.seq],
      });
    });

    routes.get(instance, (request) => {
      const scope = resolveScope(request, mount);
      return renderConversation(conversationOr404(scope, request, param(request, 'Sid')), scope);
    });

    routes.post(instance, async (request) => {
      const scope = resolveScope(request, mount);
      const found = conversationOr404(scope, request, param(request, 'Sid'));
      // "once a Conversation is closed, it cannot be restarted" (004:L25892) → any update is refused (50377).
      assertUpdatable(found, ctx.faults);
      const form = formOf(request);
      if (!CONVERSATION_PARAMS.some((name) => form.has(name))) {
        throw twilioError('CONVERSATION_UPDATE_WITHOUT_PARAMETERS');
      }
      const params = readConversationParams(form, ctx.faults);
      if (params.uniqueName !== undefined) assertUniqueNameFree(scope.service, params.uniqueName, ctx.faults, found);
      const outcome = await ctx.hooks.before('onConversationUpdate', scope, proposedData(found, params));
      // The conversation may have changed while the webhook answered: check again, then apply without an await.
      const conversation = conversationOr404(scope, request, found.sid);
      assertUpdatable(conversation, ctx.faults);
      applyConversationModifications(params, outcome, ctx.faults);
      if (params.uniqueName !== undefined) {
        assertUniqueNameFree(scope.service, params.uniqueName, ctx.faults, conversation);
        setUniqueName(scope.service, conversation, params.uniqueName);
      }
      if (params.friendlyName !== undefined) conversation.friendlyName = params.friendlyName;
      if (params.attributes !== undefined) conversation.attributes = params.attributes;
      if (params.messagingServiceSid !== undefined) conversation.messagingServiceSid = params.messagingServiceSid;
      if (params.dateCreated !== undefined) conversation.dateCreated = params.dateCreated;
      if (params.inactiveMs !== undefined) conversation.timers.inactiveMs = params.inactiveMs;
      if (params.closedMs !== undefined) conversation.timers.closedMs = params.closedMs;
      if (params.emailAddress !== undefined || params.emailName !== undefined) {
        const email = conversation.bindings.email ?? { address: null, name: null };
        conversation.bindings = {
          email: { address: params.emailAddress ?? email.address, name: params.emailName ?? email.name },
        };
      }
      // Any update restarts the timer counters ("no update for 300 seconds", 004:L26074); a state change too
      // (004:L25924), through `transition`.
      if (params.state !== undefined && params.state !== conversation.state) {
        transition(ctx, conversation, params.state, 'api', scope.webhookEnabled);
      } else {
        recordActivity(ctx, conversation);
      }
      conversation.dateUpdated = params.dateUpdated ?? ctx.clock.now();
      emitConversationEvent(ctx, 'onConversationUpdated', conversation, 'api', scope.webhookEnabled, {
        state: conversation.state,
      });
      return renderConversation(conversation, scope);
    });

    routes.delete(instance, async (request, reply) => {
      const scope = resolveScope(request, mount);
      const found = conversationOr404(scope, request, param(request, 'Sid'));
      await ctx.hooks.before('onConversationRemove', scope, conversationData(found));
      const conversation = conversationOr404(scope, request, found.sid);
      deleteConversation(ctx, conversation);
      emitConversationEvent(ctx, 'onConversationRemoved', conversation, 'api', scope.webhookEnabled, {
        state: conversation.state,
      });
      return reply.code(204).send();
    });
  },
};
