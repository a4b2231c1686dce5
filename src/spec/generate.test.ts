import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { GENERATED_BANNER, generateTypes } from './generate.ts';
import { GENERATED_TYPES_PATH } from './paths.ts';

test('committed generated types equal a fresh generation (run `npm run generate` when this fails)', async () => {
  const [committed, fresh] = await Promise.all([readFile(GENERATED_TYPES_PATH, 'utf8'), generateTypes()]);
  expect(committed.startsWith(GENERATED_BANNER)).toBe(true);
  expect(committed === fresh, 'src/spec/generated/conversations-v1.ts is stale').toBe(true);
});
