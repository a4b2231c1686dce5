// Test helper: check emulator responses against our own spec with the kit's validators (compiled once per process).
import { loadSpec } from '../spec/load.ts';
import { compileValidators, type ValidatorSet } from '../validation/validators.ts';
import type { TestResponse } from './test-support.ts';

let validators: Promise<ValidatorSet> | undefined;

/** The kit's validators for the spec in `spec/` (loaded and compiled on first use). */
export function specValidators(): Promise<ValidatorSet> {
  validators ??= loadSpec().then(compileValidators);
  return validators;
}

/**
 * Why `response` does not conform to `operationId` at its status: `[]` when it does. A 204 must have no body; any
 * other status must be documented with a JSON schema.
 */
export async function specIssues(operationId: string, response: TestResponse): Promise<unknown[]> {
  if (response.status === 204) return response.body === undefined ? [] : ['204 with a body'];
  const outcome = (await specValidators()).validateResponse(operationId, response.status, response.body);
  if (!outcome) return [`${operationId} documents no JSON body for ${response.status}`];
  return outcome.issues;
}
