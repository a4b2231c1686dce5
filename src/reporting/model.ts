/** The run model reporters write: one entry per scenario. */
import type { ExchangeEvidence, ReportedFinding, StepFailure } from '../runtime/api.ts';

export type { ExchangeEvidence, ReportedFinding, StepFailure } from '../runtime/api.ts';

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
  /** The kind of the first finding (a check id, `scenario-assertion`, `transport`, …) of a failed scenario. */
  checkId?: string;
  /** The operation and spec resource of the failing step. */
  operationId?: string;
  resource?: string;
  /** The findings of the failing step, each with where its expectation comes from. */
  findings?: ReportedFinding[];
  /** The failing exchange (for a hand-written assertion: the scenario's last exchange), secrets redacted. */
  evidence?: ExchangeEvidence[];
  /** Expected vs actual, for a hand-written assertion. */
  diff?: string;
  /**
   * `prerequisite` when the failure happened in a setup call outside the scenario's subject (its area tags): the
   * scenario is blocked by that root cause rather than failing its own behaviour. Still a failure (exit 1).
   */
  attribution?: 'subject' | 'prerequisite';
  /** The id of the root cause this failure belongs to (`rootCauses[]`). */
  rootCause?: string;
  /** Schema findings recorded under `--schema warn` (the scenario went on). */
  warnings?: StepFailure[];
}

/** Failures with the same signature (operation, check, normalised message): one bug of the target. */
export interface RootCause {
  /** `RC1`, `RC2`, … by descending count. */
  id: string;
  summary: string;
  /** Failed scenarios it covers (subject and blocked). */
  count: number;
  /** Of those, scenarios it blocked in a setup step. */
  blocked: number;
  operationId: string;
  /** Every operation whose failing step showed it (more than one for "not implemented"). */
  operations: string[];
  checkId: string;
  /** The first scenario that showed it (`file > suite > name`) and its evidence. */
  example: { scenario: string; evidence?: ExchangeEvidence; findings?: ReportedFinding[]; diff?: string };
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
  /** The failures grouped by root cause, most scenarios first. */
  rootCauses?: RootCause[];
}

/** Counts by outcome. */
export function countOutcomes(results: ScenarioResult[]): Record<ScenarioOutcome | 'blocked', number> {
  const counts: Record<ScenarioOutcome | 'blocked', number> = {
    passed: 0,
    failed: 0,
    error: 0,
    skipped: 0,
    blocked: 0,
  };
  for (const r of results) {
    counts[r.outcome]++;
    if (r.outcome === 'failed' && r.attribution === 'prerequisite') counts.blocked++;
  }
  return counts;
}
