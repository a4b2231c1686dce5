import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { RunSummary } from '../reporting/model.ts';
import { PACKAGE_ROOT } from '../spec/paths.ts';
import { runCliProcess } from '../test-support/cli-process.ts';

// The CLI in a real process (vitest inside vitest is not supported), from a directory outside the package.
const cli = (args: string[], cwd: string) => runCliProcess(args, { cwd });

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}

async function results(dir: string): Promise<RunSummary> {
  return JSON.parse(await readFile(join(dir, 'results.json'), 'utf8')) as RunSummary;
}

describe('conformance run features (a real process)', () => {
  test('--suites runs the example; --seed and capabilities show in the first line, summary, JUnit and HTML', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'conformance-run-'));
    const ran = await cli(
      ['run', '--suites', resolve(PACKAGE_ROOT, 'examples'), '--seed', '77', '--report-dir', dir, 'my-first'],
      dir,
    );
    expect(ran.code, ran.stdout.slice(-3000) + ran.stderr).toBe(0);
    expect(ran.stdout).toMatch(
      /target http:\/\/127\.0\.0\.1:\d+ \(emulator; capabilities: clockControl, webhookDelivery;/,
    );
    expect(ran.stdout).toMatch(/4 scenarios: 4 passed, 0 failed, 0 errors, 0 skipped in [\d.]+ s \(seed 77\)/);
    const junit = await readFile(join(dir, 'junit.xml'), 'utf8');
    expect(junit).toContain('<property name="seed" value="77"/>');
    expect(junit).toContain('<property name="capability.webhookDelivery" value="true"/>');
    const summary = await results(dir);
    expect(summary.settings?.seed).toBe(77);
    expect(summary.results.map((r) => r.outcome)).toEqual(['passed', 'passed', 'passed', 'passed']);
    expect(summary.results[0]?.tags).toEqual(['conversations']);
    const html = await readFile(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('<dt>seed</dt><dd><code>77</code>');
    expect(html.match(/<tr id="s-\d+" data-outcome="passed"/g)).toHaveLength(4);
    expect(html).toMatch(/<h2 id="coverage">[\s\S]*?\d+ of \d+ operations called/); // the run passes the spec's operations
  }, 180_000);

  test('--live --budget runs scenarios while their cost fits and skips the rest with reason budget', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'conformance-budget-'));
    const runtime = resolve(PACKAGE_ROOT, 'src/runtime/index.ts');
    await writeFile(
      join(dir, 'costs.suite.ts'),
      [
        `import { expect, requires, test } from '${runtime}';`,
        `test('first costs one', { meta: { cost: 1 } }, () => { expect(1).toBe(1); });`,
        `test('second costs one', { meta: { cost: 1 } }, () => { expect(1).toBe(1); });`,
        `test('free', { meta: { cost: 0 } }, () => { expect(1).toBe(1); });`,
        `test('not on live vendors', { meta: { cost: 0 } }, ({ target, skip }) => { requires({ target, skip }, 'notLive'); });`,
        `test('tagged out', { tags: ['slow'] }, () => { expect(1).toBe(1); });`,
        `test('declares a need', { meta: { cost: 5, requires: ['realTimers'] } }, () => { expect(1).toBe(2); });`,
        '',
      ].join('\n'),
    );
    const ran = await cli(
      ['run', '--live', '--budget', '1', '--suites', dir, '--tag', '!slow', '--report-dir', join(dir, 'r'), 'costs'],
      dir,
    );
    expect(ran.code, ran.stdout.slice(-3000) + ran.stderr).toBe(0);
    expect(ran.stdout).toContain('--budget 1: 3 scenarios selected (cost 1), 1 skipped');
    expect(ran.stdout).toContain('(1 not selected)');
    const byName = Object.fromEntries((await results(join(dir, 'r'))).results.map((r) => [r.name, r]));
    expect(Object.keys(byName)).toEqual([
      'first costs one',
      'second costs one',
      'free',
      'not on live vendors',
      'declares a need',
    ]);
    // A declared need the target misses skips before the body runs, and the budget does not count it.
    expect(byName['declares a need']?.skipReason).toMatch(/^needs realTimers/);
    expect(byName['first costs one']).toMatchObject({ outcome: 'passed', cost: 1 });
    expect(byName['second costs one']).toMatchObject({
      outcome: 'skipped',
      skipReason: 'budget: costs 1, 0 of --budget 1 left',
    });
    expect(byName.free?.outcome).toBe('passed');
    expect(byName['not on live vendors']?.skipReason).toMatch(/^not run against a live vendor/);
    const junit = await readFile(join(dir, 'r', 'junit.xml'), 'utf8');
    expect(junit).toContain('<skipped message="budget: costs 1, 0 of --budget 1 left"/>');
    expect(junit).toContain('<property name="budget.skipped" value="1"/>');
  }, 180_000);

  test('--spec reports drift apart: spec-drift.json and a spec-drift testsuite, exit code unchanged', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'conformance-drift-'));
    const vendor = resolve(PACKAGE_ROOT, 'src/spec/fixtures/vendor-conversations-3.1.yaml');
    const ran = await cli(
      [
        'run',
        '--spec',
        vendor,
        '--suites',
        resolve(PACKAGE_ROOT, 'examples'),
        '--tag',
        'webhooks',
        '--report-dir',
        dir,
        'my-first',
      ],
      dir,
    );
    expect(ran.code, ran.stdout.slice(-3000) + ran.stderr).toBe(0);
    expect(ran.stdout).toContain(`spec drift of ${vendor} from ours: `);
    expect(ran.stdout).toMatch(/from ours: \d+ finding\(s\) in \d+ operation\(s\) → .*spec-drift\.json/);
    expect(ran.stdout).toMatch(/^ +\d+ response values with other allowed values$/m);
    const drift = JSON.parse(await readFile(join(dir, 'spec-drift.json'), 'utf8')) as {
      theirs: string;
      operations: number;
      findings: Array<{ aspect: string }>;
    };
    expect(drift.theirs).toBe(vendor);
    expect(drift.findings.some((f) => f.aspect === 'response-property-enum')).toBe(true);
    const junit = await readFile(join(dir, 'junit.xml'), 'utf8');
    const suite = junit.slice(junit.indexOf('<testsuite name="spec-drift"'));
    expect(suite).toContain(`tests="${drift.operations}" failures="${drift.operations}"`);
    expect(suite).toContain('type="SpecDrift"');
  }, 180_000);

  test('--webhook-url routes each test sink through the hub on --webhook-port', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'conformance-hub-'));
    const port = await freePort();
    const ran = await cli(
      [
        'run',
        '--webhook-url',
        `http://127.0.0.1:${port}/hooks`,
        '--webhook-port',
        String(port),
        '--suites',
        resolve(PACKAGE_ROOT, 'examples'),
        '--tag',
        'webhooks',
        '--report-dir',
        dir,
        'my-first',
      ],
      dir,
    );
    expect(ran.code, ran.stdout.slice(-3000) + ran.stderr).toBe(0);
    expect(ran.stdout).toContain(`webhooks: forward http://127.0.0.1:${port}/hooks to http://127.0.0.1:${port}`);
    expect((await results(dir)).results.map((r) => [r.name, r.outcome])).toEqual([
      ['the webhook sink receives what is posted to it', 'passed'],
    ]);
  }, 180_000);

  test('--reporter junit --reporter dot writes only junit.xml and prints dots instead of test names', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'conformance-reporter-'));
    const examples = resolve(PACKAGE_ROOT, 'examples');
    const ran = await cli(
      [
        'run',
        '--reporter',
        'junit',
        '--reporter',
        'dot',
        '--suites',
        examples,
        '--report-dir',
        join(dir, 'r'),
        'my-first',
      ],
      dir,
    );
    expect(ran.code, ran.stdout.slice(-3000) + ran.stderr).toBe(0);
    expect(await readdir(join(dir, 'r'))).toEqual(['junit.xml']);
    expect(ran.stdout).not.toContain('my-first.suite.ts'); // the default reporter names each file
    expect(ran.stdout).toMatch(/·/);
  }, 180_000);

  test('an unknown --reporter exits 2 listing the valid names', async () => {
    const ran = await cli(['run', '--reporter', 'junit', '--reporter', 'fancy'], tmpdir());
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain(
      "--reporter 'fancy': unknown reporter (report files: junit, json, html; console (vitest): default, dot, verbose",
    );
  });

  test('GITHUB_ACTIONS=true adds vitest’s github-actions annotations for a failing scenario', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'conformance-gha-'));
    // The fault signs a POST webhook over its URL alone; the signature scenario catches it.
    const ran = await runCliProcess(
      [
        'run',
        '--fault',
        'webhook-signature-wrong',
        '--grep',
        'signed with the account auth token',
        '--report-dir',
        dir,
        'webhooks/delivery',
      ],
      { env: { GITHUB_ACTIONS: 'true' } },
    );
    expect(ran.code, ran.stdout.slice(-3000) + ran.stderr).toBe(1);
    expect(ran.stdout).toMatch(
      /^::error file=.*suites\/webhooks\/delivery\.suite\.ts,title=.*are signed with the account auth token,line=\d+/m,
    );
  }, 180_000);

  test('an unknown --suites directory exits 2', async () => {
    const ran = await cli(['run', '--suites', '/nonexistent/suites'], tmpdir());
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain("--suites '/nonexistent/suites': no such file or directory");
  });
});
