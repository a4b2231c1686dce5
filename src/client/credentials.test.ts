import { describe, expect, test } from 'vitest';
import { credentialsFromEnv, signingTokenFromEnv } from './credentials.ts';

const SID = { TWILIO_ACCOUNT_SID: 'AC1', TWILIO_AUTH_TOKEN: 'auth-token' };
const KEY = { TWILIO_API_KEY: 'SK1', TWILIO_API_SECRET: 'key-secret' };

// Which credentials a run authenticates with, and which token checks X-Twilio-Signature: Twilio signs webhooks with
// the account's auth token only (https://www.twilio.com/docs/usage/security#validating-requests).
describe('credentials and signing token from the environment', () => {
  test.each<[string, NodeJS.ProcessEnv, string | undefined, string | undefined]>([
    ['account SID and auth token', SID, 'AC1', 'auth-token'],
    ['API key only: nothing to check signatures with', KEY, 'SK1', undefined],
    ['API key with the auth token: the key authenticates, the token signs', { ...SID, ...KEY }, 'SK1', 'auth-token'],
    [
      'API key with the auth token but no account SID',
      { ...KEY, TWILIO_AUTH_TOKEN: 'auth-token' },
      'SK1',
      'auth-token',
    ],
    ['an empty auth token is none', { ...KEY, TWILIO_AUTH_TOKEN: '' }, 'SK1', undefined],
    ['nothing', {}, undefined, undefined],
  ])('%s', (_name, env, username, signingToken) => {
    expect(credentialsFromEnv(env)?.username).toBe(username);
    expect(signingTokenFromEnv(env)).toBe(signingToken);
  });
});
