// The one vitest invocation behind every conformance run (`conformance run`, `coverage`, the self-test, the budget
// plan): the `suites` project built inline from the plan (no config file, no environment variables), the worker
// plan handed over with vitest's `provide`, the selection as vitest's own filters.
import { setTimeout as sleep } from 'node:timers/promises';
import { createVitest, type Reporter, type TestSpecification, type Vitest } from 'vitest/node';
import type { KitErrorCode } from '../errors.ts';
import { CODE_ROOT } from '../spec/paths.ts';
import { LIVE_DEFAULT_CONCURRENCY, type RunPlan, type WorkerPlan } from './plan.ts';
import { suitesProject } from './suites-project.ts';
import { tagsFilterFor } from './tags.ts';

/** A vitest reporter, or a built-in one by name (`default`, `github-actions`, …), optionally with its options. */
export type SuitesReporter = Reporter | string | readonly [name: string, options: Record<string, unknown>];

/** Suite files run at once: `--concurrency`, else vitest's default, else one on a live vendor. */
export function concurrencyOf(plan: Pick<RunPlan, 'concurrency'>, worker: WorkerPlan): number | undefined {
  return plan.concurrency ?? (worker.target.capabilities.live ? LIVE_DEFAULT_CONCURRENCY : undefined);
}

/** A vitest instance for the plan's `suites` project, with the worker plan provided (nothing runs yet). */
export async function createSuitesVitest(
  plan: RunPlan,
  worker: WorkerPlan,
  reporters: readonly SuitesReporter[],
): Promise<Vitest> {
  const tagsFilter = tagsFilterFor(plan.selection.tags);
  const concurrency = concurrencyOf(plan, worker);
  const vitest = await createVitest(
    {
      root: CODE_ROOT,
      config: false,
      run: true,
      watch: false,
      reporters: [...reporters] as never,
      ...(plan.selection.grep ? { testNamePattern: plan.selection.grep } : {}),
      ...(tagsFilter ? { tagsFilter } : {}),
      ...(plan.selection.bail ? { bail: 1 } : {}),
      ...(plan.shard ? { shard: `${plan.shard.index}/${plan.shard.count}` } : {}),
      // Files run in parallel in workers; tests inside a file run one after another (no scenario is concurrent),
      // and `maxConcurrency` bounds a user's own `test.concurrent` the same way.
      ...(concurrency !== undefined
        ? { maxWorkers: concurrency, fileParallelism: concurrency > 1, maxConcurrency: concurrency }
        : {}),
    },
    {
      test: {
        projects: [suitesProject({ extraSuites: plan.suites, testTimeoutMs: plan.timeouts.scenarioMs })],
      },
    },
  );
  vitest.provide('conformancePlan', worker);
  return vitest;
}

/** How a run of the suites may be stopped before its end. */
export interface SuitesRunOptions {
  /** Aborting it stops the run; its reason (an Error or a string) says why, in reports. */
  signal?: AbortSignal;
  /**
   * Kit errors that stop the run when a scenario ends with one: CONFORMANCE_ERR_THROTTLED (the target asked the kit
   * to slow down past the retry policy; going on would hammer it and turn every scenario into the same error).
   */
  stopOn?: readonly KitErrorCode[];
  /** How long to wait for vitest to settle once stopped, before returning anyway (default 10 s). */
  graceMs?: number;
}

/** How a run of the suites ended. */
export interface SuitesRunEnd {
  /** Why the run was stopped before its end (the signal's reason, or the kit error that stopped it). */
  stopped?: string;
  /** False when vitest did not settle within the grace period: results are what the reporters had by then. */
  settled: boolean;
  /** Suite files (absolute) the run had selected but never started. */
  notStarted: string[];
}

/** Default time vitest gets to settle after a stop (it aborts tests in flight at once; this is a bound, not a wait). */
export const STOP_GRACE_MS = 10_000;

const KIT_CODE = /^\[(CONFORMANCE_ERR_[A-Z_]+)\]/;

/**
 * Runs the plan's selection once against the started target described by `worker`, then closes vitest. A stop
 * (`signal`, `stopOn`) cancels the run with vitest's `cancelCurrentRun`: tests in flight are aborted and reported
 * skipped by vitest, files not started never run; runSuites returns within `graceMs` of the stop either way.
 */
export async function runSuites(
  plan: RunPlan,
  worker: WorkerPlan,
  reporters: readonly SuitesReporter[],
  options: SuitesRunOptions = {},
): Promise<SuitesRunEnd> {
  const selected = new Set<string>();
  const started = new Set<string>();
  let stopped: string | undefined;
  let onStop: () => void = () => {};
  const stopping = new Promise<'stopped'>((done) => {
    onStop = () => done('stopped');
  });
  const stopOn = new Set<string>(options.stopOn ?? []);
  const watcher: Reporter = {
    onTestRunStart(specifications: ReadonlyArray<TestSpecification>) {
      for (const s of specifications) selected.add(s.moduleId);
    },
    onTestModuleStart(module) {
      started.add(module.moduleId);
    },
    onTestCaseResult(test) {
      if (stopOn.size === 0) return;
      const error = test.result().errors?.find((e) => stopOn.has(KIT_CODE.exec(e.message ?? '')?.[1] ?? ''));
      if (error) stop(error.message);
    },
  };
  const vitest = await createSuitesVitest(plan, worker, [...reporters, watcher]);
  const stop = (reason: string) => {
    if (stopped !== undefined) return;
    stopped = reason;
    vitest.cancelCurrentRun(reason as Parameters<Vitest['cancelCurrentRun']>[0]).catch(() => {});
    onStop();
  };
  const abort = () => {
    const reason: unknown = options.signal?.reason;
    stop(reason instanceof Error ? reason.message : String(reason));
  };
  if (options.signal?.aborted) abort();
  options.signal?.addEventListener('abort', abort, { once: true });
  let settled = true;
  try {
    const run = vitest.start(plan.selection.files).then(() => 'done' as const);
    if ((await Promise.race([run, stopping])) === 'stopped') {
      const grace = options.graceMs ?? STOP_GRACE_MS;
      settled = await Promise.race([
        run.then(
          () => true,
          () => true,
        ),
        sleep(grace, false, { ref: false }),
      ]);
    }
  } finally {
    options.signal?.removeEventListener('abort', abort);
    // A run that did not settle is left to the process's exit: closing would wait for it.
    if (settled) await vitest.close();
    else vitest.close().catch(() => {});
  }
  return {
    ...(stopped !== undefined ? { stopped } : {}),
    settled,
    notStarted: [...selected].filter((file) => !started.has(file)).sort(),
  };
}

/**
 * vitest's own merge of blob reports (`vitest --merge-reports`): the blobs in `blobDir` (written by shards of one run
 * with vitest's `blob` reporter) replayed through `reporters` as one run of the same `suites` project. Nothing runs.
 */
export async function mergeSuitesReports(blobDir: string, reporters: readonly SuitesReporter[]): Promise<void> {
  const vitest = await createVitest(
    { root: CODE_ROOT, config: false, run: true, watch: false, reporters: [...reporters] as never },
    { test: { projects: [suitesProject()] } },
  );
  try {
    await vitest.mergeReports(blobDir);
  } finally {
    await vitest.close();
  }
}
