import { describe, expect, test } from 'vitest';
import { createScenarioData } from './data.ts';

function sample(seed: number, scenario: string): string[] {
  const { faker } = createScenarioData(seed, 'run1', scenario);
  return [faker.person.fullName(), faker.lorem.sentence(), String(faker.number.int())];
}

describe('createScenarioData', () => {
  test('the same seed and scenario give the same faker output (a failure reproduces with --seed)', () => {
    expect(sample(42, 'a.suite.ts > creates')).toEqual(sample(42, 'a.suite.ts > creates'));
  });
  test('another seed gives other data', () => {
    expect(sample(43, 'a.suite.ts > creates')).not.toEqual(sample(42, 'a.suite.ts > creates'));
  });
  test('each scenario has its own stream, independent of the order scenarios run in', () => {
    const alone = sample(42, 'b.suite.ts > lists');
    sample(42, 'a.suite.ts > creates');
    expect(sample(42, 'b.suite.ts > lists')).toEqual(alone);
    expect(alone).not.toEqual(sample(42, 'a.suite.ts > creates'));
  });
  test('unique names and phone numbers never repeat and carry the run id', () => {
    const data = createScenarioData(1, 'runX', 's');
    const names = Array.from({ length: 50 }, () => data.unique('conv'));
    const phones = Array.from({ length: 50 }, () => data.phone());
    expect(new Set(names).size).toBe(50);
    expect(new Set(phones).size).toBe(50);
    expect(names[0]).toMatch(/^conv-runX-/);
    for (const phone of phones) expect(phone).toMatch(/^\+1555\d{9}$/);
  });
});
