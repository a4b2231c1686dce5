import type { Reporter, TestModule } from 'vitest/node';
import type { ScenarioMeta } from '../runtime/fixtures.ts';
import type { DriftAspect, SpecDriftFinding } from '../spec/drift.ts';

/** The drift findings of one operation (one JUnit testcase). */
export interface DriftByOperation {
  /** Method + path template with parameter names erased. */
  operation: string;
  operationIds: SpecDriftFinding['operationIds'];
  findings: SpecDriftFinding[];
}

/** What `reports/spec-drift.json` holds. */
export interface SpecDriftReport {
  /** Our document (the kit's spec). */
  ours: string;
  /** Theirs (`--spec PATH`). */
  theirs: string;
  /** How many operations drift. */
  operations: number;
  findings: SpecDriftFinding[];
}

/** Groups findings by operation, keeping their order. */
export function driftByOperation(findings: readonly SpecDriftFinding[]): DriftByOperation[] {
  const groups = new Map<string, DriftByOperation>();
  for (const f of findings) {
    const group = groups.get(f.operation) ?? { operation: f.operation, operationIds: f.operationIds, findings: [] };
    group.findings.push(f);
    groups.set(f.operation, group);
  }
  return [...groups.values()];
}

/** The JSON report of a comparison. */
export function specDriftReport(ours: string, theirs: string, findings: readonly SpecDriftFinding[]): SpecDriftReport {
  return { ours, theirs, operations: driftByOperation(findings).length, findings: [...findings] };
}

/** The drift a run observed (RUN_DRIFT_ASPECTS), read from each scenario's meta when the run ends. */
export class ObservedDriftCollector implements Reporter {
  readonly notes: SpecDriftFinding[] = [];

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        this.notes.push(...((test.meta() as ScenarioMeta).specDrift ?? []));
      }
    }
  }
}

type Phrase = string | ((f: SpecDriftFinding) => string);

const direction = (what: string) => (f: SpecDriftFinding) =>
  f.ours === true ? `${what} required in ours, optional in theirs` : `${what} optional in ours, required in theirs`;

function nullability(f: SpecDriftFinding): string {
  const ours = Array.isArray(f.ours) ? f.ours : [];
  const theirs = Array.isArray(f.theirs) ? f.theirs : [];
  const without = (types: string[]) => types.filter((t) => t !== 'null').join('|');
  if (without(ours) === without(theirs) && theirs.includes('null')) return 'response values nullable in theirs only';
  if (without(ours) === without(theirs) && ours.includes('null')) return 'response values nullable in ours only';
  return 'response values of another type';
}

/** How the console summary counts each aspect: one line per phrase (a function splits an aspect by direction). */
const SUMMARY_PHRASES: Record<DriftAspect, Phrase> = {
  'operation-only-in-ours': 'operations only in ours',
  'operation-only-in-theirs': 'operations only in theirs',
  'success-statuses': 'operations with other 2xx statuses',
  'parameter-only-in-ours': 'parameters only in ours',
  'parameter-only-in-theirs': 'parameters only in theirs',
  'parameter-required': direction('parameters'),
  'parameter-enum': 'parameters with other allowed values',
  'parameter-max-length': 'parameters with another maxLength',
  'parameter-maximum': 'parameters with another maximum',
  'parameter-pattern': 'parameters with another pattern',
  'response-schema-only-in-ours': 'responses with a JSON schema only in ours',
  'response-schema-only-in-theirs': 'responses with a JSON schema only in theirs',
  'response-property-only-in-ours': 'response properties only in ours',
  'response-property-only-in-theirs': 'response properties only in theirs',
  'response-property-type': nullability,
  'response-property-enum': 'response values with other allowed values',
  'response-property-format': 'response values with another format',
  'response-property-pattern': 'response values with another pattern',
  'response-property-required': direction('response properties'),
  'operation-validated-with-ours': 'operations absent from theirs, validated with ours',
  'status-only-in-ours': 'statuses the target answered that only ours declares, validated with ours',
};

/** One line of the console summary: how many findings share a phrase, and how many responses of the run showed them. */
export interface DriftSummaryLine {
  phrase: string;
  count: number;
  /** Responses of the run (observed aspects only). */
  seen?: number;
}

/** Drift counted by aspect (and direction), most findings first. */
export function summarizeDrift(findings: readonly SpecDriftFinding[]): DriftSummaryLine[] {
  const lines = new Map<string, DriftSummaryLine>();
  for (const f of findings) {
    const phrase = SUMMARY_PHRASES[f.aspect];
    const text = typeof phrase === 'string' ? phrase : phrase(f);
    const line = lines.get(text) ?? { phrase: text, count: 0 };
    line.count++;
    if (f.seen !== undefined) line.seen = (line.seen ?? 0) + f.seen;
    lines.set(text, line);
  }
  return [...lines.values()].sort((a, b) => b.count - a.count || (a.phrase < b.phrase ? -1 : 1));
}

/** How many summary lines the console shows before folding the rest into one. */
const CONSOLE_DRIFT_LINES = 8;

/** The console's few lines of spec drift: one per aspect, counts right-aligned, the detail left to the file. */
export function driftSummaryText(findings: readonly SpecDriftFinding[]): string[] {
  const lines = summarizeDrift(findings);
  if (lines.length === 0) return ['  none: the documents agree on everything compared'];
  const shown = lines.slice(0, CONSOLE_DRIFT_LINES);
  const rest = lines.slice(CONSOLE_DRIFT_LINES);
  const width = Math.max(...shown.map((l) => l.count.toLocaleString('en-US').length));
  const out = shown.map(
    (l) =>
      `  ${l.count.toLocaleString('en-US').padStart(width)} ${l.phrase}${l.seen !== undefined ? ` (${l.seen.toLocaleString('en-US')} responses)` : ''}`,
  );
  if (rest.length > 0) {
    const count = rest.reduce((n, l) => n + l.count, 0);
    out.push(`  ${count.toLocaleString('en-US').padStart(width)} more in ${rest.length} other aspect(s)`);
  }
  return out;
}
