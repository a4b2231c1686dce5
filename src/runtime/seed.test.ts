import { describe, expect, test } from 'vitest';
import { parseSeed, randomSeed } from './seed.ts';

describe('parseSeed', () => {
  test.each([
    ['42', 42],
    [' 7 ', 7],
    ['0', 0],
    ['4294967295', 4294967295],
    ['4294967296', undefined],
    ['-1', undefined],
    ['1.5', undefined],
    ['abc', undefined],
    ['', undefined],
  ])('%j → %s', (given, want) => {
    expect(parseSeed(given)).toBe(want);
  });
  test('random seeds are valid seeds', () => {
    const seed = randomSeed();
    expect(parseSeed(String(seed))).toBe(seed);
  });
});
