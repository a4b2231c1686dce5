// The kit as its users get it: `npm pack` (which builds dist/ on prepack), installed from the tarball into a fresh
// project outside the repository, then used the four ways the README shows — `npx conformance run` against the
// embedded emulator, `npx conformance serve`, the library from an .mjs file, and a user's own *.suite.ts that
// imports the fixtures by the package name. Its own vitest project (`npm run test:integration`): it takes minutes.
import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PACKAGE_ROOT } from '../spec/paths.ts';

const exec = promisify(execFile);
const NPM = 'npm';

let work: string;
let project: string;
let tarball: string;

async function npx(args: string[], timeout = 300_000) {
  try {
    const { stdout, stderr } = await exec('npx', ['--no-install', ...args], {
      cwd: project,
      timeout,
      maxBuffer: 64 << 20,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'conformance-pack-'));
  await exec(NPM, ['pack', PACKAGE_ROOT, '--pack-destination', work], {
    cwd: work,
    timeout: 600_000,
    maxBuffer: 64 << 20,
  });
  const name = (await readdir(work)).find((f) => f.endsWith('.tgz'));
  if (!name) throw new Error('npm pack wrote no tarball');
  tarball = join(work, name);
  project = join(work, 'consumer');
  await mkdir(project);
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // From the tarball; dependencies from the npm cache first (offline where it holds them).
  await exec(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], {
    cwd: project,
    timeout: 600_000,
    maxBuffer: 64 << 20,
  });
}, 1_200_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the packed kit, installed in a fresh project', () => {
  test('the tarball holds the build, the spec, a LICENSE and no tests or sources', async () => {
    const { stdout } = await exec('tar', ['tzf', tarball]);
    const files = stdout.trim().split('\n');
    expect(files).toContain('package/LICENSE');
    expect(files).toContain('package/dist/src/cli/main.js');
    expect(files).toContain('package/dist/src/index.d.ts');
    expect(files).toContain('package/spec/conversations-v1.yaml');
    expect(files.filter((f) => /\.(test|selftest|integration)\.(ts|js)$/.test(f))).toEqual([]);
    expect(files.filter((f) => f.startsWith('package/src/'))).toEqual([]);
    const installed = JSON.parse(
      await readFile(join(project, 'node_modules/twilio-conversations-conformance/package.json'), 'utf8'),
    ) as { dependencies: Record<string, string> };
    expect(Object.keys(installed.dependencies)).not.toContain('openapi-typescript');
    expect(Object.keys(installed.dependencies)).not.toContain('typescript');
    await expect(stat(join(project, 'node_modules/typescript'))).rejects.toThrow();
  });

  test('npx conformance run passes every scenario against the embedded emulator and writes its reports', async () => {
    const ran = await npx(['conformance', 'run', '--report-dir', 'reports']);
    expect(ran.stdout).toMatch(/conformance: (\d+) scenarios: \1 passed, 0 failed, 0 errors, 0 skipped/);
    expect(ran.code).toBe(0);
    const junit = await readFile(join(project, 'reports/junit.xml'), 'utf8');
    expect(junit.match(/<testcase /g)?.length).toBeGreaterThan(1000);
  }, 600_000);

  test("a user's own suite imports the fixtures by the package name and runs with --suites", async () => {
    await mkdir(join(project, 'my-suites'), { recursive: true });
    await writeFile(
      join(project, 'my-suites/mine.suite.ts'),
      `import { describe, expect, test } from 'twilio-conversations-conformance/runtime';

describe('my scenario', () => {
  test('a conversation keeps its friendly name', { tags: ['conversations'] }, async ({ api, data }) => {
    const name = data.unique('mine');
    const res = await api.post<{ friendly_name: string }>('/v1/Conversations', { FriendlyName: name }, { expect: 201, cleanup: true });
    expect(res.body.friendly_name).toBe(name);
  });
});
`,
    );
    const ran = await npx(['conformance', 'run', '--suites', 'my-suites', '--report-dir', 'r2', 'mine.suite']);
    expect(ran.stdout).toContain('conformance: 1 scenarios: 1 passed');
    expect(ran.code).toBe(0);
  }, 300_000);

  test('the library API works from an .mjs file', async () => {
    await writeFile(
      join(project, 'lib.mjs'),
      `import { loadSpec, startEmulator } from 'twilio-conversations-conformance';
const emulator = await startEmulator({ clock: 'virtual' });
const { accountSid, authToken } = emulator.accounts[0];
const res = await fetch(emulator.url + '/v1/Conversations', {
  method: 'POST',
  headers: { authorization: 'Basic ' + Buffer.from(accountSid + ':' + authToken).toString('base64'), 'content-type': 'application/x-www-form-urlencoded' },
  body: 'FriendlyName=from-lib',
});
const spec = await loadSpec();
console.log(JSON.stringify({ status: res.status, operations: spec.operations.all.length }));
await emulator.close();
`,
    );
    const { stdout } = await exec(process.execPath, ['lib.mjs'], { cwd: project, timeout: 60_000 });
    expect(JSON.parse(stdout.trim())).toEqual({ status: 201, operations: 105 });
  });

  test('conformance serve answers with the credentials it prints, and exits 0 on SIGTERM', async () => {
    // The installed bin itself (npx is npm's wrapper process, with its own signal handling).
    const child = spawn(join(project, 'node_modules/.bin/conformance'), ['serve', '--port', '0'], { cwd: project });
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
    });
    const url = await new Promise<string>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`serve printed no URL: ${out}`)), 60_000);
      child.stdout.on('data', () => {
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m?.[1] && /TWILIO_AUTH_TOKEN=\S+/.test(out)) {
          clearTimeout(timer);
          done(m[1]);
        }
      });
    });
    const sid = /TWILIO_ACCOUNT_SID=(\S+)/.exec(out)?.[1] ?? '';
    const token = /TWILIO_AUTH_TOKEN=(\S+)/.exec(out)?.[1] ?? '';
    const res = await fetch(`${url}/v1/Conversations`, {
      headers: { authorization: `Basic ${Buffer.from(`${sid}:${token}`).toString('base64')}` },
    });
    expect(res.status).toBe(200);
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 120_000);
});
