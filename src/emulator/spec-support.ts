// Test helper: check emulator responses against our own spec with the kit's validators (compiled once per process).
import { expect } from 'vitest';
import { type LoadedSpec, loadSpec } from '../spec/load.ts';
import { compileValidators, type ValidatorSet } from '../validation/validators.ts';
import type { Fields, TestClient, TestResponse } from './test-support.ts';

let validators: Promise<ValidatorSet> | undefined;

/** The kit's validators for the spec in `spec/` (loaded and compiled on first use). */
export function specValidators(): Promise<ValidatorSet> {
  validators ??= loadSpec().then(compileValidators);
  return validators;
}

/** Validators for only the operations of `spec` tagged with one of `tags` (compiling all 400+ takes seconds). */
export function compileTagged(spec: LoadedSpec, tags: readonly string[]): ValidatorSet {
  const all = spec.operations.all.filter((o) => o.tags.some((tag) => tags.includes(tag)));
  return compileValidators({ ...spec, operations: { ...spec.operations, all } });
}

/** Validators for only the operations of the spec in `spec/` tagged with one of `tags`. */
export async function tagValidators(...tags: string[]): Promise<ValidatorSet> {
  return compileTagged(await loadSpec(), tags);
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

/** Expect `response` to have `status` (the body is the failure message) and to conform to `operationId` at it. */
export async function conforms(operationId: string, response: TestResponse, status: number): Promise<void> {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(await specIssues(operationId, response)).toEqual([]);
}

/** Expect a conforming 400 with Twilio error `code` when `fields` are POSTed to `url` (operation `operationId`). */
export async function expectRejected(
  c: TestClient,
  url: string,
  operationId: string,
  fields: Fields,
  code: number,
): Promise<void> {
  const response = await c.post(url, fields);
  await conforms(operationId, response, 400);
  expect(response.body.code).toBe(code);
}

/** Expect `response` to validate for `operationId` at its status with `validators` (which must cover it). */
export function expectValid(validators: ValidatorSet, operationId: string, response: TestResponse): void {
  expect(validators.validateResponse(operationId, response.status, response.body)?.issues).toEqual([]);
}
