import { describe, expect, test } from 'vitest';
import { checkContext, validConversation } from '../test-support/check-context.ts';
import { responseSchema } from './response-schema.ts';

describe('response-schema', () => {
  test('passes a body the spec documents', async () => {
    expect(responseSchema.run(await checkContext('fetchConversation', 200, validConversation()))).toEqual([]);
  });

  test.each([
    ['a state outside the documented enum', { state: 'paused' }, '/state'],
    ['a SID with the wrong prefix', { sid: 'XX0123456789abcdef0123456789abcdef' }, '/sid'],
    ['a wrong type', { attributes: 42 }, '/attributes'],
  ])('fails %s, pointing at the field', async (_name, change, path) => {
    const findings = responseSchema.run(
      await checkContext('fetchConversation', 200, { ...validConversation(), ...change }),
    );
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]).toMatchObject({ checkId: 'response-schema', instancePath: path });
  });

  test('fails a missing required property', async () => {
    const { sid: _sid, ...withoutSid } = validConversation();
    const findings = responseSchema.run(await checkContext('fetchConversation', 200, withoutSid));
    expect(findings.map((f) => f.message)).toContain("(root) must have required property 'sid'");
  });

  test('fails a body that is not JSON', async () => {
    const [finding] = responseSchema.run(await checkContext('fetchConversation', 200, '<html>ok</html>'));
    expect(finding?.message).toBe('response body is not JSON');
  });
});
