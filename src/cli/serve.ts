import { startEmulator } from '../emulator/index.ts';
import type { ServeArgs } from './args.ts';

/** Runs the emulator standalone until SIGINT/SIGTERM; prints where it listens and the credentials it accepts. */
export async function serveEmulator(args: ServeArgs, log: (line: string) => void = console.log): Promise<void> {
  const accountSid = process.env.TWILIO_ACCOUNT_SID;
  const authToken = process.env.TWILIO_AUTH_TOKEN;
  const running = await startEmulator({
    port: args.port,
    host: args.host,
    clock: args.clock,
    ...(args.faults?.length ? { faults: args.faults } : {}),
    ...(accountSid && authToken ? { accounts: [{ accountSid, authToken }] } : {}),
  });
  const account = running.accounts[0];
  log(`conformance emulator listening on ${running.url} (clock: ${args.clock})`);
  if (args.faults?.length) log(`conformance emulator faults (deliberate bugs): ${args.faults.join(', ')}`);
  log(`TWILIO_ACCOUNT_SID=${account?.accountSid}`);
  log(`TWILIO_AUTH_TOKEN=${account?.authToken}`);
  await new Promise<void>((done) => {
    const stop = () => {
      running.close().then(done, done);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
