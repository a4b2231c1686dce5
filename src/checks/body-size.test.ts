import { describe, expect, test } from 'vitest';
import { checkContext, validConversation } from '../test-support/check-context.ts';
import { bodySize } from './body-size.ts';
import { runChecks } from './index.ts';

describe('body-size', () => {
  test('passes a body within the cap', async () => {
    expect(bodySize.run(await checkContext('fetchConversation', 200, validConversation()))).toEqual([]);
  });

  test('fails a body the client cut at its cap, and is the only finding of the exchange', async () => {
    const context = await checkContext('fetchConversation', 200, '{"pad":"xxxxxxxx');
    context.exchange.response.overCap = { capBytes: 16, declaredBytes: 10_485_760 };
    expect(bodySize.run(context)).toEqual([
      expect.objectContaining({
        checkId: 'body-size',
        message:
          'response body is over the 16-byte cap (Content-Length 10485760): read the first 16 bytes, the rest was not read (--max-body)',
      }),
    ]);
    // A cut body is not JSON: the schema and content checks have nothing to judge.
    expect(runChecks(context).map((f) => f.checkId)).toEqual(['body-size']);
  });
});
