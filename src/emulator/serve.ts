// Listen on a real socket (127.0.0.1, port 0 = any free port by default).
import { buildEmulator, type Emulator } from './app.ts';
import type { EmulatorAccount, EmulatorOptions } from './options.ts';

/** A listening emulator. */
export interface RunningEmulator {
  /** `http://127.0.0.1:PORT`. */
  url: string;
  accounts: EmulatorAccount[];
  emulator: Emulator;
  /** Stop every timer and task and close the server. */
  close(): Promise<void>;
}

/** Build and listen. */
export async function startEmulator(
  options: EmulatorOptions & { port?: number; host?: string } = {},
): Promise<RunningEmulator> {
  const { port = 0, host = '127.0.0.1', ...rest } = options;
  const emulator = buildEmulator(rest);
  try {
    await emulator.app.listen({ port, host });
  } catch (error) {
    await emulator.close();
    throw error;
  }
  const address = emulator.app.server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${actualPort}`,
    accounts: emulator.accounts,
    emulator,
    close: () => emulator.close(),
  };
}
