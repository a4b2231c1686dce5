import { contentType } from './content-type.ts';
import { errorBody } from './error-body.ts';
import type { Check, CheckContext, Finding } from './finding.ts';
import { responseSchema } from './response-schema.ts';
import { statusDocumented } from './status-documented.ts';

export type { Check, CheckContext, Finding } from './finding.ts';

/** The closed catalogue of checks run on every exchange, in order. */
export const CHECKS: readonly Check[] = [statusDocumented, contentType, responseSchema, errorBody];

/** Check id used when a scenario's own expectation (status, state, limit) is not met. */
export const SCENARIO_EXPECTATION_CHECK_ID = 'scenario-expectation';

/** Runs every check on an exchange and returns all findings. */
export function runChecks(context: CheckContext): Finding[] {
  return CHECKS.flatMap((check) => check.run(context));
}
