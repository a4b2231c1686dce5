import { describe, expect, test } from 'vitest';
import type { TargetInfo } from '../targets/types.ts';
import { createClockControl, durationMs } from './clock.ts';

describe('durationMs', () => {
  test.each([
    ['PT1M', 60_000],
    ['PT1H30M', 5_400_000],
    ['P1D', 86_400_000],
    ['P1DT1S', 86_401_000],
    ['PT0.25S', 250],
  ])('%s → %i ms', (given, want) => {
    expect(durationMs(given)).toBe(want);
  });
  test.each(['', 'P', 'PT', '1M', 'PT1X', 'P1M'])('rejects %j', (given) => {
    expect(() => durationMs(given)).toThrow(/not an ISO 8601 duration/);
  });
});

function target(clockControl: boolean, realTimers: boolean): TargetInfo {
  return {
    kind: 'url',
    url: 'http://127.0.0.1:9',
    identity: '127.0.0.1_9',
    credentials: { username: 'AC', password: 'x' },
    capabilities: { clockControl, realTimers, live: false, webhookDelivery: true },
    specPath: 'spec.yaml',
    timeoutMs: 1000,
  };
}

describe('createClockControl', () => {
  test('mode follows the capabilities: clock control first, then real timers', () => {
    expect(createClockControl(target(true, true)).mode).toBe('virtual');
    expect(createClockControl(target(false, true)).mode).toBe('real');
    expect(createClockControl(target(false, false)).mode).toBe('none');
  });
  test('with real timers, elapse waits in real time and now() is the local time', async () => {
    const clock = createClockControl(target(false, true));
    const start = Date.now();
    await clock.elapse('PT0.05S');
    expect(Date.now() - start).toBeGreaterThanOrEqual(45);
    expect(Math.abs((await clock.now()).getTime() - Date.now())).toBeLessThan(1000);
  });
  test('real waits are bounded', async () => {
    await expect(createClockControl(target(false, true)).elapse('PT11M')).rejects.toThrow(/limit is 600000 ms/);
  });
  test('without either, elapse tells the scenario to skip', async () => {
    await expect(createClockControl(target(false, false)).elapse('PT1M')).rejects.toThrow(/requires\(ctx, 'timers'\)/);
  });
});
