// Guardrails for the `suites` row of ARCHITECTURE.md's layer table, checked on the suite sources: a flow's files
// import only their own folder, the shared helpers in `suites/support/`, and `src/runtime` (its index or fixtures).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PACKAGE_ROOT } from '../spec/paths.ts';

const SUITES_DIR = join(PACKAGE_ROOT, 'suites');
/** The folder of helpers shared by several flows. */
const SHARED = 'support';
/** The only `src/` modules a suite file may import (ARCHITECTURE.md: suites import `src/runtime` fixtures). */
const RUNTIME_ENTRIES = ['src/runtime/index.ts', 'src/runtime/fixtures.ts'];

/** Every `.ts` file under `suites/`, relative to the package root, `/`-separated, sorted. */
function suiteSources(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) out.push(relative(PACKAGE_ROOT, path).split('\\').join('/'));
    }
  };
  walk(SUITES_DIR);
  return out.sort();
}

/** The module specifiers a source imports or re-exports (static, side-effect and dynamic imports). */
function importSpecifiers(text: string): string[] {
  const patterns = [
    /^(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/gm,
    /^import\s*['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1] ?? ''));
}

/** The flow folder of a file under `suites/` (`suites/<flow>/…`), or undefined for a file directly in `suites/`. */
function flowOf(file: string): string | undefined {
  const parts = file.split('/');
  return parts.length > 2 ? parts[1] : undefined;
}

/** Why `file` may not import `specifier`, or undefined when the layer table allows it. */
function importViolation(file: string, specifier: string): string | undefined {
  if (specifier.startsWith('node:')) return undefined;
  if (!specifier.startsWith('.')) {
    return `imports the package '${specifier}': suites use node: builtins and src/runtime (which re-exports vitest's API)`;
  }
  const flow = flowOf(file);
  const target = relative(PACKAGE_ROOT, resolve(PACKAGE_ROOT, dirname(file), specifier))
    .split('\\')
    .join('/');
  if (RUNTIME_ENTRIES.includes(target)) return undefined;
  if (target.startsWith('suites/')) {
    const other = flowOf(target);
    if (other === flow || other === SHARED) return undefined;
    return `imports another flow's folder (${target}): helpers used by several flows belong in suites/${SHARED}/`;
  }
  if (target.startsWith('src/')) {
    return `imports ${target}: suites reach src/ only through ${RUNTIME_ENTRIES.join(' or ')}`;
  }
  return `imports ${target}, outside suites/ and src/runtime`;
}

describe('suites layout (ARCHITECTURE.md, suites row)', () => {
  test('every suite file lives in a flow folder (suites/<flow>/<name>.suite.ts)', () => {
    const misplaced = suiteSources().filter(
      (file) => file.endsWith('.suite.ts') && (flowOf(file) === undefined || flowOf(file) === SHARED),
    );
    expect(misplaced).toEqual([]);
  });

  test("suite files import only their own folder, suites/support/ and src/runtime, never another flow's folder", () => {
    const violations = suiteSources().flatMap((file) =>
      importSpecifiers(readFileSync(join(PACKAGE_ROOT, file), 'utf8')).flatMap((specifier) => {
        const why = importViolation(file, specifier);
        return why === undefined ? [] : [`${file}: ${why}`];
      }),
    );
    expect(violations).toEqual([]);
  });

  test.for([
    ['suites/a/x.suite.ts', './support.ts', true],
    ['suites/a/x.suite.ts', '../support/resources.ts', true],
    ['suites/a/x.suite.ts', '../../src/runtime/index.ts', true],
    ['suites/a/x.suite.ts', '../../src/runtime/fixtures.ts', true],
    ['suites/a/x.suite.ts', 'node:crypto', true],
    ['suites/support/x.ts', './resources.ts', true],
    ['suites/a/x.suite.ts', '../b/support.ts', false],
    ['suites/a/x.suite.ts', './../b/support.ts', false],
    ['suites/support/x.ts', '../a/support.ts', false],
    ['suites/a/x.suite.ts', '../../src/client/client.ts', false],
    ['suites/a/x.suite.ts', '../../src/emulator/app.ts', false],
    ['suites/a/x.suite.ts', 'vitest', false],
  ] as const)('%s importing %s is allowed: %s', ([file, specifier, allowed]) => {
    expect(importViolation(file, specifier) === undefined).toBe(allowed);
  });

  test('import specifiers are found in static, type-only, multi-line, re-export and dynamic imports', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type { B } from '../b/b.ts';",
      'import {\n  c,\n  d,\n} from "../c.ts";',
      "export { e } from './e.ts';",
      "import './side-effect.ts';",
      "const f = await import('./f.ts');",
      "// a comment mentioning from './not-an-import.ts'",
    ].join('\n');
    expect(importSpecifiers(text).sort()).toEqual(
      ['./a.ts', '../b/b.ts', '../c.ts', './e.ts', './side-effect.ts', './f.ts'].sort(),
    );
  });
});
