/** Options of bounded polling. */
export interface EventuallyOptions {
  /** Give up after this many ms (default 10 s). */
  timeoutMs?: number;
  /** Wait between attempts (default 50 ms). */
  intervalMs?: number;
  /** What is being waited for, for the failure message. */
  description?: string;
}

/**
 * Polls `probe` until it returns a value `accept` approves, or fails after `timeoutMs` with the last value seen.
 * Bounded in time and attempts, never infinite.
 */
export async function eventually<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  options: EventuallyOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const intervalMs = options.intervalMs ?? 50;
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let attempts = 0;
  while (true) {
    attempts++;
    last = await probe();
    if (accept(last)) return last;
    if (Date.now() + intervalMs > deadline) break;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  const shown = JSON.stringify(last)?.slice(0, 300);
  throw new Error(
    `timed out after ${timeoutMs} ms (${attempts} attempts) waiting for ${options.description ?? 'a condition'}; last value: ${shown}`,
  );
}
