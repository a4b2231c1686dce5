// The kit against hostile targets (src/test-support/hostile-target.ts), through the CLI in a real process: every run
// ends within its bound, writes junit.xml, results.json and report.html whatever happened, names the cause in an
// <error> (the kit could not finish: exit 2) or a <failure> (the target broke the contract: exit 1), and never writes
// the credentials anywhere — not in evidence bodies, headers, curl reproducers, the console, nor the expectations
// file it updates. One suite file (account configuration, 12 scenarios) and one worker keep each run short.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { RunSummary } from '../reporting/model.ts';
import { runCliProcess } from '../test-support/cli-process.ts';
import { type HostileMode, startHostileTarget } from '../test-support/hostile-target.ts';

/**
 * Time a run may take past its --max-time, which counts from the start of the run: vitest's stop grace (10 s), plus
 * starting Node and loading the kit before it (up to 20 s measured with this file's runs in parallel on 2 busy cores).
 * Runs whose target answers (findings) get a generous --max-time so a loaded machine cannot turn them into deadline
 * stops; the deadline itself is proven by the stalling target, whose 60 s request timeout it beats.
 */
const SLACK_MS = 30_000;

interface Case {
  mode: HostileMode;
  /** Requests answered `200 {}` before the mode starts (2 = the probe). */
  after?: number;
  timeoutMs: number;
  maxTimeS: number;
  /** 1 the target broke the contract, 2 the kit could not finish; 0 only when the failures were written as known. */
  exit: 0 | 1 | 2;
  /** Write this run's failures as the target's known failures (`--update-expectations`, which then applies them). */
  updateExpectations?: boolean;
  /** What the JUnit report must say: an <error> naming the kit error, or a <failure> of the check that caught it. */
  junit: RegExp;
}

const CASES: Array<[string, Case]> = [
  [
    'refused',
    {
      mode: 'refuse',
      timeoutMs: 2000,
      maxTimeS: 20,
      exit: 2,
      junit:
        /<testcase classname="run" name="CONFORMANCE_ERR_TARGET_UNREACHABLE"[^>]*>\s*<error message="\[CONFORMANCE_ERR_TARGET_UNREACHABLE\] target http:\/\/127\.0\.0\.1:\d+ is unreachable \(ECONNREFUSED\)/,
    },
  ],
  [
    'reset',
    {
      mode: 'reset',
      timeoutMs: 2000,
      maxTimeS: 20,
      exit: 2,
      junit:
        /<testcase classname="run" name="CONFORMANCE_ERR_TRANSPORT"[^>]*>\s*<error message="\[CONFORMANCE_ERR_TRANSPORT\] request to \S+ failed/,
    },
  ],
  [
    'never answers',
    {
      mode: 'hang',
      timeoutMs: 1000,
      maxTimeS: 20,
      exit: 2,
      junit:
        /<error message="\[CONFORMANCE_ERR_TIMEOUT\] request to \S+ timed out after 1000 ms; the run did not start"/,
    },
  ],
  [
    // A byte every 100 ms never trips undici's bodyTimeout (it is between chunks); the kit's timeout covers the body.
    'trickles one byte per 100 ms',
    {
      mode: 'trickle',
      timeoutMs: 1000,
      maxTimeS: 20,
      exit: 2,
      junit: /<error message="\[CONFORMANCE_ERR_TIMEOUT\] request to \S+ timed out after 1000 ms/,
    },
  ],
  [
    'answers 429 with Retry-After: 1 to everything',
    {
      mode: 'throttle',
      timeoutMs: 2000,
      maxTimeS: 20,
      exit: 2,
      junit:
        /<testcase classname="run" name="CONFORMANCE_ERR_THROTTLED"[^>]*>\s*<error message="\[CONFORMANCE_ERR_THROTTLED\] the target is throttling the run: GET \S+ answered 429 \(Retry-After: 1\); still throttled after 3 retries/,
    },
  ],
  [
    'non-JSON 200',
    {
      mode: 'not-json',
      timeoutMs: 2000,
      maxTimeS: 120,
      exit: 1,
      junit: /<failure message="\[response-schema\] fetchConfiguration: response body is not JSON"/,
    },
  ],
  [
    'a 10 MB body',
    {
      mode: 'huge-body',
      timeoutMs: 5000,
      maxTimeS: 120,
      exit: 1,
      junit: /<failure message="\[body-size\] fetchConfiguration: response body is over the 1048576-byte cap/,
    },
  ],
  [
    'text/html',
    {
      mode: 'html',
      timeoutMs: 2000,
      maxTimeS: 120,
      exit: 1,
      junit:
        /<failure message="\[content-type\] fetchConfiguration: content-type 'text\/html; charset=utf-8' is not one of application\/json"/,
    },
  ],
  [
    'a redirect loop',
    {
      mode: 'redirect-loop',
      timeoutMs: 2000,
      maxTimeS: 120,
      exit: 1,
      junit:
        /<failure message="\[redirect\] fetchConfiguration: answered 302 redirecting to '\/v1\/Configuration\?t=\*\*\*'/,
    },
  ],
  [
    'a redirect loop, its failures written as known failures (--update-expectations)',
    {
      mode: 'redirect-loop',
      timeoutMs: 2000,
      maxTimeS: 120,
      exit: 0,
      updateExpectations: true,
      junit: /<skipped message="known: new: describe why"\/>/,
    },
  ],
  [
    '500 everywhere',
    {
      mode: 'error-500',
      timeoutMs: 2000,
      maxTimeS: 120,
      exit: 1,
      junit: /<failure message="\[[a-z-]+\] fetchConfiguration: [^"]*500/,
    },
  ],
  [
    // The request in flight is aborted at the deadline (its 60 s timeout never comes), the rest are marked stopped.
    'answers the probe, then stalls',
    {
      mode: 'hang',
      after: 2,
      timeoutMs: 60_000,
      maxTimeS: 12,
      exit: 2,
      junit:
        /<testcase classname="run" name="CONFORMANCE_ERR_RUN_DEADLINE"[^>]*>\s*<error message="\[CONFORMANCE_ERR_RUN_DEADLINE\] run deadline exceeded: --max-time 12 s; the run was stopped: \d+ scenario\(s\) did not finish/,
    },
  ],
  [
    'answers the probe, then throttles',
    {
      mode: 'throttle',
      after: 2,
      timeoutMs: 2000,
      maxTimeS: 120,
      exit: 2,
      junit:
        /<testcase classname="run" name="CONFORMANCE_ERR_THROTTLED"[^>]*>\s*<error message="\[CONFORMANCE_ERR_THROTTLED\] the target is throttling the run: [^"]*; the run was stopped: \d+ scenario\(s\) did not finish/,
    },
  ],
];

/** Every file under `dir` (the report directory and the expectations file the run wrote). */
async function filesUnder(dir: string): Promise<Array<{ name: string; text: string }>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => ({
        name: join(e.parentPath, e.name),
        text: await readFile(join(e.parentPath, e.name), 'utf8'),
      })),
  );
}

describe.concurrent('conformance run against a hostile target', () => {
  test.each(CASES)(
    '%s: ends within its bound, writes every report, names the cause',
    async (_name, c) => {
      const target = await startHostileTarget({ mode: c.mode, ...(c.after !== undefined ? { after: c.after } : {}) });
      try {
        const dir = await mkdtemp(join(tmpdir(), `hostile-${c.mode}-`));
        const reports = join(dir, 'reports');
        const started = Date.now();
        const run = await runCliProcess(
          [
            'run',
            '--target',
            target.url,
            '--report-dir',
            reports,
            '--timeout',
            String(c.timeoutMs),
            '--max-time',
            String(c.maxTimeS),
            '--concurrency',
            '1',
            // State the kit writes beside the reports (the target's expectations) must not carry secrets either.
            ...(c.updateExpectations
              ? ['--expectations', join(dir, 'state', 'expectations.json'), '--update-expectations']
              : []),
            'configuration/account-configuration',
          ],
          { env: { TWILIO_ACCOUNT_SID: target.accountSid, TWILIO_AUTH_TOKEN: target.authToken } },
        );
        const elapsed = Date.now() - started;
        const output = `${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`;
        expect(elapsed, output).toBeLessThan(c.maxTimeS * 1000 + SLACK_MS);
        expect(run.code, output).toBe(c.exit);
        const files = await filesUnder(dir);
        const names = files.map((f) => f.name.slice(reports.length + 1));
        expect(names).toEqual(expect.arrayContaining(['junit.xml', 'results.json', 'report.html']));
        const junit = files.find((f) => f.name.endsWith('junit.xml'))?.text ?? '';
        expect(junit).toMatch(c.junit);
        const summary = JSON.parse(files.find((f) => f.name.endsWith('results.json'))?.text ?? '{}') as RunSummary;
        if (c.exit === 1) expect(summary.results.some((r) => r.outcome === 'failed')).toBe(true);
        if (c.exit === 2) expect(summary.runErrors.length).toBeGreaterThan(0);
        if (c.updateExpectations) {
          // The failures went to the state file as known ones (and passed with a note): it exists and lists them.
          const state = files.find((f) => f.name.endsWith('expectations.json'))?.text ?? '{}';
          expect(Object.keys(JSON.parse(state) as object).length).toBeGreaterThan(0);
        }
        // The target echoed the token and the Authorization header in every answer it gave.
        const basic = Buffer.from(`${target.accountSid}:${target.authToken}`).toString('base64');
        for (const { name, text } of [
          ...files,
          { name: 'stdout', text: run.stdout },
          { name: 'stderr', text: run.stderr },
        ]) {
          expect(text.includes(target.authToken), `${name} carries the auth token`).toBe(false);
          expect(text.includes(basic), `${name} carries the Basic credentials`).toBe(false);
        }
        if (c.exit !== 2) {
          // Failures carry evidence and a reproducer that takes credentials from the environment.
          const failed = summary.results.find((r) => r.evidence?.length);
          expect(failed?.evidence?.[0]?.curl).toContain('-u "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN"');
        }
        if (c.mode === 'redirect-loop') expect(target.requests).toBeLessThan(40); // one request per step, never followed
      } finally {
        await target.close();
      }
    },
    120_000,
  );
});
