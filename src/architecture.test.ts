// The layer table of ARCHITECTURE.md, enforced: every relative import of every file under src/ and suites/ must be
// one the table allows. The rules are parsed from the table itself, so the page and the code cannot drift apart.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** One row of the table: the layer, its folder, and what it may import (`barrel` = only that layer's index.ts). */
interface LayerRule {
  layer: string;
  folder: string;
  allows: { layer: string; barrelOnly: boolean }[];
}

/** Parses the `| layer | folder | may import (layers) | also uses |` table of ARCHITECTURE.md. */
function parseLayerTable(markdown: string): LayerRule[] {
  const lines = markdown.split('\n');
  const header = lines.findIndex((l) => /^\| layer \| folder \| may import \(layers\) \|/.test(l));
  if (header < 0) throw new Error('ARCHITECTURE.md has no "| layer | folder | may import (layers) |" table');
  const rules: LayerRule[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const [layer = '', folder = '', allows = ''] = line
      .split('|')
      .slice(1)
      .map((c) => c.trim());
    rules.push({
      layer,
      folder: folder.replace(/`/g, '').replace(/\/$/, ''),
      allows:
        allows === '—'
          ? []
          : allows.split(',').map((a) => {
              const m = /^([a-z-]+)( \(barrel\))?$/.exec(a.trim());
              if (!m?.[1]) throw new Error(`ARCHITECTURE.md: cannot read '${a.trim()}' in the row of ${layer}`);
              return { layer: m[1], barrelOnly: m[2] !== undefined };
            }),
    });
  }
  return rules;
}

/** The relative imports (and re-exports) of a TypeScript source. */
function relativeImports(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
    if (m[1]) found.push(m[1]);
  }
  for (const m of source.matchAll(/\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)) if (m[1]) found.push(m[1]);
  return found;
}

function layerOf(rules: LayerRule[], file: string): LayerRule | undefined {
  return rules
    .filter((r) => file === r.folder || file.startsWith(`${r.folder}/`))
    .sort((a, b) => b.folder.length - a.folder.length)[0];
}

const isTest = (file: string) => /\.(test|selftest|integration)\.ts$/.test(file);

/** Every violation of the table in `files` (paths relative to the root, with their sources). */
function layerViolations(rules: LayerRule[], files: { path: string; source: string }[]): string[] {
  const violations: string[] = [];
  for (const { path, source } of files) {
    const from = layerOf(rules, path);
    if (!from || path === 'src/index.ts') continue;
    for (const spec of relativeImports(source)) {
      const target = relative(ROOT, resolve(ROOT, dirname(path), spec));
      if (target === 'src/errors.ts') continue;
      const to = layerOf(rules, target);
      if (!to || to.layer === from.layer) continue;
      if (isTest(path)) continue; // tests import test-support and whatever they exercise
      const allowed = from.allows.find((a) => a.layer === to.layer);
      const isBarrel = target === `${to.folder}/index.ts`;
      if (allowed && (!allowed.barrelOnly || isBarrel)) continue;
      violations.push(
        `${path} imports ${spec} (${to.layer}${isBarrel ? ' barrel' : ''}): the ${from.layer} row of ARCHITECTURE.md allows ${
          from.allows.length
            ? from.allows.map((a) => `${a.layer}${a.barrelOnly ? ' (barrel)' : ''}`).join(', ')
            : 'no other layer'
        }`,
      );
    }
  }
  return violations;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)))
    .filter((p) => !p.includes('/fixtures/'));
}

const RULES = parseLayerTable(readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8'));

describe('the layer table of ARCHITECTURE.md', () => {
  test('names every folder under src/ that holds code, and only folders that exist', () => {
    const folders = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => `src/${e.name}`);
    expect(
      RULES.map((r) => r.folder)
        .filter((f) => f.startsWith('src/'))
        .sort(),
    ).toEqual(folders.sort());
    for (const rule of RULES) for (const a of rule.allows) expect(RULES.map((r) => r.layer)).toContain(a.layer);
  });

  test('every import under src/ and suites/ is one the table allows', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('suites')].map((path) => ({
      path,
      source: readFileSync(join(ROOT, path), 'utf8'),
    }));
    expect(files.length).toBeGreaterThan(100);
    expect(layerViolations(RULES, files)).toEqual([]);
  });

  test.each([
    [
      'the emulator importing the client',
      'src/emulator/app.ts',
      "import { x } from '../client/client.ts';",
      'emulator',
    ],
    ['targets importing the runtime', 'src/targets/url.ts', "import type { T } from '../runtime/plan.ts';", 'targets'],
    [
      'a suite importing emulator internals',
      'suites/a/b.suite.ts',
      "import { s } from '../../src/emulator/sid.ts';",
      'suites',
    ],
    [
      'a suite importing a runtime module past the barrel',
      'suites/a/b.suite.ts',
      "import { t } from '../../src/runtime/fixtures.ts';",
      'suites',
    ],
    ['the client importing spec, re-exported', 'src/client/x.ts', "export { y } from '../spec/load.ts';", 'client'],
    ['a dynamic import from the spec layer', 'src/spec/x.ts', "const m = await import('../checks/index.ts');", 'spec'],
  ])('a forbidden import fails with the rule it broke: %s', (_name, path, source, layer) => {
    const [violation] = layerViolations(RULES, [{ path, source }]);
    expect(violation).toContain(path);
    expect(violation).toContain(`the ${layer} row of ARCHITECTURE.md allows`);
  });

  test('allowed imports pass: own layer, a listed layer, a barrel, errors.ts', () => {
    const files = [
      {
        path: 'src/emulator/app.ts',
        source: "import { a } from './store/store.ts';\nimport { b } from '../spec/load.ts';",
      },
      { path: 'src/targets/emulator.ts', source: "import { startEmulator } from '../emulator/index.ts';" },
      { path: 'src/client/client.ts', source: "import { KitError } from '../errors.ts';" },
      { path: 'suites/a/b.suite.ts', source: "import { test } from '../../src/runtime/index.ts';" },
    ];
    expect(layerViolations(RULES, files)).toEqual([]);
  });
});
