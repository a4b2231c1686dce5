// The kit's main job against an implementation that is not ours: a partial target (src/test-support/
// partial-target.ts: conversations only, relative URLs, null keys left out, no /v1/Configuration), run through the
// CLI in a real process. The findings must be actionable: few root causes covering every failure, evidence on every
// failure, setup-blocked scenarios marked, exit 1 — and a target's answer never becomes a kit error (exit 2).
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunSummary } from '../reporting/model.ts';
import { runCliProcess } from '../test-support/cli-process.ts';
import { type PartialTarget, startPartialTarget } from '../test-support/partial-target.ts';

async function runAgainst(target: PartialTarget, args: string[]) {
  const dir = await mkdtemp(join(tmpdir(), 'findings-'));
  const ran = await runCliProcess(['run', '--target', target.url, '--report-dir', dir, ...args], {
    env: { TWILIO_ACCOUNT_SID: target.accountSid, TWILIO_AUTH_TOKEN: target.authToken },
  });
  const summary = JSON.parse(await readFile(join(dir, 'results.json'), 'utf8')) as RunSummary;
  return { ...ran, summary, junit: await readFile(join(dir, 'junit.xml'), 'utf8') };
}

describe('against a partial implementation', () => {
  let target: PartialTarget;
  let run: Awaited<ReturnType<typeof runAgainst>>;
  beforeAll(async () => {
    target = await startPartialTarget();
    run = await runAgainst(target, []);
  }, 240_000);
  afterAll(() => target.close());

  test('exits 1 with findings, no kit error', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/CONFORMANCE_ERR_|unexpected failure/);
    expect(run.summary.results.filter((r) => r.outcome === 'error')).toEqual([]);
    expect(run.summary.results.filter((r) => r.outcome === 'failed').length).toBeGreaterThan(500);
  });

  test('at most 10 root causes cover every failure, and the console lists them', () => {
    const failed = run.summary.results.filter((r) => r.outcome === 'failed');
    const causes = run.summary.rootCauses ?? [];
    expect(causes.length).toBeGreaterThan(0);
    expect(causes.length).toBeLessThanOrEqual(10);
    expect(causes.reduce((n, c) => n + c.count, 0)).toBe(failed.length);
    expect(failed.every((r) => causes.some((c) => c.id === r.rootCause))).toBe(true);
    // The three bugs the partial target has by design, in words an implementer recognises.
    const summaries = causes.map((c) => c.summary).join('\n');
    expect(summaries).toMatch(
      /not implemented: \d+ operation\(s\) answer 404 without Twilio's error body — fetchConfiguration/,
    );
    expect(summaries).toMatch(
      /createConversation: \[response-schema\] response leaves out required keys .*friendly_name/,
    );
    expect(run.stdout).toMatch(/root cause\(s\), most scenarios first:\n {2}RC1 +×\d+/);
  });

  test('every failed scenario carries the response body and a curl reproducer', () => {
    for (const r of run.summary.results.filter((x) => x.outcome === 'failed')) {
      const evidence = r.evidence?.[0];
      expect(evidence, `${r.file} > ${r.name}`).toBeDefined();
      expect(evidence?.response.body.length, `${r.file} > ${r.name}`).toBeGreaterThan(0);
      expect(evidence?.curl).toContain('-u "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN"');
      expect(JSON.stringify(r)).not.toContain(target.authToken);
    }
  });

  test('scenarios blocked by a setup step are marked as such, in results.json, JUnit and the summary line', () => {
    const blocked = run.summary.results.filter((r) => r.attribution === 'prerequisite');
    expect(blocked.length).toBeGreaterThan(100);
    // A message scenario that fails on creating its conversation failed in its setup, not on messages.
    expect(blocked.some((r) => r.tags?.includes('messages') && r.operationId === 'createConversation')).toBe(true);
    expect(run.junit).toMatch(/<failure message="blocked by RC\d+: /);
    expect(run.stdout).toMatch(new RegExp(`failed \\(${blocked.length} of them blocked by a failing setup step\\)`));
  });
});

describe('against a target whose lists omit next_page_url', () => {
  test('exit 1 with findings on paging, never 2', { timeout: 240_000 }, async () => {
    const target = await startPartialTarget({ omitNextPageUrl: true });
    try {
      const run = await runAgainst(target, ['conversations/list', 'paging']);
      expect(run.code).toBe(1);
      expect(run.summary.results.filter((r) => r.outcome === 'error')).toEqual([]);
      const paging = run.summary.results.filter((r) => r.outcome === 'failed' && r.file.includes('paging'));
      expect(paging.length).toBeGreaterThan(0);
    } finally {
      await target.close();
    }
  });
});

describe('with credentials the target rejects', () => {
  test('exit 2 before any scenario, naming the credential kind', { timeout: 60_000 }, async () => {
    const target = await startPartialTarget();
    try {
      const dir = await mkdtemp(join(tmpdir(), 'findings-'));
      const ran = await runCliProcess(['run', '--target', target.url, '--report-dir', dir], {
        env: { TWILIO_ACCOUNT_SID: target.accountSid, TWILIO_AUTH_TOKEN: 'wrong-token-000' },
      });
      expect(ran.code).toBe(2);
      expect(ran.stderr.trim().split('\n')).toEqual([
        `conformance: [CONFORMANCE_ERR_CREDENTIALS_REJECTED] ${target.url} rejected the Account SID and auth token of ${target.accountSid} (GET /v1/Conversations?PageSize=1 → 401): check TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN`,
      ]);
      const key = await runCliProcess(['run', '--target', target.url, '--report-dir', dir], {
        env: { TWILIO_API_KEY: 'SK00000000000000000000000000000000', TWILIO_API_SECRET: 'nope-nope' },
      });
      expect(key.code).toBe(2);
      expect(key.stderr).toContain('rejected the API key SK00000000000000000000000000000000');
    } finally {
      await target.close();
    }
  });
});
