// Listen on a real socket (127.0.0.1, port 0 = any free port by default), and shut down without leaving a client in
// doubt (D-EMU-SHUTDOWN-1): stop accepting, answer every request already received, close each connection after an
// answer that says `Connection: close`, and only then stop.
import { Server as NetServer, type Socket } from 'node:net';
import { buildEmulator, type Emulator } from './app.ts';
import type { EmulatorAccount, EmulatorOptions } from './options.ts';

/** Default bound on a graceful shutdown: requests still running after it are cut off. */
export const SHUTDOWN_GRACE_MS = 10_000;
/** An idle keep-alive connection is closed once it has been quiet this long during a shutdown (the longer, the smaller
 * the chance that a client is sending its next request at that moment). */
const IDLE_CLOSE_MS = 1_000;
const DRAIN_POLL_MS = 20;

/** What a graceful shutdown did. */
export interface ShutdownReport {
  /** Connections still open at the bound, destroyed. 0 when every client got its answer. */
  forced: number;
  /** How long the drain took. */
  ms: number;
}

/** A listening emulator. */
export interface RunningEmulator {
  /** `http://127.0.0.1:PORT`. */
  url: string;
  accounts: EmulatorAccount[];
  emulator: Emulator;
  /**
   * Graceful shutdown: stop accepting connections, answer requests already running (new ones on open connections get
   * 503 with `Connection: close`), close every connection after its last answer, within `graceMs`; then stop every
   * timer and task and close the server.
   */
  shutdown(options?: ShutdownOptions): Promise<ShutdownReport>;
  /** Stop every timer and task and close the server (a shutdown with a short bound; idle connections closed at once). */
  close(): Promise<void>;
}

/** Options of {@link RunningEmulator.shutdown}. */
export interface ShutdownOptions {
  /** Bound on the drain (default {@link SHUTDOWN_GRACE_MS}). */
  graceMs?: number;
  /** How long a connection must be idle before the drain closes it (default 1 s). */
  idleCloseMs?: number;
  /**
   * Run the deferred work of requests already answered (ConversationWithParticipants adding its participants) before
   * stopping, so the state left behind is settled (default true).
   */
  settle?: boolean;
}

interface Connection {
  active: number;
  lastActive: number;
}

/** Build and listen. */
export async function startEmulator(
  options: EmulatorOptions & { port?: number; host?: string } = {},
): Promise<RunningEmulator> {
  const { port = 0, host = '127.0.0.1', ...rest } = options;
  const emulator = buildEmulator(rest);
  const server = emulator.app.server;
  const connections = new Map<Socket, Connection>();
  server.on('connection', (socket: Socket) => {
    connections.set(socket, { active: 0, lastActive: Date.now() });
    socket.once('close', () => connections.delete(socket));
  });
  server.on('request', (request, response) => {
    const connection = connections.get(request.socket);
    if (!connection) return;
    connection.active++;
    connection.lastActive = Date.now();
    response.once('close', () => {
      connection.active--;
      connection.lastActive = Date.now();
    });
  });
  try {
    await emulator.app.listen({ port, host });
  } catch (error) {
    await emulator.close();
    throw error;
  }
  const address = server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  let stopping: Promise<ShutdownReport> | undefined;
  const shutdown = (shutdownOptions: ShutdownOptions = {}): Promise<ShutdownReport> => {
    const { graceMs = SHUTDOWN_GRACE_MS, idleCloseMs = IDLE_CLOSE_MS, settle = true } = shutdownOptions;
    stopping ??= (async () => {
      const started = Date.now();
      emulator.beginDrain();
      // Stop accepting without http.Server#close's first step, which destroys every connection that has no request
      // under way at once, including those whose next request is already in flight from the client.
      NetServer.prototype.close.call(server);
      while (connections.size > 0 && Date.now() - started < graceMs) {
        const now = Date.now();
        for (const [socket, connection] of connections) {
          if (connection.active === 0 && now - connection.lastActive >= idleCloseMs) socket.end();
        }
        await new Promise((done) => setTimeout(done, DRAIN_POLL_MS));
      }
      const forced = connections.size;
      for (const socket of connections.keys()) socket.destroy();
      if (settle) emulator.background.flush();
      await emulator.close();
      return { forced, ms: Date.now() - started };
    })();
    return stopping;
  };

  return {
    url: `http://${urlHost}:${actualPort}`,
    accounts: emulator.accounts,
    emulator,
    shutdown,
    close: async () => {
      await shutdown({ graceMs: 1_000, idleCloseMs: 0, settle: false });
    },
  };
}
