import { readFileSync } from 'node:fs';
import {
  type EmulatorAccount,
  generateAccount,
  type RunningEmulator,
  readStateFile,
  startEmulator,
  writeStateFile,
} from '../emulator/index.ts';
import type { ServeArgs } from './args.ts';

/** How often serve checks that the process that started it is still there (an orphan stops, D-EMU-SHUTDOWN-1). */
const PARENT_POLL_MS = 500;

/** A process's state letter (`Z` for a zombie) and parent, from /proc (Linux); undefined where there is none to read. */
export function processStat(pid: number): { state: string; ppid: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // pid (comm) state ppid …; comm may itself hold spaces and parentheses.
    const [state = '', ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number.isInteger(Number(ppid)) ? { state, ppid: Number(ppid) } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The parent of process `pid`. `npx conformance serve` runs serve under a shell that npm starts
 * (`sh -c conformance serve`): when npm is killed, that shell is what is orphaned, and serve's own parent does not
 * change.
 */
export const parentOf = (pid: number): number | undefined => processStat(pid)?.ppid;

/**
 * The account `serve` answers for: TWILIO_ACCOUNT_SID/TWILIO_AUTH_TOKEN when both are set (else a generated one), with
 * TWILIO_API_KEY/TWILIO_API_SECRET as its API key when both are set (004:L4439-4444).
 */
export function serveAccount(env: NodeJS.ProcessEnv = process.env): EmulatorAccount {
  const account =
    env.TWILIO_ACCOUNT_SID && env.TWILIO_AUTH_TOKEN
      ? { accountSid: env.TWILIO_ACCOUNT_SID, authToken: env.TWILIO_AUTH_TOKEN }
      : generateAccount();
  return env.TWILIO_API_KEY && env.TWILIO_API_SECRET
    ? { ...account, apiKeys: [{ sid: env.TWILIO_API_KEY, secret: env.TWILIO_API_SECRET }] }
    : account;
}

function conversationCount(running: RunningEmulator): number {
  let n = 0;
  for (const account of running.emulator.store.accounts.values()) {
    for (const service of account.services.values()) n += service.conversations.size;
  }
  return n;
}

/**
 * Runs the emulator standalone until SIGINT/SIGTERM (or until the process that started it is gone); prints where it
 * listens and the credentials it accepts. With `--state`, starts from the saved state and saves it on an interval and
 * after the graceful shutdown.
 */
export async function serveEmulator(args: ServeArgs, log: (line: string) => void = console.log): Promise<void> {
  // The parent is read before "listening on" is printed: a launcher killed as soon as it reads that line (a test, a
  // script) could otherwise be gone already, and the orphan would take its new parent for the one to watch.
  const parent = process.ppid;
  const grandparent = parentOf(parent);
  const document = args.state === undefined ? undefined : await readStateFile(args.state);
  const running = await startEmulator({
    port: args.port,
    host: args.host,
    clock: args.clock,
    ...(args.faults?.length ? { faults: args.faults } : {}),
    // A restored state brings its own accounts: pass one only when the environment names it (else a generated account
    // would not match the saved one).
    ...(document === undefined || (process.env.TWILIO_ACCOUNT_SID && process.env.TWILIO_AUTH_TOKEN)
      ? { accounts: [serveAccount()] }
      : {}),
    ...(args.state !== undefined && document !== undefined ? { state: { document, source: args.state } } : {}),
  });
  const account = running.accounts[0];
  log(`conformance emulator listening on ${running.url} (clock: ${args.clock})`);
  if (args.faults?.length) log(`conformance emulator faults (deliberate bugs): ${args.faults.join(', ')}`);
  if (args.state !== undefined) {
    log(
      document === undefined
        ? `conformance emulator state: ${args.state} (new)`
        : `conformance emulator state: ${args.state} (${conversationCount(running)} conversations restored)`,
    );
  }
  log(`TWILIO_ACCOUNT_SID=${account?.accountSid}`);
  log(`TWILIO_AUTH_TOKEN=${account?.authToken}`);
  for (const key of account?.apiKeys ?? []) {
    log(`TWILIO_API_KEY=${key.sid}`);
    log(`TWILIO_API_SECRET=${key.secret}`);
  }

  // Saves never overlap: each waits for the one before.
  let saving: Promise<void> = Promise.resolve();
  const save = (): Promise<void> => {
    const path = args.state;
    if (path === undefined) return saving;
    saving = saving.then(() =>
      writeStateFile(path, running.emulator.saveState()).catch((error: unknown) => {
        console.error(`conformance: could not save the state to ${path}: ${String(error)}`);
      }),
    );
    return saving;
  };
  if (args.state !== undefined) await save();
  const interval =
    args.state !== undefined && args.stateIntervalS > 0 ? setInterval(save, args.stateIntervalS * 1000) : undefined;
  interval?.unref();

  await new Promise<void>((done) => {
    let stopping = false;
    const stop = (why: string): void => {
      if (stopping) return;
      stopping = true;
      clearInterval(interval);
      clearInterval(parentWatch);
      log(`conformance emulator stopping (${why}): no new connections, answering running requests`);
      running
        .shutdown({ graceMs: args.shutdownTimeoutMs })
        .then(async (report) => {
          if (report.forced > 0) log(`conformance emulator cut ${report.forced} connection(s) off at the bound`);
          await save();
          if (args.state !== undefined) log(`conformance emulator state saved to ${args.state}`);
          log(`conformance emulator stopped after ${report.ms} ms`);
        })
        .catch((error: unknown) => console.error(`conformance: shutdown failed: ${String(error)}`))
        .finally(done);
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
    // A launcher killed without passing the signal on (npx, npm exec) leaves this process, or the shell npm runs it
    // under, an orphan: stop then too. Two levels only: `nohup npx conformance serve &` outlives its terminal.
    const parentWatch = setInterval(() => {
      if (process.ppid !== parent) stop('the parent process exited');
      else if (grandparent !== undefined && parentOf(parent) !== grandparent) stop('the launcher exited');
    }, PARENT_POLL_MS);
    parentWatch.unref();
  });
}
