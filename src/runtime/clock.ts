import { TwilioClient } from '../client/client.ts';
import { KitError } from '../errors.ts';
import type { TargetInfo } from './target.ts';

/** Control over the target's clock, when it offers it (the emulator's `/__emulator/clock` endpoints). */
export interface ClockControl {
  /** True when the target lets the kit move its clock. */
  readonly available: boolean;
  /** Why not, when unavailable (for skip reasons). */
  readonly reason: string;
  /** The target's current time. */
  now(): Promise<Date>;
  /** Moves the target's clock forward by ms or an ISO 8601 duration (`PT10M`); due timers fire before it returns. */
  advance(by: number | string): Promise<void>;
}

/** Builds the clock control for a target (requests outside the Twilio API are not checked against the spec). */
export function createClockControl(target: TargetInfo): ClockControl {
  const available = target.capabilities.clockControl;
  const client = new TwilioClient({
    baseUrl: target.url,
    credentials: target.credentials,
    timeoutMs: target.timeoutMs,
  });
  const ensure = () => {
    if (!available) throw new Error('the target offers no clock control (skip the scenario instead)');
  };
  return {
    available,
    reason: available ? '' : `target ${target.url} offers no clock control`,
    async now() {
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
  };
}
