import type { TestProject } from 'vitest/node';
import { KitError } from '../errors.ts';
import { startEmbeddedTarget } from '../targets/emulator.ts';
import type { BudgetPlan } from './budget.ts';
import { parseSeed, randomSeed, SEED_ENV } from './seed.ts';
import type { TargetInfo } from './target.ts';

/** Environment variable through which the CLI hands a prepared target to the suites (JSON of TargetInfo). */
export const TARGET_ENV = 'CONFORMANCE_TARGET_JSON';
/** Environment variable through which the CLI hands the run id (so its reports and the scenarios' names agree). */
export const RUN_ID_ENV = 'CONFORMANCE_RUN_ID';
/** Environment variable through which the CLI hands the `--budget` plan (JSON of BudgetPlan). */
export const BUDGET_ENV = 'CONFORMANCE_BUDGET_JSON';

/**
 * vitest global setup of the `suites` project: uses the target the CLI prepared, or starts the embedded emulator
 * (so `npm test` runs every scenario against the reference emulator) and stops it afterwards. Provides the run's
 * seed (CONFORMANCE_SEED, else random) and id, and the budget plan when the CLI made one.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env[SEED_ENV];
  const seed = given === undefined || given === '' ? randomSeed() : parseSeed(given);
  if (seed === undefined) {
    throw new KitError('CONFORMANCE_ERR_BAD_ARGUMENTS', `${SEED_ENV} must be a whole number, got '${given}'`);
  }
  project.provide('conformanceRun', { seed, runId: process.env[RUN_ID_ENV] || Date.now().toString(36) });
  const budget = process.env[BUDGET_ENV];
  project.provide('conformanceBudget', budget ? (JSON.parse(budget) as BudgetPlan) : undefined);
  const prepared = process.env[TARGET_ENV];
  if (prepared) {
    project.provide('conformanceTarget', JSON.parse(prepared) as TargetInfo);
    return async () => {};
  }
  // Run by vitest directly (npm test): say which seed, so a failure can be replayed with CONFORMANCE_SEED.
  console.log(`conformance: seed ${seed} (replay with ${SEED_ENV}=${seed})`);
  const embedded = await startEmbeddedTarget({
    ...(process.env.CONFORMANCE_SPEC ? { specPath: process.env.CONFORMANCE_SPEC } : {}),
  });
  project.provide('conformanceTarget', embedded.info);
  return () => embedded.close();
}
