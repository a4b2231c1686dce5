// The one vitest invocation behind every conformance run (`conformance run`, `coverage`, the self-test, the budget
// plan): the `suites` project built inline from the plan (no config file, no environment variables), the worker
// plan handed over with vitest's `provide`, the selection as vitest's own filters.
import { createVitest, type Reporter, type Vitest } from 'vitest/node';
import { CODE_ROOT } from '../spec/paths.ts';
import type { RunPlan, WorkerPlan } from './plan.ts';
import { suitesProject } from './suites-project.ts';
import { tagsFilterFor } from './tags.ts';

/** A vitest reporter, or a built-in one by name (`default`, `github-actions`, …), optionally with its options. */
export type SuitesReporter = Reporter | string | readonly [name: string, options: Record<string, unknown>];

/** A vitest instance for the plan's `suites` project, with the worker plan provided (nothing runs yet). */
export async function createSuitesVitest(
  plan: RunPlan,
  worker: WorkerPlan,
  reporters: readonly SuitesReporter[],
): Promise<Vitest> {
  const tagsFilter = tagsFilterFor(plan.selection.tags);
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

/** Runs the plan's selection once against the started target described by `worker`, then closes vitest. */
export async function runSuites(
  plan: RunPlan,
  worker: WorkerPlan,
  reporters: readonly SuitesReporter[],
): Promise<void> {
  const vitest = await createSuitesVitest(plan, worker, reporters);
  try {
    await vitest.start(plan.selection.files);
  } finally {
    await vitest.close();
  }
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
