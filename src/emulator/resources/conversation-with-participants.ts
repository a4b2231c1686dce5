// ConversationWithParticipants: create only (001:L143-251; 000 service form; 004:L7299-7813, L18541-19072).
// 1. validate every conversation and participant parameter synchronously (001:L147);
// 2. create the conversation in state `initializing` and answer with it (001:L149) — 201 (002 documents 201 and 202);
// 3. add the participants asynchronously, then set the state (001:L151): after `cwpParticipantDelayMs` of real time
//    under the wall clock; under the virtual clock when the clock is advanced that far (D-EMU-CWP);
// 4. on any error while adding, set the state to `closed` (001:L153), which releases its address pairs (error 50427).
//    The conversation keeps its unique name, as every closed conversation does, so polling it by name shows `closed`.
import type { EmulatorContext } from '../context.ts';
import { emitConversationEvent, transition } from '../conversation-lifecycle.ts';
import type { FaultSet } from '../faults.ts';
import type { FormParams } from '../form.ts';
import { formOf } from '../form.ts';
import {
  admitParticipant,
  type ParticipantInput,
  planParticipant,
  USER_CONVERSATION_LIMIT,
} from '../rules/participants.ts';
import { assertUniqueNameFree } from '../rules/unique-name.ts';
import { resolveScope } from '../scope.ts';
import { insertConversation, pairKey, setUniqueName } from '../store/conversations.ts';
import type { ParticipantPlan } from '../store/participants.ts';
import type { Conversation, ServiceState } from '../store/types.ts';
import { findUserByIdentity, openConversationCount } from '../store/users.ts';
import { TwilioApiError, twilioError } from '../twilio-errors.ts';
import * as v from '../validate.ts';
import { conversationData } from '../webhooks/payloads.ts';
import {
  applyConversationModifications,
  newConversation,
  readConversationParams,
  renderConversation,
} from './conversation.ts';
import { emitParticipantEvent } from './participant.ts';
import type { ServiceResource } from './resource.ts';

/** "The maximum number of participants that can be added in a single request is 10" (001:L251; 000:L53). */
export const CWP_MAX_PARTICIPANTS = 10;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * One `Participant` value: a JSON object whose keys are the Participant resource's parameters in snake_case, as in the
 * docs' examples `{"identity": …}` and `{"messaging_binding": {"address": …, "proxy_address": …}}` (000:L271-272,
 * L320-322). Anything else (not JSON, not an object, a non-string field) is error 50424.
 */
export function readParticipantJson(raw: string): ParticipantInput {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw twilioError('PARTICIPANT_JSON_INVALID');
  }
  if (!isPlainObject(value)) throw twilioError('PARTICIPANT_JSON_INVALID');
  const text = (source: Record<string, unknown>, key: string): string | undefined => {
    const field = source[key];
    if (field === undefined || field === null) return undefined;
    if (typeof field !== 'string') throw twilioError('PARTICIPANT_JSON_INVALID');
    return field;
  };
  const input: ParticipantInput = {};
  const identity = text(value, 'identity');
  if (identity !== undefined) input.identity = identity;
  const attributes = text(value, 'attributes');
  if (attributes !== undefined) input.attributes = attributes;
  const roleSid = text(value, 'role_sid');
  if (roleSid !== undefined) input.roleSid = roleSid;
  const dateCreated = text(value, 'date_created');
  if (dateCreated !== undefined) input.dateCreated = v.dateTime(dateCreated, 'date_created', 'DATE_CREATED_INVALID');
  const dateUpdated = text(value, 'date_updated');
  if (dateUpdated !== undefined) input.dateUpdated = v.dateTime(dateUpdated, 'date_updated', 'DATE_UPDATED_INVALID');
  const binding = value.messaging_binding;
  if (binding !== undefined && binding !== null) {
    if (!isPlainObject(binding)) throw twilioError('PARTICIPANT_JSON_INVALID');
    const address = text(binding, 'address');
    if (address !== undefined) input.address = address;
    const proxyAddress = text(binding, 'proxy_address');
    if (proxyAddress !== undefined) input.proxyAddress = proxyAddress;
    const projectedAddress = text(binding, 'projected_address');
    if (projectedAddress !== undefined) input.projectedAddress = projectedAddress;
  }
  return input;
}

/**
 * Validate the `Participant` values: count, JSON, each participant, duplicates, and the checks of current state — an
 * address pair already in use (50425) or an identity already in 1000 open conversations (50214). Both are checked
 * here, before the answer, and again when the participants are added (D-EMU-CWP, D-EMU-USER-LIMIT).
 */
export function planCwpParticipants(
  service: ServiceState,
  bindingPairs: ReadonlyMap<string, unknown>,
  form: FormParams,
  faults: FaultSet,
): ParticipantPlan[] {
  const raw = form.all('Participant');
  const max = CWP_MAX_PARTICIPANTS + (faults.has('cwp-participants-limit-11') ? 1 : 0);
  if (raw.length > max) throw twilioError('TOO_MANY_PARTICIPANTS_IN_REQUEST');
  const plans = raw.map((value) => planParticipant(service, readParticipantJson(value), faults));
  const identities = new Set<string>();
  const pairs = new Set<string>();
  for (const plan of plans) {
    if (plan.identity !== null) {
      if (identities.has(plan.identity)) throw twilioError('PARTICIPANT_EXISTS');
      identities.add(plan.identity);
    }
    const b = plan.binding;
    if (b?.address && b.proxyAddress) {
      const key = pairKey(b.address, b.proxyAddress);
      // The multi-participant form of 50416 (error-codes.md 50425): duplicated in the request or held elsewhere.
      if (pairs.has(key) || bindingPairs.has(key)) throw twilioError('PARTICIPANT_PAIRS_IN_USE');
      pairs.add(key);
    }
  }
  // "A Chat identity (Chat user) can be part of 1000 active or inactive Conversations" (004:L22396).
  if (faults.has('cwp-identity-limit-after-answer')) return plans;
  for (const plan of plans) {
    const user = plan.identity === null ? undefined : findUserByIdentity(service, plan.identity);
    if (user && openConversationCount(service, user) >= USER_CONVERSATION_LIMIT) {
      throw twilioError('USER_CONVERSATION_LIMIT');
    }
  }
  return plans;
}

/** Step 3/4: add the participants; then activate, or close (which releases the pairs) on the first failure. */
export function completeConversationWithParticipants(
  ctx: EmulatorContext,
  conversation: Conversation,
  plans: readonly ParticipantPlan[],
  finalState: 'active' | 'inactive',
  webhookEnabled: boolean,
): void {
  const account = ctx.store.accounts.get(conversation.accountSid);
  const service = account?.services.get(conversation.chatServiceSid);
  // Deleted (or reset) meanwhile: nothing left to do.
  if (!account || !service || service.conversations.get(conversation.sid) !== conversation) return;
  if (conversation.state !== 'initializing') return;
  try {
    for (const plan of plans) {
      const { participant, createdUser } = admitParticipant(
        ctx.store,
        account,
        service,
        conversation,
        plan,
        ctx.clock.now(),
        ctx.faults,
        { allowInitializing: true },
      );
      emitParticipantEvent(ctx, 'onParticipantAdded', participant, 'system', webhookEnabled, createdUser);
    }
  } catch (error) {
    if (!(error instanceof TwilioApiError)) throw error;
    // Closing releases the address pairs so a retry can succeed (004:L28729-28732; 50427); the unique name stays.
    if (ctx.faults.has('cwp-failure-frees-unique-name')) setUniqueName(service, conversation, null);
    transition(ctx, conversation, 'closed', 'system', webhookEnabled);
    const failure = twilioError('PARTICIPANTS_CREATION_FAILED');
    ctx.events.emit({
      name: 'errorLogged',
      accountSid: conversation.accountSid,
      chatServiceSid: conversation.chatServiceSid,
      source: 'system',
      webhookEnabled,
      at: ctx.clock.now(),
      data: { conversation_sid: conversation.sid, ...failure.toBody(), cause: error.toBody() },
    });
    return;
  }
  // The timers count from the moment the conversation becomes usable.
  conversation.timerBase = ctx.clock.now();
  transition(ctx, conversation, finalState, 'system', webhookEnabled);
}

/** Route of the ConversationWithParticipants resource. */
export const conversationWithParticipantsResource: ServiceResource = {
  name: 'ConversationWithParticipants',
  register(routes, ctx, mount) {
    routes.post(`${mount.prefix}/ConversationWithParticipants`, async (request, reply) => {
      const scope = resolveScope(request, mount);
      const form = formOf(request);
      planCwpParticipants(scope.service, scope.account.bindingPairs, form, ctx.faults);
      const params = readConversationParams(form, ctx.faults);
      const conversation = newConversation(ctx, scope.account, scope.service, params, 'initializing');
      assertUniqueNameFree(scope.service, conversation.uniqueName, ctx.faults);
      // Pre-event webhook onConversationAdd (004:L22915-22954). The participants, added later, fire no pre-event.
      const outcome = await ctx.hooks.before('onConversationAdd', scope, conversationData(conversation));
      applyConversationModifications(params, outcome, ctx.faults);
      if (params.friendlyName !== undefined) conversation.friendlyName = params.friendlyName;
      // Check again (pairs in use, unique name) and insert without an await in between.
      const plans = planCwpParticipants(scope.service, scope.account.bindingPairs, form, ctx.faults);
      assertUniqueNameFree(scope.service, conversation.uniqueName, ctx.faults);
      insertConversation(scope.service, conversation);
      emitConversationEvent(ctx, 'onConversationAdded', conversation, 'api', scope.webhookEnabled, {
        state: conversation.state,
      });
      const finalState = params.state === 'inactive' ? 'inactive' : 'active';
      if (!ctx.faults.has('cwp-never-leaves-initializing')) {
        const complete = () =>
          completeConversationWithParticipants(ctx, conversation, plans, finalState, scope.webhookEnabled);
        // Virtual clock: `initializing` lasts until the clock is advanced past the delay, so a client can observe it
        // deterministically (D-EMU-CWP). Wall clock: a short real-time window.
        if (ctx.clock.mode === 'virtual') {
          ctx.clock.schedule(new Date(ctx.clock.now().getTime() + ctx.cwpParticipantDelayMs), complete);
        } else {
          ctx.background.after(ctx.cwpParticipantDelayMs, complete);
        }
      }
      reply.code(201);
      return renderConversation(conversation, scope);
    });
  },
};
