// Small value helpers shared by several flows' scenarios (not a suite itself: no `.suite.ts`).

/** `{"k":"xxxx…"}` of exactly `bytes` UTF-8 bytes (ASCII only). */
export function jsonOfBytes(bytes: number): string {
  const frame = '{"k":""}';
  return `{"k":"${'x'.repeat(bytes - frame.length)}"}`;
}

/** Milliseconds of a wire date-time. */
export function ms(date: string | null | undefined): number {
  if (typeof date !== 'string') throw new Error(`expected a date-time, got ${String(date)}`);
  const t = Date.parse(date);
  if (Number.isNaN(t)) throw new Error(`not a date-time: ${date}`);
  return t;
}
