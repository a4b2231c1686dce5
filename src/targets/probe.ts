import { TwilioClient } from '../client/client.ts';
import type { Credentials } from '../client/credentials.ts';
import { KitError } from '../errors.ts';
import type { TargetCapabilities } from './types.ts';

/** How the probe talks to the target: the run's body cap and deadline. */
export interface ProbeLimits {
  maxBodyBytes?: number;
  deadline?: number;
}

/** What probing learns; the other capabilities come from the command line (see urlTarget). */
export type ProbedCapabilities = Pick<TargetCapabilities, 'clockControl' | 'live'>;

/**
 * Reaches the target once (throws CONFORMANCE_ERR_TARGET_UNREACHABLE / _TIMEOUT when it cannot) and learns its
 * capabilities: clock control is offered when `GET /__emulator/clock` answers 200 with a virtual clock.
 */
export async function probeTarget(
  url: string,
  credentials: Credentials,
  timeoutMs: number,
  limits: ProbeLimits = {},
): Promise<ProbedCapabilities> {
  const client = new TwilioClient({ baseUrl: url, credentials, timeoutMs, ...limits });
  try {
    const live = /(^|\.)twilio\.com$/i.test(new URL(url).hostname);
    // One cheap authenticated call before anything runs: rejected credentials would otherwise turn every scenario
    // into a contract failure (expected 201, got 401) and silently switch clock control off.
    const check = await client.get('/v1/Conversations', { PageSize: 1 });
    if (check.response.status === 401) {
      throw new KitError(
        'CONFORMANCE_ERR_CREDENTIALS_REJECTED',
        `${url} rejected the ${credentialKind(credentials)} ${credentials.username} (GET /v1/Conversations?PageSize=1 → 401): check ${
          credentials.username.startsWith('SK')
            ? 'TWILIO_API_KEY / TWILIO_API_SECRET'
            : 'TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN'
        }`,
      );
    }
    if (live) return { clockControl: false, live };
    const clock = await client.get('/__emulator/clock');
    const mode = (clock.response.json as { mode?: unknown } | undefined)?.mode;
    return { clockControl: clock.response.status === 200 && mode === 'virtual', live };
  } finally {
    await client.close();
  }
}

/** What the credentials are, in Twilio's words: an API key (SK…) and secret, or an Account SID and auth token. */
export function credentialKind(credentials: Credentials): string {
  return credentials.username.startsWith('SK') ? 'API key' : 'Account SID and auth token of';
}

/** Connects once without credentials; throws CONFORMANCE_ERR_TARGET_UNREACHABLE / _TIMEOUT when it cannot. */
export async function assertReachable(url: string, timeoutMs: number, limits: ProbeLimits = {}): Promise<void> {
  const client = new TwilioClient({ baseUrl: url, timeoutMs, ...limits });
  try {
    await client.get('/v1/Configuration');
  } finally {
    await client.close();
  }
}
