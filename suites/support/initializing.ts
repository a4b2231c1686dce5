// Shared by the flows that create conversations with ConversationWithParticipants (not a suite itself): the
// `initializing` window. The conversation answers `initializing`, "In this state, the conversation cannot be updated",
// and becomes usable once the participants are added asynchronously (001:L149-151; 004:L7442-7444).
// - On a target with clock control the window ends only when the target's clock is advanced (D-EMU-CWP): a scenario
//   observes `initializing` deterministically, and ends the window by moving the clock one second.
// - On any other target the window ends in real time: scenarios poll (bounded), and a scenario that must act inside
//   the window retries with fresh data when it missed it, never passing on a missed window.
import { type ClockControl, eventually, expect, type ScenarioApi } from '../../src/runtime/index.ts';

/** How far a scenario moves a virtual clock to end the window (D-EMU-CWP: the emulator's delay is at most this). */
export const INITIALIZING_WINDOW = 'PT1S';

/** Attempts a scenario makes to act inside the window before it skips (missed windows only, never failures). */
export const WINDOW_ATTEMPTS = 3;

/**
 * The conversation once it has left `initializing` (`active`, `inactive` or `closed`): advances a virtual clock past
 * the window, then reads it; without clock control, polls until it changes.
 */
export async function leaveInitializing<C extends { sid: string; state: string; url: string }>(
  api: ScenarioApi,
  clock: ClockControl,
  conversation: C,
): Promise<C> {
  if (clock.mode === 'virtual') await clock.advance(INITIALIZING_WINDOW);
  return eventually(
    async () => (await api.get<C>(conversation.url, undefined, { expect: 200 })).body,
    (c) => c.state !== 'initializing',
    { timeoutMs: 15_000, intervalMs: 50, description: `${conversation.sid} to leave initializing` },
  );
}

/**
 * Runs `attempt` (create a conversation, act on it while it is `initializing`) until one reports `done`, at most
 * {@link WINDOW_ATTEMPTS} times; false when every attempt missed the window (the caller skips, saying so).
 * With clock control a missed window is only acceptable when the clock moved during the attempt (a parallel scenario
 * advanced it): had it stood still, the conversation was still initializing, so the miss fails the scenario.
 */
export async function withinInitializingWindow(
  clock: ClockControl,
  attempt: () => Promise<'done' | 'missed'>,
): Promise<boolean> {
  for (let i = 0; i < WINDOW_ATTEMPTS; i++) {
    const before = clock.mode === 'virtual' ? (await clock.now()).getTime() : undefined;
    if ((await attempt()) === 'done') return true;
    if (before !== undefined) {
      const after = (await clock.now()).getTime();
      expect(after, 'the initializing window ended while the virtual clock stood still (D-EMU-CWP)').toBeGreaterThan(
        before,
      );
    }
  }
  return false;
}
