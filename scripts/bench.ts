// `npm run bench`: the emulator side by side with a bare node:http server (same body size) and Stoplight Prism mocking
// our spec, under one load generator (autocannon) in this process while each server runs in its own child process;
// then the full default suite, the kit's overhead over bare undici, the 1000-participant and timer flows, and the
// emulator's memory at 100 conversations × 1,000 participants + 100,000 messages. Every figure comes from this one
// run; every phase is bounded in time and every child is stopped at the end. Docs: docs/benchmarks.md.
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { request } from 'undici';
import { TwilioClient } from '../src/client/client.ts';
import { encodeForm } from '../src/client/form.ts';
import { ScenarioApi } from '../src/runtime/api.ts';
import { loadSpec } from '../src/spec/load.ts';
import { compileValidators } from '../src/validation/validators.ts';
import type { FromServer, ToServer } from './bench-server.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const TOTAL_LIMIT_MS = 5 * 60_000;
// `BENCH_ONLY=http`: stop after the HTTP cases (print their table and ratio targets); `BENCH_PRISM=off`: leave Prism out.
const HTTP_ONLY = process.env.BENCH_ONLY === 'http';
const WITH_PRISM = process.env.BENCH_PRISM !== 'off';
// `BENCH_CASES=list,send`: only the HTTP cases whose name contains one of these words.
const CASE_FILTER = process.env.BENCH_CASES?.split(',').filter(Boolean) ?? [];

// autocannon ships no types: the part of its API this script uses.
interface CannonRequest {
  method?: string;
  path: string;
  body?: string;
  setupRequest?: (req: CannonRequest) => CannonRequest;
}
interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  headers: Record<string, string>;
  requests: CannonRequest[];
}) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const started = performance.now();
const children: ChildProcess[] = [];
const stopAll = () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
};
process.on('exit', stopAll);
const deadline = setTimeout(() => {
  console.error(`bench: over ${TOTAL_LIMIT_MS / 1000} s, stopping`);
  stopAll();
  process.exit(1);
}, TOTAL_LIMIT_MS);
deadline.unref();

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const log = (line: string) => console.error(`[${elapsed()}] ${line}`);

interface Server {
  child: ChildProcess;
  url: string;
  username: string;
  password: string;
  ask(message: ToServer, answer: FromServer['kind']): Promise<FromServer>;
}

async function startServer(mode: 'emulator' | 'bare' | 'memory', execArgv: string[] = []): Promise<Server> {
  const child = fork(join(ROOT, 'scripts/bench-server.ts'), [mode], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv,
  });
  children.push(child);
  const [ready] = (await once(child, 'message')) as [FromServer];
  if (ready.kind !== 'ready') throw new Error(`${mode} server did not start`);
  return {
    child,
    url: ready.url,
    username: ready.username,
    password: ready.password,
    ask: (message, answer) =>
      new Promise((resolve) => {
        const onMessage = (reply: FromServer) => {
          if (reply.kind !== answer) return;
          child.off('message', onMessage);
          resolve(reply);
        };
        child.on('message', onMessage);
        child.send(message);
      }),
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  server.close();
  await once(server, 'close');
  return port;
}

/** Prism mocking our spec, dereferenced into one JSON document (Prism reads it without our $ref layout). */
async function startPrism(specFile: string): Promise<{ url: string } | { error: string }> {
  const port = await freePort();
  const bin = join(ROOT, 'node_modules/@stoplight/prism-cli/dist/index.js');
  const child = spawn(process.execPath, [bin, 'mock', '-h', '127.0.0.1', '-p', String(port), specFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SCARF_ANALYTICS: 'false' },
  });
  children.push(child);
  let output = '';
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ error: `no 'listening' within 60 s: ${output.slice(-400)}` }), 60_000);
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
      if (output.includes('Prism is listening')) {
        clearTimeout(timer);
        // Prism logs every request; keep draining its pipes so it never blocks on a full one.
        output = '';
        resolve({ url: `http://127.0.0.1:${port}` });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ error: `prism exited with ${code}: ${output.slice(-400)}` });
    });
  });
}

interface LoadCase {
  name: string;
  method: 'GET' | 'POST';
  /** The request for the i-th call (unique bodies where the emulator needs them). */
  request: (i: number) => { path: string; body?: string };
}

interface Row {
  case: string;
  server: string;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  bytes: number;
}

async function fire(url: string, auth: string, c: LoadCase): Promise<CannonResult> {
  let i = 0;
  const headers: Record<string, string> = { authorization: auth };
  if (c.method === 'POST') headers['content-type'] = 'application/x-www-form-urlencoded';
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers,
    requests: [
      {
        method: c.method,
        path: c.request(0).path,
        setupRequest: (req) => {
          const next = c.request(i++);
          return { ...req, method: c.method, path: next.path, ...(next.body !== undefined ? { body: next.body } : {}) };
        },
      },
    ],
  });
}

const basic = (u: string, p: string) => `Basic ${Buffer.from(`${u}:${p}`).toString('base64')}`;
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

// ---------------------------------------------------------------- setup
const tmp = mkdtempSync(join(tmpdir(), 'conformance-bench-'));
const cpu = cpus()[0]?.model ?? 'unknown cpu';
console.log(`# conformance bench, ${new Date().toISOString()}`);
console.log(
  `node ${process.version}, ${cpus().length} cpus (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average at start ${load()}`,
);
console.log(`autocannon: ${CONNECTIONS} connections, ${SECONDS} s per case; load generator in its own process\n`);

const spec = await loadSpec();
const specFile = join(tmp, 'conversations-v1.json');
writeFileSync(specFile, JSON.stringify(spec.document));
log('starting emulator, bare server and prism');
const [emulator, bare, prism] = await Promise.all([
  startServer('emulator'),
  startServer('bare'),
  WITH_PRISM ? startPrism(specFile) : Promise.resolve({ error: 'left out (BENCH_PRISM=off)' }),
]);
const emuAuth = basic(emulator.username, emulator.password);
const client = new TwilioClient({
  baseUrl: emulator.url,
  credentials: { username: emulator.username, password: emulator.password },
});
const post = async (path: string, form: Record<string, string>) =>
  (await client.post(path, form)).response.json as { sid: string };

// State the cases need: 60 conversations to list, 160 pools of conversations for participants (900 adds each, under
// the limit of 1,000, enough for 28,000 adds/s over 5 s) and
// one conversation with 60 messages to list.
const listed: string[] = [];
for (let i = 0; i < 60; i++) listed.push((await post('/v1/Conversations', { FriendlyName: `listed ${i}` })).sid);
const pool: string[] = [];
for (let i = 0; i < 160; i++) pool.push((await post('/v1/Conversations', { FriendlyName: `pool ${i}` })).sid);
const chat = (await post('/v1/Conversations', { FriendlyName: 'chat' })).sid;
for (let i = 0; i < 60; i++) await post(`/v1/Conversations/${chat}/Messages`, { Author: 'a', Body: `hello ${i}` });
const run = Date.now().toString(36);

const cases: LoadCase[] = [
  { name: 'list conversations (50)', method: 'GET', request: () => ({ path: '/v1/Conversations?PageSize=50' }) },
  {
    name: 'create conversation',
    method: 'POST',
    request: (i) => ({ path: '/v1/Conversations', body: `FriendlyName=bench+${i}&Attributes=%7B%22a%22%3A1%7D` }),
  },
  {
    name: 'add participant',
    method: 'POST',
    request: (i) => ({
      path: `/v1/Conversations/${pool[Math.floor(i / 900) % pool.length]}/Participants`,
      body: `Identity=${run}-${i}`,
    }),
  },
  {
    name: 'send message',
    method: 'POST',
    request: (i) => ({
      path: `/v1/Conversations/${listed[i % listed.length]}/Messages`,
      body: `Author=a&Body=hello+${i}`,
    }),
  },
  {
    name: 'list messages (50)',
    method: 'GET',
    request: () => ({ path: `/v1/Conversations/${chat}/Messages?PageSize=50` }),
  },
];

// ---------------------------------------------------------------- load cases
const rows: Row[] = [];
for (const c of cases) {
  if (CASE_FILTER.length > 0 && !CASE_FILTER.some((word) => c.name.includes(word))) continue;
  // The emulator's own answer to this request sets the bare server's status and body (same size).
  const sample = c.request(1_000_000);
  const probe = await request(`${emulator.url}${sample.path}`, {
    method: c.method,
    headers: { authorization: emuAuth, 'content-type': 'application/x-www-form-urlencoded' },
    ...(sample.body !== undefined ? { body: sample.body } : {}),
  });
  const body = await probe.body.text();
  await bare.ask({ kind: 'answer', status: probe.statusCode, body }, 'ok');
  const targets: [string, string][] = [
    ['emulator', emulator.url],
    ['bare node:http', bare.url],
  ];
  if ('url' in prism) targets.push(['prism', prism.url]);
  for (const [server, url] of targets) {
    log(`${c.name} → ${server} (load ${load()})`);
    const result = await fire(url, emuAuth, c);
    rows.push({
      case: c.name,
      server,
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
      bytes: server === 'prism' ? -1 : body.length,
    });
  }
}
const loadAfterHttp = load();

const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
function printHttpTable(): { case: string; prism?: number; bare: number }[] {
  console.log('| case | server | req/s | p50 ms | p99 ms | non-2xx | body bytes | emulator ÷ this |');
  console.log('|---|---|--:|--:|--:|--:|--:|--:|');
  const ratios: { case: string; prism?: number; bare: number }[] = [];
  for (const c of cases) {
    const byServer = rows.filter((r) => r.case === c.name);
    const emu = byServer.find((r) => r.server === 'emulator');
    if (!emu) continue;
    for (const r of byServer) {
      const ratio = r.server === 'emulator' ? '' : `${(emu.rps / r.rps).toFixed(2)}×`;
      const bytes = r.bytes < 0 ? 'its example' : fmt(r.bytes);
      console.log(
        `| ${r.case} | ${r.server} | ${fmt(r.rps)} | ${r.p50} | ${r.p99} | ${fmt(r.non2xx + r.errors)} | ${bytes} | ${ratio} |`,
      );
    }
    const prismRow = byServer.find((r) => r.server === 'prism');
    const bareRow = byServer.find((r) => r.server === 'bare node:http');
    ratios.push({
      case: c.name,
      bare: bareRow ? emu.rps / bareRow.rps : 0,
      ...(prismRow ? { prism: emu.rps / prismRow.rps } : {}),
    });
  }
  if ('error' in prism) console.log(`\nprism did not run: ${prism.error}`);
  return ratios;
}
function printHttpVerdicts(ratios: { case: string; prism?: number; bare: number }[]): void {
  for (const r of ratios) {
    if (r.prism !== undefined) {
      console.log(`| ${r.case}: emulator ≥ 20× prism | ${r.prism.toFixed(1)}× | ${verdict(r.prism >= 20)} |`);
    }
    console.log(`| ${r.case}: emulator ≥ 0.6× bare | ${r.bare.toFixed(2)}× | ${verdict(r.bare >= 0.6)} |`);
  }
}
if (HTTP_ONLY) {
  stopAll();
  rmSync(tmp, { recursive: true, force: true });
  const ratios = printHttpTable();
  console.log(`\nload average after the HTTP cases: ${loadAfterHttp}\n`);
  console.log('| target | figure | |');
  console.log('|---|---|---|');
  printHttpVerdicts(ratios);
  console.log(`\nBENCH_ONLY=http: later phases skipped; whole bench ${elapsed()}`);
  clearTimeout(deadline);
  process.exit(0);
}

// ---------------------------------------------------------------- kit overhead (same requests, kit vs bare undici)
const validators = compileValidators(spec);
const SCENARIOS = 150;
interface Step {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  form?: Record<string, string>;
}
const flowSteps = (convo: string, i: number): Step[] => [
  { method: 'POST', path: `/v1/Conversations/${convo}/Participants`, form: { Identity: `o-${run}-${i}-a` } },
  { method: 'POST', path: `/v1/Conversations/${convo}/Participants`, form: { Identity: `o-${run}-${i}-b` } },
  { method: 'POST', path: `/v1/Conversations/${convo}/Messages`, form: { Author: `o-${run}-${i}-a`, Body: 'hi' } },
  { method: 'POST', path: `/v1/Conversations/${convo}/Messages`, form: { Author: `o-${run}-${i}-b`, Body: 'yo' } },
  { method: 'GET', path: `/v1/Conversations/${convo}/Messages?PageSize=50` },
  { method: 'GET', path: `/v1/Conversations/${convo}/Participants` },
  { method: 'GET', path: `/v1/Conversations/${convo}` },
  { method: 'DELETE', path: `/v1/Conversations/${convo}` },
];
const REQUESTS_PER_SCENARIO = 1 + flowSteps('x', 0).length;
// Every pass uses identities of its own (new users, as a scenario would), kit and undici alike.
let passes = 0;
async function viaKit(): Promise<number> {
  const offset = ++passes * 1e6;
  const t = performance.now();
  for (let i = 0; i < SCENARIOS; i++) {
    // A fresh client and API per scenario on the worker's shared keep-alive pool, as each test gets (fixtures.ts,
    // runtime/context.ts).
    const api = new ScenarioApi(
      new TwilioClient({
        baseUrl: emulator.url,
        credentials: { username: emulator.username, password: emulator.password },
        pool: 'shared',
      }),
      spec,
      validators,
    );
    const convo = (await api.post<{ sid: string }>('/v1/Conversations', { FriendlyName: `k${i}` }, { expect: 201 }))
      .body.sid;
    for (const step of flowSteps(convo, i + offset)) {
      if (step.method === 'GET') await api.get(step.path, undefined, { expect: 200 });
      else if (step.method === 'DELETE') await api.delete(step.path, { expect: 204 });
      else await api.post(step.path, step.form ?? {}, { expect: 201 });
    }
    await api.client.close();
  }
  return performance.now() - t;
}
async function viaUndici(): Promise<number> {
  const offset = ++passes * 1e6;
  const t = performance.now();
  for (let i = 0; i < SCENARIOS; i++) {
    const form = { 'content-type': 'application/x-www-form-urlencoded', authorization: emuAuth };
    const created = await request(`${emulator.url}/v1/Conversations`, {
      method: 'POST',
      headers: form,
      body: `FriendlyName=u${i}`,
    });
    const convo = ((await created.body.json()) as { sid: string }).sid;
    for (const step of flowSteps(convo, i + offset)) {
      const res = await request(`${emulator.url}${step.path}`, {
        method: step.method,
        headers: form,
        ...(step.form ? { body: encodeForm(step.form) } : {}),
      });
      await res.body.text();
    }
  }
  return performance.now() - t;
}
log(`kit overhead (load ${load()})`);
await viaKit();
await viaUndici();
// Six rounds, kit and undici taking turns; each side's best round (the same treatment for both), so a burst of
// other work on the machine during one pass does not decide the ratio. Six, because both sides keep getting faster
// for about that many passes while V8 optimizes them (the kit has more code to optimize); every round is printed.
const OVERHEAD_ROUNDS = 6;
const kitRounds: number[] = [];
const undiciRounds: number[] = [];
for (let round = 0; round < OVERHEAD_ROUNDS; round++) {
  undiciRounds.push(await viaUndici());
  kitRounds.push(await viaKit());
}
const kitMs = Math.min(...kitRounds);
const bareMs = Math.min(...undiciRounds);

// ---------------------------------------------------------------- 1000 participants, timers (through the kit)
log(`1000 participants, timers (load ${load()})`);
const api = new ScenarioApi(client, spec, validators);
const t1000 = performance.now();
const big = (await api.post<{ sid: string }>('/v1/Conversations', { FriendlyName: 'big' }, { expect: 201 })).body.sid;
let next = 0;
await Promise.all(
  Array.from({ length: 20 }, async () => {
    while (next < 1000) {
      const i = next++;
      await api.post(`/v1/Conversations/${big}/Participants`, { Identity: `big-${run}-${i}` }, { expect: 201 });
    }
  }),
);
await api.post(`/v1/Conversations/${big}/Participants`, { Identity: `big-${run}-extra` }, { expect: 409 });
let listedParticipants = 0;
let page: string | undefined = `/v1/Conversations/${big}/Participants?PageSize=100`;
while (page) {
  const res: { body: { participants: unknown[]; meta: { next_page_url: string | null } } } = await api.get(
    page,
    undefined,
    {
      expect: 200,
    },
  );
  listedParticipants += res.body.participants.length;
  page = res.body.meta.next_page_url ?? undefined;
}
const ms1000 = performance.now() - t1000;

const TIMER_FLOWS = 50;
const representedMs = 10 * 60_000; // each flow: active → inactive after 1 min → closed after 10 min
const tTimers = performance.now();
for (let i = 0; i < TIMER_FLOWS; i++) {
  const convo = (
    await api.post<{ sid: string }>(
      '/v1/Conversations',
      { FriendlyName: `timer ${i}`, 'Timers.Inactive': 'PT1M', 'Timers.Closed': 'PT10M' },
      { expect: 201 },
    )
  ).body.sid;
  await client.post('/__emulator/clock/advance', { duration: 'PT1M' });
  const inactive = await api.get<{ state: string }>(`/v1/Conversations/${convo}`, undefined, { expect: 200 });
  await client.post('/__emulator/clock/advance', { duration: 'PT9M' });
  const closed = await api.get<{ state: string }>(`/v1/Conversations/${convo}`, undefined, { expect: 200 });
  if (inactive.body.state !== 'inactive' || closed.body.state !== 'closed') {
    throw new Error(`timer flow ended ${inactive.body.state} → ${closed.body.state}`);
  }
}
const timerMs = (performance.now() - tTimers) / TIMER_FLOWS;
const emulatorMem = (await emulator.ask({ kind: 'memory' }, 'memory')) as Extract<FromServer, { kind: 'memory' }>;
await client.close();
stopAll();

// ---------------------------------------------------------------- the full default suite through the CLI
log(`full default suite (load ${load()})`);
const loadBeforeSuite = load();
const reportDir = join(tmp, 'report');
const tSuite = performance.now();
const suite = spawn(
  process.execPath,
  [join(ROOT, 'bin/conformance.js'), 'run', '--report-dir', reportDir, '--reporter', 'json'],
  {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
children.push(suite);
let suiteOutput = '';
suite.stdout?.on('data', (d: Buffer) => {
  suiteOutput = (suiteOutput + d.toString()).slice(-8000);
});
suite.stderr?.on('data', (d: Buffer) => {
  suiteOutput = (suiteOutput + d.toString()).slice(-8000);
});
const suiteTimer = setTimeout(() => suite.kill('SIGTERM'), 150_000);
const [suiteCode] = (await once(suite, 'exit')) as [number | null];
clearTimeout(suiteTimer);
const suiteMs = performance.now() - tSuite;
let suiteSummary = { scenarios: 0, passed: 0, vitestMs: 0, slowest: '' };
try {
  const results = JSON.parse(readFileSync(join(reportDir, 'results.json'), 'utf8')) as {
    durationMs: number;
    results: { name: string; outcome: string; durationMs: number }[];
  };
  const slow = [...results.results].sort((a, b) => b.durationMs - a.durationMs)[0];
  suiteSummary = {
    scenarios: results.results.length,
    passed: results.results.filter((r) => r.outcome === 'passed').length,
    vitestMs: results.durationMs,
    slowest: slow ? `${slow.name} (${fmt(slow.durationMs)} ms)` : '',
  };
} catch {
  console.error(`suite run (exit ${suiteCode}) left no results.json:\n${suiteOutput.slice(-2000)}`);
}

// ---------------------------------------------------------------- memory: 100 × 1,000 participants, 100,000 messages
log(`memory fill (load ${load()})`);
const mem = await startServer('memory', ['--expose-gc']);
const filled = (await mem.ask(
  { kind: 'fill', conversations: 100, participants: 1000, messages: 100_000, limitMs: 120_000 },
  'filled',
)) as Extract<FromServer, { kind: 'filled' }>;
stopAll();
rmSync(tmp, { recursive: true, force: true });

// ---------------------------------------------------------------- the table
const MiB = (n: number) => `${(n / 2 ** 20).toFixed(0)} MiB`;
const ratios = printHttpTable();
console.log(`\nload average after the HTTP cases: ${loadAfterHttp}\n`);

console.log('| target | figure | |');
console.log('|---|---|---|');
printHttpVerdicts(ratios);
console.log(
  `| full default suite ≤ 10 s | ${fmt(suiteMs / 1000, 1)} s wall for \`conformance run\` (vitest ${fmt(suiteSummary.vitestMs / 1000, 1)} s), ${suiteSummary.passed}/${suiteSummary.scenarios} passed, exit ${suiteCode}, load before ${loadBeforeSuite} | ${verdict(suiteMs <= 10_000)} |`,
);
const overhead = kitMs / bareMs;
console.log(
  `| kit overhead ≤ 1.3× bare undici | ${overhead.toFixed(2)}× (${SCENARIOS} scenarios × ${REQUESTS_PER_SCENARIO} requests, one at a time, best of ${OVERHEAD_ROUNDS} rounds: kit ${fmt(kitMs)} ms, undici ${fmt(bareMs)} ms; rounds kit ${kitRounds.map((ms) => fmt(ms)).join(' / ')}, undici ${undiciRounds.map((ms) => fmt(ms)).join(' / ')}) | ${verdict(overhead <= 1.3)} |`,
);
console.log(
  `| 1000-participant scenario ≤ 1 s | ${fmt(ms1000)} ms (1,000 adds, the 1,001st refused, ${listedParticipants} listed in pages of 100, all checked) | ${verdict(ms1000 <= 1000)} |`,
);
const speedup = representedMs / timerMs;
console.log(
  `| timers under the virtual clock ≥ 1000× | ${fmt(speedup)}× (10 min of timers in ${fmt(timerMs, 1)} ms, mean of ${TIMER_FLOWS}) | ${verdict(speedup >= 1000)} |`,
);
const records = filled.participants + filled.messages + filled.conversations;
const complete = filled.conversations === 100 && filled.participants === 100_000 && filled.messages >= 100_000;
console.log(
  `| memory, 100 × 1,000 participants + 100,000 messages | RSS ${MiB(filled.after.rss)} (heap ${MiB(filled.after.heapUsed)}; empty ${MiB(filled.before.rss)}, heap ${MiB(filled.before.heapUsed)}; after reset heap ${MiB(filled.afterReset.heapUsed)}), ${fmt((filled.after.heapUsed - filled.before.heapUsed) / records)} heap bytes per record, filled in ${fmt(filled.ms / 1000, 1)} s${complete ? '' : ` (stopped at ${filled.conversations} / ${fmt(filled.participants)} / ${fmt(filled.messages)})`} | ${complete ? 'reported' : 'PARTIAL'} |`,
);
console.log(
  `\nemulator RSS after the HTTP cases: ${MiB(emulatorMem.rss)}; whole bench ${elapsed()}; load average now ${load()}`,
);
clearTimeout(deadline);
