import { type EmulatorOptions, startEmulator } from '../emulator/index.ts';
import type { TargetInfo } from '../runtime/target.ts';
import { DEFAULT_SPEC_PATH } from '../spec/paths.ts';

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
  options: { specPath?: string; timeoutMs?: number; realTimers?: boolean; emulator?: EmulatorOptions } = {},
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
    url: running.url,
    credentials: { username: main.accountSid, password: main.authToken },
    ...(other ? { otherCredentials: { username: other.accountSid, password: other.authToken } } : {}),
    ...(main.apiKeys?.[0]
      ? { apiKeyCredentials: { username: main.apiKeys[0].sid, password: main.apiKeys[0].secret } }
      : {}),
    // In-process on loopback: it reaches the kit's webhook sinks directly.
    capabilities: { clockControl: true, live: false, webhookDelivery: true, realTimers: options.realTimers ?? false },
    specPath: options.specPath ?? DEFAULT_SPEC_PATH,
    timeoutMs: options.timeoutMs ?? 15_000,
  };
  return { info, close: () => running.close() };
}

function hex(bytes: number): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(bytes))).toString('hex');
}

function randomAccount() {
  return { accountSid: `AC${hex(16)}`, authToken: hex(16), apiKeys: [{ sid: `SK${hex(16)}`, secret: hex(16) }] };
}
