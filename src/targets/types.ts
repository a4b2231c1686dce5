import type { Credentials } from '../client/credentials.ts';

/** What the kit knows a target can do; scenarios run, adapt or skip on these (see `requires`). */
export interface TargetCapabilities {
  /** The target exposes the emulator's clock control endpoints (`/__emulator/clock`). */
  clockControl: boolean;
  /** The target is a live vendor whose requests cost money (a `twilio.com` host). */
  live: boolean;
  /**
   * The target can reach a webhook sink the kit runs: true for the embedded emulator and loopback targets; for a
   * remote target only when `--webhook-url PUBLIC_URL` forwards to the kit.
   */
  webhookDelivery: boolean;
  /** Timer scenarios may wait in real time (bounded) instead of moving a virtual clock (`--real-timers`). */
  realTimers: boolean;
}

/** Where webhook sinks listen and how the target reaches them (absent: each sink's own loopback URL). */
export interface WebhookRouting {
  /** The public base URL the user forwards to the kit's hub; each sink gets `<publicUrl>/<sinkId>`. */
  publicUrl: string;
  /** The hub's loopback URL, where sinks register (`http://127.0.0.1:<port>`). */
  hubUrl: string;
  /** Shared secret sinks present when registering (the hub's port is reachable from outside). */
  hubToken: string;
}

/** Everything a scenario worker needs to reach the target. Serializable (passed through vitest's provide/inject). */
export interface TargetInfo {
  /** The registered kind that started it (src/targets/registry.ts): `emulator` (embedded), `url` (any base URL). */
  kind: string;
  /**
   * Who the target is, for file names (expectations baselines): `emulator`, or host and port of a URL target
   * (`api.example.com_443`), so two targets on one host keep separate baselines.
   */
  identity: string;
  url: string;
  credentials: Credentials;
  /** Credentials of a second account on the same target, for cross-account checks, when known. */
  otherCredentials?: Credentials;
  /** An API key (SK…) and secret of the account under test, when known (004:L4439-4444). */
  apiKeyCredentials?: Credentials;
  /**
   * The account's auth token, which keys the `X-Twilio-Signature` of its webhooks, when known: the embedded
   * emulator's account token, or `TWILIO_AUTH_TOKEN` for a URL target (also when the run uses an API key, whose
   * secret signs nothing). Absent, scenarios that check signatures skip (need `signingToken`).
   */
  signingToken?: string;
  capabilities: TargetCapabilities;
  /** The spec document scenarios validate against. */
  specPath: string;
  /** Per-request timeout in ms. */
  timeoutMs: number;
  /** The largest response body the kit reads from it, in bytes (`--max-body`; absent: the client's 1 MiB). */
  maxBodyBytes?: number;
  /** The target answers by scenario and step: clients name them on every request (a cassette replay). */
  scenarioHeaders?: boolean;
  /** Webhook routing through the kit's hub, when `--webhook-url` is given. */
  webhooks?: WebhookRouting;
}

/** The capability names, in the order the CLI prints them. */
export const CAPABILITY_NAMES = ['clockControl', 'webhookDelivery', 'realTimers', 'live'] as const;

/** `clockControl, webhookDelivery; not: realTimers, live` — for the CLI's first line and the reports. */
export function describeCapabilities(capabilities: TargetCapabilities): string {
  const yes = CAPABILITY_NAMES.filter((name) => capabilities[name]);
  const no = CAPABILITY_NAMES.filter((name) => !capabilities[name]);
  return [yes.length ? yes.join(', ') : 'none', no.length ? `not: ${no.join(', ')}` : ''].filter(Boolean).join('; ');
}
