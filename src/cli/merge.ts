// `conformance merge DIR...`: the shards of one run (`run --shard i/n`) as one set of reports. The scenario results
// come from vitest's own merge (`Vitest.mergeReports`) of the shards' blob reports, replayed into the collector a run
// uses; shard.json supplies what vitest does not know (seed, target, selection, expectations). Root causes, counts
// and the exit code are computed over the merged whole, exactly as for an unsharded run.
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { KitError } from '../errors.ts';
import { SummaryCollector } from '../reporting/collector.ts';
import { runExpectations } from '../reporting/expectations.ts';
import { countOutcomes, type RunSummary } from '../reporting/model.ts';
import { writeReports } from '../reporting/reporters.ts';
import { checkShardSet, readShardManifest, type ShardManifest } from '../reporting/shard.ts';
import { loadConformance } from '../runtime/context.ts';
import { REPORT_FORMATS } from '../runtime/plan.ts';
import { mergeSuitesReports } from '../runtime/run-suites.ts';
import { CODE_ROOT } from '../spec/paths.ts';
import type { MergeArgs } from './args.ts';
import { exitCodeOf, rootCauseLines } from './run.ts';

/** The merged run: its summary and where the reports went. */
export interface MergeOutcome {
  exitCode: 0 | 1 | 2;
  summary: RunSummary;
  written: Partial<Record<(typeof REPORT_FORMATS)[number], string>>;
}

/** Merges the shards in `args.dirs` into `args.reportDir`; a set that is not one whole run is a bad argument. */
export async function mergeShards(
  args: Omit<MergeArgs, 'command'>,
  log: (line: string) => void = console.log,
): Promise<MergeOutcome> {
  const shards: { dir: string; manifest: ShardManifest }[] = [];
  for (const dir of args.dirs) shards.push({ dir, manifest: await readShardManifest(dir) });
  checkShardSet(shards);
  shards.sort((a, b) => a.manifest.shard.index - b.manifest.shard.index);
  const first = (shards[0] as (typeof shards)[number]).manifest;
  // vitest merges every file of one directory: gather exactly the manifests' blobs (not stale ones) in a fresh one.
  const blobs = await mkdtemp(join(tmpdir(), 'conformance-merge-'));
  const collector = new SummaryCollector(CODE_ROOT, first.selection);
  try {
    for (const { dir, manifest } of shards) {
      const from = resolve(dir, manifest.blob);
      await copyFile(from, join(blobs, `blob-${manifest.shard.index}-${manifest.shard.count}.json`)).catch(
        (cause: unknown) => {
          throw new KitError('CONFORMANCE_ERR_BAD_ARGUMENTS', `merge: ${dir}: its blob report ${from} is missing`, {
            cause,
          });
        },
      );
    }
    await mergeSuitesReports(blobs, [collector]);
  } finally {
    await rm(blobs, { recursive: true, force: true });
  }
  const startedAt = shards.map((s) => s.manifest.startedAt).sort()[0] ?? first.startedAt;
  const collected = collector.summary(first.target.url, new Date(startedAt), {
    ...first.settings,
    // Each shard has its own run id (and, embedded, its own emulator); the merged run names them all.
    runId: shards.map((s) => s.manifest.settings.runId).join('+'),
  });
  // The shards ran side by side: the merged run took as long as the longest.
  collected.durationMs = Math.max(...shards.map((s) => s.manifest.durationMs));
  const summary = first.expectations
    ? await runExpectations(collected, { ...first.expectations, update: false, log })
    : collected;
  const operations = (await loadConformance(first.specPath)).spec.operations.all;
  const reportDir = resolve(args.reportDir);
  const written = await writeReports({ summary, operations }, reportDir, REPORT_FORMATS);
  const c = countOutcomes(summary.results);
  log(
    `conformance: merged ${shards.length} shard(s): ${summary.results.length} scenarios: ${c.passed} passed, ${c.failed} failed${c.blocked ? ` (${c.blocked} of them blocked by a failing setup step)` : ''}, ${c.error} errors, ${c.skipped} skipped` +
      `${summary.notSelected ? ` (${summary.notSelected} not selected)` : ''} (seed ${first.settings.seed}) → ${reportDir}`,
  );
  for (const line of rootCauseLines(summary)) log(line);
  return { exitCode: exitCodeOf(summary), summary, written };
}

/** `conformance merge`: the exit code of the merged run (as `run` would have exited). */
export async function mergeCommand(args: MergeArgs): Promise<number> {
  return (await mergeShards(args)).exitCode;
}
