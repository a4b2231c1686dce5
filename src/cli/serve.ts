import { type EmulatorAccount, generateAccount, startEmulator } from '../emulator/index.ts';
import type { ServeArgs } from './args.ts';

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

/** Runs the emulator standalone until SIGINT/SIGTERM; prints where it listens and the credentials it accepts. */
export async function serveEmulator(args: ServeArgs, log: (line: string) => void = console.log): Promise<void> {
  const running = await startEmulator({
    port: args.port,
    host: args.host,
    clock: args.clock,
    ...(args.faults?.length ? { faults: args.faults } : {}),
    accounts: [serveAccount()],
  });
  const account = running.accounts[0];
  log(`conformance emulator listening on ${running.url} (clock: ${args.clock})`);
  if (args.faults?.length) log(`conformance emulator faults (deliberate bugs): ${args.faults.join(', ')}`);
  log(`TWILIO_ACCOUNT_SID=${account?.accountSid}`);
  log(`TWILIO_AUTH_TOKEN=${account?.authToken}`);
  for (const key of account?.apiKeys ?? []) {
    log(`TWILIO_API_KEY=${key.sid}`);
    log(`TWILIO_API_SECRET=${key.secret}`);
  }
  await new Promise<void>((done) => {
    const stop = () => {
      running.close().then(done, done);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
