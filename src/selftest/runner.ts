// One suite run against a fresh embedded emulator (optionally started with faults), collected quietly into scenario
// results: the same vitest invocation as `conformance run` (src/runtime/run-suites.ts), without its reports.
import { resolve } from 'node:path';
import type { CliOptions } from 'vitest/node';
import { SummaryCollector } from '../reporting/collector.ts';
import type { ScenarioResult } from '../reporting/model.ts';
import { RUN_ID_ENV, TARGET_ENV } from '../runtime/global-setup.ts';
import { runSuites } from '../runtime/run-suites.ts';
import { SEED_ENV } from '../runtime/seed.ts';
import { PACKAGE_ROOT } from '../spec/paths.ts';
import { startEmbeddedTarget } from '../targets/emulator.ts';

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
  const embedded = await startEmbeddedTarget({ emulator: { faults: [...options.faults] } });
  const startedAt = new Date();
  const collector = new SummaryCollector(PACKAGE_ROOT);
  const vitestOptions: CliOptions = {
    root: PACKAGE_ROOT,
    config: resolve(PACKAGE_ROOT, 'vitest.config.ts'),
    project: ['suites'],
    run: true,
    watch: false,
    ...(options.bail ? { bail: 1 } : {}),
  };
  try {
    await runSuites([...options.files], vitestOptions, [collector], {
      [TARGET_ENV]: JSON.stringify(embedded.info),
      [SEED_ENV]: String(options.seed),
      [RUN_ID_ENV]: Date.now().toString(36),
    });
  } finally {
    await embedded.close();
  }
  const summary = collector.summary(embedded.info.url, startedAt);
  return { results: summary.results, runErrors: summary.runErrors, durationMs: summary.durationMs };
}
