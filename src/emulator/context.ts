// What every resource module receives: the state and the services around it. Built once per emulator by app.ts.
import type { BackgroundTasks } from './background.ts';
import type { Clock } from './clock.ts';
import type { EmulatorEvents } from './events.ts';
import type { FaultSet } from './faults.ts';
import type { EmulatorStore } from './store/store.ts';
import type { WebhookHooks } from './webhooks/engine.ts';

/** Shared dependencies of the resource modules. */
export interface EmulatorContext {
  readonly store: EmulatorStore;
  readonly clock: Clock;
  readonly events: EmulatorEvents;
  readonly background: BackgroundTasks;
  /** Pre-event webhooks: `await ctx.hooks.before(...)` before a change, then re-check and apply it (webhooks/engine.ts). */
  readonly hooks: WebhookHooks;
  /** ms before ConversationWithParticipants adds its participants: real (wall clock) or virtual (advanced clock). */
  readonly cwpParticipantDelayMs: number;
  /** Deliberate faults (faults.ts): checked by name at a hook point. Empty in a correct emulator. */
  readonly faults: FaultSet;
}

/** Where a service resource module is mounted: the default-service short form or the service-scoped form. */
export interface Mount {
  /** `/v1` or `/v1/Services/:ChatServiceSid`. */
  readonly prefix: string;
  readonly serviceScoped: boolean;
}

/** The two mounts of every service resource (short URL vs service URL, e.g. 004:L6094-6101). */
export const MOUNTS: readonly Mount[] = [
  { prefix: '/v1', serviceScoped: false },
  { prefix: '/v1/Services/:ChatServiceSid', serviceScoped: true },
];
