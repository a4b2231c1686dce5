/** The run model reporters write: one entry per scenario. */

/** How a scenario ended: passed, failed (a finding: the target broke the contract), error (the kit could not run
 * it), or skipped (with the reason). */
export type ScenarioOutcome = 'passed' | 'failed' | 'error' | 'skipped';

/** One scenario's result. */
export interface ScenarioResult {
  /** The suite file, relative to the project root. */
  file: string;
  /** The describe chain, joined with ' > '. */
  suite: string;
  name: string;
  outcome: ScenarioOutcome;
  durationMs: number;
  /** Failure or error message (first line is the summary). */
  message?: string;
  /** Full detail (stack or finding list). */
  detail?: string;
  /** Why it was skipped. */
  skipReason?: string;
  /** The operations (and statuses) the scenario called. */
  operations?: { operationId: string; status: number }[];
  /** The scenario's tags (vitest test tags). */
  tags?: string[];
  /** The scenario's declared cost (`meta.cost`), when it declares one. */
  cost?: number;
  /** What the target's expectations baseline says of it (`--expectations`, reporting/expectations.ts). */
  expectation?: { status: 'known' | 'flaky' | 'fixed'; reason: string };
}

/** How the run was set up: what makes it reproducible and what the target could do. */
export interface RunSettings {
  /** The data seed (`--seed`): the same seed gives every scenario the same faker data. */
  seed: number;
  runId: string;
  /** Capability name → whether the target has it. */
  capabilities: Record<string, boolean>;
  /** `--tag` values, when given. */
  tags?: string[];
  /** `--budget` and what it let run, when applied. */
  budget?: { budget: number; spent: number; skipped: number };
}

/** The whole run. */
export interface RunSummary {
  target: string;
  startedAt: string;
  durationMs: number;
  results: ScenarioResult[];
  /** Errors outside any scenario (setup failures). */
  runErrors: string[];
  /** Scenarios `--grep`/`--tag` left out (not in `results`). */
  notSelected?: number;
  /** The run's settings (absent in summaries built by hand). */
  settings?: RunSettings;
}

/** Counts by outcome. */
export function countOutcomes(results: ScenarioResult[]): Record<ScenarioOutcome, number> {
  const counts: Record<ScenarioOutcome, number> = { passed: 0, failed: 0, error: 0, skipped: 0 };
  for (const r of results) counts[r.outcome]++;
  return counts;
}
