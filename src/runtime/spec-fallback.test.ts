import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSpec } from '../spec/load.ts';
import { PACKAGE_ROOT } from '../spec/paths.ts';
import { compileValidators } from '../validation/validators.ts';
import { type CheckedSpec, matchInSpec, resolveOperation, resolveStatus } from './spec-fallback.ts';

// The 3.0 fixture puts `/v1` in its server URL and lacks conversation update (DRIFT-1); its
// ConversationWithParticipants create declares 201 only where ours declares 201 and 202 (DRIFT-8).
const VENDOR_30 = resolve(PACKAGE_ROOT, 'src', 'spec', 'fixtures', 'vendor-conversations-3.0.yaml');

async function checked(path?: string): Promise<CheckedSpec> {
  const spec = await loadSpec(path);
  return { spec, validators: compileValidators(spec) };
}

const ours = await checked();
const theirs = await checked(VENDOR_30);
const CH = `CH${'0'.repeat(32)}`;

describe('matchInSpec', () => {
  test.each([
    ['a path below the server base path', ['POST', '/v1/Conversations'], 'CreateConversation'],
    ['a templated path below it', ['GET', `/v1/Conversations/${CH}`], 'FetchConversation'],
    ['no operation', ['POST', `/v1/Conversations/${CH}`], undefined],
    ['the base path alone is not enough', ['POST', '/Conversations'], undefined],
  ] as const)('%s', (_name, [method, path], want) => {
    expect(matchInSpec(theirs.spec, method, path)?.operationId).toBe(want);
  });
});

describe('resolveOperation', () => {
  test('their operation when they have it, without a note', () => {
    const resolved = resolveOperation(theirs, ours, 'GET', `/v1/Conversations/${CH}`);
    expect(resolved?.operation.operationId).toBe('FetchConversation');
    expect(resolved?.validators).toBe(theirs.validators);
    expect(resolved?.drift).toBeUndefined();
  });

  test('ours, with an operation-validated-with-ours note, when theirs lacks the operation', () => {
    const resolved = resolveOperation(theirs, ours, 'POST', `/v1/Conversations/${CH}`);
    expect(resolved?.operation.operationId).toBe('updateConversation');
    expect(resolved?.validators).toBe(ours.validators);
    expect(resolved?.drift).toMatchObject({
      aspect: 'operation-validated-with-ours',
      operation: 'POST /v1/Conversations/{}',
      operationIds: { ours: 'updateConversation', theirs: null },
      seen: 1,
    });
  });

  test('nothing without a fallback, or when neither document has it', () => {
    expect(resolveOperation(theirs, undefined, 'POST', `/v1/Conversations/${CH}`)).toBeUndefined();
    expect(resolveOperation(theirs, ours, 'PUT', '/v1/Nowhere')).toBeUndefined();
  });
});

describe('resolveStatus', () => {
  const cwp = () => resolveOperation(theirs, ours, 'POST', '/v1/ConversationWithParticipants')!;
  const request = { method: 'POST', pathname: '/v1/ConversationWithParticipants' };

  test('a status theirs declares stays with theirs', () => {
    expect(resolveStatus(cwp(), ours, request, 201)).toEqual(cwp());
  });

  test('a status only ours declares is checked with ours and noted as status-only-in-ours', () => {
    const resolved = resolveStatus(cwp(), ours, request, 202);
    expect(resolved.operation.operationId).toBe('createConversationWithParticipants');
    expect(resolved.validators).toBe(ours.validators);
    expect(resolved.drift).toMatchObject({
      aspect: 'status-only-in-ours',
      location: '202',
      ours: '202',
      theirs: ['201', '400', '401', '409'],
      operationIds: { ours: 'createConversationWithParticipants', theirs: 'CreateConversationWithParticipants' },
    });
  });

  test('a status neither declares stays with theirs (status-documented reports it)', () => {
    expect(resolveStatus(cwp(), ours, request, 418)).toEqual(cwp());
  });

  test('nothing changes without a fallback', () => {
    expect(resolveStatus(cwp(), undefined, request, 202)).toEqual(cwp());
  });
});
