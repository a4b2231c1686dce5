import type { Credentials } from '../client/credentials.ts';

/** What the kit knows a target can do; scenarios run, adapt or skip on these. */
export interface TargetCapabilities {
  /** The target exposes the emulator's clock control endpoints (`/__emulator/clock`). */
  clockControl: boolean;
  /** The target is a live vendor whose requests cost money. */
  live: boolean;
}

/** Everything a scenario worker needs to reach the target. Serializable (passed through vitest's provide/inject). */
export interface TargetInfo {
  /** `emulator` (embedded), `url` (any base URL). */
  kind: 'emulator' | 'url';
  url: string;
  credentials: Credentials;
  /** Credentials of a second account on the same target, for cross-account checks, when known. */
  otherCredentials?: Credentials;
  capabilities: TargetCapabilities;
  /** The spec document scenarios validate against. */
  specPath: string;
  /** Per-request timeout in ms. */
  timeoutMs: number;
}

declare module 'vitest' {
  interface ProvidedContext {
    conformanceTarget: TargetInfo;
  }
}
