import { describe, expect, test } from 'vitest';
import { isoDate, isoDateOrNull } from './dates.ts';

describe('isoDate', () => {
  // The remembered strings must equal a fresh toISOString at every second, twice in a row (cache miss, then hit).
  test.each([
    ['the epoch', 0, '1970-01-01T00:00:00Z'],
    ['a millisecond before the epoch', -1, '1969-12-31T23:59:59Z'],
    ['the last millisecond of a second', 1_700_000_000_999, '2023-11-14T22:13:20Z'],
    ['the next second', 1_700_000_001_000, '2023-11-14T22:13:21Z'],
    ['the last second of 9999', 253_402_300_799_000, '9999-12-31T23:59:59Z'],
  ])('%s', (_name, ms, want) => {
    expect(isoDate(new Date(ms))).toBe(want);
    expect(isoDate(new Date(ms))).toBe(want);
  });

  test('stays right past the cache bound', () => {
    for (let s = 0; s < 10_000; s += 1)
      expect(isoDate(new Date(s * 1000 + 500))).toBe(new Date(s * 1000).toISOString().replace('.000Z', 'Z'));
  });

  test('null for no date', () => {
    expect(isoDateOrNull(null)).toBeNull();
  });
});
