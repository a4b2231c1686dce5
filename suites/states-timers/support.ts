// Helpers of the States & Timers suites only (not a suite itself: no `.suite.ts`): reading the target's clock around
// a fetch, so a "not yet" check is only made when it is conclusive.
import type { ClockControl, ScenarioApi } from '../../src/runtime/index.ts';
import { type Conversation, fetchConversation } from '../support/conversations.ts';
import { ms } from '../support/values.ts';

/** `date` plus `seconds`, in milliseconds. */
export function plusSeconds(date: string, seconds: number): number {
  return ms(date) + seconds * 1000;
}

/** A conversation together with the target's clock read just before and just after the fetch. */
export interface Observation {
  conversation: Conversation;
  /** The fetch happened at or after this instant. */
  before: number;
  /** The fetch happened at or before this instant. */
  after: number;
}

/**
 * Fetches a conversation bracketed by two clock reads. The virtual clock is shared by every scenario file running in
 * parallel, so a "not yet" assertion is only conclusive when `after` is still before the deadline.
 */
export async function observe(api: ScenarioApi, clock: ClockControl, url: string): Promise<Observation> {
  const before = (await clock.now()).getTime();
  const conversation = await fetchConversation(api, url);
  const after = (await clock.now()).getTime();
  return { conversation, before, after };
}

/** Skip reason when a parallel scenario moved the shared clock past a deadline this scenario had to stay before. */
export const CLOCK_MOVED =
  'another scenario moved the shared clock past the deadline while this one ran; the "not yet" check is inconclusive';

/**
 * The conversation at `url` as fetched before `deadline`: skips the scenario (CLOCK_MOVED) when the fetch may have
 * happened at or after it, since a "not yet" check is then inconclusive.
 */
export async function observeBefore(
  api: ScenarioApi,
  clock: ClockControl,
  skip: (note: string) => void,
  url: string,
  deadline: string | null | undefined,
): Promise<Conversation> {
  const seen = await observe(api, clock, url);
  if (seen.after >= ms(deadline)) skip(CLOCK_MOVED);
  return seen.conversation;
}
