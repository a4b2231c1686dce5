// The report files of a run, as a list the run loops over: each reporter turns the finished run into one file.
// Adding a format is one entry here (and its name in the plan's REPORT_FORMATS).
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ReportFormat } from '../runtime/plan.ts';
import type { SpecDriftFinding } from '../spec/drift.ts';
import type { OperationSpec } from '../spec/operations.ts';
import { coverageOperations } from './coverage.ts';
import { renderHtml } from './html.ts';
import { renderJunit } from './junit.ts';
import type { RunSummary } from './model.ts';

/** What every reporter gets. */
export interface FinishedRun {
  summary: RunSummary;
  /** Spec drift findings, when the run validated against another document (`--spec`). */
  specDrift?: readonly SpecDriftFinding[];
  /** The operations of the spec the run validated against (the HTML report's coverage matrix). */
  operations?: readonly OperationSpec[];
}

/** One report file. */
export interface RunReporter {
  format: ReportFormat;
  /** File name inside the report directory. */
  file: string;
  render(run: FinishedRun): string;
}

/** Every reporter, in the order files are written. */
export const RUN_REPORTERS: readonly RunReporter[] = [
  {
    format: 'junit',
    file: 'junit.xml',
    render: ({ summary, specDrift }) => renderJunit(summary, specDrift ? { specDrift } : {}),
  },
  { format: 'json', file: 'results.json', render: ({ summary }) => `${JSON.stringify(summary, null, 2)}\n` },
  {
    format: 'html',
    file: 'report.html',
    render: ({ summary, specDrift, operations }) =>
      renderHtml(summary, {
        ...(specDrift ? { specDrift } : {}),
        ...(operations ? { operations: coverageOperations(operations) } : {}),
      }),
  },
];

/** Writes the chosen reports into `dir` (created when missing); returns format → absolute path. */
export async function writeReports(
  run: FinishedRun,
  dir: string,
  formats: readonly ReportFormat[],
): Promise<Partial<Record<ReportFormat, string>>> {
  await mkdir(dir, { recursive: true });
  const written: Partial<Record<ReportFormat, string>> = {};
  for (const reporter of RUN_REPORTERS.filter((r) => formats.includes(r.format))) {
    const path = resolve(dir, reporter.file);
    await writeFile(path, reporter.render(run));
    written[reporter.format] = path;
  }
  return written;
}
