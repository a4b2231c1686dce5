import { describe, expect, test } from 'vitest';
import { checkContext, validConversation } from '../test-support/check-context.ts';
import { runChecks } from './index.ts';
import { redirect } from './redirect.ts';

describe('redirect', () => {
  test('passes a documented answer', async () => {
    expect(redirect.run(await checkContext('fetchConversation', 200, validConversation()))).toEqual([]);
  });

  test('fails a 302, naming its Location, and is the only finding of the exchange', async () => {
    const context = await checkContext('fetchConversation', 302, '');
    context.exchange.response.headers.location = '/v1/Conversations/CH1?again=1';
    expect(redirect.run(context)).toEqual([
      expect.objectContaining({
        checkId: 'redirect',
        message:
          "answered 302 redirecting to '/v1/Conversations/CH1?again=1' instead of the documented answer (the kit never follows redirects)",
      }),
    ]);
    // status-documented and content-type would say the same thing in worse words.
    expect(runChecks(context).map((f) => f.checkId)).toEqual(['redirect']);
  });

  test('a 3xx without Location says so', async () => {
    const [finding] = redirect.run(await checkContext('fetchConversation', 307, ''));
    expect(finding?.message).toContain('redirecting to (no Location header)');
  });
});
