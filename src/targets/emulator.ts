import { type EmulatorOptions, startEmulator } from '../emulator/index.ts';
import { DEFAULT_SPEC_PATH } from '../spec/paths.ts';
import type { RunningTarget, TargetKind, TargetRequest } from './registry.ts';
import type { TargetInfo } from './types.ts';

/** A running embedded emulator as a target. */
export interface EmbeddedTarget {
  info: TargetInfo;
  close(): Promise<void>;
}

/**
 * Starts the reference emulator in-process on a loopback port with a virtual clock and two accounts (the second one
 * lets scenarios check that accounts cannot see each other's resources).
 */
export async function startEmbeddedTarget(
  options: {
    specPath?: string;
    timeoutMs?: number;
    maxBodyBytes?: number;
    realTimers?: boolean;
    emulator?: EmulatorOptions;
  } = {},
): Promise<EmbeddedTarget> {
  const running = await startEmulator({
    clock: 'virtual',
    // Under the virtual clock ConversationWithParticipants stays `initializing` until the clock moves this far; the
    // suites advance one second to end the window (D-EMU-CWP).
    cwpParticipantDelayMs: 150,
    ...options.emulator,
    accounts: options.emulator?.accounts ?? [randomAccount(), randomAccount()],
  });
  const [main, other] = running.accounts;
  if (!main) throw new Error('emulator started without an account');
  const info: TargetInfo = {
    kind: 'emulator',
    identity: 'emulator',
    url: running.url,
    credentials: { username: main.accountSid, password: main.authToken },
    ...(other ? { otherCredentials: { username: other.accountSid, password: other.authToken } } : {}),
    ...(main.apiKeys?.[0]
      ? { apiKeyCredentials: { username: main.apiKeys[0].sid, password: main.apiKeys[0].secret } }
      : {}),
    // The emulator signs the account's webhooks with its auth token, whichever credentials the run uses.
    signingToken: main.authToken,
    // In-process on loopback: it reaches the kit's webhook sinks directly.
    capabilities: { clockControl: true, live: false, webhookDelivery: true, realTimers: options.realTimers ?? false },
    specPath: options.specPath ?? DEFAULT_SPEC_PATH,
    timeoutMs: options.timeoutMs ?? 15_000,
    ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
  };
  return { info, close: () => running.close() };
}

function hex(bytes: number): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(bytes))).toString('hex');
}

function randomAccount() {
  return { accountSid: `AC${hex(16)}`, authToken: hex(16), apiKeys: [{ sid: `SK${hex(16)}`, secret: hex(16) }] };
}

/** The embedded reference emulator: what runs when no `--target` is given. */
export const embeddedTargetKind: TargetKind = {
  kind: 'emulator',
  usage: '(no --target) the embedded reference emulator',
  accepts: (ref) => ref === undefined,
  start: (request: TargetRequest): Promise<RunningTarget> =>
    startEmbeddedTarget({
      ...(request.specPath ? { specPath: request.specPath } : {}),
      ...(request.timeoutMs !== undefined ? { timeoutMs: request.timeoutMs } : {}),
      ...(request.maxBodyBytes !== undefined ? { maxBodyBytes: request.maxBodyBytes } : {}),
      ...(request.realTimers !== undefined ? { realTimers: request.realTimers } : {}),
      ...(request.faults?.length ? { emulator: { faults: [...request.faults] } } : {}),
    }),
};
