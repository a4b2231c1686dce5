import { bodySize } from './body-size.ts';
import { contentType } from './content-type.ts';
import { errorBody } from './error-body.ts';
import type { Check, CheckContext, Finding } from './finding.ts';
import { redirect } from './redirect.ts';
import { responseSchema } from './response-schema.ts';
import { statusDocumented } from './status-documented.ts';

export type { Check, CheckContext, Finding } from './finding.ts';

/** The closed catalogue of checks run on every exchange, in order (decisive ones first). */
export const CHECKS: readonly Check[] = [redirect, bodySize, statusDocumented, contentType, responseSchema, errorBody];

/** Check id used when a scenario's own expectation (status, state, limit) is not met. */
export const SCENARIO_EXPECTATION_CHECK_ID = 'scenario-expectation';

/**
 * Finding kinds that come from the scenario rather than from one exchange check: the closed list every report may
 * show besides the ids of {@link CHECKS}.
 */
export const SCENARIO_FINDING_KINDS = {
  'scenario-expectation': 'The status a step of the scenario expects (the documented behaviour) did not come back.',
  'scenario-assertion': 'A state, value, order or limit the scenario checks by hand after the calls differs.',
  transport: 'The target did not answer a request: timeout, reset connection, or refused connection mid-run.',
  'unknown-link': 'A URL the target returned (next_page_url, url, links) names no operation of the spec.',
} as const;

export type { FindingSource } from './source.ts';
export { findingSource } from './source.ts';

const DECISIVE = CHECKS.filter((c) => c.decisive);
const OTHERS = CHECKS.filter((c) => !c.decisive);

/** Runs every check on an exchange and returns all findings — only a decisive check's, when one finds something. */
export function runChecks(context: CheckContext): Finding[] {
  for (const check of DECISIVE) {
    const findings = check.run(context);
    if (findings.length > 0) return findings;
  }
  return OTHERS.flatMap((check) => check.run(context));
}

/** True when a finding comes from a decisive check (then it is the step's only finding, the scenario's expectation included). */
export function isDecisive(finding: Pick<Finding, 'checkId'>): boolean {
  return CHECKS.some((c) => c.decisive && c.id === finding.checkId);
}
