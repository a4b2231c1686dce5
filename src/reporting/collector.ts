import { relative } from 'node:path';
import type { Reporter, TestCase, TestModule } from 'vitest/node';
import type { ScenarioMeta } from '../runtime/fixtures.ts';
import { DEADLINE_STOP } from '../runtime/plan.ts';
import { isSubject, matchesTagExpression } from '../runtime/tags.ts';
import { suiteFileId } from '../spec/paths.ts';
import type { RunSettings, RunSummary, ScenarioResult } from './model.ts';
import { assignRootCauses } from './root-causes.ts';

interface ErrorLike {
  name?: string;
  message?: string;
  stack?: string;
  /** vitest's expected-vs-actual of a failed assertion. */
  diff?: string;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes in vitest's diffs
const ANSI = /\u001b\[[0-9;]*m/g;

/** The first lines of a stack that are not inside the kit or vitest: where the scenario failed. */
function scenarioFrame(stack: string | undefined): string | undefined {
  return stack
    ?.split('\n')
    .find((line) => /^\s*at /.test(line) && /\.suite\.ts:\d+/.test(line))
    ?.trim();
}

/** What a failed (not kit-error) scenario's meta says: the failing step with its findings, or its last exchange. */
function failureDetail(test: TestCase, first: ErrorLike): Partial<ScenarioResult> {
  const meta = test.meta() as ScenarioMeta;
  const tags = test.tags ?? [];
  const failure = meta.failure;
  if (failure) {
    return {
      checkId: failure.findings[0]?.checkId ?? 'failed',
      operationId: failure.operationId,
      resource: failure.resource,
      findings: failure.findings,
      evidence: [failure.evidence],
      attribution: isSubject(tags, failure.resource, failure.operationId) ? 'subject' : 'prerequisite',
    };
  }
  // A hand-written assertion: the behaviour the scenario exists to check; its evidence is the last exchange.
  const last = meta.lastExchange;
  const { operationId, resource, ...evidence } = last ?? {};
  const diff = first.diff?.replace(ANSI, '').trim();
  return {
    checkId: 'scenario-assertion',
    ...(operationId ? { operationId } : {}),
    ...(resource ? { resource } : {}),
    ...(last ? { evidence: [evidence as NonNullable<ScenarioMeta['lastExchange']>] } : {}),
    ...(diff ? { diff } : {}),
    attribution: 'subject',
  };
}

function isKitErrorLike(e: ErrorLike): boolean {
  return e.name === 'KitError' || /^\[CONFORMANCE_ERR_[A-Z_]+\]/.test(e.message ?? '');
}

function suiteChain(test: TestCase): string {
  const names: string[] = [];
  let parent = test.parent;
  while (parent.type === 'suite') {
    names.unshift(parent.name);
    parent = parent.parent;
  }
  return names.join(' > ');
}

function operationsOf(test: TestCase): Pick<ScenarioResult, 'operations' | 'cost'> {
  const meta = test.meta() as { operations?: ScenarioResult['operations']; cost?: unknown };
  return {
    ...(meta.operations ? { operations: meta.operations } : {}),
    ...(typeof meta.cost === 'number' ? { cost: meta.cost } : {}),
  };
}

/** Converts one vitest test case into a scenario result. */
export function toScenarioResult(test: TestCase, root: string): ScenarioResult {
  const result = test.result();
  const base = {
    file: suiteFileId(relative(root, test.module.moduleId)),
    suite: suiteChain(test),
    name: test.name,
    durationMs: Math.round(test.diagnostic()?.duration ?? 0),
    ...(test.tags?.length ? { tags: [...test.tags] } : {}),
    ...operationsOf(test),
  };
  if (result.state === 'passed') return { ...base, outcome: 'passed' };
  if (result.state === 'skipped') {
    return {
      ...base,
      outcome: 'skipped',
      skipReason: result.note ?? (test.options.mode === 'todo' ? 'todo' : 'skipped'),
    };
  }
  if (result.state === 'pending') return { ...base, outcome: 'skipped', skipReason: 'not run' };
  const errors: readonly ErrorLike[] = result.errors ?? [];
  const kit = errors.find(isKitErrorLike);
  const first = kit ?? errors[0] ?? {};
  const meta = test.meta() as ScenarioMeta;
  const warnings = meta.warnings?.length ? { warnings: meta.warnings } : {};
  // A request the deadline aborted: the run stopped the scenario, it neither failed nor hit a kit fault of its own.
  if (kit?.message?.startsWith('[CONFORMANCE_ERR_RUN_DEADLINE]'))
    return { ...base, outcome: 'skipped', skipReason: DEADLINE_STOP };
  if (kit) {
    return {
      ...base,
      ...warnings,
      outcome: 'error',
      checkId: 'kit-error',
      message: first.message ?? 'failed',
      detail: errors.map((e) => e.stack ?? e.message ?? '').join('\n\n'),
    };
  }
  const detail = failureDetail(test, first);
  const where = scenarioFrame(first.stack);
  const finding = detail.findings?.[0];
  return {
    ...base,
    ...warnings,
    outcome: 'failed',
    message: finding
      ? `[${finding.checkId}] ${finding.operationId}: ${finding.message}`
      : (first.message ?? 'failed').replace(ANSI, ''),
    // The kit's own frames say nothing to an implementer: keep the message and the scenario's line only.
    detail: [(first.message ?? '').replace(ANSI, ''), ...(where ? [where] : [])].join('\n'),
    ...detail,
  };
}

/** The run's selection (`--grep`, `--tag`): scenarios outside it are left out of the results, not "skipped". */
export interface Selection {
  grep?: string;
  /** Tag expressions; a scenario is selected when it matches any. */
  tags?: string[];
}

/** True when the scenario is inside the selection. */
export function isSelected(test: Pick<TestCase, 'fullName' | 'tags'>, selection: Selection): boolean {
  if (selection.grep && !new RegExp(selection.grep).test(test.fullName)) return false;
  const tags = selection.tags ?? [];
  return tags.length === 0 || tags.some((expression) => matchesTagExpression(expression, test.tags ?? []));
}

/** vitest's note on the tests a cancelled run did not finish (in flight, or not started in a started file). */
const VITEST_ABORTED = 'The test run was aborted by the user.';

/** A vitest reporter that collects every scenario into a RunSummary for the kit's own reporters. */
export class SummaryCollector implements Reporter {
  readonly results: ScenarioResult[] = [];
  readonly runErrors: string[] = [];
  /** Scenarios the selection left out. */
  notSelected = 0;
  private readonly root: string;
  private readonly selection: Selection;
  /** Modules as vitest collected them, for a run stopped before vitest reported its end. */
  private readonly modules: TestModule[] = [];
  private ended = false;

  constructor(root: string, selection: Selection = {}) {
    this.root = root;
    this.selection = selection;
  }

  onTestModuleCollected(module: TestModule): void {
    this.modules.push(module);
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<ErrorLike>): void {
    this.ended = true;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        // vitest marks scenarios outside --grep/--tag as skipped without a note; they were never candidates.
        const result = test.result();
        if (result.state === 'skipped' && result.note === undefined && !isSelected(test, this.selection)) {
          this.notSelected++;
          continue;
        }
        this.results.push(toScenarioResult(test, this.root));
      }
      for (const error of module.errors()) {
        this.runErrors.push(`${relative(this.root, module.moduleId)}: ${error.message ?? String(error)}`);
      }
    }
    for (const error of unhandledErrors) this.runErrors.push(error.stack ?? error.message ?? String(error));
  }

  /** The scenario results with their root causes assigned, and the root causes. */
  grouped(): Pick<RunSummary, 'results' | 'rootCauses'> {
    return assignRootCauses(this.results);
  }

  /**
   * The collected run. `stopped` says why the run was stopped early: scenarios it did not let finish are skipped with
   * `stopped: <reason>` (and when vitest never reported the run's end, what its modules held by then is collected).
   */
  summary(target: string, startedAt: Date, settings?: RunSettings, stopped?: string): RunSummary {
    if (!this.ended && stopped !== undefined) this.onTestRunEnd(this.modules, []);
    if (stopped !== undefined) {
      for (const [i, r] of this.results.entries()) {
        if (r.outcome === 'skipped' && (r.skipReason === VITEST_ABORTED || r.skipReason === 'not run')) {
          this.results[i] = { ...r, skipReason: `stopped: ${stopped}` };
        }
      }
    }
    return {
      target,
      ...(settings ? { settings } : {}),
      ...(this.notSelected ? { notSelected: this.notSelected } : {}),
      startedAt: startedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      durationMs: Date.now() - startedAt.getTime(),
      ...this.grouped(),
      runErrors: this.runErrors,
    };
  }
}
