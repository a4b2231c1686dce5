/**
 * The live-vendor budget. Each scenario declares its cost — the resources plus messages it creates on the target —
 * as vitest test metadata: `test('…', { meta: { cost: 3 } }, fn)` (a `describe(…, { meta: { cost } })` sets it for
 * every test inside; undeclared costs DEFAULT_SCENARIO_COST). With `--budget N` against a live target the CLI collects
 * the selected scenarios, keeps them in file and declaration order while their costs fit (first fit: a scenario too
 * expensive for what is left is skipped, a cheaper one after it may still run), and the rest are skipped with a reason
 * that starts with `budget`. Scenarios whose declared `meta.requires` the target misses are not candidates (they skip
 * anyway). Other targets ignore the budget.
 */
/** The cost of a scenario that declares none. */
export const DEFAULT_SCENARIO_COST = 1;

/** One scenario that would run, in run order. */
export interface BudgetCandidate {
  /** vitest's test id (stable between collection and run). */
  id: string;
  /** `file > suite > name`, for the plan's listing. */
  name: string;
  cost: number;
}

/** Which scenarios fit the budget. */
export interface BudgetPlan {
  budget: number;
  spent: number;
  /** Test ids that run. */
  selected: string[];
  /** Test id → skip reason (`budget: …`). */
  skipped: Record<string, string>;
}

/** A scenario's declared cost from its vitest meta (`meta.cost`, a whole number ≥ 0), else the default. */
export function costOf(meta: unknown): number {
  const cost = (meta as { cost?: unknown } | undefined)?.cost;
  return typeof cost === 'number' && Number.isInteger(cost) && cost >= 0 ? cost : DEFAULT_SCENARIO_COST;
}

/** Plans a run within `budget`: first fit in the given order. */
export function planBudget(candidates: readonly BudgetCandidate[], budget: number): BudgetPlan {
  const plan: BudgetPlan = { budget, spent: 0, selected: [], skipped: {} };
  for (const c of candidates) {
    const left = budget - plan.spent;
    if (c.cost <= left) {
      plan.selected.push(c.id);
      plan.spent += c.cost;
    } else {
      plan.skipped[c.id] = `budget: costs ${c.cost}, ${left} of --budget ${budget} left`;
    }
  }
  return plan;
}

declare module 'vitest' {
  interface TaskMeta {
    /** Resources + messages the scenario creates on the target (for `--budget` on live vendors). */
    cost?: number;
  }
}
