import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { isKitError, KitError } from '../errors.ts';
import { CassetteRecorder } from '../reporting/cassette.ts';
import { SummaryCollector } from '../reporting/collector.ts';
import { expectationsPathFor, runExpectations } from '../reporting/expectations.ts';
import { countOutcomes, type RunSettings, type RunSummary } from '../reporting/model.ts';
import { writeReports } from '../reporting/reporters.ts';
import { SHARD_FORMAT, shardBlobPath, writeShardManifest } from '../reporting/shard.ts';
import { driftSummaryText, ObservedDriftCollector, specDriftReport } from '../reporting/spec-drift.ts';
import type { BudgetPlan } from '../runtime/budget.ts';
import { loadConformance } from '../runtime/context.ts';
import { buildRunPlan, type RunPlan, type WorkerPlan } from '../runtime/plan.ts';
import { concurrencyOf, runSuites, STOP_GRACE_MS } from '../runtime/run-suites.ts';
import { startWebhookHub } from '../runtime/webhook-hub.ts';
import { compareSpecs, type SpecDriftFinding, withObservedDrift } from '../spec/drift.ts';
import type { OperationSpec } from '../spec/operations.ts';
import { CODE_ROOT, DEFAULT_SPEC_PATH, PACKAGE_ROOT } from '../spec/paths.ts';
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
  /** Spec drift findings, when `--spec` was compared with ours (with what the run observed). */
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
    ...(args.maxTimeMs !== undefined ? { maxTimeMs: args.maxTimeMs } : {}),
    ...(args.bodyCapBytes !== undefined ? { bodyCapBytes: args.bodyCapBytes } : {}),
    ...(args.concurrency !== undefined ? { concurrency: args.concurrency } : {}),
    reportDir: args.reportDir,
    ...(args.reporters?.length ? { reporters: args.reporters } : {}),
    ...(args.expectations !== undefined ? { expectations: args.expectations } : {}),
    ...(args.updateExpectations ? { updateExpectations: true } : {}),
    ...(args.schema !== undefined ? { schema: args.schema } : {}),
    ...(args.shard !== undefined ? { shard: args.shard } : {}),
    ...(args.record !== undefined ? { record: args.record } : {}),
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
async function prepare(plan: RunPlan, deadline: number, log: (line: string) => void): Promise<Prepared> {
  const theirs = await loadConformance(plan.specPath); // an invalid spec stops the run before any scenario (exit 2)
  const specDrift = plan.foreignSpec
    ? compareSpecs((await loadConformance(DEFAULT_SPEC_PATH)).spec, theirs.spec)
    : undefined;
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s();
  };
  try {
    // The probe's requests stop at the run deadline too: a target that hangs at the start cannot outlast --max-time.
    const running = await startTarget({ ...plan.target, deadline });
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
    const worker: WorkerPlan = {
      target,
      seed: plan.seed,
      runId: plan.runId,
      schema: plan.schema,
      // prepare() loaded (validated) both documents above: the workers only dereference them.
      specsValidated: true,
      ...(plan.record ? { record: true } : {}),
      // What the --spec document lacks (operations, error statuses) is checked against ours, as spec drift.
      ...(plan.foreignSpec ? { fallbackSpecPath: DEFAULT_SPEC_PATH } : {}),
    };
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

/**
 * Run: the suites once, collected into the run model, with the target's known failures applied; the spec drift
 * (`--spec`) joined by what the run observed. The run stops at the deadline (`--max-time`) or when the target
 * throttles it past the retry policy; the scenarios it did not let finish are marked, and a run-level error names
 * the cause.
 */
async function execute(
  plan: RunPlan,
  prepared: Prepared,
  deadline: number,
  log: (line: string) => void,
): Promise<{ summary: RunSummary; specDrift?: SpecDriftFinding[] }> {
  // Workers get the deadline too: vitest's cancel waits for the tests in flight, so their requests end at it.
  const worker: WorkerPlan = { ...prepared.worker, deadline };
  const startedAt = new Date();
  const collector = new SummaryCollector(CODE_ROOT, {
    ...(plan.selection.grep ? { grep: plan.selection.grep } : {}),
    ...(plan.selection.tags.length ? { tags: plan.selection.tags } : {}),
  });
  const observed = new ObservedDriftCollector();
  // A shard also writes vitest's blob report, which `conformance merge` replays (reporting/shard.ts).
  const blob = plan.shard
    ? [['blob', { outputFile: resolve(plan.reportDir, shardBlobPath(plan.shard)) }] as const]
    : [];
  const recorder = plan.record ? new CassetteRecorder() : undefined;
  const concurrency = concurrencyOf(plan, worker);
  if (concurrency !== undefined) log(`conformance: --concurrency ${concurrency}: suite files run at once`);
  const timeUp = new AbortController();
  const timer = setTimeout(
    () =>
      timeUp.abort(
        new KitError('CONFORMANCE_ERR_RUN_DEADLINE', `run deadline exceeded: --max-time ${plan.maxTimeMs / 1000} s`),
      ),
    Math.max(0, deadline - Date.now()),
  );
  const end = await runSuites(
    plan,
    worker,
    [
      ...plan.consoleReporters,
      collector,
      ...(prepared.specDrift ? [observed] : []),
      ...(recorder ? [recorder] : []),
      ...blob,
    ],
    { signal: timeUp.signal, stopOn: ['CONFORMANCE_ERR_THROTTLED'] },
  ).finally(() => clearTimeout(timer));
  if (recorder && plan.record) {
    const counts = await recorder.write(plan.record, {
      target: worker.target.url,
      accountSid: worker.target.credentials.username,
      ...(worker.target.otherCredentials ? { otherAccountSid: worker.target.otherCredentials.username } : {}),
      seed: plan.seed,
      runId: plan.runId,
    });
    log(`conformance: recorded ${counts.exchanges} exchange(s) and ${counts.webhooks} webhook(s) → ${plan.record}`);
  }
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
  const collected = collector.summary(
    worker.target.url,
    startedAt,
    settings,
    end.stopped?.replace(/^\[[A-Z_]+\] /, ''),
  );
  if (end.stopped !== undefined) {
    const unfinished = collected.results.filter((r) => r.skipReason?.startsWith('stopped: ')).length;
    const files = end.notStarted.map((f) => relative(PACKAGE_ROOT, f));
    const stop =
      `${end.stopped}; the run was stopped: ${unfinished} scenario(s) did not finish` +
      (files.length ? `, ${files.length} suite file(s) did not start (${files.join(', ')})` : '') +
      (end.settled ? '' : `; vitest did not stop within ${STOP_GRACE_MS / 1000} s, results are those reported by then`);
    collected.runErrors.push(stop);
    log(`conformance: ${stop}`);
  }
  // Known failures of the target (suites/expectations/<identity>.json) pass with a note (reporting/expectations.ts).
  const expectations = plan.expectations.path ?? expectationsPathFor(PACKAGE_ROOT, worker.target);
  const summary = await runExpectations(collected, {
    path: expectations,
    explicit: plan.expectations.path !== undefined,
    update: plan.expectations.update,
    log,
  });
  if (plan.shard) {
    await writeShardManifest(plan.reportDir, {
      format: SHARD_FORMAT,
      shard: plan.shard,
      blob: shardBlobPath(plan.shard),
      target: { url: worker.target.url, kind: worker.target.kind, identity: worker.target.identity },
      startedAt: summary.startedAt,
      durationMs: summary.durationMs,
      settings,
      selection: { ...(plan.selection.grep ? { grep: plan.selection.grep } : {}), tags: plan.selection.tags },
      ...(plan.expectations.path !== undefined || existsSync(expectations)
        ? { expectations: { path: expectations, explicit: plan.expectations.path !== undefined } }
        : {}),
      specPath: plan.specPath,
    });
  }
  return {
    summary,
    ...(prepared.specDrift ? { specDrift: withObservedDrift(prepared.specDrift, observed.notes) } : {}),
  };
}

/** Write: every chosen report, the console summary, and spec drift (which does not change the exit code). */
async function write(
  plan: RunPlan,
  summary: RunSummary,
  { specDrift, operations }: Pick<Prepared, 'specDrift' | 'operations'>,
  log: (line: string) => void,
): Promise<string> {
  const written = await writeReports({ summary, operations, specDrift }, plan.reportDir, plan.reports);
  const junitPath = written.junit ?? resolve(plan.reportDir, 'junit.xml');
  const c = countOutcomes(summary.results);
  log(
    `conformance: ${summary.results.length} scenarios: ${c.passed} passed, ${c.failed} failed${c.blocked ? ` (${c.blocked} of them blocked by a failing setup step)` : ''}, ${c.error} errors, ${c.skipped} skipped` +
      `${summary.notSelected ? ` (${summary.notSelected} not selected)` : ''}` +
      ` in ${(summary.durationMs / 1000).toFixed(1)} s (seed ${plan.seed}) → ${plan.reportDir}`,
  );
  for (const line of rootCauseLines(summary)) log(line);
  const warned = summary.results.filter((r) => r.warnings?.length).length;
  if (warned) log(`conformance: --schema warn: ${warned} scenario(s) carried schema findings (see the reports)`);
  if (specDrift) {
    const driftPath = resolve(plan.reportDir, 'spec-drift.json');
    const report = specDriftReport(DEFAULT_SPEC_PATH, plan.specPath, specDrift);
    await writeFile(driftPath, `${JSON.stringify(report, null, 2)}\n`);
    // A few lines by aspect; every finding (operation, location, both values) is in the file and the JUnit suite.
    log(
      `conformance: spec drift of ${plan.specPath} from ours: ${specDrift.length.toLocaleString('en-US')} finding(s) in ${report.operations} operation(s) → ${driftPath} (does not change the exit code)`,
    );
    for (const line of driftSummaryText(specDrift)) log(line);
  }
  if (summary.results.length === 0) log('conformance: no scenario matched the filters');
  return junitPath;
}

/**
 * Reports of a run that could not start (unreachable, resetting or hanging target, rejected credentials, bad spec):
 * the same files as any run, with one run-level `<error>` naming the cause, so a CI job shows it in its test tab.
 * The caller still fails with the error (exit 2); a report that cannot be written does not hide it.
 */
async function writeUnstarted(plan: RunPlan, startedAt: Date, error: unknown, log: (line: string) => void) {
  const cause = isKitError(error)
    ? error.message
    : `unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
  const summary: RunSummary = {
    target: plan.target.ref ?? 'embedded emulator',
    settings: { seed: plan.seed, runId: plan.runId, capabilities: {} },
    startedAt: startedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    durationMs: Date.now() - startedAt.getTime(),
    results: [],
    runErrors: [`${cause}; the run did not start`],
  };
  try {
    await writeReports({ summary }, plan.reportDir, plan.reports);
    log(`conformance: the run did not start; reports → ${plan.reportDir}`);
  } catch {
    // The cause matters more than its report: main() prints it and exits 2.
  }
}

/** How many root causes the console lists under the summary. */
const CONSOLE_ROOT_CAUSES = 8;

/** The top root causes, one line each: `RC1  ×272 (blocked 272)  fetchConfiguration: [status-documented] …`. */
export function rootCauseLines(summary: RunSummary): string[] {
  const causes = summary.rootCauses ?? [];
  if (causes.length === 0) return [];
  const lines = [`conformance: ${causes.length} root cause(s), most scenarios first:`];
  for (const rc of causes.slice(0, CONSOLE_ROOT_CAUSES)) {
    const blocked = rc.blocked ? `, ${rc.blocked} blocked` : '';
    lines.push(`  ${rc.id.padEnd(5)} ×${rc.count}${blocked}  ${rc.summary.slice(0, 160)}`);
  }
  if (causes.length > CONSOLE_ROOT_CAUSES)
    lines.push(`  … ${causes.length - CONSOLE_ROOT_CAUSES} more in results.json and report.html`);
  return lines;
}

/**
 * 1 whenever the target broke the contract (whatever else happened); else 2 when the kit could not produce a
 * trustworthy run (a scenario the kit could not run, a suite file that did not load, nothing selected); else 0.
 */
export function exitCodeOf(summary: RunSummary): 0 | 1 | 2 {
  const c = countOutcomes(summary.results);
  if (c.failed > 0) return 1;
  if (c.error > 0 || summary.runErrors.length > 0 || summary.results.length === 0) return 2;
  return 0;
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
  const startedAt = new Date();
  const deadline = startedAt.getTime() + plan.maxTimeMs;
  let prepared: Prepared;
  try {
    prepared = await prepare(plan, deadline, log);
  } catch (error) {
    await writeUnstarted(plan, startedAt, error, log);
    throw error;
  }
  try {
    const { summary, specDrift } = await execute(plan, prepared, deadline, log);
    const junitPath = await write(plan, summary, { specDrift, operations: prepared.operations }, log);
    return {
      exitCode: exitCodeOf(summary),
      summary,
      junitPath,
      operations: prepared.operations,
      ...(specDrift ? { specDrift } : {}),
    };
  } finally {
    await prepared.stop();
  }
}
