// The self-test: do the suites catch real bugs? For each fault of the emulator's catalogue, run the suites against
// the embedded emulator started with that fault and check that a scenario related to it (its file or tags match the
// fault's patterns in related-suites.ts) fails: the fault is then "caught" (killed). Before that, the clean emulator
// must pass every scenario over repeated runs (a flake check): a failure there would make every kill meaningless.
//
// Speed-up (documented in README "Fault catalogue and self-test"): a fault's kill run includes only its related suite
// files and stops at the first failing scenario (vitest `bail`), which is exactly the kill criterion since every
// failure there is related. Unrelated failures (a fault breaking scenarios it should not) are looked for by full-suite
// runs without bail on a deterministic, evenly spread sample of faults (`fullSample`), or on all of them (`full`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAULT_NAMES, FAULTS, type FaultArea, isFaultName } from '../emulator/index.ts';
import { KitError } from '../errors.ts';
import { randomSeed } from '../runtime/seed.ts';
import { CODE_EXT, CODE_ROOT } from '../spec/paths.ts';
import type { SelftestBaseline } from './baseline.ts';
import { isRelated, listSuiteFiles, relatedFiles } from './related.ts';
import { RELATED_SUITES } from './related-suites.ts';
import { isFailing, runSuitesOnce, type SuiteRun, scenarioId } from './runner.ts';

/** Options of {@link runSelftest}. */
export interface SelftestOptions {
  /** Faults to check (default: the whole catalogue). */
  faults?: readonly string[];
  /** Clean runs of the full suite for the flake check (default 3; 0 skips it). */
  repeat?: number;
  /** How many faults also get a full-suite run without bail, to find unrelated failures (default 3). */
  fullSample?: number;
  /** Every fault runs the full suite without bail (slow; overrides `fullSample`). */
  full?: boolean;
  /** Known survivors. */
  baseline?: SelftestBaseline;
  /** The data seed of every run (default random, reported). */
  seed?: number;
  /** Progress lines. */
  log?: (line: string) => void;
  /** Replaceable for tests. */
  run?: (options: Parameters<typeof runSuitesOnce>[0]) => Promise<SuiteRun>;
  /** The suite files (default: every `suites/**\/*.suite.ts`), relative to the project root. */
  suiteFiles?: readonly string[];
}

/** What the self-test found for one fault. */
export interface FaultOutcome {
  fault: string;
  area: FaultArea;
  description: string;
  relatedSuites: readonly string[];
  /** At least one related scenario failed. */
  caught: boolean;
  /** Related scenarios that failed, and passed on the clean emulator (with bail: the first ones only). */
  caughtBy: string[];
  /** Failing scenarios outside the related suites (reported, not a kill). */
  unrelatedFailures: string[];
  /** Failures outside any scenario. */
  runErrors: string[];
  /** The suite files the kill run included ('all' for a full run). */
  files: string[] | 'all';
  /** Whether this fault had a full-suite run (unrelated failures are complete only then). */
  fullRun: boolean;
  /** The baseline's reason, when the fault is a known survivor. */
  knownSurvivor?: string;
  /** Why the fault could not be checked (no related suite file exists). */
  note?: string;
  durationMs: number;
}

/** The clean flake check. */
export interface CleanOutcome {
  runs: number;
  /** Scenarios per run. */
  scenarios: number[];
  /** `run N: <scenario id>: <message>` for every failing scenario or run error. */
  failures: string[];
  durationsMs: number[];
}

/** The whole self-test. */
export interface SelftestReport {
  seed: number;
  startedAt: string;
  durationMs: number;
  clean: CleanOutcome;
  faults: FaultOutcome[];
  killed: number;
  total: number;
  /** killed / total, 0..1. */
  killRate: number;
  /** Survivors the baseline does not list: each fails the self-test. */
  unexpectedSurvivors: string[];
  /** Baseline entries whose fault was caught: remove them from the baseline (not a failure). */
  staleBaseline: string[];
  /** No unexpected survivor and a clean flake check. */
  ok: boolean;
}

/** Evenly spread, deterministic pick of `count` items (first and last included when count ≥ 2). */
export function spreadSample<T>(items: readonly T[], count: number): T[] {
  if (count <= 0 || items.length === 0) return [];
  if (count >= items.length) return [...items];
  const picked = new Set<number>();
  for (let i = 0; i < count; i++) picked.add(count === 1 ? 0 : Math.round((i * (items.length - 1)) / (count - 1)));
  return [...picked].sort((a, b) => a - b).map((i) => items[i] as T);
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n')[0]?.slice(0, 200) ?? '';
}

/** Run the self-test. */
export async function runSelftest(options: SelftestOptions = {}): Promise<SelftestReport> {
  const log = options.log ?? (() => {});
  const run = options.run ?? runSuitesOnce;
  const names = options.faults?.length ? [...options.faults] : [...FAULT_NAMES];
  const unknown = names.filter((name) => !isFaultName(name));
  if (unknown.length > 0) {
    throw new KitError(
      'CONFORMANCE_ERR_BAD_ARGUMENTS',
      `unknown fault(s): ${unknown.join(', ')} (known: ${FAULT_NAMES.join(', ')})`,
    );
  }
  const seed = options.seed ?? randomSeed();
  const repeat = options.repeat ?? 3;
  const baseline = options.baseline ?? { survivors: {} };
  const suiteFiles = options.suiteFiles ?? listSuiteFiles(CODE_ROOT);
  const source = (file: string): string =>
    readFileSync(join(CODE_ROOT, file.replace(/\.suite\.ts$/, `.suite.${CODE_EXT}`)), 'utf8');
  const fullRuns = new Set(options.full ? names : spreadSample(names, options.fullSample ?? 3));
  const startedAt = new Date();

  const clean: CleanOutcome = { runs: repeat, scenarios: [], failures: [], durationsMs: [] };
  // Scenarios that failed on the clean emulator prove nothing about a fault: they never count as its catchers.
  const failingClean = new Set<string>();
  for (let i = 1; i <= repeat; i++) {
    const outcome = await run({ faults: [], files: [], seed });
    clean.scenarios.push(outcome.results.length);
    clean.durationsMs.push(outcome.durationMs);
    for (const r of outcome.results.filter(isFailing)) {
      failingClean.add(scenarioId(r));
      clean.failures.push(`run ${i}: ${scenarioId(r)}: ${firstLine(r.message)}`);
    }
    for (const e of outcome.runErrors) clean.failures.push(`run ${i}: ${firstLine(e)}`);
    if (outcome.results.length === 0) clean.failures.push(`run ${i}: no scenario ran`);
    log(
      `selftest: clean run ${i}/${repeat}: ${outcome.results.length} scenarios, ` +
        `${outcome.results.filter(isFailing).length} failing, ${(outcome.durationMs / 1000).toFixed(1)} s`,
    );
  }

  const faults: FaultOutcome[] = [];
  for (const [index, name] of names.entries()) {
    if (!isFaultName(name)) continue;
    const definition = FAULTS[name];
    const patterns = RELATED_SUITES[name];
    const fullRun = fullRuns.has(name);
    const files: string[] | 'all' = fullRun ? 'all' : relatedFiles(patterns, suiteFiles, source);
    const known = baseline.survivors[name];
    const base = {
      fault: name,
      area: definition.area,
      description: definition.description,
      relatedSuites: patterns,
      files,
      fullRun,
      ...(known !== undefined ? { knownSurvivor: known } : {}),
    };
    if (files !== 'all' && files.length === 0) {
      const note = `no suite file matches ${patterns.join(', ')}`;
      faults.push({ ...base, caught: false, caughtBy: [], unrelatedFailures: [], runErrors: [], note, durationMs: 0 });
      log(`selftest: [${index + 1}/${names.length}] ${name}: SURVIVED (${note})`);
      continue;
    }
    const outcome = await run({ faults: [name], files: files === 'all' ? [] : files, seed, bail: !fullRun });
    const failing = outcome.results.filter((r) => isFailing(r) && !failingClean.has(scenarioId(r)));
    const caughtBy = failing.filter((r) => isRelated(r, patterns)).map(scenarioId);
    const unrelatedFailures = failing.filter((r) => !isRelated(r, patterns)).map(scenarioId);
    const caught = caughtBy.length > 0;
    faults.push({
      ...base,
      caught,
      caughtBy,
      unrelatedFailures,
      runErrors: outcome.runErrors.map(firstLine),
      durationMs: outcome.durationMs,
    });
    log(
      `selftest: [${index + 1}/${names.length}] ${name}: ${caught ? 'caught' : 'SURVIVED'}` +
        `${caught ? ` by ${caughtBy[0]}${caughtBy.length > 1 ? ` (+${caughtBy.length - 1})` : ''}` : ''}` +
        `${unrelatedFailures.length ? `; ${unrelatedFailures.length} unrelated failure(s)` : ''}` +
        ` (${(outcome.durationMs / 1000).toFixed(1)} s${fullRun ? ', full run' : ''})`,
    );
  }

  const killed = faults.filter((f) => f.caught).length;
  const unexpectedSurvivors = faults.filter((f) => !f.caught && f.knownSurvivor === undefined).map((f) => f.fault);
  const staleBaseline = faults.filter((f) => f.caught && f.knownSurvivor !== undefined).map((f) => f.fault);
  return {
    seed,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    clean,
    faults,
    killed,
    total: faults.length,
    killRate: faults.length === 0 ? 1 : killed / faults.length,
    unexpectedSurvivors,
    staleBaseline,
    ok: unexpectedSurvivors.length === 0 && clean.failures.length === 0,
  };
}

/** The report as text: fault → the scenarios that caught it, survivors, the clean check and the kill rate. */
export function renderSelftestText(report: SelftestReport): string {
  const lines: string[] = [];
  const width = Math.max(...report.faults.map((f) => f.fault.length), 10);
  for (const f of report.faults) {
    const status = f.caught ? 'caught  ' : f.knownSurvivor !== undefined ? 'known   ' : 'SURVIVED';
    const detail = f.caught
      ? (f.caughtBy[0] ?? '')
      : (f.knownSurvivor ?? f.note ?? `no related scenario failed (${f.relatedSuites.join(', ')})`);
    lines.push(`  ${status} ${f.fault.padEnd(width)}  ${detail}`);
    for (const more of f.caughtBy.slice(1, 3)) lines.push(`  ${''.padEnd(8)} ${''.padEnd(width)}  ${more}`);
    if (f.unrelatedFailures.length > 0) {
      lines.push(`  ${''.padEnd(8)} ${''.padEnd(width)}  unrelated failures: ${f.unrelatedFailures.length}`);
    }
  }
  const pct = (report.killRate * 100).toFixed(1);
  lines.push('');
  lines.push(
    `selftest: clean emulator: ${report.clean.runs} run(s), ${report.clean.failures.length} failure(s)` +
      (report.clean.scenarios.length ? ` (${report.clean.scenarios.join('/')} scenarios)` : ''),
  );
  for (const failure of report.clean.failures.slice(0, 20)) lines.push(`  ${failure}`);
  lines.push(
    `selftest: kill rate ${report.killed}/${report.total} (${pct}%) in ${(report.durationMs / 1000).toFixed(0)} s`,
  );
  if (report.unexpectedSurvivors.length > 0) {
    lines.push(`selftest: unexpected survivors: ${report.unexpectedSurvivors.join(', ')}`);
  }
  if (report.staleBaseline.length > 0) {
    lines.push(`selftest: caught now, remove from the baseline: ${report.staleBaseline.join(', ')}`);
  }
  return lines.join('\n');
}
