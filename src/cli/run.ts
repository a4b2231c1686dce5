import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { KitError } from '../errors.ts';
import { SummaryCollector } from '../reporting/collector.ts';
import { expectationsPathFor, runExpectations } from '../reporting/expectations.ts';
import { countOutcomes, type RunSettings, type RunSummary } from '../reporting/model.ts';
import { writeReports } from '../reporting/reporters.ts';
import { specDriftReport } from '../reporting/spec-drift.ts';
import type { BudgetPlan } from '../runtime/budget.ts';
import { loadConformance } from '../runtime/context.ts';
import { buildRunPlan, type RunPlan, type WorkerPlan } from '../runtime/plan.ts';
import { runSuites } from '../runtime/run-suites.ts';
import { startWebhookHub } from '../runtime/webhook-hub.ts';
import { compareSpecs, formatDriftReport, type SpecDriftFinding } from '../spec/drift.ts';
import type { OperationSpec } from '../spec/operations.ts';
import { DEFAULT_SPEC_PATH, PACKAGE_ROOT } from '../spec/paths.ts';
import { startTarget } from '../targets/registry.ts';
import { describeCapabilities } from '../targets/types.ts';
import type { RunArgs } from './args.ts';
import { collectBudgetPlan } from './budget-plan.ts';

/** The outcome of `conformance run`. */
export interface RunOutcome {
  exitCode: 0 | 1 | 2;
  summary: RunSummary;
  junitPath: string;
  /** The operations of the spec the run validated against. */
  operations: OperationSpec[];
  /** Spec drift findings, when `--spec` was compared with ours. */
  specDrift?: SpecDriftFinding[];
}

/** The run plan of `conformance run` / `coverage` arguments. */
export function planFromArgs(args: Omit<RunArgs, 'command'>): Promise<RunPlan> {
  return buildRunPlan({
    defaultSpecPath: DEFAULT_SPEC_PATH,
    ...(args.target !== undefined ? { target: args.target } : {}),
    ...(args.spec !== undefined ? { spec: args.spec } : {}),
    ...(args.seed !== undefined ? { seed: args.seed } : {}),
    files: args.files,
    ...(args.grep !== undefined ? { grep: args.grep } : {}),
    tags: args.tags ?? [],
    ...(args.budget !== undefined ? { budget: args.budget } : {}),
    realTimers: args.realTimers,
    live: args.live,
    ...(args.webhookUrl !== undefined ? { webhookUrl: args.webhookUrl } : {}),
    ...(args.webhookPort !== undefined ? { webhookPort: args.webhookPort } : {}),
    suites: args.suites ?? [],
    ...(args.faults?.length ? { faults: args.faults } : {}),
    timeoutMs: args.timeoutMs,
    reportDir: args.reportDir,
    ...(args.reporters?.length ? { reporters: args.reporters } : {}),
    ...(args.expectations !== undefined ? { expectations: args.expectations } : {}),
    ...(args.updateExpectations ? { updateExpectations: true } : {}),
  });
}

/** What `prepare` decided and started; `stop` undoes it. */
interface Prepared {
  worker: WorkerPlan;
  operations: OperationSpec[];
  specDrift?: SpecDriftFinding[];
  stop(): Promise<void>;
}

/**
 * Prepare: validate the spec (and compare it with ours for `--spec`), start the target through the registry, the
 * webhook hub behind `--webhook-url`, and the budget plan. Anything that fails here is a kit error (exit 2).
 */
async function prepare(plan: RunPlan, log: (line: string) => void): Promise<Prepared> {
  const theirs = await loadConformance(plan.specPath); // an invalid spec stops the run before any scenario (exit 2)
  const specDrift = plan.foreignSpec
    ? compareSpecs((await loadConformance(DEFAULT_SPEC_PATH)).spec, theirs.spec)
    : undefined;
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s();
  };
  try {
    const running = await startTarget(plan.target);
    stops.push(running.close);
    const target = running.info;
    // A vendor that bills but is not on twilio.com is declared live by the user.
    if (plan.live) target.capabilities.live = true;
    if (plan.target.webhookUrl) {
      const hub = await startWebhookHub({
        publicUrl: plan.target.webhookUrl,
        ...(plan.webhookPort !== undefined ? { port: plan.webhookPort } : {}),
      }).catch((cause: unknown) => {
        throw new KitError(
          'CONFORMANCE_ERR_BAD_ARGUMENTS',
          `--webhook-port ${plan.webhookPort ?? 0}: cannot listen (${cause instanceof Error ? cause.message : String(cause)})`,
          { cause },
        );
      });
      stops.push(hub.close);
      target.webhooks = hub.routing;
      log(`conformance: webhooks: forward ${plan.target.webhookUrl} to http://127.0.0.1:${hub.port}`);
    }
    log(
      `conformance: target ${target.url} (${target.kind}; capabilities: ${describeCapabilities(target.capabilities)}; seed ${plan.seed})`,
    );
    if (plan.target.faults?.length) {
      log(`conformance: the emulator runs with deliberate faults: ${plan.target.faults.join(', ')}`);
    }
    const worker: WorkerPlan = { target, seed: plan.seed, runId: plan.runId };
    if (plan.budget !== undefined && !target.capabilities.live) {
      log(`conformance: --budget ${plan.budget} ignored: ${target.url} is not a live vendor`);
    } else if (plan.budget !== undefined) {
      const budget: BudgetPlan = (await collectBudgetPlan(plan, worker, plan.budget)).plan;
      worker.budget = budget;
      log(
        `conformance: --budget ${budget.budget}: ${budget.selected.length} scenarios selected (cost ${budget.spent}), ${Object.keys(budget.skipped).length} skipped`,
      );
    }
    return { worker, operations: theirs.spec.operations.all, ...(specDrift ? { specDrift } : {}), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Run: the suites once, collected into the run model, with the target's known failures applied. */
async function execute(plan: RunPlan, prepared: Prepared, log: (line: string) => void): Promise<RunSummary> {
  const { worker } = prepared;
  const startedAt = new Date();
  const collector = new SummaryCollector(PACKAGE_ROOT, {
    ...(plan.selection.grep ? { grep: plan.selection.grep } : {}),
    ...(plan.selection.tags.length ? { tags: plan.selection.tags } : {}),
  });
  await runSuites(plan, worker, [...plan.consoleReporters, collector]);
  const settings: RunSettings = {
    seed: plan.seed,
    runId: plan.runId,
    capabilities: { ...worker.target.capabilities },
    ...(plan.selection.tags.length ? { tags: plan.selection.tags } : {}),
    ...(worker.budget
      ? {
          budget: {
            budget: worker.budget.budget,
            spent: worker.budget.spent,
            skipped: Object.keys(worker.budget.skipped).length,
          },
        }
      : {}),
  };
  // Known failures of the target (suites/expectations/<identity>.json) pass with a note (reporting/expectations.ts).
  return runExpectations(collector.summary(worker.target.url, startedAt, settings), {
    path: plan.expectations.path ?? expectationsPathFor(PACKAGE_ROOT, worker.target),
    explicit: plan.expectations.path !== undefined,
    update: plan.expectations.update,
    log,
  });
}

/** Write: every chosen report, the console summary, and spec drift (which does not change the exit code). */
async function write(
  plan: RunPlan,
  summary: RunSummary,
  specDrift: SpecDriftFinding[] | undefined,
  log: (line: string) => void,
): Promise<string> {
  const written = await writeReports({ summary, ...(specDrift ? { specDrift } : {}) }, plan.reportDir, plan.reports);
  const junitPath = written.junit ?? resolve(plan.reportDir, 'junit.xml');
  const c = countOutcomes(summary.results);
  log(
    `conformance: ${summary.results.length} scenarios: ${c.passed} passed, ${c.failed} failed, ${c.error} errors, ${c.skipped} skipped` +
      `${summary.notSelected ? ` (${summary.notSelected} not selected)` : ''}` +
      ` in ${(summary.durationMs / 1000).toFixed(1)} s (seed ${plan.seed}) → ${plan.reportDir}`,
  );
  if (specDrift) {
    const driftPath = resolve(plan.reportDir, 'spec-drift.json');
    const report = specDriftReport(DEFAULT_SPEC_PATH, plan.specPath, specDrift);
    await writeFile(driftPath, `${JSON.stringify(report, null, 2)}\n`);
    log(
      specDrift.length <= 20
        ? formatDriftReport(specDrift).trimEnd()
        : `Spec drift: ${specDrift.length} finding(s) in ${report.operations} operation(s)`,
    );
    log(`conformance: spec drift against ${plan.specPath} → ${driftPath} (does not change the exit code)`);
  }
  if (summary.results.length === 0) log('conformance: no scenario matched the filters');
  return junitPath;
}

/** 0 all passed, 1 a scenario failed, 2 the kit could not run. */
function exitCodeOf(summary: RunSummary): 0 | 1 | 2 {
  const c = countOutcomes(summary.results);
  if (c.error > 0 || summary.runErrors.length > 0 || summary.results.length === 0) return 2;
  return c.failed > 0 ? 1 : 0;
}

/**
 * Runs the suites against the target in three steps — prepare (spec, target, hub, budget), run (vitest with a
 * collector), write (reports) — and returns the exit code. Spec drift alone does not change the exit code.
 */
export async function runConformance(
  args: Omit<RunArgs, 'command'>,
  log: (line: string) => void = console.log,
): Promise<RunOutcome> {
  const plan = await planFromArgs(args);
  const prepared = await prepare(plan, log);
  try {
    const summary = await execute(plan, prepared, log);
    const junitPath = await write(plan, summary, prepared.specDrift, log);
    return {
      exitCode: exitCodeOf(summary),
      summary,
      junitPath,
      operations: prepared.operations,
      ...(prepared.specDrift ? { specDrift: prepared.specDrift } : {}),
    };
  } finally {
    await prepared.stop();
  }
}
