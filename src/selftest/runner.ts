// One suite run against a fresh embedded emulator (optionally started with faults), collected quietly into scenario
// results: the same run plan and vitest invocation as `conformance run` (src/runtime/run-suites.ts), without reports.
import { SummaryCollector } from '../reporting/collector.ts';
import type { ScenarioResult } from '../reporting/model.ts';
import { buildRunPlan } from '../runtime/plan.ts';
import { runSuites } from '../runtime/run-suites.ts';
import { CODE_ROOT, DEFAULT_SPEC_PATH } from '../spec/paths.ts';
import { startTarget } from '../targets/registry.ts';

/** What one run produced. */
export interface SuiteRun {
  results: ScenarioResult[];
  /** Failures outside any scenario (a file that could not load, an unhandled error). */
  runErrors: string[];
  durationMs: number;
}

/** Options of {@link runSuitesOnce}. */
export interface SuiteRunOptions {
  /** Emulator faults (names from the catalogue). */
  faults: readonly string[];
  /** Suite files (relative to the project root); empty = every suite. */
  files: readonly string[];
  /** The data seed. */
  seed: number;
  /** Stop at the first failing scenario (vitest `bail`). */
  bail?: boolean;
}

/** `file > suite > test`: the id of a scenario in reports, baselines and expectations. */
export function scenarioId(result: Pick<ScenarioResult, 'file' | 'suite' | 'name'>): string {
  return [result.file, result.suite, result.name].filter((part) => part !== '').join(' > ');
}

/** Whether a scenario failed: a finding (`failed`) or a kit error (`error`) — either way the suite noticed. */
export function isFailing(result: Pick<ScenarioResult, 'outcome'>): boolean {
  return result.outcome === 'failed' || result.outcome === 'error';
}

/** Start an embedded emulator with the faults, run the suites against it once, stop it. */
export async function runSuitesOnce(options: SuiteRunOptions): Promise<SuiteRun> {
  const plan = await buildRunPlan({
    defaultSpecPath: DEFAULT_SPEC_PATH,
    seed: options.seed,
    // Path filters without the extension match the sources and the build alike.
    files: options.files.map((f) => f.replace(/\.ts$/, '')),
    faults: [...options.faults],
    ...(options.bail ? { bail: true } : {}),
  });
  const running = await startTarget(plan.target);
  const startedAt = new Date();
  const collector = new SummaryCollector(CODE_ROOT);
  try {
    await runSuites(plan, { target: running.info, seed: plan.seed, runId: plan.runId }, [collector]);
  } finally {
    await running.close();
  }
  const summary = collector.summary(running.info.url, startedAt);
  return { results: summary.results, runErrors: summary.runErrors, durationMs: summary.durationMs };
}
