// The emulator's container image, built here without pulling anything (scripts/build-image.ts), started three
// ways: with the exported testcontainers module, as `--target image:NAME` of a real run, and as a target whose run
// fails after the container started. Every container is removed afterwards, whatever happened. Without a Docker
// engine the tests skip with the reason locally; under CI (CI=true) they fail instead, never skip (.ci/run starts
// dockerd). Its own vitest project (`npm run test:integration`).
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildImage } from '../../scripts/build-image.ts';
import { runCliProcess } from '../test-support/cli-process.ts';

const IMAGE = 'twilio-conversations-emulator:it';
// testcontainers on a machine without a registry or a bridge network (see README "Use the emulator in your app's tests").
const CONTAINER_ENV = {
  TESTCONTAINERS_RYUK_DISABLED: 'true',
  TESTCONTAINERS_HOST_OVERRIDE: '127.0.0.1',
  CONFORMANCE_CONTAINER_NETWORK: 'host',
};
Object.assign(process.env, CONTAINER_ENV);

function dockerAnswers(): string | undefined {
  try {
    execFileSync('docker', ['info'], { stdio: 'ignore', timeout: 20_000 });
    return undefined;
  } catch (error) {
    return `no Docker engine answers (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); .ci/run starts one`;
  }
}

/** Containers created from the test image (running or not). */
function containersOf(image: string): string[] {
  return execFileSync('docker', ['ps', '-a', '-q', '--filter', `ancestor=${image}`], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
}

const missing = dockerAnswers();
if (missing && process.env.CI) throw new Error(`CI must run the container tests: ${missing}`);

describe.skipIf(missing !== undefined)(`the emulator image${missing ? ` (skipped: ${missing})` : ''}`, () => {
  beforeAll(() => {
    buildImage(IMAGE, () => {});
  }, 900_000);

  test('ConversationsEmulatorContainer starts it, it answers with the credentials given, stop removes it', async () => {
    const { ConversationsEmulatorContainer } = await import('../testcontainers/index.ts');
    const started = performance.now();
    const emulator = await new ConversationsEmulatorContainer(IMAGE)
      .withClock('virtual')
      .withCredentials('AC0123456789abcdef0123456789abcdef', 'token-of-the-test')
      .start();
    try {
      const auth = `Basic ${Buffer.from(`${emulator.accountSid}:${emulator.authToken}`).toString('base64')}`;
      const created = await fetch(`${emulator.url}/v1/Conversations`, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'FriendlyName=from-a-container',
      });
      console.log(`container start → first answer: ${Math.round(performance.now() - started)} ms`);
      expect(created.status).toBe(201);
      const clock = (await (
        await fetch(`${emulator.url}/__emulator/clock`, { headers: { authorization: auth } })
      ).json()) as {
        mode: string;
      };
      expect(clock.mode).toBe('virtual');
      const refused = await fetch(`${emulator.url}/v1/Conversations`, { headers: { authorization: 'Basic eDp5' } });
      expect(refused.status).toBe(401);
    } finally {
      await emulator.stop();
    }
    expect(containersOf(IMAGE)).toEqual([]);
  }, 180_000);

  test('conformance run --target image:NAME runs against the container and removes it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'image-run-'));
    const ran = await runCliProcess(['run', '--target', `image:${IMAGE}`, '--report-dir', dir, 'conversations/crud'], {
      env: CONTAINER_ENV,
    });
    expect(ran.stdout).toMatch(/target http:\/\/127\.0\.0\.1:\d+ \(image; capabilities: clockControl/);
    expect(ran.stdout).toMatch(/conformance: (\d+) scenarios: \1 passed, 0 failed/);
    expect(ran.code).toBe(0);
    expect(containersOf(IMAGE)).toEqual([]);
  }, 300_000);

  test('a run that fails after the container started still removes it', async () => {
    const busy = createServer();
    await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done));
    const port = (busy.address() as { port: number }).port;
    try {
      const dir = await mkdtemp(join(tmpdir(), 'image-fail-'));
      const ran = await runCliProcess(
        [
          'run',
          '--target',
          `image:${IMAGE}`,
          '--report-dir',
          dir,
          '--webhook-url',
          'http://127.0.0.1:9/hook',
          '--webhook-port',
          String(port),
          'conversations/crud',
        ],
        { env: CONTAINER_ENV },
      );
      expect(ran.code).toBe(2);
      expect(ran.stderr).toContain(`--webhook-port ${port}: cannot listen`);
      expect(containersOf(IMAGE)).toEqual([]);
    } finally {
      busy.close();
    }
  }, 300_000);

  test('an image that does not exist is a one-line kit error, exit 2', async () => {
    const ran = await runCliProcess(
      [
        'run',
        '--target',
        'image:no-such-image-here:none',
        '--report-dir',
        await mkdtemp(join(tmpdir(), 'image-none-')),
      ],
      {
        env: CONTAINER_ENV,
      },
    );
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(
      /CONFORMANCE_ERR_TARGET_UNREACHABLE\] --target image:no-such-image-here:none: the container did not start/,
    );
  }, 180_000);
});
