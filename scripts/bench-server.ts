// One server of the benchmark, in its own process (forked by scripts/bench.ts over IPC), so the load generator never
// shares an event loop with what it measures. Modes:
//   emulator  the reference emulator on 127.0.0.1:0 (virtual clock)
//   bare      a bare node:http server answering one fixed JSON body (set over IPC before each load case)
//   memory    builds an emulator without a socket, fills it through fastify's inject, reports its memory
// Every mode exits when the parent disconnects.
import { createServer } from 'node:http';
import { buildEmulator, startEmulator } from '../src/emulator/index.ts';

/** Messages the parent sends. */
export type ToServer =
  | { kind: 'answer'; status: number; body: string }
  | { kind: 'memory' }
  | { kind: 'fill'; conversations: number; participants: number; messages: number; limitMs: number };

/** Messages a server sends back. */
export type FromServer =
  | { kind: 'ready'; url: string; username: string; password: string }
  | { kind: 'ok' }
  | { kind: 'memory'; rss: number; heapUsed: number }
  | {
      kind: 'filled';
      conversations: number;
      participants: number;
      messages: number;
      ms: number;
      before: Mem;
      after: Mem;
    };

/** Process memory in bytes. */
export interface Mem {
  rss: number;
  heapUsed: number;
}

const send = (message: FromServer): void => {
  process.send?.(message);
};

function memory(): Mem {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

const mode = process.argv[2];
process.on('disconnect', () => process.exit(0));

if (mode === 'emulator') {
  const running = await startEmulator({ clock: 'virtual', cwpParticipantDelayMs: 1 });
  const account = running.accounts[0];
  if (!account) throw new Error('no account');
  process.on('message', (message: ToServer) => {
    if (message.kind === 'memory') send({ kind: 'memory', ...memory() });
  });
  send({ kind: 'ready', url: running.url, username: account.accountSid, password: account.authToken });
} else if (mode === 'bare') {
  let answer = { status: 200, body: Buffer.from('{}') };
  const server = createServer((request, response) => {
    // Read the request body as any real server would, then answer the fixed body.
    request.resume();
    request.on('end', () => {
      response.writeHead(answer.status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': answer.body.length,
      });
      response.end(answer.body);
    });
  });
  server.keepAliveTimeout = 10_000;
  process.on('message', (message: ToServer) => {
    if (message.kind !== 'answer') return;
    answer = { status: message.status, body: Buffer.from(message.body) };
    send({ kind: 'ok' });
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    send({ kind: 'ready', url: `http://127.0.0.1:${port}`, username: '', password: '' });
  });
} else if (mode === 'memory') {
  const emulator = buildEmulator({ clock: 'virtual' });
  const account = emulator.accounts[0];
  if (!account) throw new Error('no account');
  const authorization = `Basic ${Buffer.from(`${account.accountSid}:${account.authToken}`).toString('base64')}`;
  const post = async (url: string, payload: string): Promise<{ sid: string }> => {
    const res = await emulator.app.inject({
      method: 'POST',
      url,
      payload,
      headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
    });
    if (res.statusCode !== 201) throw new Error(`${url} answered ${res.statusCode}: ${res.body}`);
    return res.json() as { sid: string };
  };
  process.on('message', async (message: ToServer) => {
    if (message.kind !== 'fill') return;
    await emulator.app.ready();
    const before = memory();
    const started = performance.now();
    const within = () => performance.now() - started < message.limitMs;
    const counts = { conversations: 0, participants: 0, messages: 0 };
    const BATCH = 50;
    for (let c = 0; c < message.conversations && within(); c++) {
      const { sid } = await post('/v1/Conversations', `FriendlyName=mem+${c}`);
      counts.conversations++;
      for (let p = 0; p < message.participants && within(); p += BATCH) {
        const n = Math.min(BATCH, message.participants - p);
        await Promise.all(
          Array.from({ length: n }, (_, i) =>
            post(`/v1/Conversations/${sid}/Participants`, `Identity=u-${c}-${p + i}`),
          ),
        );
        counts.participants += n;
      }
      const perConversation = Math.ceil(message.messages / message.conversations);
      for (let m = 0; m < perConversation && within(); m += BATCH) {
        const n = Math.min(BATCH, perConversation - m);
        await Promise.all(
          Array.from({ length: n }, (_, i) =>
            post(`/v1/Conversations/${sid}/Messages`, `Author=u-${c}-${(m + i) % 1000}&Body=message+${m + i}`),
          ),
        );
        counts.messages += n;
      }
    }
    const ms = performance.now() - started;
    send({ kind: 'filled', ...counts, ms, before, after: memory() });
  });
  send({ kind: 'ready', url: '', username: account.accountSid, password: account.authToken });
} else {
  console.error(`unknown mode ${mode}; use emulator, bare or memory`);
  process.exit(2);
}
