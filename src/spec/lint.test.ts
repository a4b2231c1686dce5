import { expect, test } from 'vitest';
import { lintSpec } from './lint.ts';

test('spec:lint finds no problems in spec/', async () => {
  const report = await lintSpec();
  expect(report.problems).toEqual([]);
  expect(report.operations).toBeGreaterThan(0);
}, 60_000);
