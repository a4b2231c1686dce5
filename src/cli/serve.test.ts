// `conformance serve` in a real process (issue 11): a restart with --state loses nothing, SIGTERM during parallel
// writes leaves no client in doubt, a corrupt or foreign state file is refused and left untouched, and the server does
// not outlive the process that started it.
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Agent, request } from 'undici';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PACKAGE_ROOT } from '../spec/paths.ts';
import { runCliProcess, type ServeProcess, startServeProcess } from '../test-support/cli-process.ts';
import { parentOf, processStat } from './serve.ts';

const ACCOUNT_SID = `AC${'5'.repeat(32)}`;
const AUTH_TOKEN = 'e'.repeat(32);
const ENV = { TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: AUTH_TOKEN };
const AUTH = `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`;

let dir: string;
const started: ServeProcess[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conformance-serve-'));
});
afterEach(async () => {
  for (const serve of started.splice(0)) {
    serve.child.kill('SIGKILL');
    await serve.exited;
  }
  await rm(dir, { recursive: true, force: true });
});

async function serve(args: string[]): Promise<ServeProcess> {
  const running = await startServeProcess(['--port', '0', ...args], { env: ENV });
  started.push(running);
  return running;
}

async function call(base: string, method: 'GET' | 'POST', path: string, form?: Record<string, string>) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: AUTH, ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
    ...(form ? { body: new URLSearchParams(form) } : {}),
  });
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON fields.
  const body: any = response.status === 204 ? undefined : await response.json();
  return { status: response.status, body };
}

/** Everything a client can read about the account, with the origin taken out (the port changes on restart). */
async function observe(base: string): Promise<string> {
  const views: unknown[] = [];
  const conversations = (await call(base, 'GET', '/v1/Conversations?PageSize=100')).body.conversations;
  views.push(conversations);
  for (const c of conversations as { sid: string }[]) {
    views.push((await call(base, 'GET', `/v1/Conversations/${c.sid}/Participants`)).body);
    views.push((await call(base, 'GET', `/v1/Conversations/${c.sid}/Messages`)).body);
  }
  views.push((await call(base, 'GET', '/v1/Users')).body, (await call(base, 'GET', '/v1/Configuration')).body);
  views.push((await call(base, 'GET', '/__emulator/clock')).body);
  return JSON.stringify(views).replaceAll(base, 'ORIGIN');
}

describe('conformance serve --state (a real process)', () => {
  test('a restart with the same file serves the same conversations, participants, messages, users and clock', async () => {
    const file = join(dir, 'state.json');
    const first = await serve(['--clock', 'virtual', '--state', file, '--state-interval', '0']);
    const sids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const created = await call(first.url, 'POST', '/v1/Conversations', {
        UniqueName: `room-${i}`,
        'Timers.Inactive': 'PT10M',
        Attributes: JSON.stringify({ i }),
      });
      expect(created.status).toBe(201);
      sids.push(created.body.sid);
      expect(
        (await call(first.url, 'POST', `/v1/Conversations/${created.body.sid}/Participants`, { Identity: `u${i}` }))
          .status,
      ).toBe(201);
      const message = await call(first.url, 'POST', `/v1/Conversations/${created.body.sid}/Messages`, {
        Author: `u${i}`,
        Body: `hello ${i}`,
      });
      expect(message.status).toBe(201);
    }
    expect((await call(first.url, 'POST', '/__emulator/clock/advance', { duration: 'PT5M' })).status).toBe(200);
    const before = await observe(first.url);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain(`state saved to ${file}`);
    expect((await stat(file)).mode & 0o777).toBe(0o600);

    const second = await serve(['--clock', 'virtual', '--state', file, '--state-interval', '0']);
    expect(second.output()).toContain('3 conversations restored');
    expect(await observe(second.url)).toBe(before);
    // Timers were scheduled again: 5 more minutes reach the 10-minute inactive timer.
    await call(second.url, 'POST', '/__emulator/clock/advance', { duration: 'PT5M' });
    expect((await call(second.url, 'GET', `/v1/Conversations/${sids[0]}`)).body.state).toBe('inactive');
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
    expect(second.output()).toContain('stopping (SIGINT)');
  }, 90_000);

  test('SIGTERM during 32 parallel writers: every write is answered or refused, exit 0, nothing answered is lost', async () => {
    const file = join(dir, 'state.json');
    const running = await serve(['--state', file, '--state-interval', '0']);
    const agent = new Agent({ connections: 32, keepAliveTimeout: 30_000 });
    const created: string[] = [];
    const outcomes = { created: 0, refused503: 0, connectRefused: 0, unknown: [] as string[] };
    const writer = async (w: number): Promise<void> => {
      for (let i = 0; ; i++) {
        try {
          const response = await request(`${running.url}/v1/Conversations`, {
            method: 'POST',
            dispatcher: agent,
            headers: { authorization: AUTH, 'content-type': 'application/x-www-form-urlencoded' },
            body: `FriendlyName=w${w}-${i}`,
          });
          const body = (await response.body.json()) as { sid?: string };
          if (response.statusCode === 201 && body.sid) {
            outcomes.created++;
            created.push(body.sid);
          } else if (response.statusCode === 503) outcomes.refused503++;
          else outcomes.unknown.push(`status ${response.statusCode}`);
        } catch (error) {
          const code = (error as { code?: string; cause?: { code?: string } }).code;
          if (code === 'ECONNREFUSED' || (error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED') {
            outcomes.connectRefused++;
            return;
          }
          outcomes.unknown.push(String(code ?? error));
          return;
        }
      }
    };
    const writers = Array.from({ length: 32 }, (_, w) => writer(w));
    await new Promise((done) => setTimeout(done, 1_500));
    running.child.kill('SIGTERM');
    await Promise.all(writers);
    await agent.close();
    expect(await running.exited).toBe(0);
    expect(outcomes.unknown, JSON.stringify(outcomes)).toEqual([]);
    expect(outcomes.created).toBeGreaterThan(32);
    expect(outcomes.connectRefused).toBe(32);

    const again = await serve(['--state', file, '--state-interval', '0']);
    const listed = new Set<string>();
    let next: string | null = '/v1/Conversations?PageSize=100';
    while (next) {
      const page = await call(again.url, 'GET', next.replace(/^https?:\/\/[^/]+/, ''));
      for (const c of page.body.conversations as { sid: string }[]) listed.add(c.sid);
      next = page.body.meta.next_page_url;
    }
    expect(created.filter((sid) => !listed.has(sid))).toEqual([]);
    console.log(`shutdown under load: ${JSON.stringify({ ...outcomes, unknown: outcomes.unknown.length })}`);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  }, 90_000);

  test.each<[string, (file: string) => Promise<void>, RegExp]>([
    [
      'a corrupt file',
      (file) => writeFile(file, '{"format":', { mode: 0o600 }),
      /CONFORMANCE_ERR_STATE_FILE.*not JSON/,
    ],
    [
      'an edited file',
      async (file) => {
        const { writeStateFile, STATE_FORMAT } = await import('../emulator/index.ts');
        const doc = { format: STATE_FORMAT, version: 1, savedAt: '', sha256: '0', payload: { seq: 1 } };
        await writeStateFile(file, JSON.stringify(doc));
      },
      /CONFORMANCE_ERR_STATE_FILE.*checksum/,
    ],
    [
      'a file of another version',
      async (file) => {
        const { writeStateFile, STATE_FORMAT } = await import('../emulator/index.ts');
        await writeStateFile(file, JSON.stringify({ format: STATE_FORMAT, version: 99, payload: {} }));
      },
      /CONFORMANCE_ERR_STATE_VERSION.*version 99/,
    ],
    [
      'a file others can read',
      async (file) => {
        await writeFile(file, '{}');
        await chmod(file, 0o644);
      },
      /CONFORMANCE_ERR_STATE_FILE.*open to other users/,
    ],
  ])(
    '%s is refused with exit 2 and left untouched',
    async (_name, prepare, message) => {
      const file = join(dir, 'state.json');
      await prepare(file);
      const before = await readFile(file);
      const ran = await runCliProcess(['serve', '--port', '0', '--state', file], { env: ENV });
      expect(ran.code).toBe(2);
      expect(ran.stderr).toMatch(message);
      expect(await readFile(file)).toEqual(before);
    },
    60_000,
  );
});

describe('conformance serve stops with its parent (a real process)', () => {
  const serve = `"${process.execPath}" "${resolve(PACKAGE_ROOT, 'bin/conformance.js')}" serve --port 0 & echo "pid $!"; wait`;
  test.each([
    // The shell dies, serve stays: like a launcher killed with SIGKILL or a SIGTERM it does not forward.
    ['its parent', serve],
    // `npx conformance serve`: npm runs `sh -c conformance serve`; killing npm orphans that shell, not serve (found
    // from a packed tarball: serve kept running after `kill -9` of npm exec).
    ['the launcher above its wrapper shell', `/bin/sh -c '${serve}'; true`],
  ])(
    '%s killed without passing the signal on does not leave the server running',
    async (_name, script) => {
      const launcher = spawn('/bin/sh', ['-c', script], { env: { PATH: process.env.PATH ?? '', ...ENV } });
      let output = '';
      launcher.stdout.on('data', (chunk) => {
        output += chunk;
      });
      const pid = await new Promise<number>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`no server: ${output}`)), 30_000);
        launcher.stdout.on('data', () => {
          const m = /pid (\d+)/.exec(output);
          if (m && output.includes('listening on')) {
            clearTimeout(timer);
            done(Number(m[1]));
          }
        });
      });
      // Gone, or a zombie nobody has reaped yet (an orphan's new parent may reap late).
      const alive = (): boolean => {
        try {
          process.kill(pid, 0);
        } catch {
          return false;
        }
        return processStat(pid)?.state !== 'Z';
      };
      try {
        expect(alive()).toBe(true);
        launcher.kill('SIGKILL');
        for (let i = 0; i < 200 && alive(); i++) await new Promise((done) => setTimeout(done, 100));
        expect(alive(), output).toBe(false);
      } finally {
        if (alive()) process.kill(pid, 'SIGKILL');
      }
    },
    60_000,
  );
});

describe('parentOf', () => {
  test.runIf(process.platform === 'linux')(
    'reads a process parent from /proc; a process that is not there has none',
    () => {
      expect(parentOf(process.pid)).toBe(process.ppid);
      expect(processStat(process.pid)?.state).toMatch(/^[RS]$/);
      expect(parentOf(2 ** 22 + 1)).toBeUndefined();
    },
  );
});
