import { describe, expect, test } from 'vitest';
import { checkContext, validConversation } from '../test-support/check-context.ts';
import { contentType } from './content-type.ts';

describe('content-type', () => {
  test('passes application/json (with parameters) and an empty 204', async () => {
    expect(
      contentType.run(
        await checkContext('fetchConversation', 200, validConversation(), 'application/json; charset=utf-8'),
      ),
    ).toEqual([]);
    expect(contentType.run(await checkContext('deleteConversation', 204, undefined, ''))).toEqual([]);
  });

  test('fails a JSON body labelled text/html', async () => {
    const findings = contentType.run(await checkContext('fetchConversation', 200, validConversation(), 'text/html'));
    expect(findings).toEqual([
      expect.objectContaining({
        checkId: 'content-type',
        message: "content-type 'text/html' is not one of application/json",
      }),
    ]);
  });

  test('fails a 204 that carries a body', async () => {
    const [finding] = contentType.run(await checkContext('deleteConversation', 204, { deleted: true }));
    expect(finding?.message).toBe('204 response carries a body of 16 bytes');
  });
});
