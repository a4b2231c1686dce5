// The run plan: every setting of one conformance run, typed and validated in one place (`buildRunPlan`), then
// handed to vitest through its own API (`provide`/`inject`, see run-suites.ts) — never through the environment.
// `conformance run`, `coverage`, the self-test and the comparison all build a plan and call `runSuites(plan)`.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { KitError } from '../errors.ts';
import type { TargetRequest } from '../targets/registry.ts';
import type { TargetInfo } from '../targets/types.ts';
import type { SchemaMode } from './api.ts';
import type { BudgetPlan } from './budget.ts';
import { seedFromEnv } from './seed.ts';
import { DEFAULT_TEST_TIMEOUT_MS, suitesGlob } from './suites-project.ts';
import { SCENARIO_TAGS, unknownTags } from './tags.ts';

/** Scenario timeout with `--real-timers` (a vendor's timers fire minutes late; each wait is still bounded). */
export const REAL_TIMERS_TEST_TIMEOUT_MS = 15 * 60_000;
/** Default per-request timeout. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;
/** Default `--max-time`: 30 minutes (a full run against the emulator takes under a minute, a remote one ~10). */
export const DEFAULT_MAX_TIME_MS = 30 * 60_000;
/** Default `--max-body`: 1 MiB, well above any documented answer (a 100-record page is tens of KB). */
export const DEFAULT_BODY_CAP_BYTES = 1_048_576;
/** Default `--concurrency` against a live vendor: one suite file at a time (be gentle with what bills). */
export const LIVE_DEFAULT_CONCURRENCY = 1;

/** The skip reason of a scenario the run deadline (`--max-time`) did not let start or finish. */
export const DEADLINE_STOP = 'stopped: run deadline exceeded (--max-time)';

/** The report files a run can write (src/reporting/reporters.ts). */
export const REPORT_FORMATS = ['junit', 'json', 'html'] as const;
/** One report format. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * vitest's console reporters a run may choose (`--reporter`), by vitest's own names. vitest's file reporters (junit,
 * json, blob, html) are not offered: the kit writes its own report files (REPORT_FORMATS).
 */
export const CONSOLE_REPORTERS = [
  'default',
  'dot',
  'verbose',
  'tree',
  'minimal',
  'tap',
  'tap-flat',
  'github-actions',
  'hanging-process',
] as const;
/** One vitest console reporter. */
export type ConsoleReporter = (typeof CONSOLE_REPORTERS)[number];

/** Every `--reporter` name: the kit's report files, then vitest's console reporters. */
export const REPORTER_NAMES: readonly string[] = [...REPORT_FORMATS, ...CONSOLE_REPORTERS];

/** The `--reporter` names that are neither a report file nor a console reporter. */
export function unknownReporters(names: readonly string[]): string[] {
  return names.filter((name) => !REPORTER_NAMES.includes(name));
}

/** `--reporter NAME` is not one of them: the message names every valid one. */
export function unknownReporterMessage(unknown: readonly string[]): string {
  return (
    `--reporter ${unknown.map((name) => `'${name}'`).join(', ')}: unknown reporter (report files: ` +
    `${REPORT_FORMATS.join(', ')}; console (vitest): ${CONSOLE_REPORTERS.join(', ')})`
  );
}

/**
 * What `--reporter` values choose. Naming any report file writes only the named files (else all of them); naming any
 * console reporter replaces vitest's `default`. On GitHub Actions (`GITHUB_ACTIONS=true`, as vitest itself does when
 * it picks its reporters) `github-actions` is added, so failures become annotations.
 */
export function chooseReporters(
  names: readonly string[],
  env: NodeJS.ProcessEnv,
): { reports: ReportFormat[]; consoleReporters: ConsoleReporter[] } {
  const unknown = unknownReporters(names);
  if (unknown.length > 0) bad(unknownReporterMessage(unknown));
  const files = REPORT_FORMATS.filter((format) => names.includes(format));
  const consoleReporters: ConsoleReporter[] = CONSOLE_REPORTERS.filter((name) => names.includes(name));
  if (consoleReporters.length === 0) consoleReporters.push('default');
  if (env.GITHUB_ACTIONS === 'true' && !consoleReporters.includes('github-actions')) {
    consoleReporters.push('github-actions');
  }
  return { reports: files.length > 0 ? files : [...REPORT_FORMATS], consoleReporters };
}

/** Which scenarios run. */
export interface Selection {
  /** Suite file filters (substrings of the file path); empty = every file. */
  files: string[];
  /** `--grep`: test name pattern. */
  grep?: string;
  /** `--tag` values (tag names or expressions); a scenario runs when it matches any. */
  tags: string[];
  /** Stop at the first failing scenario (the self-test's kill runs). */
  bail?: boolean;
}

/** Everything one run needs, decided before anything starts. */
export interface RunPlan {
  /** Names this run in reports and in the scenarios' test data. */
  runId: string;
  /** The data seed (`--seed`, else CONFORMANCE_SEED, else random). */
  seed: number;
  /** The target to start: `--target` (absent: the embedded emulator) and how to reach it. */
  target: TargetRequest & { specPath: string; timeoutMs: number; maxBodyBytes: number };
  /** `--live`: the target bills even though it is not on twilio.com. */
  live: boolean;
  /** `--webhook-port` for the hub behind `--webhook-url`. */
  webhookPort?: number;
  /** The spec document the run validates against (ours unless `--spec`). */
  specPath: string;
  /** Whether `specPath` is another document than ours (then its drift from ours is reported). */
  foreignSpec: boolean;
  selection: Selection;
  /** `--budget` cost units (live targets only). */
  budget?: number;
  /** Extra suite globs (absolute), from `--suites`. */
  suites: string[];
  timeouts: { requestMs: number; scenarioMs: number };
  /**
   * `--max-time` in ms: the whole run's bound (prepare, scenarios, reports). Past it the run stops, unfinished
   * scenarios are marked and the reports are written with a run-level error.
   */
  maxTimeMs: number;
  /** `--max-body`: the largest response body the kit reads, in bytes; a larger one is a `body-size` finding. */
  bodyCapBytes: number;
  /** `--concurrency`: suite files run at once; absent = vitest's default (live targets: {@link LIVE_DEFAULT_CONCURRENCY}). */
  concurrency?: number;
  /** Where reports go, and which. */
  reportDir: string;
  reports: ReportFormat[];
  /** vitest's console reporters (`--reporter`; default `default`, plus `github-actions` on GitHub Actions). */
  consoleReporters: ConsoleReporter[];
  /** Known failures of the target: an explicit file, else `suites/expectations/<identity>.json`. */
  expectations: { path?: string; update: boolean };
  /** `--schema strict|warn`. */
  schema: SchemaMode;
  /** `--record FILE`: every exchange and webhook of the run goes to this HAR 1.2 cassette (absolute path). */
  record?: string;
  /** `--shard i/n`: this run is vitest's shard `index` of `count` (files split by vitest's sequencer). */
  shard?: Shard;
}

/** One shard of a run (`--shard i/n`, 1-based). */
export interface Shard {
  index: number;
  count: number;
}

/** `i/n` (1 ≤ i ≤ n) as vitest's `--shard` takes it; anything else is a bad argument naming the value. */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || count < 1 || index > count || count > 1000) {
    bad(`--shard must be i/n with 1 <= i <= n (e.g. 1/2), got '${value}'`);
  }
  return { index, count };
}

/** What the scenario workers receive (vitest `provide('conformancePlan')`): serializable, nothing to decode. */
export interface WorkerPlan {
  target: TargetInfo;
  seed: number;
  runId: string;
  /** `--schema`: `strict` (default) fails a step on a schema finding; `warn` records it and goes on. */
  schema?: SchemaMode;
  /** Ours, when the target's `specPath` is another document (`--spec`): what that one lacks is checked against ours. */
  fallbackSpecPath?: string;
  /** Scenarios the `--budget` plan left out (test id → reason), when there is a budget. */
  budget?: BudgetPlan;
  /**
   * The run deadline (epoch ms, `--max-time`): no request of a scenario is sent after it and one in flight is aborted
   * at it, so the tests vitest's cancel waits for end with it.
   */
  deadline?: number;
  /** `--record`: scenarios leave every exchange and webhook in their task meta (`recording`) for the cassette. */
  record?: boolean;
  /**
   * The spec documents (the target's and the fallback) were validated against the OpenAPI schema by the process that
   * built this plan, so workers only dereference them (saves 150-300 ms per worker).
   */
  specsValidated?: boolean;
}

/** The user's choices, as the CLI or a caller of the library gives them; everything optional has a default. */
export interface RunPlanInput {
  target?: string;
  spec?: string;
  defaultSpecPath: string;
  seed?: number;
  files?: string[];
  grep?: string;
  tags?: string[];
  bail?: boolean;
  budget?: number;
  realTimers?: boolean;
  live?: boolean;
  webhookUrl?: string;
  webhookPort?: number;
  suites?: string[];
  faults?: string[];
  timeoutMs?: number;
  /** `--max-time` in ms. */
  maxTimeMs?: number;
  /** `--max-body` in bytes. */
  bodyCapBytes?: number;
  concurrency?: number;
  reportDir?: string;
  /** `--reporter` names: report files and vitest console reporters (see chooseReporters). */
  reporters?: string[];
  /** The report files to write (overrides the files `reporters` chose). */
  reports?: ReportFormat[];
  expectations?: string;
  updateExpectations?: boolean;
  schema?: string;
  /** `--record FILE`: the HAR cassette to write. */
  record?: string;
  env?: NodeJS.ProcessEnv;
  /** `--shard i/n`. */
  shard?: string;
}

/** A fresh run id (base-36 time, plus randomness so two runs started in one millisecond differ). */
export function newRunId(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 2)
    .toString(36)
    .padStart(2, '0')}`;
}

function bad(message: string): never {
  throw new KitError('CONFORMANCE_ERR_BAD_ARGUMENTS', message);
}

/** Resolves `--suites` values (directories, files or globs) to absolute globs; a missing path is a bad argument. */
async function extraSuiteGlobs(suites: readonly string[]): Promise<string[]> {
  const globs: string[] = [];
  for (const given of suites) {
    const path = resolve(given);
    if (/[*?{[]/.test(given)) {
      globs.push(path);
      continue;
    }
    const found = await stat(path).catch(() => undefined);
    if (!found) bad(`--suites '${given}': no such file or directory`);
    globs.push(suitesGlob(path, found.isDirectory()));
  }
  return globs;
}

/** Builds and validates the plan of one run. Every bad value is a CONFORMANCE_ERR_BAD_ARGUMENTS naming the option. */
export async function buildRunPlan(input: RunPlanInput): Promise<RunPlan> {
  const env = input.env ?? process.env;
  const seed = input.seed ?? seedFromEnv(env);
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32)
    bad(`--seed must be a whole number below 2^32, got ${seed}`);
  const timeoutMs = input.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 100 || timeoutMs > 600_000) {
    bad(`--timeout must be between 100 and 600000 ms, got ${timeoutMs}`);
  }
  const maxTimeMs = input.maxTimeMs ?? DEFAULT_MAX_TIME_MS;
  if (!Number.isInteger(maxTimeMs) || maxTimeMs < 1000 || maxTimeMs > 7 * 24 * 3_600_000) {
    bad(`--max-time must be between 1 and 604800 seconds, got ${maxTimeMs / 1000}`);
  }
  const bodyCapBytes = input.bodyCapBytes ?? DEFAULT_BODY_CAP_BYTES;
  if (!Number.isInteger(bodyCapBytes) || bodyCapBytes < 1024 || bodyCapBytes > 1024 ** 3) {
    bad(`--max-body must be between 1024 and 1073741824 bytes, got ${bodyCapBytes}`);
  }
  if (
    input.concurrency !== undefined &&
    (!Number.isInteger(input.concurrency) || input.concurrency < 1 || input.concurrency > 64)
  ) {
    bad(`--concurrency must be between 1 and 64, got ${input.concurrency}`);
  }
  for (const tag of input.tags ?? []) {
    const unknown = unknownTags(tag);
    if (unknown.length > 0) {
      bad(`--tag '${tag}': unknown tag ${unknown.join(', ')} (known: ${SCENARIO_TAGS.map((t) => t.name).join(', ')})`);
    }
  }
  if (input.faults?.length && input.target !== undefined) {
    bad('--fault applies to the embedded emulator only (not with --target)');
  }
  if (input.webhookPort !== undefined && input.webhookUrl === undefined) {
    bad('--webhook-port needs --webhook-url (the public URL forwarded to that port)');
  }
  const schema = input.schema ?? 'strict';
  if (schema !== 'strict' && schema !== 'warn') bad(`--schema must be 'strict' or 'warn', got '${schema}'`);
  const specPath = input.spec ? resolve(input.spec) : input.defaultSpecPath;
  const realTimers = input.realTimers ?? false;
  const chosen = chooseReporters(input.reporters ?? [], env);
  const shard = input.shard !== undefined ? parseShard(input.shard) : undefined;
  // A shard sees part of the scenarios: rewriting the baseline from it would drop the other shards' entries.
  if (shard && input.updateExpectations) bad('--update-expectations needs the whole run (not with --shard)');
  return {
    runId: newRunId(),
    seed,
    target: {
      ...(input.target !== undefined ? { ref: input.target } : {}),
      specPath,
      timeoutMs,
      maxBodyBytes: bodyCapBytes,
      realTimers,
      ...(input.webhookUrl ? { webhookUrl: input.webhookUrl } : {}),
      ...(input.faults?.length ? { faults: [...input.faults] } : {}),
      env,
    },
    live: input.live ?? false,
    ...(input.webhookPort !== undefined ? { webhookPort: input.webhookPort } : {}),
    specPath,
    foreignSpec: input.spec !== undefined,
    selection: {
      files: input.files ?? [],
      tags: input.tags ?? [],
      ...(input.grep ? { grep: input.grep } : {}),
      ...(input.bail ? { bail: true } : {}),
    },
    ...(input.budget !== undefined ? { budget: input.budget } : {}),
    suites: await extraSuiteGlobs(input.suites ?? []),
    timeouts: { requestMs: timeoutMs, scenarioMs: realTimers ? REAL_TIMERS_TEST_TIMEOUT_MS : DEFAULT_TEST_TIMEOUT_MS },
    maxTimeMs,
    bodyCapBytes,
    ...(input.concurrency !== undefined ? { concurrency: input.concurrency } : {}),
    reportDir: resolve(input.reportDir ?? 'reports'),
    reports: input.reports ?? chosen.reports,
    consoleReporters: chosen.consoleReporters,
    expectations: {
      ...(input.expectations !== undefined ? { path: resolve(input.expectations) } : {}),
      update: input.updateExpectations ?? false,
    },
    schema,
    ...(shard ? { shard } : {}),
    ...(input.record !== undefined ? { record: resolve(input.record) } : {}),
  };
}

declare module 'vitest' {
  interface ProvidedContext {
    /** The run's worker plan; absent when vitest runs the suites directly (global setup then makes one). */
    conformancePlan: WorkerPlan;
  }
}
