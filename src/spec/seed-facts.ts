/**
 * The facts the seed-coverage test needs from the seed docs — every row of their property and parameter tables — as
 * data committed in `spec/seed-facts.json`, so the test runs in a clone without the docs beside it. The docs stay the
 * source: `npm run seed-facts` (scripts/derive-seed-facts.ts) re-derives the file from them, and a test compares the
 * two whenever the docs are present.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PACKAGE_ROOT } from './paths.ts';
import {
  parseBulletSeed,
  parseJsonSchemaSeed,
  parseRenderedPages,
  parseRenderedTables,
  type SeedEntry,
} from './seed-coverage.ts';

/** The committed facts file. */
export const SEED_FACTS_PATH = resolve(PACKAGE_ROOT, 'spec', 'seed-facts.json');

/** Where the seed docs are unless told otherwise: `../shared/seeds` beside the repository. */
export const DEFAULT_SEED_DOCS_DIR = resolve(PACKAGE_ROOT, '..', 'shared', 'seeds');

/** The environment variable that points the derivation (script and test) at another seed docs directory. */
export const SEED_DOCS_DIR_ENV = 'SEED_DOCS_DIR';

/** How each seed renders its tables, and the page title of a single-page seed (seed-inventory §1). */
export const SEED_SOURCES = [
  // Every REST reference page, concatenated; each page ends on its `<title> | Twilio` line.
  { seed: '004', format: 'rendered-pages' },
  // 000:L1 raw JSON schema.
  { seed: '000', format: 'json-schema', page: 'Service-Scoped Conversation with Participants Resource' },
  // 001:L3 rendered tables.
  { seed: '001', format: 'rendered-tables', page: 'Conversation with Participants Resource' },
  // 003:L1-3 an OpenAPI render with bullets (service-scoped Participant create).
  { seed: '003', format: 'bullets', page: 'Service-Scoped Conversation Participant Resource' },
] as const;

/** The contents of `spec/seed-facts.json`. */
export interface SeedFacts {
  /** Do-not-edit banner: what wrote the file. */
  generatedBy: string;
  /** Seed id → the seed file its rows cite (`004` → `004_e4bec41b395a78c7.txt`; cite a row as `004:L<lineNumber>`). */
  files: Record<string, string>;
  /** Every table row, sorted by seed, line, kind, name, operation, location. */
  entries: SeedEntry[];
}

const GENERATED_BY =
  'scripts/derive-seed-facts.ts (npm run seed-facts) from the seed docs (../shared/seeds); do not edit by hand';

/** The seed docs directory: the argument, else `$SEED_DOCS_DIR`, else `../shared/seeds` beside the repository. */
export function seedDocsDir(arg?: string, env: NodeJS.ProcessEnv = process.env): string {
  const given = arg ?? env[SEED_DOCS_DIR_ENV];
  return given ? resolve(given) : DEFAULT_SEED_DOCS_DIR;
}

/** Whether the seed docs are there to derive from. */
export function seedDocsPresent(dir: string): boolean {
  return existsSync(dir);
}

function seedFile(dir: string, seed: string): string {
  const file = readdirSync(dir).find((name) => name.startsWith(`${seed}_`) && name.endsWith('.txt'));
  if (!file) throw new Error(`seed ${seed}_*.txt not found in ${dir}`);
  return file;
}

function compareEntries(a: SeedEntry, b: SeedEntry): number {
  const keys = (e: SeedEntry) => [e.seed, e.kind, e.name, e.operation ?? '', e.location ?? '', e.page];
  if (a.seed !== b.seed) return a.seed < b.seed ? -1 : 1;
  if (a.lineNumber !== b.lineNumber) return a.lineNumber - b.lineNumber;
  const [ka, kb] = [keys(a), keys(b)];
  for (let i = 0; i < ka.length; i++) {
    const [x, y] = [ka[i] ?? '', kb[i] ?? ''];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** The entry with its keys in one fixed order (the file is compared byte for byte). */
function canonical(e: SeedEntry): SeedEntry {
  return {
    seed: e.seed,
    lineNumber: e.lineNumber,
    page: e.page,
    kind: e.kind,
    ...(e.operation !== undefined ? { operation: e.operation } : {}),
    ...(e.location !== undefined ? { location: e.location } : {}),
    name: e.name,
  };
}

/** Reads the seed docs in `dir` and returns every property and parameter table row, sorted. */
export function deriveSeedFacts(dir: string): SeedFacts {
  const files: Record<string, string> = {};
  const entries: SeedEntry[] = [];
  for (const source of [...SEED_SOURCES].sort((a, b) => (a.seed < b.seed ? -1 : 1))) {
    const file = seedFile(dir, source.seed);
    files[source.seed] = file;
    const text = readFileSync(resolve(dir, file), 'utf8');
    switch (source.format) {
      case 'rendered-pages':
        entries.push(...parseRenderedPages(text, source.seed));
        break;
      case 'rendered-tables':
        entries.push(...parseRenderedTables(text, { seed: source.seed, page: source.page }));
        break;
      case 'json-schema':
        entries.push(...parseJsonSchemaSeed(text, source.seed, source.page));
        break;
      case 'bullets':
        entries.push(...parseBulletSeed(text, source.seed, source.page));
        break;
    }
  }
  return { generatedBy: GENERATED_BY, files, entries: entries.map(canonical).sort(compareEntries) };
}

/** The file text for `facts`: two-space JSON and a final newline, as biome formats it. */
export function formatSeedFacts(facts: SeedFacts): string {
  const sorted: SeedFacts = {
    generatedBy: facts.generatedBy,
    files: Object.fromEntries(Object.entries(facts.files).sort(([a], [b]) => (a < b ? -1 : 1))),
    entries: facts.entries.map(canonical).sort(compareEntries),
  };
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/** Reads the committed facts (`spec/seed-facts.json`). */
export function readSeedFacts(path: string = SEED_FACTS_PATH): SeedFacts {
  return JSON.parse(readFileSync(path, 'utf8')) as SeedFacts;
}
