// One server of the benchmark, in its own process (forked by scripts/bench.ts over IPC), so the load generator never
// shares an event loop with what it measures. Modes:
//   emulator  the reference emulator on 127.0.0.1:0 (virtual clock)
//   bare      a bare node:http server answering one fixed JSON body (set over IPC before each load case)
//   memory    builds an emulator without a socket, fills it (inject and the store's inserts), reports its memory
// Every mode exits when the parent disconnects.
import { createServer } from 'node:http';
import { buildEmulator, startEmulator } from '../src/emulator/index.ts';
import { insertMessage } from '../src/emulator/store/messages.ts';
import { insertParticipant } from '../src/emulator/store/participants.ts';

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
      /** After `POST /__emulator/reset` of the filled account: what the state held is given back. */
      afterReset: Mem;
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
  /** Fills the account; returns the counts only, so none of the records stays referenced from here. */
  const fill = async (message: Extract<ToServer, { kind: 'fill' }>, started: number) => {
    const within = () => performance.now() - started < message.limitMs;
    const counts = { conversations: 0, participants: 0, messages: 0 };
    // Conversations go through the API (inject); participants and messages through the store's own insert functions,
    // the ones the routes call once a request is admitted: same records and indexes, without 200,000 HTTP round trips
    // (which would not fit the bench's five minutes on a loaded machine). One participant and one message per
    // conversation also go through the API, so each conversation is as the routes leave it.
    const state = emulator.store.accounts.get(account.accountSid);
    const service = state?.services.get(state.defaultServiceSid);
    if (!state || !service) throw new Error('no default service');
    const perConversation = Math.ceil(message.messages / message.conversations);
    for (let c = 0; c < message.conversations && within(); c++) {
      const { sid } = await post('/v1/Conversations', `FriendlyName=mem+${c}`);
      counts.conversations++;
      const conversation = service.conversations.get(sid);
      if (!conversation) throw new Error(`conversation ${sid} not stored`);
      await post(`/v1/Conversations/${sid}/Participants`, `Identity=u-${c}-0`);
      const now = emulator.clock.now();
      for (let p = 1; p < message.participants; p++) {
        const plan = { identity: `u-${c}-${p}`, binding: null, attributes: '{}', roleSid: null, dateCreated: null };
        insertParticipant(emulator.store, state, service, conversation, { ...plan, dateUpdated: null }, now);
      }
      counts.participants += message.participants;
      await post(`/v1/Conversations/${sid}/Messages`, `Author=u-${c}-0&Body=message+0`);
      for (let m = 1; m < perConversation; m++) {
        const plan = {
          author: `u-${c}-${m % message.participants}`,
          body: `message ${m}`,
          subject: null,
          attributes: '{}',
          media: [],
          contentSid: null,
          contentVariables: null,
          dateCreated: null,
          dateUpdated: null,
        };
        insertMessage(emulator.store, conversation, plan, now, emulator.context.faults);
      }
      counts.messages += perConversation;
    }
    return counts;
  };
  process.on('message', async (message: ToServer) => {
    if (message.kind !== 'fill') return;
    await emulator.app.ready();
    const before = memory();
    const started = performance.now();
    const counts = await fill(message, started);
    const ms = performance.now() - started;
    const after = memory();
    const reset = await emulator.app.inject({ method: 'POST', url: '/__emulator/reset', headers: { authorization } });
    if (reset.statusCode !== 200) throw new Error(`reset answered ${reset.statusCode}: ${reset.body}`);
    send({ kind: 'filled', ...counts, ms, before, after, afterReset: memory() });
  });
  send({ kind: 'ready', url: '', username: account.accountSid, password: account.authToken });
} else {
  console.error(`unknown mode ${mode}; use emulator, bare or memory`);
  process.exit(2);
}
