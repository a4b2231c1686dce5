import { describe, expect, test } from 'vitest';
import { eventually } from './eventually.ts';

describe('eventually', () => {
  test('returns the first accepted value', async () => {
    let n = 0;
    await expect(
      eventually(
        async () => ++n,
        (v) => v === 3,
        { intervalMs: 1 },
      ),
    ).resolves.toBe(3);
  });
  test('fails after the timeout with the last value and the description', async () => {
    await expect(
      eventually(
        async () => 'initializing',
        (v) => v === 'active',
        { timeoutMs: 50, intervalMs: 10, description: 'active' },
      ),
    ).rejects.toThrow(/waiting for active; last value: "initializing"/);
  });
});
