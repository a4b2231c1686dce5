// Expectations baseline of a target: known failures as committed data (`suites/expectations/<target>.json`), so a
// team can gate CI on "nothing new broke" while known gaps are fixed.
//   { "<file> > <suite> > <test>": { "reason": "…", "flaky": true? } }
// Applied to a run: a listed scenario that failed passes with a note (outcome `skipped`, reason `known: …`, which JUnit
// renders as `<skipped message="known: …">`); a listed flaky one likewise whether it passed or failed; a listed,
// not flaky one that passed is reported "fixed: remove from baseline" (a JUnit property, not a failure); an unlisted
// failure stays a failure. Kit errors (`error`) are never masked: the kit could not run the scenario.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { KitError } from '../errors.ts';
import type { TargetInfo } from '../targets/types.ts';
import type { RunSummary, ScenarioResult } from './model.ts';

/** One known failure. */
export interface ExpectationEntry {
  reason: string;
  /** Fails only sometimes: passes with a note whatever its outcome. */
  flaky?: boolean;
}

/** Scenario id (`file > suite > test`) → known failure. */
export type Expectations = Record<string, ExpectationEntry>;

/** Reason written for a failure `--update-expectations` adds. */
export const NEW_ENTRY_REASON = 'new: describe why';

/** What applying the expectations did, by scenario id. */
export interface ExpectationNotes {
  /** Listed failures turned into pass-with-note. */
  known: string[];
  /** Listed flaky scenarios (passed or failed). */
  flaky: string[];
  /** Listed (not flaky) scenarios that passed: remove them from the baseline. */
  fixed: string[];
  /** Failures the baseline does not list (still failures). */
  unlisted: string[];
}

/** `file > suite > test`, the key of a scenario in an expectations file. */
export function expectationKey(result: Pick<ScenarioResult, 'file' | 'suite' | 'name'>): string {
  return [result.file, result.suite, result.name].filter((part) => part !== '').join(' > ');
}

/** Check parsed JSON: an object of scenario id → `{reason: non-empty string, flaky?: boolean}`. */
export function parseExpectations(value: unknown, source: string): Expectations {
  const fail = (why: string): never => {
    throw new KitError('CONFORMANCE_ERR_BAD_ARGUMENTS', `${source}: ${why}`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('must be a JSON object');
  const out: Expectations = {};
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) fail(`"${key}" must be an object`);
    const { reason, flaky, ...rest } = entry as Record<string, unknown>;
    if (typeof reason !== 'string' || reason.trim() === '') fail(`"${key}" needs a "reason"`);
    if (flaky !== undefined && typeof flaky !== 'boolean') fail(`"${key}": "flaky" must be true or false`);
    if (Object.keys(rest).length > 0) fail(`"${key}": unknown field(s) ${Object.keys(rest).join(', ')}`);
    out[key] = { reason: reason as string, ...(flaky ? { flaky: true } : {}) };
  }
  return out;
}

/** The expectations file a target is auto-paired with: `<identity>.json` (`emulator.json`, `<host>_<port>.json`). */
export function expectationsPathFor(root: string, target: Pick<TargetInfo, 'identity'>): string {
  return join(root, 'suites', 'expectations', `${target.identity}.json`);
}

/** Read an expectations file; a missing file is `undefined`. */
export async function loadExpectations(path: string): Promise<Expectations | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new KitError('CONFORMANCE_ERR_BAD_ARGUMENTS', `${path}: not JSON`);
  }
  return parseExpectations(parsed, path);
}

/** Apply the expectations to a run: a new summary (the input is not changed) and what was matched. */
export function applyExpectations(
  summary: RunSummary,
  expectations: Expectations,
): { summary: RunSummary; notes: ExpectationNotes } {
  const notes: ExpectationNotes = { known: [], flaky: [], fixed: [], unlisted: [] };
  const results = summary.results.map((result): ScenarioResult => {
    const key = expectationKey(result);
    const entry = Object.hasOwn(expectations, key) ? expectations[key] : undefined;
    if (!entry) {
      if (result.outcome === 'failed') notes.unlisted.push(key);
      return result;
    }
    if (result.outcome === 'failed') {
      (entry.flaky ? notes.flaky : notes.known).push(key);
      return {
        ...result,
        outcome: 'skipped',
        skipReason: `${entry.flaky ? 'known flaky' : 'known'}: ${entry.reason}`,
        expectation: { status: entry.flaky ? 'flaky' : 'known', reason: entry.reason },
      };
    }
    if (result.outcome === 'passed') {
      (entry.flaky ? notes.flaky : notes.fixed).push(key);
      return { ...result, expectation: { status: entry.flaky ? 'flaky' : 'fixed', reason: entry.reason } };
    }
    return result;
  });
  return { summary: { ...summary, results }, notes };
}

/**
 * The baseline `--update-expectations` writes from a run (the raw outcomes, before applying): every failure (reason
 * kept when listed, else {@link NEW_ENTRY_REASON}); listed flaky entries, and entries whose scenario did not run or
 * was skipped, are kept; a listed, not flaky entry whose scenario passed is dropped.
 */
export function updateExpectations(previous: Expectations, summary: RunSummary): Expectations {
  const outcomes = new Map(summary.results.map((r) => [expectationKey(r), r.outcome]));
  const next: Expectations = {};
  for (const [key, entry] of Object.entries(previous)) {
    const outcome = outcomes.get(key);
    if (entry.flaky || outcome === undefined || outcome === 'skipped' || outcome === 'failed') next[key] = entry;
  }
  for (const result of summary.results) {
    const key = expectationKey(result);
    if (result.outcome === 'failed' && !next[key]) next[key] = { reason: NEW_ENTRY_REASON };
  }
  return Object.fromEntries(
    Object.keys(next)
      .sort()
      .map((key) => [key, next[key] as ExpectationEntry]),
  );
}

/** Options of {@link runExpectations}. */
export interface RunExpectationsOptions {
  /** The file to read (and write with `update`). */
  path: string;
  /** The path was given by the user (`--expectations`): it must exist unless `update`. */
  explicit: boolean;
  /** Rewrite the file from this run's failures, then apply the new baseline. */
  update: boolean;
  log: (line: string) => void;
}

/** The CLI's use: load (or update) the target's expectations and apply them; logs what they did. */
export async function runExpectations(summary: RunSummary, options: RunExpectationsOptions): Promise<RunSummary> {
  let expectations = await loadExpectations(options.path);
  if (expectations === undefined && options.explicit && !options.update) {
    throw new KitError('CONFORMANCE_ERR_BAD_ARGUMENTS', `--expectations ${options.path}: no such file`);
  }
  if (options.update) {
    expectations = updateExpectations(expectations ?? {}, summary);
    await mkdir(dirname(options.path), { recursive: true });
    await writeFile(options.path, `${JSON.stringify(expectations, null, 2)}\n`);
    options.log(`conformance: expectations: wrote ${Object.keys(expectations).length} entries to ${options.path}`);
  }
  if (expectations === undefined || Object.keys(expectations).length === 0) return summary;
  const { summary: applied, notes } = applyExpectations(summary, expectations);
  options.log(
    `conformance: expectations ${options.path}: ${notes.known.length} known failure(s), ${notes.flaky.length} flaky, ` +
      `${notes.fixed.length} fixed, ${notes.unlisted.length} new failure(s)`,
  );
  for (const key of notes.fixed) options.log(`conformance: fixed: remove from baseline: ${key}`);
  return applied;
}
