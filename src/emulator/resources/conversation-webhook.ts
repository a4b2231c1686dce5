// Conversation-Scoped Webhook resource (WH…): create, fetch, list, update, delete.
// Reference: 004:L11113-12014 (properties L11192-11235, create L11237-11286, update L11783-11826) and the service form
// 004:L20491-21448 (adds chat_service_sid). At most five per conversation (004:L11172 → 50361); only post-events
// (004:L11176). Per-target rules and codes: D-WH-1 (webhook: Url + Filters; trigger: Url + Triggers; studio: FlowSid),
// limits D-WH-6, response `method` lowercase D-WH-2, trigger keywords echoed as `filters` D-WH-3, `replay_after` only
// when set D-WH-4. Delivery: webhooks/.
import type { FastifyRequest } from 'fastify';
import { isoDate } from '../dates.ts';
import { type FormParams, formOf } from '../form.ts';
import { buildPage, readPageRequest } from '../paging.ts';
import { param, pathOf, resolveScope, type Scope, scopeUrl } from '../scope.ts';
import { isSid, newSid } from '../sid.ts';
import type { Conversation, ConversationWebhook, WebhookMethod } from '../store/types.ts';
import { twilioError } from '../twilio-errors.ts';
import * as v from '../validate.ts';
import { CONVERSATION_POST_EVENTS } from '../webhooks/params.ts';
import { webhookUrl } from './configuration-webhook.ts';
import { conversationOr404 } from './conversation.ts';
import type { ServiceResource } from './resource.ts';

/** "Each individual Conversation can have as many as five such webhooks" (004:L11172); also the page size. */
export const CONVERSATION_WEBHOOK_LIMIT = 5;

/** Trigger keywords: at most 5, each 1-248 characters (error-codes.md §5; D-WH-6). */
const TRIGGER_LIMITS = { count: 5, maxLength: 248 } as const;

/** Webhook URLs are at most 512 characters (50372; D-WH-6). */
const MAX_URL_LENGTH = 512;

type Target = ConversationWebhook['target'];

/** Wire view (004:L11361-11409); `configuration` keys per target (D-WH-4). */
export function renderConversationWebhook(webhook: ConversationWebhook, scope: Scope): Record<string, unknown> {
  const configuration: Record<string, unknown> =
    webhook.target === 'studio'
      ? { flow_sid: webhook.flowSid }
      : {
          url: webhook.url,
          method: webhook.method.toLowerCase(),
          filters: [...(webhook.target === 'trigger' ? webhook.triggers : webhook.filters)],
        };
  if (webhook.replayAfter !== null) configuration.replay_after = webhook.replayAfter;
  return {
    sid: webhook.sid,
    account_sid: webhook.accountSid,
    ...(scope.serviceScoped ? { chat_service_sid: webhook.chatServiceSid } : {}),
    conversation_sid: webhook.conversationSid,
    target: webhook.target,
    url: scopeUrl(scope, `/Conversations/${webhook.conversationSid}/Webhooks/${webhook.sid}`),
    configuration,
    date_created: isoDate(webhook.dateCreated),
    date_updated: isoDate(webhook.dateUpdated),
  };
}

function url(value: string): string {
  if (v.charLength(value) > MAX_URL_LENGTH) throw twilioError('WEBHOOK_URL_TOO_LONG');
  return webhookUrl(value, 'Configuration.Url');
}

function method(value: string): WebhookMethod {
  return v.oneOf(value, ['GET', 'POST'], 'Configuration.Method', 'WEBHOOK_METHOD_INVALID');
}

function filters(values: string[]): string[] {
  return values.map((value) =>
    v.oneOf(value, CONVERSATION_POST_EVENTS, 'Configuration.Filters', 'WEBHOOK_FILTER_INVALID'),
  );
}

function triggers(values: string[]): string[] {
  if (values.length > TRIGGER_LIMITS.count) throw twilioError('WEBHOOK_TRIGGERS_LIMIT');
  for (const value of values) {
    if (value === '' || v.charLength(value) > TRIGGER_LIMITS.maxLength) throw twilioError('WEBHOOK_TRIGGER_INVALID');
  }
  return values;
}

function flowSid(value: string): string {
  // SID<FW> (004:L11277-11281).
  if (!isSid(value, 'FW')) throw twilioError('WEBHOOK_FLOW_SID_INVALID');
  return value;
}

/** The configuration fields of a create or update that apply to `target`; undefined = not sent. */
interface WebhookChanges {
  url?: string;
  method?: WebhookMethod;
  filters?: string[];
  triggers?: string[];
  flowSid?: string;
}

function readChanges(form: FormParams, target: Target, creating: boolean): WebhookChanges {
  const out: WebhookChanges = {};
  if (target === 'studio') {
    const flow = form.get('Configuration.FlowSid');
    if (flow !== undefined) out.flowSid = flowSid(flow);
    else if (creating) throw twilioError('WEBHOOK_FLOW_SID_INVALID');
    return out;
  }
  const rawUrl = form.get('Configuration.Url');
  if (rawUrl !== undefined) out.url = url(rawUrl);
  else if (creating) throw twilioError('WEBHOOK_URL_MISSING');
  const rawMethod = form.get('Configuration.Method');
  if (rawMethod !== undefined) out.method = method(rawMethod);
  if (target === 'webhook') {
    if (form.has('Configuration.Filters')) out.filters = filters(form.all('Configuration.Filters'));
    else if (creating) throw twilioError('WEBHOOK_FILTERS_MISSING');
  } else if (form.has('Configuration.Triggers')) {
    out.triggers = triggers(form.all('Configuration.Triggers'));
  } else if (!creating && form.has('Configuration.Filters')) {
    // The update sample sends a trigger's keywords as Configuration.Filters (004:L11870; D-WH-3).
    out.triggers = triggers(form.all('Configuration.Filters'));
  } else if (creating) {
    throw twilioError('WEBHOOK_TRIGGERS_MISSING');
  }
  return out;
}

function webhookOr404(request: FastifyRequest, conversation: Conversation, sid: string): ConversationWebhook {
  const webhook = conversation.webhooks.get(sid);
  if (!webhook) throw twilioError('NOT_FOUND', { path: pathOf(request) });
  return webhook;
}

/** Routes of the Conversation-Scoped Webhook resource. */
export const conversationWebhookResource: ServiceResource = {
  name: 'ConversationScopedWebhook',
  register(routes, ctx, mount) {
    const collection = `${mount.prefix}/Conversations/:ConversationSid/Webhooks`;
    const instance = `${collection}/:Sid`;

    routes.post(collection, (request, reply) => {
      const scope = resolveScope(request, mount);
      const conversation = conversationOr404(scope, request, param(request, 'ConversationSid'));
      const form = formOf(request);
      const rawTarget = form.get('Target');
      if (rawTarget === undefined) throw twilioError('WEBHOOK_TYPE_MISSING');
      const target = v.oneOf(rawTarget, ['webhook', 'trigger', 'studio'], 'Target', 'WEBHOOK_TYPE_INVALID');
      const changes = readChanges(form, target, true);
      const rawReplay = form.get('Configuration.ReplayAfter');
      const replayAfter = rawReplay === undefined ? null : v.nonNegativeInteger(rawReplay, 'Configuration.ReplayAfter');
      // Check and insert in one synchronous step: the limit holds under concurrent requests.
      const limit = CONVERSATION_WEBHOOK_LIMIT + (ctx.faults.has('webhook-limit-6') ? 1 : 0);
      if (conversation.webhooks.size >= limit) throw twilioError('CONVERSATION_WEBHOOKS_LIMIT');
      const now = ctx.clock.now();
      const webhook: ConversationWebhook = {
        sid: newSid('WH'),
        accountSid: conversation.accountSid,
        chatServiceSid: conversation.chatServiceSid,
        conversationSid: conversation.sid,
        seq: ctx.store.nextSeq(),
        target,
        url: changes.url ?? null,
        // Not documented; POST like the account default (D-CFG-1; D-EMU-WH).
        method: changes.method ?? 'POST',
        filters: changes.filters ?? [],
        triggers: changes.triggers ?? [],
        flowSid: changes.flowSid ?? null,
        replayAfter,
        dateCreated: now,
        dateUpdated: now,
      };
      conversation.webhooks.set(webhook.sid, webhook);
      reply.code(201);
      return renderConversationWebhook(webhook, scope);
    });

    routes.get(collection, (request) => {
      const scope = resolveScope(request, mount);
      const conversation = conversationOr404(scope, request, param(request, 'ConversationSid'));
      // "The default is 5, and the maximum is 5" (004:L11532-11536).
      const page = readPageRequest(request, CONVERSATION_WEBHOOK_LIMIT, ctx.faults, CONVERSATION_WEBHOOK_LIMIT);
      return buildPage({
        items: [...conversation.webhooks.values()].sort((a, b) => a.seq - b.seq),
        keyOf: (w) => w.sid,
        sortKey: (w) => [w.seq],
        render: (w) => renderConversationWebhook(w, scope),
        request: page,
        faults: ctx.faults,
        listUrl: scopeUrl(scope, `/Conversations/${conversation.sid}/Webhooks`),
        key: 'webhooks',
      });
    });

    routes.get(instance, (request) => {
      const scope = resolveScope(request, mount);
      const conversation = conversationOr404(scope, request, param(request, 'ConversationSid'));
      return renderConversationWebhook(webhookOr404(request, conversation, param(request, 'Sid')), scope);
    });

    routes.post(instance, (request) => {
      const scope = resolveScope(request, mount);
      const conversation = conversationOr404(scope, request, param(request, 'ConversationSid'));
      const webhook = webhookOr404(request, conversation, param(request, 'Sid'));
      // Target and ReplayAfter are not update parameters (004:L11800-11826); an update without any
      // configuration field changes nothing (D-CFG-10).
      const changes = readChanges(formOf(request), webhook.target, false);
      if (Object.keys(changes).length === 0) return renderConversationWebhook(webhook, scope);
      if (changes.url !== undefined) webhook.url = changes.url;
      if (changes.method !== undefined) webhook.method = changes.method;
      if (changes.filters !== undefined) webhook.filters = changes.filters;
      if (changes.triggers !== undefined) webhook.triggers = changes.triggers;
      if (changes.flowSid !== undefined) webhook.flowSid = changes.flowSid;
      webhook.dateUpdated = ctx.clock.now();
      return renderConversationWebhook(webhook, scope);
    });

    routes.delete(instance, (request, reply) => {
      const scope = resolveScope(request, mount);
      const conversation = conversationOr404(scope, request, param(request, 'ConversationSid'));
      const webhook = webhookOr404(request, conversation, param(request, 'Sid'));
      conversation.webhooks.delete(webhook.sid);
      return reply.code(204).send();
    });
  },
};
