import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { RunSummary } from '../reporting/model.ts';
import { runCliProcess } from '../test-support/cli-process.ts';

// The "done when": shards 1/2 and 2/2, merged, report exactly the scenario set of an unsharded run. Real
// processes (vitest inside vitest is not supported), the embedded emulator with a fault so failures, their evidence
// and root causes go through the blobs too; a fixed seed so both sides create the same data.
const FILTERS = ['suites/conversations/crud', 'suites/conversations/unique-name', 'suites/conversations/list'];
const RUN = ['--seed', '4242', '--fault', 'create-returns-200', '--reporter', 'dot'];

let root: string;
const dir = (name: string) => join(root, name);
const cli = (args: string[]) => runCliProcess(args, { cwd: root });
const results = async (name: string) =>
  JSON.parse(await readFile(join(dir(name), 'results.json'), 'utf8')) as RunSummary;

/** What must match between the merged and the unsharded run (durations, SIDs and dates differ run to run). */
function scenarios(summary: RunSummary) {
  return summary.results
    .map((r) => ({
      id: `${r.file} > ${r.suite} > ${r.name}`,
      outcome: r.outcome,
      checkId: r.checkId,
      attribution: r.attribution,
      rootCause: r.rootCause,
      tags: r.tags,
      operations: r.operations?.map((o) => o.operationId),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

describe('conformance run --shard i/n, then conformance merge (real processes)', () => {
  const ran: Record<string, { code: number | null; out: string }> = {};
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'conformance-shards-'));
    const runs = {
      s1: ['run', ...RUN, '--shard', '1/2', '--report-dir', dir('s1'), ...FILTERS],
      s2: ['run', ...RUN, '--shard', '2/2', '--report-dir', dir('s2'), ...FILTERS],
      whole: ['run', ...RUN, '--report-dir', dir('whole'), ...FILTERS],
    };
    await Promise.all(
      Object.entries(runs).map(async ([name, args]) => {
        const { code, stdout, stderr } = await cli(args);
        ran[name] = { code, out: stdout.slice(-2000) + stderr };
      }),
    );
  }, 300_000);

  test('merged shards 1/2 and 2/2 report exactly the scenarios of the unsharded run, none twice', async () => {
    for (const name of ['s1', 's2', 'whole']) expect(ran[name]?.code, ran[name]?.out).toBe(1); // the fault is caught
    const [s1, s2, whole] = await Promise.all([results('s1'), results('s2'), results('whole')]);
    // vitest split by whole files: neither shard is empty, none ran a file of the other.
    expect(s1.results.length).toBeGreaterThan(0);
    expect(s2.results.length).toBeGreaterThan(0);
    const files = (s: RunSummary) => new Set(s.results.map((r) => r.file));
    expect([...files(s1)].filter((f) => files(s2).has(f))).toEqual([]);

    const merged = await cli(['merge', '--report-dir', dir('merged'), dir('s2'), dir('s1')]);
    expect(merged.code, merged.stdout + merged.stderr).toBe(1); // exit code from the merged results
    const m = await results('merged');
    const ids = scenarios(m).map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(s1.results.length + s2.results.length);
    expect(scenarios(m)).toEqual(scenarios(whole));
    // Root causes are recomputed over the whole, as the unsharded run computed them.
    const causes = (s: RunSummary) =>
      s.rootCauses?.map(({ id, count, blocked, summary }) => ({ id, count, blocked, summary }));
    expect(causes(m)).toEqual(causes(whole));
    expect(m.rootCauses?.length).toBeGreaterThan(0);
    expect(m.settings?.seed).toBe(4242);
    expect(m.settings?.runId).toBe(`${s1.settings?.runId}+${s2.settings?.runId}`);
    expect(merged.stdout).toContain(`merged 2 shard(s): ${whole.results.length} scenarios`);
    const junit = await readFile(join(dir('merged'), 'junit.xml'), 'utf8');
    expect(junit.match(/<testcase /g)).toHaveLength(whole.results.length);
    const html = await readFile(join(dir('merged'), 'report.html'), 'utf8');
    expect(html.match(/<tr id="s-\d+" data-outcome=/g)).toHaveLength(whole.results.length);
  }, 120_000);

  test('a missing shard, a shard given twice, or a shard of another run is refused (exit 2) naming it', async () => {
    const missing = await cli(['merge', '--report-dir', dir('m1'), dir('s1')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('merge: missing shard(s) 2/2');

    const twice = await cli(['merge', '--report-dir', dir('m2'), dir('s1'), dir('s1')]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/are both shard 1\/2/);

    await cp(dir('s2'), dir('other'), { recursive: true });
    const manifest = JSON.parse(await readFile(join(dir('other'), 'shard.json'), 'utf8'));
    manifest.settings.seed = 1;
    await writeFile(join(dir('other'), 'shard.json'), JSON.stringify(manifest));
    const other = await cli(['merge', '--report-dir', dir('m3'), dir('s1'), dir('other')]);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/other is not a shard of the same run as .*s1: seed 1 ≠ 4242/);

    const plain = await cli(['merge', '--report-dir', dir('m4'), dir('whole')]);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/whole: no shard\.json \(write one with conformance run --shard i\/n/);
  }, 60_000);

  test('--shard takes i/n only, and not with --update-expectations', async () => {
    const bad = await cli(['run', '--shard', '3/2']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--shard must be i/n with 1 <= i <= n (e.g. 1/2), got '3/2'");
    const update = await cli(['run', '--shard', '1/2', '--update-expectations', '--report-dir', dir('u')]);
    expect(update.code).toBe(2);
    expect(update.stderr).toContain('--update-expectations needs the whole run (not with --shard)');
  }, 60_000);
});
