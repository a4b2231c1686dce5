import { TwilioClient } from '../client/client.ts';
import { KitError } from '../errors.ts';
import type { TargetInfo } from '../targets/types.ts';

/** Longest real-time wait `elapse` accepts (timers of live vendors are minutes; a scenario must stay bounded). */
export const MAX_REAL_WAIT_MS = 10 * 60_000;

/** Control over the target's clock, when it offers it (the emulator's `/__emulator/clock` endpoints). */
export interface ClockControl {
  /** True when the target lets the kit move its clock. */
  readonly available: boolean;
  /** Why not, when unavailable (for skip reasons). */
  readonly reason: string;
  /**
   * How time passes for `elapse`: `virtual` (the kit moves the target's clock), `real` (`--real-timers`: the kit
   * waits), `none` (timer scenarios cannot run: skip with `requires(ctx, 'timers')`).
   */
  readonly mode: 'virtual' | 'real' | 'none';
  /** The target's current time. */
  now(): Promise<Date>;
  /** Moves the target's clock forward by ms or an ISO 8601 duration (`PT10M`); due timers fire before it returns. */
  advance(by: number | string): Promise<void>;
  /**
   * Lets `by` pass on the target: advances the virtual clock, or with `--real-timers` waits that long in real time
   * (at most MAX_REAL_WAIT_MS; a vendor's timer may fire later still, so poll the effect with `eventually`).
   */
  elapse(by: number | string): Promise<void>;
}

/** Milliseconds of an ISO 8601 duration of days and time (`P1D`, `PT1M`, `PT1H30M`, `PT0.5S`). */
export function durationMs(duration: string): number {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(duration);
  if (!m || duration === 'P' || duration.endsWith('T')) throw new Error(`not an ISO 8601 duration: '${duration}'`);
  const [, d = '0', h = '0', min = '0', s = '0'] = m;
  return ((Number(d) * 24 + Number(h)) * 60 + Number(min)) * 60_000 + Math.round(Number(s) * 1000);
}

/** Builds the clock control for a target (requests outside the Twilio API are not checked against the spec). */
export function createClockControl(target: TargetInfo, deadline?: number): ClockControl {
  const available = target.capabilities.clockControl;
  const mode = available ? 'virtual' : target.capabilities.realTimers ? 'real' : 'none';
  const client = new TwilioClient({
    baseUrl: target.url,
    credentials: target.credentials,
    timeoutMs: target.timeoutMs,
    // One keep-alive pool per worker: each scenario's client reuses warm connections (docs/benchmarks.md).
    pool: 'shared',
    ...(target.maxBodyBytes !== undefined ? { maxBodyBytes: target.maxBodyBytes } : {}),
    ...(deadline !== undefined ? { deadline } : {}),
  });
  const ensure = () => {
    if (!available) throw new Error('the target offers no clock control (skip the scenario instead)');
  };
  const clock: ClockControl = {
    available,
    reason: available ? '' : `target ${target.url} offers no clock control`,
    mode,
    async now() {
      if (mode === 'real') return new Date();
      ensure();
      const ex = await client.get('/__emulator/clock');
      const now = (ex.response.json as { now?: unknown } | undefined)?.now;
      if (ex.response.status !== 200 || typeof now !== 'string') {
        throw new KitError('CONFORMANCE_ERR_BAD_RESPONSE', `GET /__emulator/clock answered ${ex.response.status}`);
      }
      return new Date(now);
    },
    async advance(by) {
      ensure();
      const form = typeof by === 'number' ? { ms: by } : { duration: by };
      const ex = await client.post('/__emulator/clock/advance', form);
      if (ex.response.status !== 200) {
        throw new KitError(
          'CONFORMANCE_ERR_BAD_RESPONSE',
          `clock advance answered ${ex.response.status}: ${ex.response.text}`,
        );
      }
    },
    async elapse(by) {
      if (mode === 'virtual') return clock.advance(by);
      if (mode === 'none') {
        throw new Error(`${clock.reason} and --real-timers is off (skip with requires(ctx, 'timers'))`);
      }
      const ms = typeof by === 'number' ? by : durationMs(by);
      if (ms > MAX_REAL_WAIT_MS) {
        throw new Error(`elapse(${by}) would wait ${ms} ms in real time; the limit is ${MAX_REAL_WAIT_MS} ms`);
      }
      if (deadline !== undefined && Date.now() + ms > deadline) {
        throw new KitError(
          'CONFORMANCE_ERR_RUN_DEADLINE',
          `elapse(${by}) would wait past the run deadline (--max-time)`,
        );
      }
      await new Promise((done) => setTimeout(done, ms));
    },
  };
  return clock;
}
