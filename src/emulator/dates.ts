// Dates on the wire are ISO 8601 UTC without milliseconds, like `2015-12-16T22:18:37Z` (004:L4940).
// Bounds (D-EMU-BOUNDS-1): every date the emulator accepts or derives stays within four-digit years, so it renders in
// that form; a JavaScript Date would hold far more (±8.64e15 ms), but `toISOString()` turns year 10000 into `+010000`.

/** Earliest date accepted in a parameter: `0000-01-01T00:00:00Z`. */
export const MIN_DATE_MS = Date.parse('0000-01-01T00:00:00Z');
/** Latest date accepted in a parameter: `9999-12-31T23:59:59Z`. */
export const MAX_DATE_MS = Date.parse('9999-12-31T23:59:59Z');
/** Longest timer: `P36500D` (100 × 365 days; the docs count a year as `P365D`, 004:L25906). */
export const MAX_TIMER_MS = 36_500 * 86_400_000;
/** Latest time a virtual clock may show: `9000-01-01T00:00:00Z`, so now + the longest timer is still a date above. */
export const MAX_CLOCK_MS = Date.parse('9000-01-01T00:00:00Z');

// Lists render the same few creation seconds over and over, and `toISOString` showed as a hotspot of the list
// under load (docs/benchmarks.md): remember recent seconds' strings, bounded, dropped wholesale when full.
const CACHE_LIMIT = 4096;
const recent = new Map<number, string>();

/** `2015-12-16T22:18:37Z`. */
export function isoDate(date: Date): string {
  const second = Math.floor(date.getTime() / 1000);
  let text = recent.get(second);
  if (text === undefined) {
    text = `${date.toISOString().slice(0, 19)}Z`;
    if (recent.size >= CACHE_LIMIT) recent.clear();
    recent.set(second, text);
  }
  return text;
}

/** {@link isoDate}, or null. */
export function isoDateOrNull(date: Date | null | undefined): string | null {
  return date ? isoDate(date) : null;
}
