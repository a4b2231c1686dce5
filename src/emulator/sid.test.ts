import { describe, expect, it } from 'vitest';
import { isSid, newSecret, newSid, randomHex32, SID_PREFIX } from './sid.ts';

describe('newSid', () => {
  it('gives <PREFIX> + 32 lowercase hex for every prefix', () => {
    for (const prefix of Object.values(SID_PREFIX)) {
      const sid = newSid(prefix);
      expect(sid).toMatch(new RegExp(`^${prefix}[0-9a-f]{32}$`));
      expect(isSid(sid, prefix)).toBe(true);
    }
  });

  it('never repeats across many pool refills (8 KB pool = 512 SIDs)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 5000; i++) seen.add(randomHex32());
    expect(seen.size).toBe(5000);
    for (const hex of seen) expect(hex).toMatch(/^[0-9a-f]{32}$/);
  });

  it('uses every hex digit (not a constant or truncated source)', () => {
    const digits = new Set([...Array.from({ length: 100 }, () => randomHex32()).join('')]);
    expect(digits.size).toBe(16);
  });

  it('keeps secrets 32 hex', () => {
    expect(newSecret()).toMatch(/^[0-9a-f]{32}$/);
  });
});
