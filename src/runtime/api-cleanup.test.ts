import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, test } from 'vitest';
import { TwilioClient } from '../client/client.ts';
import { loadSpec } from '../spec/load.ts';
import { compileValidators } from '../validation/validators.ts';
import { CLEANUP_BATCH, nextCleanupBatch, ScenarioApi } from './api.ts';

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

describe('ScenarioApi.cleanup', () => {
  test('records a batch in the order it was sent, whichever DELETE the target answers first', async () => {
    // The first DELETE sent (the newest resource) is answered last: completion order is the reverse of send order.
    const delays: Record<string, number> = { CH3: 90, CH2: 60, CH1: 30, CH0: 0 };
    const server = createServer((request, response) => {
      const sid = (request.url ?? '').split('/').at(-1) ?? '';
      setTimeout(() => response.writeHead(204).end(), delays[sid] ?? 0);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const spec = await loadSpec();
    const api = new ScenarioApi(
      new TwilioClient({ baseUrl: `http://127.0.0.1:${port}` }),
      spec,
      compileValidators(spec),
    );
    try {
      for (let i = 0; i < 4; i++) api.track(`/v1/Conversations/CH${i}`);
      await api.cleanup();
      expect(api.exchanges.map((exchange) => new URL(exchange.request.url).pathname)).toEqual([
        '/v1/Conversations/CH3',
        '/v1/Conversations/CH2',
        '/v1/Conversations/CH1',
        '/v1/Conversations/CH0',
      ]);
      // Steps after the cleanup are recorded again.
      await api.client.send({ method: 'DELETE', path: '/v1/Conversations/CH0' });
      expect(api.exchanges).toHaveLength(5);
    } finally {
      await api.client.close();
      server.close();
    }
  });
});
