import { KitError } from '../errors.ts';

/** Basic-auth credentials: Account SID + auth token, or API key SID + secret. */
export interface Credentials {
  username: string;
  password: string;
}

/**
 * Reads credentials from the environment as Twilio's tools do: `TWILIO_API_KEY`/`TWILIO_API_SECRET` when both are
 * set (004:L4439-4444 recommends API keys), else `TWILIO_ACCOUNT_SID`/`TWILIO_AUTH_TOKEN`. Undefined when neither is.
 */
export function credentialsFromEnv(env: NodeJS.ProcessEnv = process.env): Credentials | undefined {
  if (env.TWILIO_API_KEY && env.TWILIO_API_SECRET) {
    return { username: env.TWILIO_API_KEY, password: env.TWILIO_API_SECRET };
  }
  if (env.TWILIO_ACCOUNT_SID && env.TWILIO_AUTH_TOKEN) {
    return { username: env.TWILIO_ACCOUNT_SID, password: env.TWILIO_AUTH_TOKEN };
  }
  return undefined;
}

/**
 * The account's auth token, the key of Twilio's webhook signatures (`X-Twilio-Signature`), when the environment has it
 * (`TWILIO_AUTH_TOKEN`) — also when the run authenticates with an API key: Twilio signs webhooks with the account's
 * auth token, never with an API key's secret (https://www.twilio.com/docs/usage/security#validating-requests).
 * Undefined when only an API key is known.
 */
export function signingTokenFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.TWILIO_AUTH_TOKEN || undefined;
}

/** Like credentialsFromEnv, but a missing pair is a kit error naming the variables to set. */
export function requireCredentials(env: NodeJS.ProcessEnv = process.env, target = 'a remote target'): Credentials {
  const found = credentialsFromEnv(env);
  if (!found) {
    throw new KitError(
      'CONFORMANCE_ERR_CREDENTIALS',
      `set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET) for ${target}`,
    );
  }
  return found;
}

/** The `Authorization` header value for Basic auth. */
export function basicAuthHeader(credentials: Credentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}
