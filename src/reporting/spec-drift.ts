import type { SpecDriftFinding } from '../spec/drift.ts';

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
