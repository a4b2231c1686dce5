// Benchmark of the reference emulator over a real loopback socket: prints throughput and latency per operation.
// Bounded in count and time (each phase stops at its count or after 20 s). Run: node scripts/bench-emulator.ts
import { TwilioClient } from '../src/client/client.ts';
import { startEmulator } from '../src/emulator/index.ts';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const PHASE_LIMIT_MS = 20_000;

interface Phase {
  name: string;
  count: number;
  run: (i: number) => Promise<number>;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function measure(phase: Phase): Promise<void> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < phase.count && performance.now() - started < PHASE_LIMIT_MS) {
      const i = next++;
      const t = performance.now();
      const status = await phase.run(i);
      latencies.push(performance.now() - t);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const codes = [...statuses].map(([s, n]) => `${s}×${n}`).join(' ');
  console.log(
    `${phase.name.padEnd(34)} ${String(latencies.length).padStart(6)} req  ${(latencies.length / seconds).toFixed(0).padStart(6)} req/s` +
      `  p50 ${percentile(latencies, 50).toFixed(2)} ms  p99 ${percentile(latencies, 99).toFixed(2)} ms  [${codes}]`,
  );
}

const running = await startEmulator({ clock: 'virtual', cwpParticipantDelayMs: 1 });
const account = running.accounts[0];
if (!account) throw new Error('no account');
const client = new TwilioClient({
  baseUrl: running.url,
  credentials: { username: account.accountSid, password: account.authToken },
});
console.log(`emulator at ${running.url}, node ${process.version}, concurrency ${CONCURRENCY}`);
const conversations: string[] = [];
const big = (await client.post('/v1/Conversations', { FriendlyName: 'big' })).response.json as { sid: string };
try {
  await measure({
    name: 'POST /v1/Conversations',
    count: 5000,
    run: async (i) => {
      const ex = await client.post('/v1/Conversations', { FriendlyName: `bench ${i}`, Attributes: '{"a":1}' });
      conversations.push((ex.response.json as { sid: string }).sid);
      return ex.response.status;
    },
  });
  await measure({
    name: 'GET /v1/Conversations/{Sid}',
    count: 10000,
    run: async (i) =>
      (await client.get(`/v1/Conversations/${conversations[i % conversations.length]}`)).response.status,
  });
  await measure({
    name: 'POST …/Participants (to 1000 limit)',
    count: 1100,
    run: async (i) =>
      (await client.post(`/v1/Conversations/${big.sid}/Participants`, { Identity: `user-${i}` })).response.status,
  });
  await measure({
    name: 'POST …/Messages',
    count: 5000,
    run: async (i) =>
      (await client.post(`/v1/Conversations/${big.sid}/Messages`, { Author: `user-${i % 1000}`, Body: `hello ${i}` }))
        .response.status,
  });
  await measure({
    name: 'GET …/Messages?PageSize=100',
    count: 2000,
    run: async (i) =>
      (await client.get(`/v1/Conversations/${big.sid}/Messages`, { PageSize: 100, Order: i % 2 ? 'desc' : 'asc' }))
        .response.status,
  });
  await measure({
    name: 'POST /v1/ConversationWithParticipants',
    count: 2000,
    run: async (i) =>
      (
        await client.post('/v1/ConversationWithParticipants', {
          Participant: [{ identity: `a${i}` }, { identity: `b${i}` }],
        })
      ).response.status,
  });
  const rss = process.memoryUsage().rss / 2 ** 20;
  console.log(`resident memory after the run: ${rss.toFixed(0)} MiB`);
} finally {
  await client.close();
  await running.close();
}
