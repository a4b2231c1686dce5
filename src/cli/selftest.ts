import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { loadSelftestBaseline, SELFTEST_BASELINE_PATH } from '../selftest/baseline.ts';
import { renderSelftestText, runSelftest } from '../selftest/selftest.ts';
import type { SelftestArgs } from './args.ts';

/** `conformance selftest`: runs the self-test, prints fault → catching scenarios and the kill rate; exit 0 or 1. */
export async function selftestCommand(args: SelftestArgs, log: (line: string) => void = console.log): Promise<number> {
  const baselinePath = args.baseline ? resolve(args.baseline) : SELFTEST_BASELINE_PATH;
  const baseline = await loadSelftestBaseline(baselinePath);
  const report = await runSelftest({
    ...(args.faults.length ? { faults: args.faults } : {}),
    repeat: args.repeat,
    fullSample: args.fullSample,
    full: args.full,
    baseline,
    ...(args.seed !== undefined ? { seed: args.seed } : {}),
    log,
  });
  log(renderSelftestText(report));
  if (args.json) {
    const path = resolve(args.json);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
    log(`selftest: report written to ${path}`);
  }
  return report.ok ? 0 : 1;
}
