import { mkdir, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { KitError } from '../errors.ts';
import { SummaryCollector } from '../reporting/collector.ts';
import { expectationsPathFor, runExpectations } from '../reporting/expectations.ts';
import { renderHtml } from '../reporting/html.ts';
import { renderJunit } from '../reporting/junit.ts';
import { countOutcomes, type RunSettings, type RunSummary } from '../reporting/model.ts';
import { specDriftReport } from '../reporting/spec-drift.ts';
import type { BudgetPlan } from '../runtime/budget.ts';
import { loadConformance } from '../runtime/context.ts';
import { BUDGET_ENV, RUN_ID_ENV, TARGET_ENV } from '../runtime/global-setup.ts';
import { runSuites, withEnv } from '../runtime/run-suites.ts';
import { parseSeed, randomSeed, SEED_ENV } from '../runtime/seed.ts';
import { SUITES_ENV, suitesGlob, TEST_TIMEOUT_ENV } from '../runtime/suites-config.ts';
import { describeCapabilities, type TargetInfo } from '../runtime/target.ts';
import { startWebhookHub } from '../runtime/webhook-hub.ts';
import { compareSpecs, formatDriftReport, type SpecDriftFinding } from '../spec/drift.ts';
import type { OperationSpec } from '../spec/operations.ts';
import { DEFAULT_SPEC_PATH, PACKAGE_ROOT } from '../spec/paths.ts';
import { startEmbeddedTarget } from '../targets/emulator.ts';
import { urlTarget } from '../targets/url.ts';
import type { RunArgs } from './args.ts';
import { collectBudgetPlan } from './budget-plan.ts';
import { vitestRunOptions } from './vitest-options.ts';

/** Scenario timeout with `--real-timers` (a vendor's timers fire minutes late; each wait is still bounded). */
const REAL_TIMERS_TEST_TIMEOUT_MS = 15 * 60_000;

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

function runSeed(args: Pick<RunArgs, 'seed'>): number {
  if (args.seed !== undefined) return args.seed;
  const fromEnv = process.env[SEED_ENV];
  if (fromEnv === undefined || fromEnv === '') return randomSeed();
  const seed = parseSeed(fromEnv);
  if (seed === undefined) {
    throw new KitError('CONFORMANCE_ERR_BAD_ARGUMENTS', `${SEED_ENV} must be a whole number, got '${fromEnv}'`);
  }
  return seed;
}

async function extraSuiteGlobs(suites: string[]): Promise<string[]> {
  const globs: string[] = [];
  for (const given of suites) {
    const path = resolve(given);
    if (/[*?{[]/.test(given)) {
      globs.push(path);
      continue;
    }
    const found = await stat(path).catch(() => undefined);
    if (!found) throw new KitError('CONFORMANCE_ERR_BAD_ARGUMENTS', `--suites '${given}': no such file or directory`);
    globs.push(suitesGlob(path, found.isDirectory()));
  }
  return globs;
}

/**
 * Runs the suites against the target: validates the spec first (and compares it with ours when `--spec` is given),
 * prepares the target (embedded emulator or URL, probed) and the webhook hub, plans the budget, runs vitest's
 * `suites` project with a collector, writes JUnit, results.json, report.html (and spec-drift.json) and returns the
 * exit code. Spec drift alone does not change the exit code.
 */
export async function runConformance(
  args: Omit<RunArgs, 'command'>,
  log: (line: string) => void = console.log,
): Promise<RunOutcome> {
  const specPath = args.spec ? resolve(args.spec) : DEFAULT_SPEC_PATH;
  const theirs = await loadConformance(specPath); // an invalid spec stops the run before any scenario (exit 2)
  const specDrift =
    args.spec !== undefined ? compareSpecs((await loadConformance(DEFAULT_SPEC_PATH)).spec, theirs.spec) : undefined;
  const seed = runSeed(args);
  const runId = Date.now().toString(36);
  const suiteGlobs = await extraSuiteGlobs(args.suites ?? []);
  let target: TargetInfo;
  const stops: Array<() => Promise<void>> = [];
  if (args.target) {
    target = await urlTarget(args.target, {
      specPath,
      timeoutMs: args.timeoutMs,
      realTimers: args.realTimers,
      ...(args.webhookUrl ? { webhookUrl: args.webhookUrl } : {}),
    });
  } else {
    const embedded = await startEmbeddedTarget({
      specPath,
      timeoutMs: args.timeoutMs,
      realTimers: args.realTimers,
      ...(args.faults?.length ? { emulator: { faults: args.faults } } : {}),
    });
    target = embedded.info;
    stops.push(embedded.close);
  }
  // A vendor that bills but is not on twilio.com is declared live by the user.
  if (args.live) target.capabilities.live = true;
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop();
  };
  try {
    if (args.webhookUrl) {
      const hub = await startWebhookHub({
        publicUrl: args.webhookUrl,
        ...(args.webhookPort !== undefined ? { port: args.webhookPort } : {}),
      }).catch((cause: unknown) => {
        throw new KitError(
          'CONFORMANCE_ERR_BAD_ARGUMENTS',
          `--webhook-port ${args.webhookPort ?? 0}: cannot listen (${cause instanceof Error ? cause.message : String(cause)})`,
          { cause },
        );
      });
      stops.push(hub.close);
      target.webhooks = hub.routing;
      log(`conformance: webhooks: forward ${args.webhookUrl} to http://127.0.0.1:${hub.port}`);
    }
    log(
      `conformance: target ${target.url} (${target.kind}; capabilities: ${describeCapabilities(target.capabilities)}; seed ${seed})`,
    );
    if (args.faults?.length) log(`conformance: the emulator runs with deliberate faults: ${args.faults.join(', ')}`);
    const options = vitestRunOptions({ tags: args.tags ?? [], ...(args.grep ? { grep: args.grep } : {}) });
    const env = {
      [TARGET_ENV]: JSON.stringify(target),
      [SEED_ENV]: String(seed),
      [RUN_ID_ENV]: runId,
      [SUITES_ENV]: suiteGlobs.length ? JSON.stringify(suiteGlobs) : undefined,
      [TEST_TIMEOUT_ENV]: args.realTimers ? String(REAL_TIMERS_TEST_TIMEOUT_MS) : undefined,
      [BUDGET_ENV]: undefined as string | undefined,
    };
    let budget: BudgetPlan | undefined;
    if (args.budget !== undefined && !target.capabilities.live) {
      log(`conformance: --budget ${args.budget} ignored: ${target.url} is not a live vendor`);
    } else if (args.budget !== undefined) {
      const budgetValue = args.budget;
      budget = (await withEnv(env, () => collectBudgetPlan(args.files, options, budgetValue, target))).plan;
      env[BUDGET_ENV] = JSON.stringify(budget);
      log(
        `conformance: --budget ${budget.budget}: ${budget.selected.length} scenarios selected (cost ${budget.spent}), ${Object.keys(budget.skipped).length} skipped`,
      );
    }
    const startedAt = new Date();
    const collector = new SummaryCollector(PACKAGE_ROOT, {
      ...(args.grep ? { grep: args.grep } : {}),
      ...(args.tags?.length ? { tags: args.tags } : {}),
    });
    await runSuites(args.files, options, ['default', collector], env);
    const settings: RunSettings = {
      seed,
      runId,
      capabilities: { ...target.capabilities },
      ...(args.tags?.length ? { tags: args.tags } : {}),
      ...(budget
        ? { budget: { budget: budget.budget, spent: budget.spent, skipped: Object.keys(budget.skipped).length } }
        : {}),
    };
    // Known failures of the target (suites/expectations/<target>.json) pass with a note (reporting/expectations.ts).
    const summary = await runExpectations(collector.summary(target.url, startedAt, settings), {
      path: args.expectations ? resolve(args.expectations) : expectationsPathFor(PACKAGE_ROOT, target),
      explicit: args.expectations !== undefined,
      update: args.updateExpectations ?? false,
      log,
    });
    const reportDir = resolve(args.reportDir);
    await mkdir(reportDir, { recursive: true });
    const junitPath = resolve(reportDir, 'junit.xml');
    await writeFile(junitPath, renderJunit(summary, specDrift ? { specDrift } : {}));
    await writeFile(resolve(reportDir, 'results.json'), `${JSON.stringify(summary, null, 2)}\n`);
    await writeFile(resolve(reportDir, 'report.html'), renderHtml(summary, specDrift ? { specDrift } : {}));
    const c = countOutcomes(summary.results);
    log(
      `conformance: ${summary.results.length} scenarios: ${c.passed} passed, ${c.failed} failed, ${c.error} errors, ${c.skipped} skipped` +
        `${summary.notSelected ? ` (${summary.notSelected} not selected)` : ''}` +
        ` in ${(summary.durationMs / 1000).toFixed(1)} s (seed ${seed}) → ${junitPath}`,
    );
    if (specDrift) {
      const driftPath = resolve(reportDir, 'spec-drift.json');
      const report = specDriftReport(DEFAULT_SPEC_PATH, specPath, specDrift);
      await writeFile(driftPath, `${JSON.stringify(report, null, 2)}\n`);
      log(
        specDrift.length <= 20
          ? formatDriftReport(specDrift).trimEnd()
          : `Spec drift: ${specDrift.length} finding(s) in ${report.operations} operation(s)`,
      );
      log(`conformance: spec drift against ${specPath} → ${driftPath} (does not change the exit code)`);
    }
    const operations = theirs.spec.operations.all;
    const exitCode =
      c.error > 0 || summary.runErrors.length > 0 || summary.results.length === 0 ? 2 : c.failed > 0 ? 1 : 0;
    if (summary.results.length === 0) log('conformance: no scenario matched the filters');
    return { exitCode, summary, junitPath, operations, ...(specDrift ? { specDrift } : {}) };
  } finally {
    await stopAll();
  }
}
