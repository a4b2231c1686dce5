import { relative } from 'node:path';
import type { Reporter, TestCase, TestModule } from 'vitest/node';
import type { RunSummary, ScenarioResult } from './model.ts';

interface ErrorLike {
  name?: string;
  message?: string;
  stack?: string;
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

function operationsOf(test: TestCase): Pick<ScenarioResult, 'operations'> {
  const ops = (test.meta() as { operations?: ScenarioResult['operations'] }).operations;
  return ops ? { operations: ops } : {};
}

/** Converts one vitest test case into a scenario result. */
export function toScenarioResult(test: TestCase, root: string): ScenarioResult {
  const result = test.result();
  const base = {
    file: relative(root, test.module.moduleId),
    suite: suiteChain(test),
    name: test.name,
    durationMs: Math.round(test.diagnostic()?.duration ?? 0),
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
  return {
    ...base,
    outcome: kit ? 'error' : 'failed',
    message: first.message ?? 'failed',
    detail: errors.map((e) => e.stack ?? e.message ?? '').join('\n\n'),
  };
}

/** A vitest reporter that collects every scenario into a RunSummary for the kit's own reporters. */
export class SummaryCollector implements Reporter {
  readonly results: ScenarioResult[] = [];
  readonly runErrors: string[] = [];
  private readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<ErrorLike>): void {
    for (const module of testModules) {
      for (const test of module.children.allTests()) this.results.push(toScenarioResult(test, this.root));
      for (const error of module.errors()) {
        this.runErrors.push(`${relative(this.root, module.moduleId)}: ${error.message ?? String(error)}`);
      }
    }
    for (const error of unhandledErrors) this.runErrors.push(error.stack ?? error.message ?? String(error));
  }

  /** The collected run. */
  summary(target: string, startedAt: Date): RunSummary {
    return {
      target,
      startedAt: startedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      durationMs: Date.now() - startedAt.getTime(),
      results: this.results,
      runErrors: this.runErrors,
    };
  }
}
