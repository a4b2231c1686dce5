import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { buildCoverage, coverageOperations, renderCoverageText } from '../reporting/coverage.ts';
import type { CoverageArgs } from './args.ts';
import { runConformance } from './run.ts';

/** `conformance coverage`: runs the scenarios, then prints (and optionally writes) the operation × scenario matrix. */
export async function coverageCommand(args: CoverageArgs, log: (line: string) => void = console.log): Promise<number> {
  const outcome = await runConformance(args, log);
  const matrix = buildCoverage(coverageOperations(outcome.operations), outcome.summary.results);
  log(renderCoverageText(matrix));
  if (args.json) {
    const path = resolve(args.json);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${JSON.stringify(matrix, null, 2)}\n`);
    log(`conformance: coverage matrix written to ${path}`);
  }
  return outcome.exitCode;
}
