import { describe, expect, test } from 'vitest';
import type { ScenarioResult } from './model.ts';
import { assignRootCauses, failureSignature, normaliseMessage } from './root-causes.ts';

function failed(
  name: string,
  operationId: string,
  message: string,
  extra: Partial<ScenarioResult> = {},
): ScenarioResult {
  return {
    file: 'suites/x.suite.ts',
    suite: 'S',
    name,
    outcome: 'failed',
    durationMs: 1,
    checkId: 'response-schema',
    operationId,
    findings: [{ checkId: 'response-schema', operationId, message }],
    ...extra,
  };
}

describe('root causes', () => {
  test('SIDs, URLs, dates and numbers do not split one bug', () => {
    expect(
      normaliseMessage(
        'CH0123456789abcdef0123456789abcdef at http://127.0.0.1:4010/v1/x on 2026-01-01T00:00:00Z, 123456',
      ),
    ).toBe('{sid} at {url} on {date}, {n}');
    expect(failureSignature(failed('a', 'fetchConversation', '/sid CH0123456789abcdef0123456789abcdef'))).toBe(
      failureSignature(failed('b', 'fetchConversation', '/sid CHffffffffffffffffffffffffffffffff')),
    );
  });

  test('groups by signature, most scenarios first, counting blocked ones, and labels every failure', () => {
    const results: ScenarioResult[] = [
      failed('one', 'createConversation', "(root) must have required property 'unique_name'", {
        attribution: 'prerequisite',
      }),
      failed('two', 'fetchConfiguration', 'status 404 is not documented'),
      failed('three', 'createConversation', "(root) must have required property 'unique_name'", {
        attribution: 'subject',
      }),
      { file: 'suites/x.suite.ts', suite: 'S', name: 'ok', outcome: 'passed', durationMs: 1 },
    ];
    const { results: labelled, rootCauses } = assignRootCauses(results);
    expect(rootCauses.map((r) => [r.id, r.count, r.blocked, r.operationId])).toEqual([
      ['RC1', 2, 1, 'createConversation'],
      ['RC2', 1, 0, 'fetchConfiguration'],
    ]);
    expect(rootCauses[0]?.summary).toBe(
      'createConversation: [response-schema] response leaves out required keys (null keys must be present, D-SCHEMA-2): unique_name (2)',
    );
    expect(rootCauses[0]?.example.scenario).toBe('suites/x.suite.ts > S > one');
    expect(labelled.map((r) => r.rootCause)).toEqual(['RC1', 'RC2', 'RC1', undefined]);
  });

  test('routes a target does not have are one cause, listing the operations', () => {
    const notFound = (name: string, operationId: string): ScenarioResult => ({
      ...failed(name, operationId, 'expected status 201, got 404', { checkId: 'scenario-expectation' }),
      evidence: [
        {
          request: { method: 'POST', url: 'http://t/x', headers: {} },
          response: { status: 404, headers: {}, body: '{"error":"Not Found"}', bytes: 21 },
          curl: 'curl',
        },
      ],
    });
    const { rootCauses } = assignRootCauses([
      notFound('a', 'createRole'),
      notFound('b', 'createService'),
      notFound('c', 'createRole'),
    ]);
    expect(rootCauses).toHaveLength(1);
    expect(rootCauses[0]?.summary).toBe(
      "not implemented: 2 operation(s) answer 404 without Twilio's error body — createRole (2), createService (1)",
    );
    expect(rootCauses[0]?.operations).toEqual(['createRole', 'createService']);
  });

  test('different checks or operations are different causes', () => {
    const { rootCauses } = assignRootCauses([
      failed('a', 'createConversation', 'x'),
      failed('b', 'createRole', 'x'),
      failed('c', 'createConversation', 'x', { checkId: 'error-body' }),
    ]);
    expect(rootCauses).toHaveLength(3);
  });
});
