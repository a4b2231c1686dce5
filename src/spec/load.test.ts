import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSpec } from './load.ts';

describe('loadSpec', () => {
  test('loads and dereferences the bundled root with an operation index', async () => {
    const spec = await loadSpec();
    expect(spec.version).toMatch(/^3\.1\./);
    expect(spec.operations.byId.get('createConversationWithParticipants')?.path).toBe(
      '/v1/ConversationWithParticipants',
    );
    expect(JSON.stringify(spec.document)).not.toContain('"$ref"');
  });

  test('matches literal segments before templated ones', async () => {
    const spec = await loadSpec();
    const m = spec.operations.match('GET', '/v1/Conversations/CH00000000000000000000000000000000/Participants');
    expect(m?.operation.path).toBe('/v1/Conversations/{ConversationSid}/Participants');
    expect(m?.params).toEqual({ ConversationSid: 'CH00000000000000000000000000000000' });
    expect(spec.operations.match('PATCH', '/v1/Conversations')).toBeUndefined();
  });

  test('a missing file is CONFORMANCE_ERR_SPEC_LOAD naming the file', async () => {
    await expect(loadSpec('/nonexistent/spec.yaml')).rejects.toMatchObject({
      code: 'CONFORMANCE_ERR_SPEC_LOAD',
      message: expect.stringContaining('/nonexistent/spec.yaml'),
    });
  });

  test('an invalid document is CONFORMANCE_ERR_SPEC_LOAD', async () => {
    const path = join(tmpdir(), `bad-spec-${process.pid}.yaml`);
    await writeFile(path, 'openapi: 3.1.0\ninfo: {title: x}\npaths: {}\n');
    await expect(loadSpec(path)).rejects.toMatchObject({ code: 'CONFORMANCE_ERR_SPEC_LOAD' });
  });
});
