import { describe, expect, test } from 'vitest';
import { checkContext, twilioError, validConversation } from '../test-support/check-context.ts';
import { errorBody } from './error-body.ts';

describe('error-body', () => {
  test('passes Twilio’s error body, and ignores success responses', async () => {
    expect(errorBody.run(await checkContext('fetchConversation', 404, twilioError(404)))).toEqual([]);
    expect(errorBody.run(await checkContext('fetchConversation', 200, validConversation()))).toEqual([]);
  });

  test.each([
    ['a body that is not JSON', 'Not Found', ['error response 404 has no JSON object body']],
    ['a JSON array', [], ['error response 404 has no JSON object body']],
    [
      'a body without Twilio’s fields',
      { error: 'not found' },
      [
        'error body `code` is not an integer',
        'error body `message` is missing',
        'error body `more_info` is missing',
        'error body status undefined differs from HTTP 404',
      ],
    ],
    [
      'a status that differs from HTTP',
      { ...twilioError(404), status: 400 },
      ['error body status 400 differs from HTTP 404'],
    ],
  ])('fails %s', async (_name, body, messages) => {
    const findings = errorBody.run(await checkContext('fetchConversation', 404, body));
    expect(findings.map((f) => f.message)).toEqual(messages);
    expect(findings.every((f) => f.checkId === 'error-body')).toBe(true);
  });
});
