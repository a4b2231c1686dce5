import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startVitest } from 'vitest/node';
import { SummaryCollector } from '../reporting/collector.ts';
import { renderJunit } from '../reporting/junit.ts';
import { countOutcomes, type RunSummary } from '../reporting/model.ts';
import { loadConformance } from '../runtime/context.ts';
import { TARGET_ENV } from '../runtime/global-setup.ts';
import type { TargetInfo } from '../runtime/target.ts';
import type { OperationSpec } from '../spec/operations.ts';
import { DEFAULT_SPEC_PATH, PACKAGE_ROOT } from '../spec/paths.ts';
import { startEmbeddedTarget } from '../targets/emulator.ts';
import { urlTarget } from '../targets/url.ts';
import type { RunArgs } from './args.ts';

/** The outcome of `conformance run`. */
export interface RunOutcome {
  exitCode: 0 | 1 | 2;
  summary: RunSummary;
  junitPath: string;
  /** The operations of the spec the run validated against. */
  operations: OperationSpec[];
}

/**
 * Runs the suites against the target: validates the spec first, prepares the target (embedded emulator or URL,
 * probed), runs vitest's `suites` project with a collector, writes JUnit and returns the exit code.
 */
export async function runConformance(
  args: Omit<RunArgs, 'command'>,
  log: (line: string) => void = console.log,
): Promise<RunOutcome> {
  const specPath = args.spec ? resolve(args.spec) : DEFAULT_SPEC_PATH;
  await loadConformance(specPath); // an invalid spec stops the run before any scenario (exit 2)
  let target: TargetInfo;
  let stop: () => Promise<void> = async () => {};
  if (args.target) {
    target = await urlTarget(args.target, { specPath, timeoutMs: args.timeoutMs });
  } else {
    const embedded = await startEmbeddedTarget({ specPath, timeoutMs: args.timeoutMs });
    target = embedded.info;
    stop = embedded.close;
  }
  log(`conformance: target ${target.url} (${target.kind}${target.capabilities.clockControl ? ', clock control' : ''})`);
  const startedAt = new Date();
  const collector = new SummaryCollector(PACKAGE_ROOT);
  const previous = process.env[TARGET_ENV];
  process.env[TARGET_ENV] = JSON.stringify(target);
  try {
    const vitest = await startVitest(args.files, {
      root: PACKAGE_ROOT,
      config: resolve(PACKAGE_ROOT, 'vitest.config.ts'),
      project: ['suites'],
      run: true,
      watch: false,
      reporters: ['default', collector],
      ...(args.grep ? { testNamePattern: args.grep } : {}),
    });
    await vitest.close();
  } finally {
    if (previous === undefined) delete process.env[TARGET_ENV];
    else process.env[TARGET_ENV] = previous;
    await stop();
  }
  const summary = collector.summary(target.url, startedAt);
  const reportDir = resolve(args.reportDir);
  await mkdir(reportDir, { recursive: true });
  const junitPath = resolve(reportDir, 'junit.xml');
  await writeFile(junitPath, renderJunit(summary));
  await writeFile(resolve(reportDir, 'results.json'), `${JSON.stringify(summary, null, 2)}\n`);
  const c = countOutcomes(summary.results);
  log(
    `conformance: ${summary.results.length} scenarios: ${c.passed} passed, ${c.failed} failed, ${c.error} errors, ${c.skipped} skipped` +
      ` in ${(summary.durationMs / 1000).toFixed(1)} s → ${junitPath}`,
  );
  const specOperations = (await loadConformance(specPath)).spec.operations.all;
  const exitCode =
    c.error > 0 || summary.runErrors.length > 0 || summary.results.length === 0 ? 2 : c.failed > 0 ? 1 : 0;
  if (summary.results.length === 0) log('conformance: no scenario matched the filters');
  return { exitCode, summary, junitPath, operations: specOperations };
}
