import type { TestProject } from 'vitest/node';
import { startEmbeddedTarget } from '../targets/emulator.ts';
import type { TargetInfo } from './target.ts';

/** Environment variable through which the CLI hands a prepared target to the suites (JSON of TargetInfo). */
export const TARGET_ENV = 'CONFORMANCE_TARGET_JSON';

/**
 * vitest global setup of the `suites` project: uses the target the CLI prepared, or starts the embedded emulator
 * (so `npm test` runs every scenario against the reference emulator) and stops it afterwards.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const seed = process.env.CONFORMANCE_SEED
    ? Number(process.env.CONFORMANCE_SEED)
    : Math.floor(Math.random() * 2 ** 31);
  project.provide('conformanceRun', { seed, runId: Date.now().toString(36) });
  const prepared = process.env[TARGET_ENV];
  if (prepared) {
    project.provide('conformanceTarget', JSON.parse(prepared) as TargetInfo);
    return async () => {};
  }
  const embedded = await startEmbeddedTarget({
    ...(process.env.CONFORMANCE_SPEC ? { specPath: process.env.CONFORMANCE_SPEC } : {}),
  });
  project.provide('conformanceTarget', embedded.info);
  return () => embedded.close();
}
