import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CHECKS } from './index.ts';

const here = new URL('./', import.meta.url);

describe('the check catalogue', () => {
  test('ids are unique, one file per check named after its id, each with a unit test beside it', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(existsSync(new URL(`${id}.ts`, here)), `src/checks/${id}.ts`).toBe(true);
      expect(existsSync(new URL(`${id}.test.ts`, here)), `src/checks/${id}.test.ts proves ${id} can fail`).toBe(true);
    }
  });

  test('every check file is in the catalogue', () => {
    const files = readdirSync(here)
      .filter(
        (f) =>
          f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts' && f !== 'finding.ts' && f !== 'source.ts',
      )
      .map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(CHECKS.map((c) => c.id).sort());
  });
});
