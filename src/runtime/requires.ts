/**
 * What a scenario needs from the target; when a need is not met the test is skipped with a reason naming the need and
 * how to meet it (the JUnit `<skipped message=…>` says why). Two ways to say it:
 * - declared: `test('…', { meta: { requires: ['clockControl'] } }, fn)` (or on a describe) — checked before any
 *   fixture runs, and a `--budget` plan does not spend on it;
 * - in the body: `async ({ target, skip, api }) => { requires({ target, skip }, 'clockControl'); … }`. vitest 5 only
 *   sets up fixtures a test destructures: a test written `async (context) => …` fails before it starts.
 */
import type { TargetInfo } from '../targets/types.ts';

/** Why a signature check cannot run: the run knows an API key but not the account's auth token that signs webhooks. */
export const SIGNING_TOKEN_REASON =
  "needs signingToken: X-Twilio-Signature is keyed with the account's auth token, never an API key's secret; set TWILIO_AUTH_TOKEN beside TWILIO_API_KEY/TWILIO_API_SECRET";

/** The closed catalogue of needs: when each holds, and the skip reason when it does not. */
export const REQUIREMENTS = {
  clockControl: {
    holds: (t: TargetInfo) => t.capabilities.clockControl,
    reason: (t: TargetInfo) =>
      `needs clockControl: ${t.url} offers no virtual clock (/__emulator/clock); run against the emulator`,
  },
  timers: {
    holds: (t: TargetInfo) => t.capabilities.clockControl || t.capabilities.realTimers,
    reason: (t: TargetInfo) =>
      `needs clockControl or realTimers: ${t.url} offers no virtual clock; pass --real-timers to wait in real time`,
  },
  realTimers: {
    holds: (t: TargetInfo) => t.capabilities.realTimers,
    reason: () => 'needs realTimers: pass --real-timers to let timer scenarios wait in real time',
  },
  webhookDelivery: {
    holds: (t: TargetInfo) => t.capabilities.webhookDelivery,
    reason: (t: TargetInfo) =>
      `needs webhookDelivery: ${t.url} cannot reach the kit's webhook sink; pass --webhook-url PUBLIC_URL forwarded to --webhook-port`,
  },
  live: {
    holds: (t: TargetInfo) => t.capabilities.live,
    reason: (t: TargetInfo) => `needs a live vendor target: ${t.url} is not one`,
  },
  notLive: {
    holds: (t: TargetInfo) => !t.capabilities.live,
    reason: (t: TargetInfo) => `not run against a live vendor (${t.url}): it cannot be undone or costs too much`,
  },
  signingToken: {
    holds: (t: TargetInfo) => t.signingToken !== undefined,
    reason: () => SIGNING_TOKEN_REASON,
  },
  otherAccount: {
    holds: (t: TargetInfo) => t.otherCredentials !== undefined,
    reason: () => 'needs a second account: set CONFORMANCE_OTHER_ACCOUNT_SID and CONFORMANCE_OTHER_AUTH_TOKEN',
  },
} as const;

/** One need a scenario may state. */
export type Requirement = keyof typeof REQUIREMENTS;

/** What `requires` reads from the test context: pass `{ target, skip }` destructured from it. */
export interface RequiresContext {
  target: TargetInfo;
  skip: (note: string) => void;
}

/** The skip reason for the first unmet need, or undefined when the target meets them all. */
export function unmetRequirement(target: TargetInfo, needs: readonly Requirement[]): string | undefined {
  const unmet = needs.find((need) => !REQUIREMENTS[need].holds(target));
  return unmet === undefined ? undefined : REQUIREMENTS[unmet].reason(target);
}

/** Skips the test (with the reason) unless the target meets every need. */
export function requires(ctx: RequiresContext, ...needs: Requirement[]): void {
  const reason = unmetRequirement(ctx.target, needs);
  if (reason !== undefined) ctx.skip(reason);
}

declare module 'vitest' {
  interface TaskMeta {
    /** Needs checked before the test runs (see `requires`). */
    requires?: Requirement[];
  }
}
