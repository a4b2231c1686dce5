import { describe, expect, test } from 'vitest';
import { checkContext, twilioError, validConversation } from '../test-support/check-context.ts';
import { statusDocumented } from './status-documented.ts';

describe('status-documented', () => {
  test('passes a documented status', async () => {
    expect(statusDocumented.run(await checkContext('fetchConversation', 200, validConversation()))).toEqual([]);
    expect(statusDocumented.run(await checkContext('fetchConversation', 404, twilioError(404)))).toEqual([]);
  });

  test('fails a status the spec does not document, naming the documented ones', async () => {
    const [finding, ...rest] = statusDocumented.run(await checkContext('fetchConversation', 418, twilioError(418)));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ checkId: 'status-documented', operationId: 'fetchConversation' });
    expect(finding?.message).toMatch(/^status 418 is not documented for fetchConversation \(documented: 200, .*404/);
    expect(finding?.evidence).toMatchObject({ status: 418 });
  });
});
