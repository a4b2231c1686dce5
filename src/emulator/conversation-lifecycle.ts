// Conversation state machine and timers (States and Timers guide, 004:L25740-26099).
//  - states active ↔ inactive freely; closed is final (004:L25760, L25892); initializing while CWP adds participants.
//  - Timers.Inactive moves active → inactive, Timers.Closed moves active|inactive → closed, each measured from the last
//    activity ("no update for 300 seconds", 004:L26074). Both run from the same base, as in the docs' example
//    (PT1M/PT10M → date_inactive = date_updated + 1 min, date_closed = date_updated + 10 min; 000:L53, L285-290).
//  - a manual state change restarts the counters (004:L25924); PT0S disables a timer (004:L25919).
//  - closing frees the conversation's address pairs (004:L28729-28732).
// Transitions fire through the Clock, so a virtual-clock advance applies them before it returns.
import type { EmulatorContext } from './context.ts';
import { isoDate } from './dates.ts';
import type { EmulatorEventName, EmulatorEventSource } from './events.ts';
import { releasePairs, removeConversation } from './store/conversations.ts';
import type { AccountState, Conversation, ConversationState, ServiceState } from './store/types.ts';

/** The account and service records that own a conversation (undefined once reset or deleted). */
function ownersOf(
  ctx: EmulatorContext,
  conversation: Conversation,
): { account: AccountState; service: ServiceState } | undefined {
  const account = ctx.store.accounts.get(conversation.accountSid);
  const service = account?.services.get(conversation.chatServiceSid);
  if (!account || !service || service.conversations.get(conversation.sid) !== conversation) return undefined;
  return { account, service };
}

/** `timers` as rendered: `{date_inactive?, date_closed?}`, `{}` when none is set or the conversation is closed. */
export function timersView(conversation: Conversation): Record<string, string> {
  const view: Record<string, string> = {};
  if (conversation.state === 'closed') return view;
  const base = conversation.timerBase.getTime();
  if (conversation.timers.inactiveMs !== null) {
    view.date_inactive = isoDate(new Date(base + conversation.timers.inactiveMs));
  }
  if (conversation.timers.closedMs !== null) view.date_closed = isoDate(new Date(base + conversation.timers.closedMs));
  return view;
}

/** Cancel the conversation's pending timer transitions. */
export function cancelTimers(ctx: EmulatorContext, conversation: Conversation): void {
  ctx.clock.cancel(conversation.timerHandles.inactive);
  ctx.clock.cancel(conversation.timerHandles.closed);
  conversation.timerHandles = { inactive: null, closed: null };
}

/** (Re)schedule the timer transitions that apply to the conversation's current state. */
export function scheduleTimers(ctx: EmulatorContext, conversation: Conversation): void {
  cancelTimers(ctx, conversation);
  if (ctx.faults.has('timer-never-fires')) return;
  const base = conversation.timerBase.getTime();
  const { inactiveMs, closedMs } = conversation.timers;
  if (inactiveMs !== null && conversation.state === 'active') {
    conversation.timerHandles.inactive = ctx.clock.schedule(new Date(base + inactiveMs), () => {
      conversation.timerHandles.inactive = null;
      if (conversation.state === 'active') transition(ctx, conversation, 'inactive', 'timer', false);
    });
  }
  if (closedMs !== null && (conversation.state === 'active' || conversation.state === 'inactive')) {
    conversation.timerHandles.closed = ctx.clock.schedule(new Date(base + closedMs), () => {
      conversation.timerHandles.closed = null;
      if (conversation.state === 'active' || conversation.state === 'inactive') {
        transition(ctx, conversation, 'closed', 'timer', false);
      }
    });
  }
}

/** Restart the timer counters from now (any update, a manual state change, later: a new message). */
export function recordActivity(ctx: EmulatorContext, conversation: Conversation): void {
  if (ctx.faults.has('timer-not-restarted-on-update')) return;
  conversation.timerBase = ctx.clock.now();
  scheduleTimers(ctx, conversation);
}

/** Publish a conversation-level event with the conversation's identifiers. */
export function emitConversationEvent(
  ctx: EmulatorContext,
  name: EmulatorEventName,
  conversation: Conversation,
  source: EmulatorEventSource,
  webhookEnabled: boolean,
  data: Record<string, unknown> = {},
): void {
  ctx.events.emit({
    name,
    accountSid: conversation.accountSid,
    chatServiceSid: conversation.chatServiceSid,
    source,
    webhookEnabled,
    at: ctx.clock.now(),
    data: { conversation_sid: conversation.sid, ...data },
    conversation,
  });
}

/**
 * Move the conversation to `to`. An API-driven change restarts the timers (004:L25924); a timer-driven one keeps the
 * base so `date_closed` stays where it was shown. Closing frees the address pairs and stops the timers.
 * Publishes onConversationStateUpdated with Reason API/TIMER/EVENT (004:L24153-24180).
 */
export function transition(
  ctx: EmulatorContext,
  conversation: Conversation,
  to: ConversationState,
  source: EmulatorEventSource,
  webhookEnabled: boolean,
): void {
  const from = conversation.state;
  const now = ctx.clock.now();
  conversation.state = to;
  conversation.dateUpdated = now;
  if (source === 'api') conversation.timerBase = now;
  if (to === 'closed') {
    const owners = ownersOf(ctx, conversation);
    if (owners && !ctx.faults.has('close-keeps-pairs')) releasePairs(owners.account, conversation);
    cancelTimers(ctx, conversation);
  } else {
    scheduleTimers(ctx, conversation);
  }
  if (from !== to) {
    emitConversationEvent(ctx, 'onConversationStateUpdated', conversation, source, webhookEnabled, {
      state_from: from,
      state_to: to,
      reason: source === 'api' ? 'API' : source === 'timer' ? 'TIMER' : 'EVENT',
    });
  }
}

/** Delete a conversation with its participants (and, later, messages and webhooks), stopping its timers. */
export function deleteConversation(ctx: EmulatorContext, conversation: Conversation): void {
  cancelTimers(ctx, conversation);
  const owners = ownersOf(ctx, conversation);
  if (owners && ctx.faults.has('delete-cascade-missing')) {
    // The conversation goes; its participants stay behind (address pairs held, users still linked).
    if (conversation.uniqueName !== null) owners.service.conversationsByUniqueName.delete(conversation.uniqueName);
    owners.service.conversations.delete(conversation.sid);
    return;
  }
  if (owners) removeConversation(owners.account, owners.service, conversation);
}
