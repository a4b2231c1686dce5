import { describe, expect, test } from 'vitest';
import { CLEANUP_BATCH, nextCleanupBatch } from './api.ts';

const drain = (tracked: string[], max?: number): string[][] => {
  const batches: string[][] = [];
  for (let b = nextCleanupBatch(tracked, max); b.length > 0; b = nextCleanupBatch(tracked, max)) batches.push(b);
  return batches;
};

describe('nextCleanupBatch', () => {
  test('siblings of one collection go together, newest first, at most the batch size', () => {
    const tracked = Array.from({ length: 10 }, (_, i) => `/v1/Conversations/CH${i}`);
    expect(drain(tracked, 4)).toEqual([
      ['/v1/Conversations/CH9', '/v1/Conversations/CH8', '/v1/Conversations/CH7', '/v1/Conversations/CH6'],
      ['/v1/Conversations/CH5', '/v1/Conversations/CH4', '/v1/Conversations/CH3', '/v1/Conversations/CH2'],
      ['/v1/Conversations/CH1', '/v1/Conversations/CH0'],
    ]);
    expect(tracked).toEqual([]);
  });

  test('a child is deleted before its parent, and another collection ends the batch', () => {
    const tracked = [
      'https://t/v1/Users/US1',
      '/v1/Conversations/CH1',
      '/v1/Conversations/CH2',
      '/v1/Conversations/CH2/Participants/MB1',
      '/v1/Conversations/CH2/Participants/MB2',
      '/v1/Roles/RL1',
    ];
    expect(drain(tracked)).toEqual([
      ['/v1/Roles/RL1'],
      ['/v1/Conversations/CH2/Participants/MB2', '/v1/Conversations/CH2/Participants/MB1'],
      ['/v1/Conversations/CH2', '/v1/Conversations/CH1'],
      ['https://t/v1/Users/US1'],
    ]);
  });

  test('nothing tracked is an empty batch; the default size is bounded', () => {
    expect(nextCleanupBatch([])).toEqual([]);
    expect(CLEANUP_BATCH).toBeGreaterThan(1);
    expect(CLEANUP_BATCH).toBeLessThanOrEqual(16);
  });
});
