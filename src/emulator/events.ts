// In-process event bus. Resources publish what happened (post-action events, 004:L22868-22909); later modules
// (webhook delivery, error logs) subscribe without the resources knowing about them.
import type { Conversation } from './store/types.ts';

/** Post-action event names from the Conversations webhooks page (004:L22868-22909), plus emulator-internal ones. */
export type EmulatorEventName =
  | 'onConversationAdded'
  | 'onConversationUpdated'
  | 'onConversationRemoved'
  | 'onConversationStateUpdated'
  | 'onParticipantAdded'
  | 'onParticipantUpdated'
  | 'onParticipantRemoved'
  | 'onUserAdded'
  | 'onMessageAdded'
  | 'onMessageUpdated'
  | 'onMessageRemoved'
  | 'onDeliveryUpdated'
  | 'onUserUpdated'
  // Emulator-internal: an asynchronous failure Twilio would put in the Console error log (001:L153).
  | 'errorLogged';

/** Who caused an event: the REST API, a timer, or the emulator itself (async work). Payload `Reason`: 004:L24153-24180. */
export type EmulatorEventSource = 'api' | 'timer' | 'system';

/** One published event. `data` holds the resource's snake_case view at the time of the event. */
export interface EmulatorEvent {
  readonly name: EmulatorEventName;
  readonly accountSid: string;
  readonly chatServiceSid: string;
  readonly source: EmulatorEventSource;
  /** Value of `X-Twilio-Webhook-Enabled: true` on the causing REST request (004:L22912-22913); false otherwise. */
  readonly webhookEnabled: boolean;
  readonly at: Date;
  readonly data: Readonly<Record<string, unknown>>;
  /**
   * The conversation record the event is about, when the publisher has it: still readable after a delete, so
   * onConversationRemoved can reach the conversation's own webhooks (webhooks/routing.ts).
   */
  readonly conversation?: Conversation;
}

/** Listener; exceptions are reported to the bus's error handler and never reach the publisher. */
export type EmulatorEventListener = (event: EmulatorEvent) => void;

/** Publish/subscribe. */
export interface EmulatorEvents {
  emit(event: EmulatorEvent): void;
  /** Subscribe; returns the unsubscribe function. */
  on(listener: EmulatorEventListener): () => void;
}

/** Build an event bus. */
export function createEvents(onError: (error: unknown) => void = () => {}): EmulatorEvents {
  const listeners = new Set<EmulatorEventListener>();
  return {
    emit(event) {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch (error) {
          onError(error);
        }
      }
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
