import type { OperationSpec } from '../spec/operations.ts';
import type { ScenarioResult } from './model.ts';

/** An operation as the coverage matrix needs it. */
export interface CoverageOperation {
  operationId: string;
  method: string;
  path: string;
  /** Documented response statuses (as in the spec: `200`, `404`, `4XX`, `default`). */
  documented: string[];
}

/** One row of the operation × scenario matrix. */
export interface CoverageRow {
  operationId: string;
  method: string;
  path: string;
  documented: string[];
  /** Statuses seen, with how many scenarios saw each. */
  exercised: Record<string, number>;
  /** Documented statuses no scenario produced. */
  unexercised: string[];
  /** The scenarios that called the operation (`file > suite > name`). */
  scenarios: string[];
}

/** The whole matrix. */
export interface CoverageMatrix {
  operations: number;
  exercisedOperations: number;
  documentedStatuses: number;
  exercisedStatuses: number;
  rows: CoverageRow[];
  /** Operation ids scenarios called that the spec does not have (another spec was used). */
  unknown: string[];
}

/** The spec's operations as the matrix needs them. */
export function coverageOperations(operations: readonly OperationSpec[]): CoverageOperation[] {
  return operations.map((op) => ({
    operationId: op.operationId,
    method: op.method,
    path: op.path,
    documented: op.responses.map((r) => r.status),
  }));
}

function matchesKey(status: number, key: string): boolean {
  const k = key.toUpperCase();
  return k === String(status) || k === `${String(status)[0]}XX`;
}

/** Whether the spec documents `status` among `documented` (exactly or as `4XX`; `default` does not count). */
export function isDocumented(status: number, documented: readonly string[]): boolean {
  return documented.some((key) => matchesKey(status, key));
}

/** Builds the operation × scenario matrix from the scenarios' recorded calls. */
export function buildCoverage(operations: CoverageOperation[], results: ScenarioResult[]): CoverageMatrix {
  const rows = new Map<string, CoverageRow>(
    operations.map((op) => [
      op.operationId,
      { ...op, exercised: {}, unexercised: [], scenarios: [] } satisfies CoverageRow,
    ]),
  );
  const unknown = new Set<string>();
  for (const result of results) {
    const name = [result.file, result.suite, result.name].filter(Boolean).join(' > ');
    const seen = new Set<string>();
    for (const call of result.operations ?? []) {
      const row = rows.get(call.operationId);
      if (!row) {
        unknown.add(call.operationId);
        continue;
      }
      const key = `${call.operationId} ${call.status}`;
      if (!seen.has(key)) {
        row.exercised[String(call.status)] = (row.exercised[String(call.status)] ?? 0) + 1;
        seen.add(key);
      }
      if (!row.scenarios.includes(name)) row.scenarios.push(name);
    }
  }
  let documentedStatuses = 0;
  let exercisedStatuses = 0;
  for (const row of rows.values()) {
    const statuses = Object.keys(row.exercised).map(Number);
    row.unexercised = row.documented.filter((key) => key !== 'default' && !statuses.some((s) => matchesKey(s, key)));
    const countable = row.documented.filter((key) => key !== 'default');
    documentedStatuses += countable.length;
    exercisedStatuses += countable.length - row.unexercised.length;
  }
  const all = [...rows.values()];
  return {
    operations: all.length,
    exercisedOperations: all.filter((r) => r.scenarios.length > 0).length,
    documentedStatuses,
    exercisedStatuses,
    rows: all,
    unknown: [...unknown].sort(),
  };
}

/** Renders the matrix as a text table: one line per operation. */
export function renderCoverageText(matrix: CoverageMatrix): string {
  const width = Math.max(...matrix.rows.map((r) => r.operationId.length), 11);
  const lines = [
    `${'operationId'.padEnd(width)}  scen  exercised statuses         not exercised`,
    ...matrix.rows.map((r) => {
      const ex = Object.entries(r.exercised)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ');
      const mark = r.scenarios.length === 0 ? '  ✗ ' : '    ';
      return `${r.operationId.padEnd(width)}${mark}${String(r.scenarios.length).padStart(2)}  ${ex.padEnd(26)} ${r.unexercised.join(' ')}`;
    }),
    '',
    `operations exercised: ${matrix.exercisedOperations}/${matrix.operations}; documented statuses exercised: ${matrix.exercisedStatuses}/${matrix.documentedStatuses}`,
  ];
  if (matrix.unknown.length > 0) lines.push(`called but not in this spec: ${matrix.unknown.join(', ')}`);
  return lines.join('\n');
}
