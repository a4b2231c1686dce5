import { describe, expect, test } from 'vitest';
import { checkContext } from '../test-support/check-context.ts';
import { findingSource } from './source.ts';

describe('findingSource', () => {
  test('a missing required key cites D-SCHEMA-2 and the seed lines of the operation', async () => {
    const { operation } = await checkContext('createConversation', 201, {});
    const source = findingSource(operation, { checkId: 'response-schema', evidence: { keyword: 'required' } });
    expect(source.resource).toBe('Conversation');
    expect(source.decisions[0]).toBe('D-SCHEMA-2');
    expect(source.decisions).toContain('D-CONV-1');
    expect(source.docs).toContain('004:L16550');
    expect(source.rule).toMatch(/null when unset/);
  });

  test('an error-body finding cites D-ERR-1; an unknown rule cites only what the operation does', async () => {
    const { operation } = await checkContext('fetchConversation', 404, {});
    expect(findingSource(operation, { checkId: 'error-body', evidence: {} }).decisions[0]).toBe('D-ERR-1');
    const plain = findingSource(operation, { checkId: 'scenario-assertion', evidence: {} });
    expect(plain.rule).toBeUndefined();
    expect(plain.decisions.every((d) => /^D-[A-Z]+/.test(d))).toBe(true);
  });
});
