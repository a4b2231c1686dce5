// The committed self-test baseline: faults the suites are known not to catch yet, each with the reason
// (`suites/expectations/selftest-baseline.json`, `{ "survivors": { "<fault>": "reason" } }`). A listed fault that
// survives does not fail the self-test; one that is caught is reported as a stale entry to remove.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isFaultName } from '../emulator/index.ts';
import { KitError } from '../errors.ts';
import { PACKAGE_ROOT } from '../spec/paths.ts';

/** Where the baseline lives. */
export const SELFTEST_BASELINE_PATH = resolve(PACKAGE_ROOT, 'suites/expectations/selftest-baseline.json');

/** Known survivors: fault name → why the suites cannot catch it yet. */
export interface SelftestBaseline {
  survivors: Record<string, string>;
}

/** Check a parsed baseline: an object `{survivors}` of catalogue fault names to non-empty reasons. */
export function parseSelftestBaseline(value: unknown, source: string): SelftestBaseline {
  const fail = (why: string): never => {
    throw new KitError('CONFORMANCE_ERR_BAD_ARGUMENTS', `${source}: ${why}`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('must be a JSON object');
  const survivors = (value as { survivors?: unknown }).survivors ?? {};
  if (typeof survivors !== 'object' || survivors === null || Array.isArray(survivors)) {
    fail('"survivors" must be an object of fault name → reason');
  }
  for (const [fault, reason] of Object.entries(survivors as Record<string, unknown>)) {
    if (!isFaultName(fault)) fail(`"${fault}" is not a fault of the catalogue (src/emulator/faults.ts)`);
    if (typeof reason !== 'string' || reason.trim() === '') fail(`"${fault}" needs a reason`);
  }
  return { survivors: { ...(survivors as Record<string, string>) } };
}

/** Read the baseline (a missing file is an empty baseline). */
export async function loadSelftestBaseline(path = SELFTEST_BASELINE_PATH): Promise<SelftestBaseline> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { survivors: {} };
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new KitError('CONFORMANCE_ERR_BAD_ARGUMENTS', `${path}: not JSON`, { cause });
  }
  return parseSelftestBaseline(parsed, path);
}
