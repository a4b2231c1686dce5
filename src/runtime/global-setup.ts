import type { TestProject } from 'vitest/node';
import { startTarget } from '../targets/registry.ts';
import { newRunId } from './plan.ts';
import { SEED_ENV, seedFromEnv } from './seed.ts';

/**
 * vitest global setup of the `suites` project. A kit run (run-suites.ts) has already provided its worker plan and
 * started the target. Run by vitest directly (`npx vitest run --project suites`), it starts the embedded emulator,
 * picks a seed (CONFORMANCE_SEED, else random, printed) and provides the plan itself, then stops the emulator.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (project.getProvidedContext().conformancePlan) return async () => {};
  const seed = seedFromEnv();
  // Say which seed, so a failure can be replayed with CONFORMANCE_SEED.
  console.log(`conformance: seed ${seed} (replay with ${SEED_ENV}=${seed})`);
  const embedded = await startTarget({});
  project.provide('conformancePlan', { target: embedded.info, seed, runId: newRunId() });
  return () => embedded.close();
}
