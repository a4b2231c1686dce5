/**
 * Re-derives `spec/seed-facts.json` (every row of the seed docs' property and parameter tables) from the seed docs.
 *
 *   npm run seed-facts                      # docs at ../shared/seeds beside the repository
 *   node scripts/derive-seed-facts.ts DIR   # or SEED_DOCS_DIR=DIR npm run seed-facts
 *
 * Run it when the docs or the table parsers (src/spec/seed-coverage.ts) change; src/spec/seed-coverage.test.ts fails
 * while the committed file and the docs disagree.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { PACKAGE_ROOT } from '../src/spec/paths.ts';
import {
  deriveSeedFacts,
  formatSeedFacts,
  SEED_DOCS_DIR_ENV,
  SEED_FACTS_PATH,
  seedDocsDir,
  seedDocsPresent,
} from '../src/spec/seed-facts.ts';

const dir = seedDocsDir(process.argv[2]);
if (!seedDocsPresent(dir)) {
  console.error(`seed docs not found at ${dir}: pass their directory as the argument or set ${SEED_DOCS_DIR_ENV}`);
  process.exit(2);
}
const facts = deriveSeedFacts(dir);
writeFileSync(SEED_FACTS_PATH, formatSeedFacts(facts));
const count = (kind: string) => facts.entries.filter((e) => e.kind === kind).length;
console.log(
  `wrote ${relative(PACKAGE_ROOT, SEED_FACTS_PATH)} from ${dir}: ${count('property')} property rows, ` +
    `${count('parameter')} parameter rows (every page, in scope or not)`,
);
