// Where a post-event webhook goes, and whether one goes at all.
//  - Targets: the service's post-event URL, or the account's when the service has no webhook URL configured
//    (004:L21512), if the event is in those filters (004:L21541, L22858); and every conversation-scoped webhook of its
//    conversation whose filters include it, or (target `trigger`) an onMessageAdded whose body contains one of the
//    keywords. Studio targets and the account's `flex` target are not emulated (nothing is sent).
//  - Echo suppression: events caused by a REST request fire only when it carried `X-Twilio-Webhook-Enabled: true`
//    (004:L22912-22913); timer-driven and channel-driven events (state timers, delivery receipts) always fire.
import type { EmulatorEvent } from '../events.ts';
import type {
  AccountState,
  Conversation,
  ConversationWebhook,
  ServiceState,
  WebhookMethod,
  WebhookSettings,
} from '../store/types.ts';

// Events that come from the messaging channel rather than from a REST request: never echo-suppressed.
const CHANNEL_EVENTS: ReadonlySet<string> = new Set(['onDeliveryUpdated']);

/** Whether a REST request caused the event (so it fires webhooks only when that request asked for them). */
export function isRestCaused(event: EmulatorEvent): boolean {
  return event.source !== 'timer' && !CHANNEL_EVENTS.has(event.name);
}

/**
 * The settings that apply to activity in a service: the service's once it has a pre- or post-event URL (004:L21512),
 * else the account's; none when the account routes to Flex (not emulated).
 */
export function effectiveSettings(account: AccountState, service: ServiceState | undefined): WebhookSettings | null {
  if (service && (service.webhooks.preWebhookUrl !== null || service.webhooks.postWebhookUrl !== null)) {
    return service.webhooks;
  }
  return account.webhooks.target === 'webhook' ? account.webhooks : null;
}

/** Whether a trigger webhook fires for a message body: a keyword occurs in it, ignoring letter case. */
export function triggerMatches(webhook: Pick<ConversationWebhook, 'triggers'>, body: unknown): boolean {
  if (typeof body !== 'string') return false;
  const text = body.toLowerCase();
  return webhook.triggers.some((keyword) => text.includes(keyword.toLowerCase()));
}

/** Where one webhook request goes. */
export interface WebhookTarget {
  readonly url: string;
  readonly method: WebhookMethod;
}

/** The targets of a post-event: the settings' post-event URL first, then the conversation's webhooks in creation order. */
export function postEventTargets(
  event: EmulatorEvent,
  settings: WebhookSettings | null,
  conversation: Conversation | undefined,
): WebhookTarget[] {
  const targets: WebhookTarget[] = [];
  if (settings?.postWebhookUrl && settings.filters.includes(event.name)) {
    targets.push({ url: settings.postWebhookUrl, method: settings.method });
  }
  if (conversation) {
    const scoped = [...conversation.webhooks.values()].sort((a, b) => a.seq - b.seq);
    for (const webhook of scoped) {
      if (webhook.url === null) continue;
      const fires =
        webhook.target === 'webhook'
          ? webhook.filters.includes(event.name)
          : webhook.target === 'trigger' && event.name === 'onMessageAdded' && triggerMatches(webhook, event.data.body);
      if (fires) targets.push({ url: webhook.url, method: webhook.method });
    }
  }
  return targets;
}
