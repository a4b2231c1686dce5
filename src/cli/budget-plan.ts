import { relative } from 'node:path';
import { type BudgetCandidate, type BudgetPlan, costOf, planBudget } from '../runtime/budget.ts';
import type { RunPlan, WorkerPlan } from '../runtime/plan.ts';
import { type Requirement, unmetRequirement } from '../runtime/requires.ts';
import { createSuitesVitest } from '../runtime/run-suites.ts';
import { CODE_ROOT, suiteFileId } from '../spec/paths.ts';

/**
 * Collects the scenarios the run would execute (same filters, nothing runs) and plans which fit the budget, in file
 * then declaration order.
 */
export async function collectBudgetPlan(
  plan: RunPlan,
  worker: WorkerPlan,
  budget: number,
): Promise<{ plan: BudgetPlan; candidates: BudgetCandidate[] }> {
  const vitest = await createSuitesVitest(plan, worker, []);
  try {
    // Collected in workers (not statically parsed): test metadata such as `cost` exists only at run time.
    const { testModules } = await vitest.collect(plan.selection.files, { staticParse: false });
    const candidates: BudgetCandidate[] = [];
    const modules = [...testModules].sort((a, b) => (a.moduleId < b.moduleId ? -1 : a.moduleId > b.moduleId ? 1 : 0));
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        if (test.options.mode !== 'run' && test.options.mode !== 'only') continue;
        // A scenario that will skip for a declared need costs nothing.
        const needs = (test.meta() as { requires?: Requirement[] }).requires;
        if (needs?.length && unmetRequirement(worker.target, needs) !== undefined) continue;
        candidates.push({
          id: test.id,
          name: `${suiteFileId(relative(CODE_ROOT, module.moduleId))} > ${test.fullName}`,
          cost: costOf(test.meta()),
        });
      }
    }
    return { plan: planBudget(candidates, budget), candidates };
  } finally {
    await vitest.close();
  }
}
