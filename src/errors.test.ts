import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHECKS } from './checks/index.ts';
import { KIT_ERRORS } from './errors.ts';

const readme = readFileSync(join(import.meta.dirname, '../README.md'), 'utf8');

describe('the closed catalogues, as the README documents them', () => {
  test('the kit error table lists every code with its exit code, and nothing else', () => {
    const section = readme.slice(
      readme.indexOf('## Kit error codes'),
      readme.indexOf('## Checks run on every response'),
    );
    const rows = [...section.matchAll(/^\| `(CONFORMANCE_ERR_[A-Z_]+)` \|.*\| (\d) \|$/gm)].map((m) => [
      m[1],
      Number(m[2]),
    ]);
    expect(rows).toEqual(Object.entries(KIT_ERRORS).map(([code, { exitCode }]) => [code, exitCode]));
  });

  test('the checks table lists every check of the catalogue', () => {
    const section = readme.slice(readme.indexOf('## Checks run on every response'), readme.indexOf('## Development'));
    const ids = [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    for (const check of CHECKS) expect(ids, check.id).toContain(check.id);
  });
});
