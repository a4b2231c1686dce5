// What every resource module receives: the state and the services around it. Built once per emulator by app.ts.
import type { BackgroundTasks } from './background.ts';
import type { Clock } from './clock.ts';
import type { EmulatorEvents } from './events.ts';
import type { EmulatorStore } from './store/store.ts';

/** Shared dependencies of the resource modules. */
export interface EmulatorContext {
  readonly store: EmulatorStore;
  readonly clock: Clock;
  readonly events: EmulatorEvents;
  readonly background: BackgroundTasks;
  /** Real ms before ConversationWithParticipants adds its participants. */
  readonly cwpParticipantDelayMs: number;
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
