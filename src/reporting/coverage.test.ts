import { describe, expect, test } from 'vitest';
import { buildCoverage, renderCoverageText } from './coverage.ts';

const ops = [
  { operationId: 'createConversation', method: 'POST', path: '/v1/Conversations', documented: ['201', '400', '401'] },
  {
    operationId: 'fetchConversation',
    method: 'GET',
    path: '/v1/Conversations/{Sid}',
    documented: ['200', '4XX', 'default'],
  },
];

describe('buildCoverage', () => {
  const matrix = buildCoverage(ops, [
    {
      file: 'a.suite.ts',
      suite: 'S',
      name: 't1',
      outcome: 'passed',
      durationMs: 1,
      operations: [
        { operationId: 'createConversation', status: 201 },
        { operationId: 'createConversation', status: 201 },
        { operationId: 'fetchConversation', status: 404 },
        { operationId: 'vendorOnly', status: 200 },
      ],
    },
    {
      file: 'b.suite.ts',
      suite: '',
      name: 't2',
      outcome: 'failed',
      durationMs: 1,
      operations: [{ operationId: 'createConversation', status: 400 }],
    },
  ]);

  test('counts scenarios per status once per scenario', () => {
    expect(matrix.rows[0]?.exercised).toEqual({ '201': 1, '400': 1 });
    expect(matrix.rows[0]?.scenarios).toEqual(['a.suite.ts > S > t1', 'b.suite.ts > t2']);
  });

  test('lists documented statuses nobody produced; ranges match any status in them', () => {
    expect(matrix.rows[0]?.unexercised).toEqual(['401']);
    expect(matrix.rows[1]?.unexercised).toEqual(['200']);
    expect(matrix).toMatchObject({
      operations: 2,
      exercisedOperations: 2,
      documentedStatuses: 5,
      exercisedStatuses: 3,
    });
  });

  test('reports operations the spec does not have', () => {
    expect(matrix.unknown).toEqual(['vendorOnly']);
    expect(renderCoverageText(matrix)).toContain('called but not in this spec: vendorOnly');
  });
});
