// Guardrails for the `suites` row of ARCHITECTURE.md's layer table, checked on the suite sources: a flow's files
// import only their own folder, the shared helpers in `suites/support/`, and `src/runtime` (its index or fixtures);
// every scenario carries its area's tags, and every tag of the closed list selects at least one scenario, so that
// `conformance run --tag NAME` selects what the name says.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { createVitest } from 'vitest/node';
import { PACKAGE_ROOT } from '../spec/paths.ts';
import { suitesProject } from './suites-project.ts';
import { SCENARIO_TAGS, type ScenarioTag } from './tags.ts';

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

/**
 * The tags every scenario of a flow folder carries: its area. A nested list means "at least one of them" (a States &
 * Timers scenario is about states, timers or both). A new folder needs a row here.
 */
const AREA_TAGS: Record<string, readonly (ScenarioTag | readonly ScenarioTag[])[]> = {
  'address-configurations': ['addresses'],
  auth: ['auth'],
  bindings: ['bindings'],
  configuration: ['configuration'],
  'conversation-with-participants': ['cwp'],
  conversations: ['conversations'],
  credentials: ['credentials'],
  deletion: ['deletion'],
  'group-mms': ['gmms', 'participants'],
  limits: ['limits'],
  media: ['media'],
  messages: ['messages'],
  paging: ['paging'],
  participants: ['participants'],
  // Unsupported HTTP methods: refused like a request the account may not make; the closed list has no `protocol` tag.
  protocol: ['auth'],
  receipts: ['receipts'],
  roles: ['roles'],
  services: ['services'],
  'states-timers': ['conversations', ['states', 'timers']],
  users: ['users'],
  webhooks: ['webhooks'],
};

/** One scenario as vitest's static collection sees it (describe.each / test.for rows are one entry). */
interface CollectedScenario {
  file: string;
  name: string;
  tags: readonly string[];
}

/** The built-in scenarios with their tags, collected statically (nothing runs, no worker starts). */
async function collectScenarios(): Promise<{ files: string[]; scenarios: CollectedScenario[] }> {
  const vitest = await createVitest(
    { root: PACKAGE_ROOT, config: false, run: true, watch: false, reporters: [] as never },
    { test: { projects: [suitesProject()] } },
  );
  try {
    const { testModules } = await vitest.collect([], { staticParse: true });
    const files: string[] = [];
    const scenarios: CollectedScenario[] = [];
    for (const module of testModules) {
      const file = relative(PACKAGE_ROOT, module.moduleId).split('\\').join('/');
      files.push(file);
      for (const test of module.children.allTests()) scenarios.push({ file, name: test.fullName, tags: test.tags });
    }
    return { files: files.sort(), scenarios };
  } finally {
    await vitest.close();
  }
}

describe('suite tags (src/runtime/tags.ts)', () => {
  let collected: { files: string[]; scenarios: CollectedScenario[] };
  beforeAll(async () => {
    collected = await collectScenarios();
  }, 60_000);

  test('every suite file is collected and holds at least one scenario', () => {
    const onDisk = suiteSources().filter((file) => file.endsWith('.suite.ts'));
    expect(collected.files).toEqual(onDisk);
    const empty = onDisk.filter((file) => !collected.scenarios.some((s) => s.file === file));
    expect(empty.map((file) => `${file}: no scenario found`)).toEqual([]);
  });

  test('every scenario carries at least one tag of the closed list', () => {
    const untagged = collected.scenarios.filter((s) => s.tags.length === 0);
    expect(untagged.map((s) => `${s.file} > ${s.name}: no tag (add a file-level // @module-tag)`)).toEqual([]);
  });

  test("every flow folder has a row of area tags, and every scenario carries its folder's", () => {
    const folders = [...new Set(collected.files.map((file) => flowOf(file) ?? ''))].sort();
    expect(folders.filter((f) => !(f in AREA_TAGS)).map((f) => `suites/${f}/: no row in AREA_TAGS`)).toEqual([]);
    expect(
      Object.keys(AREA_TAGS)
        .filter((f) => !folders.includes(f))
        .map((f) => `AREA_TAGS.${f}: no such folder`),
    ).toEqual([]);
    const missing = collected.scenarios.flatMap((s) => {
      const folder = flowOf(s.file) ?? '';
      return (AREA_TAGS[folder] ?? []).flatMap((want) => {
        const anyOf: readonly string[] = typeof want === 'string' ? [want] : want;
        if (anyOf.some((tag) => s.tags.includes(tag))) return [];
        return [
          `${s.file} > ${s.name}: lacks tag ${anyOf.join(' or ')} (every scenario of suites/${folder}/ carries it)`,
        ];
      });
    });
    expect(missing).toEqual([]);
  });

  test('every tag of the closed list selects at least one scenario', () => {
    const unused = SCENARIO_TAGS.map((tag) => tag.name).filter(
      (name) => !collected.scenarios.some((s) => s.tags.includes(name)),
    );
    expect(unused.map((name) => `tag '${name}' selects no scenario (src/runtime/tags.ts)`)).toEqual([]);
  });
});
