import { credentialsFromEnv, requireCredentials, signingTokenFromEnv } from '../client/credentials.ts';
import { KitError } from '../errors.ts';
import { DEFAULT_SPEC_PATH } from '../spec/paths.ts';
import { assertReachable, probeTarget } from './probe.ts';
import type { TargetKind } from './registry.ts';
import type { TargetInfo } from './types.ts';

/** Builds (and probes) a target for any base URL, with credentials from the environment. */
export async function urlTarget(
  url: string,
  options: {
    specPath?: string;
    timeoutMs?: number;
    env?: NodeJS.ProcessEnv;
    /** `--webhook-url`: the target reaches the kit's webhook hub there. */
    webhookUrl?: string;
    /** `--real-timers`. */
    realTimers?: boolean;
    /** `--max-body` in bytes. */
    maxBodyBytes?: number;
    /** The run deadline (epoch ms): the probe stops at it. */
    deadline?: number;
  } = {},
): Promise<TargetInfo> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new KitError('CONFORMANCE_ERR_BAD_ARGUMENTS', `--target '${url}' is not a URL`, { cause });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new KitError('CONFORMANCE_ERR_BAD_ARGUMENTS', `--target '${url}' must be an http(s) URL`);
  }
  const env = options.env ?? process.env;
  const limits = {
    ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
    ...(options.deadline !== undefined ? { deadline: options.deadline } : {}),
  };
  let credentials = credentialsFromEnv(env);
  if (!credentials) {
    // Reachability first, so an unreachable target is named as such even before credentials are configured.
    await assertReachable(url, options.timeoutMs ?? 15_000, limits);
    credentials = requireCredentials(env, url);
  }
  const timeoutMs = options.timeoutMs ?? 15_000;
  const probed = await probeTarget(url, credentials, timeoutMs, limits);
  // A target on this machine reaches a sink on 127.0.0.1; any other only through a forwarded --webhook-url.
  const capabilities = {
    ...probed,
    webhookDelivery: isLoopbackUrl(url) || options.webhookUrl !== undefined,
    realTimers: options.realTimers ?? false,
  };
  const other =
    env.CONFORMANCE_OTHER_ACCOUNT_SID && env.CONFORMANCE_OTHER_AUTH_TOKEN
      ? { username: env.CONFORMANCE_OTHER_ACCOUNT_SID, password: env.CONFORMANCE_OTHER_AUTH_TOKEN }
      : undefined;
  // With both an account SID/token and an API key in the environment, the run uses the key (credentialsFromEnv) and
  // the API-key scenarios know it is one.
  const apiKey =
    env.TWILIO_API_KEY && env.TWILIO_API_SECRET
      ? { username: env.TWILIO_API_KEY, password: env.TWILIO_API_SECRET }
      : undefined;
  const signingToken = signingTokenFromEnv(env);
  return {
    kind: 'url',
    identity: urlIdentity(parsed),
    url: url.replace(/\/+$/, ''),
    credentials,
    ...(other ? { otherCredentials: other } : {}),
    ...(apiKey ? { apiKeyCredentials: apiKey } : {}),
    ...(signingToken ? { signingToken } : {}),
    capabilities,
    specPath: options.specPath ?? DEFAULT_SPEC_PATH,
    timeoutMs,
    ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
  };
}

/** True for hosts on this machine (a target there can reach a webhook sink on 127.0.0.1). */
export function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host) || host.endsWith('.localhost');
}

/** `host_port` of a URL (the default port of its scheme when none is written), safe as a file name. */
export function urlIdentity(url: URL): string {
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return `${url.hostname}_${port}`.replace(/[^A-Za-z0-9._-]/g, '_');
}

/** Any http(s) base URL: a clone, a proxy, a vendor; probed before the run, credentials from the environment. */
export const urlTargetKind: TargetKind = {
  kind: 'url',
  usage: 'http(s)://HOST[:PORT] any implementation at that base URL',
  accepts: (ref) => ref !== undefined && /^[a-z][a-z0-9+.-]*:\/\//i.test(ref),
  start: async (request) => {
    const info = await urlTarget(request.ref ?? '', {
      ...(request.specPath ? { specPath: request.specPath } : {}),
      ...(request.timeoutMs !== undefined ? { timeoutMs: request.timeoutMs } : {}),
      ...(request.maxBodyBytes !== undefined ? { maxBodyBytes: request.maxBodyBytes } : {}),
      ...(request.deadline !== undefined ? { deadline: request.deadline } : {}),
      ...(request.realTimers !== undefined ? { realTimers: request.realTimers } : {}),
      ...(request.webhookUrl ? { webhookUrl: request.webhookUrl } : {}),
      ...(request.env ? { env: request.env } : {}),
    });
    // The kit did not start it, so there is nothing to stop.
    return { info, close: async () => {} };
  },
};
