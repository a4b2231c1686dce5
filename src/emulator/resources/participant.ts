// Conversation Participant resource (MB…): create, fetch (SID or identity), list, update, delete.
// Reference: 004:L6024-7298 (properties L6105-6167, create L6170-6234, fetch L6456-6467, list L6699-6723,
// update L6918-6986, delete L7217-7236); service-scoped 004:L17417-18540 and 003 (adds chat_service_sid, 003:L134).
// Rules (limits, uniqueness, kinds) live in rules/participants.ts, shared with ConversationWithParticipants.
import type { FastifyRequest } from 'fastify';
import type { EmulatorContext } from '../context.ts';
import { isoDate } from '../dates.ts';
import type { EmulatorEventName } from '../events.ts';
import { formOf } from '../form.ts';
import { buildPage, readPageRequest } from '../paging.ts';
import {
  admitParticipant,
  assertParticipantLimits,
  type ParticipantInput,
  planParticipant,
  updateParticipant,
} from '../rules/participants.ts';
import { param, pathOf, resolveScope, type Scope, scopeUrl } from '../scope.ts';
import {
  findParticipant,
  type ParticipantChanges,
  type ParticipantPlan,
  removeParticipant,
} from '../store/participants.ts';
import type { Conversation, Participant, ServiceState, User } from '../store/types.ts';
import { twilioError } from '../twilio-errors.ts';
import * as v from '../validate.ts';
import { conversationOr404 } from './conversation.ts';
import type { ServiceResource } from './resource.ts';

/** Largest page of the participant list (004:L6711-6712). */
export const PARTICIPANT_MAX_PAGE_SIZE = 100;

/** `messaging_binding` with only the keys that apply, as in the docs' examples (004:L6321, L27110, L27205). */
export function renderMessagingBinding(
  participant: Pick<Participant, 'messagingBinding'>,
): Record<string, string> | null {
  const b = participant.messagingBinding;
  if (!b) return null;
  const out: Record<string, string> = { type: b.type };
  if (b.address !== null) out.address = b.address;
  if (b.proxyAddress !== null) out.proxy_address = b.proxyAddress;
  if (b.projectedAddress !== null) out.projected_address = b.projectedAddress;
  return out;
}

/** Wire view of a participant (004:L6303-6354); `chat_service_sid` only in the service form (003:L134). */
export function renderParticipant(participant: Participant, scope: Scope): Record<string, unknown> {
  return {
    account_sid: participant.accountSid,
    ...(scope.serviceScoped ? { chat_service_sid: participant.chatServiceSid } : {}),
    conversation_sid: participant.conversationSid,
    sid: participant.sid,
    identity: participant.identity,
    attributes: participant.attributes,
    messaging_binding: renderMessagingBinding(participant),
    role_sid: participant.roleSid,
    date_created: isoDate(participant.dateCreated),
    date_updated: isoDate(participant.dateUpdated),
    url: scopeUrl(scope, `/Conversations/${participant.conversationSid}/Participants/${participant.sid}`),
    last_read_message_index: participant.lastReadMessageIndex,
    last_read_timestamp: participant.lastReadTimestamp,
  };
}

/** Snake_case view of a participant as its webhooks describe it (004:L24299-24427). */
export function participantData(participant: Participant): Record<string, unknown> {
  return {
    conversation_sid: participant.conversationSid,
    participant_sid: participant.sid,
    identity: participant.identity,
    messaging_binding: renderMessagingBinding(participant),
    role_sid: participant.roleSid,
    attributes: participant.attributes,
    date_created: isoDate(participant.dateCreated),
    date_updated: isoDate(participant.dateUpdated),
    last_read_message_index: participant.lastReadMessageIndex,
  };
}

/** The onParticipantAdd pre-event view of a planned participant (004:L23885-23917). */
function planData(conversation: Conversation, service: ServiceState, plan: ParticipantPlan): Record<string, unknown> {
  return {
    conversation_sid: conversation.sid,
    identity: plan.identity,
    role_sid: plan.roleSid ?? service.configuration.defaultConversationRoleSid,
    attributes: plan.attributes,
    messaging_binding: renderMessagingBinding({ messagingBinding: plan.binding }),
  };
}

/** The participant as an update would leave it, for the onParticipantUpdate pre-event webhook (004:L23960-24001). */
function proposedData(participant: Participant, changes: ParticipantChanges): Record<string, unknown> {
  const data = participantData(participant);
  if (changes.identity !== undefined) data.identity = changes.identity;
  if (changes.attributes !== undefined) data.attributes = changes.attributes;
  if (changes.roleSid !== undefined) data.role_sid = changes.roleSid;
  if (changes.lastReadMessageIndex !== undefined) data.last_read_message_index = changes.lastReadMessageIndex;
  return data;
}

/** Publish a participant event (and onUserAdded when the add created the user). */
export function emitParticipantEvent(
  ctx: EmulatorContext,
  name: EmulatorEventName,
  participant: Participant,
  source: 'api' | 'system',
  webhookEnabled: boolean,
  createdUser: User | null = null,
): void {
  const base = {
    accountSid: participant.accountSid,
    chatServiceSid: participant.chatServiceSid,
    source,
    webhookEnabled,
    at: ctx.clock.now(),
  };
  if (createdUser) {
    ctx.events.emit({
      ...base,
      name: 'onUserAdded',
      data: { user_sid: createdUser.sid, identity: createdUser.identity },
    });
  }
  ctx.events.emit({
    ...base,
    name,
    data: participantData(participant),
  });
}

function participantOr404(request: FastifyRequest, conversation: Conversation, sidOrIdentity: string): Participant {
  const participant = findParticipant(conversation, sidOrIdentity);
  if (!participant) throw twilioError('NOT_FOUND', { path: pathOf(request) });
  return participant;
}

const UPDATE_PARAMS = [
  'DateCreated',
  'DateUpdated',
  'Attributes',
  'RoleSid',
  'MessagingBinding.ProxyAddress',
  'MessagingBinding.ProjectedAddress',
  'Identity',
  'LastReadMessageIndex',
  'LastReadTimestamp',
] as const;

/** Routes of the Participant resource. */
export const participantResource: ServiceResource = {
  name: 'Participant',
  register(routes, ctx, mount) {
    const collection = `${mount.prefix}/Conversations/:ConversationSid/Participants`;
    const instance = `${collection}/:Sid`;

    routes.post(collection, async (request, reply) => {
      const scope = resolveScope(request, mount);
      const found = conversationOr404(scope, request, param(request, 'ConversationSid'));
      const form = formOf(request);
      const input: ParticipantInput = {};
      const set = <K extends keyof ParticipantInput>(key: K, value: ParticipantInput[K] | undefined): void => {
        if (value !== undefined) input[key] = value;
      };
      set('identity', form.get('Identity'));
      set('address', form.get('MessagingBinding.Address'));
      set('proxyAddress', form.get('MessagingBinding.ProxyAddress'));
      set('projectedAddress', form.get('MessagingBinding.ProjectedAddress'));
      set('attributes', form.get('Attributes'));
      set('roleSid', form.get('RoleSid'));
      const dateCreated = form.get('DateCreated');
      if (dateCreated !== undefined) input.dateCreated = v.dateTime(dateCreated, 'DateCreated', 'DATE_CREATED_INVALID');
      const dateUpdated = form.get('DateUpdated');
      if (dateUpdated !== undefined) input.dateUpdated = v.dateTime(dateUpdated, 'DateUpdated', 'DATE_UPDATED_INVALID');
      // Fault `participant-limit-race`: the limits are checked before an await (a storage round trip) and not again.
      const racy = ctx.faults.has('participant-limit-race');
      if (racy) {
        assertParticipantLimits(found, planParticipant(scope.service, input, ctx.faults).binding, ctx.faults);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      await ctx.hooks.before(
        'onParticipantAdd',
        scope,
        planData(found, scope.service, planParticipant(scope.service, input, ctx.faults)),
      );
      // After the pre-event webhook: look the conversation up again, then check and insert in one synchronous step so
      // limits hold under concurrent requests.
      const conversation = conversationOr404(scope, request, found.sid);
      const { participant, createdUser } = admitParticipant(
        ctx.store,
        scope.account,
        scope.service,
        conversation,
        planParticipant(scope.service, input, ctx.faults),
        ctx.clock.now(),
        ctx.faults,
        { limitsChecked: racy },
      );
      emitParticipantEvent(ctx, 'onParticipantAdded', participant, 'api', scope.webhookEnabled, createdUser);
      reply.code(201);
      return renderParticipant(participant, scope);
    });

    routes.get(collection, (request) => {
      const scope = resolveScope(request, mount);
      const conversation = conversationOr404(scope, request, param(request, 'ConversationSid'));
      const page = readPageRequest(request, PARTICIPANT_MAX_PAGE_SIZE, ctx.faults);
      return buildPage({
        items: [...conversation.participants.values()].sort((a, b) => a.seq - b.seq),
        keyOf: (p) => p.sid,
        render: (p) => renderParticipant(p, scope),
        request: page,
        faults: ctx.faults,
        listUrl: scopeUrl(scope, `/Conversations/${conversation.sid}/Participants`),
        key: 'participants',
        sortKey: (p) => [p.seq],
      });
    });

    routes.get(instance, (request) => {
      const scope = resolveScope(request, mount);
      const conversation = conversationOr404(scope, request, param(request, 'ConversationSid'));
      return renderParticipant(participantOr404(request, conversation, param(request, 'Sid')), scope);
    });

    routes.post(instance, async (request) => {
      const scope = resolveScope(request, mount);
      let conversation = conversationOr404(scope, request, param(request, 'ConversationSid'));
      let participant = participantOr404(request, conversation, param(request, 'Sid'));
      if (conversation.state === 'initializing') throw twilioError('CONVERSATION_INITIALIZING');
      const form = formOf(request);
      if (!UPDATE_PARAMS.some((name) => form.has(name))) throw twilioError('UPDATE_WITHOUT_PARAMETERS');
      const changes: ParticipantChanges = {};
      const text = (name: (typeof UPDATE_PARAMS)[number]): string | undefined => form.get(name);
      const dateCreated = text('DateCreated');
      if (dateCreated !== undefined) {
        changes.dateCreated = v.dateTime(dateCreated, 'DateCreated', 'DATE_CREATED_INVALID');
      }
      const dateUpdated = text('DateUpdated');
      if (dateUpdated !== undefined) {
        changes.dateUpdated = v.dateTime(dateUpdated, 'DateUpdated', 'DATE_UPDATED_INVALID');
      }
      const attributes = text('Attributes');
      if (attributes !== undefined) changes.attributes = attributes;
      const roleSid = text('RoleSid');
      if (roleSid !== undefined) changes.roleSid = roleSid;
      // "'null' value will remove it" (004:L6966, L6971).
      const proxy = text('MessagingBinding.ProxyAddress');
      if (proxy !== undefined) changes.proxyAddress = proxy === 'null' ? null : proxy;
      const projected = text('MessagingBinding.ProjectedAddress');
      if (projected !== undefined) changes.projectedAddress = projected === 'null' ? null : projected;
      const identity = text('Identity');
      if (identity !== undefined) changes.identity = identity;
      const index = text('LastReadMessageIndex');
      if (index !== undefined) {
        changes.lastReadMessageIndex = v.nonNegativeInteger(
          index,
          'LastReadMessageIndex',
          'LAST_READ_MESSAGE_INDEX_INVALID',
        );
      }
      const timestamp = text('LastReadTimestamp');
      if (timestamp !== undefined) changes.lastReadTimestamp = timestamp;
      await ctx.hooks.before('onParticipantUpdate', scope, proposedData(participant, changes));
      // Both may have changed while the webhook answered: look them up again; updateParticipant re-checks the rest.
      conversation = conversationOr404(scope, request, conversation.sid);
      participant = participantOr404(request, conversation, participant.sid);
      if (conversation.state === 'initializing') throw twilioError('CONVERSATION_INITIALIZING');
      const { createdUser } = updateParticipant(
        ctx.store,
        scope.account,
        scope.service,
        conversation,
        participant,
        changes,
        ctx.clock.now(),
        ctx.faults,
      );
      emitParticipantEvent(ctx, 'onParticipantUpdated', participant, 'api', scope.webhookEnabled, createdUser);
      return renderParticipant(participant, scope);
    });

    routes.delete(instance, async (request, reply) => {
      const scope = resolveScope(request, mount);
      const found = conversationOr404(scope, request, param(request, 'ConversationSid'));
      const target = participantOr404(request, found, param(request, 'Sid'));
      if (found.state === 'initializing') throw twilioError('CONVERSATION_INITIALIZING');
      await ctx.hooks.before('onParticipantRemove', scope, participantData(target));
      const conversation = conversationOr404(scope, request, found.sid);
      const participant = participantOr404(request, conversation, target.sid);
      if (conversation.state === 'initializing') throw twilioError('CONVERSATION_INITIALIZING');
      removeParticipant(scope.account, scope.service, conversation, participant);
      emitParticipantEvent(ctx, 'onParticipantRemoved', participant, 'api', scope.webhookEnabled);
      return reply.code(204).send();
    });
  },
};
