// Dates on the wire are ISO 8601 UTC without milliseconds, like `2015-12-16T22:18:37Z` (004:L4940).

/** `2015-12-16T22:18:37Z`. */
export function isoDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** {@link isoDate}, or null. */
export function isoDateOrNull(date: Date | null | undefined): string | null {
  return date ? isoDate(date) : null;
}
