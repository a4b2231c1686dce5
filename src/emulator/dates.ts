// Dates on the wire are ISO 8601 UTC without milliseconds, like `2015-12-16T22:18:37Z` (004:L4940).

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
