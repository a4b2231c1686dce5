import { describe, expect, test } from 'vitest';
import { costOf, DEFAULT_SCENARIO_COST, planBudget } from './budget.ts';

describe('costOf', () => {
  test.each([
    ['declared', { cost: 3 }, 3],
    ['zero is allowed', { cost: 0 }, 0],
    ['undeclared', {}, DEFAULT_SCENARIO_COST],
    ['no meta', undefined, DEFAULT_SCENARIO_COST],
    ['negative is ignored', { cost: -2 }, DEFAULT_SCENARIO_COST],
    ['fractions are ignored', { cost: 1.5 }, DEFAULT_SCENARIO_COST],
    ['strings are ignored', { cost: '4' }, DEFAULT_SCENARIO_COST],
  ])('%s', (_name, meta, want) => {
    expect(costOf(meta)).toBe(want);
  });
});

describe('planBudget', () => {
  const candidates = [
    { id: 'a', name: 'a', cost: 3 },
    { id: 'b', name: 'b', cost: 5 },
    { id: 'c', name: 'c', cost: 2 },
    { id: 'd', name: 'd', cost: 0 },
  ];
  test('first fit in order; a cheaper scenario after an expensive one still runs', () => {
    const plan = planBudget(candidates, 6);
    expect(plan.selected).toEqual(['a', 'c', 'd']);
    expect(plan.spent).toBe(5);
    expect(plan.skipped).toEqual({ b: 'budget: costs 5, 3 of --budget 6 left' });
  });
  test('a budget of 0 runs only free scenarios', () => {
    const plan = planBudget(candidates, 0);
    expect(plan.selected).toEqual(['d']);
    expect(Object.keys(plan.skipped)).toEqual(['a', 'b', 'c']);
    for (const reason of Object.values(plan.skipped)) expect(reason).toMatch(/^budget/);
  });
  test('a large budget runs everything', () => {
    expect(planBudget(candidates, 100)).toMatchObject({ spent: 10, skipped: {} });
  });
});
