import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { startEmulator } from '../emulator/index.ts';
import type { RunSummary } from '../reporting/model.ts';
import { runCliProcess, startCliProcess } from '../test-support/cli-process.ts';

const cli = (args: string[], env: Record<string, string> = {}) => runCliProcess(args, { env });

describe('conformance CLI (a real process)', () => {
  test('an unreachable --target exits 2 naming the target, and still writes the reports', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'conformance-unreachable-'));
    const ran = await cli(['run', '--target', 'http://127.0.0.1:9', '--report-dir', dir]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/CONFORMANCE_ERR_TARGET_UNREACHABLE.*http:\/\/127\.0\.0\.1:9/);
    expect(await readFile(join(dir, 'junit.xml'), 'utf8')).toMatch(
      /<testcase classname="run" name="CONFORMANCE_ERR_TARGET_UNREACHABLE" time="0">\n\s+<error message="\[CONFORMANCE_ERR_TARGET_UNREACHABLE\] target http:\/\/127\.0\.0\.1:9 is unreachable/,
    );
    expect(JSON.parse(await readFile(join(dir, 'results.json'), 'utf8')).runErrors).toHaveLength(1);
    expect(await readFile(join(dir, 'report.html'), 'utf8')).toContain('CONFORMANCE_ERR_TARGET_UNREACHABLE');
  });

  test('bad arguments exit 2 with a one-line reason', async () => {
    const ran = await cli(['run', '--timeout', 'soon']);
    expect(ran.code).toBe(2);
    expect(ran.stderr.trim().split('\n')).toHaveLength(1);
    expect(ran.stderr).toContain('--timeout must be a whole number');
  });

  test.each([
    ['run', '--help'],
    ['coverage', '--help'],
    ['serve', '-h'],
    ['selftest', '--help'],
    ['help', 'serve'],
  ])('conformance %s %s prints that command’s usage and exits 0', async (first, second) => {
    const name = first === 'help' ? second : first;
    const ran = await cli([first, second]);
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stdout).toMatch(new RegExp(`^Usage: conformance ${name} `));
    expect(ran.stdout).toMatch(/\nOptions:\n {2}option +default +meaning\n/);
    expect(ran.stdout).toMatch(/\nExit codes:\n {2}0 {2}/);
  });

  test('an unknown option exits 2 naming the command’s --help', async () => {
    const ran = await cli(['serve', '--clok', 'virtual']);
    expect(ran.code).toBe(2);
    expect(ran.stderr.trim()).toBe(
      "conformance: [CONFORMANCE_ERR_BAD_ARGUMENTS] unknown option '--clok' for conformance serve (see conformance serve --help)",
    );
  });

  test('an invalid --spec exits 2 naming the file, in the console and the JUnit report', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'conformance-bad-spec-'));
    const ran = await cli(['run', '--spec', '/nonexistent/vendor.yaml', '--report-dir', dir]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('CONFORMANCE_ERR_SPEC_LOAD');
    expect(ran.stderr).toContain('/nonexistent/vendor.yaml');
    expect(await readFile(join(dir, 'junit.xml'), 'utf8')).toMatch(
      /<error message="\[CONFORMANCE_ERR_SPEC_LOAD\][^"]*\/nonexistent\/vendor\.yaml/,
    );
  });

  test('serve listens, prints the credentials it accepts, serves the API and stops on SIGTERM', async () => {
    const accountSid = `AC${'1'.repeat(32)}`;
    const authToken = 'f'.repeat(32);
    const server = await startCliProcess(['serve', '--port', '0'], {
      env: { TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken },
      ready: /listening on (http:\/\/127\.0\.0\.1:\d+)[\s\S]*TWILIO_AUTH_TOKEN=\S+\n/,
    });
    const url = server.ready[1];
    try {
      expect(server.stdout()).toContain(`TWILIO_ACCOUNT_SID=${accountSid}`);
      expect(server.stdout()).toContain(`TWILIO_AUTH_TOKEN=${authToken}`);
      const auth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
      const ok = await fetch(`${url}/v1/Configuration`, { headers: { authorization: auth } });
      expect(ok.status).toBe(200);
      const refused = await fetch(`${url}/v1/Configuration`);
      expect(refused.status).toBe(401);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 60_000);

  // Regression (findings issue): with API-key credentials the signature scenarios checked X-Twilio-Signature against
  // the key's secret; Twilio signs with the account's auth token, so a conforming target failed them.
  test('an API-key run against serve checks webhook signatures with TWILIO_AUTH_TOKEN, or skips them saying so', async () => {
    const account = { TWILIO_ACCOUNT_SID: `AC${'2'.repeat(32)}`, TWILIO_AUTH_TOKEN: 'a'.repeat(32) };
    const key = { TWILIO_API_KEY: `SK${'3'.repeat(32)}`, TWILIO_API_SECRET: 'b'.repeat(32) };
    const server = await startCliProcess(['serve', '--port', '0', '--clock', 'virtual'], {
      env: { ...account, ...key },
      ready: /listening on (http:\/\/127\.0\.0\.1:\d+)[\s\S]*TWILIO_API_SECRET=\S+\n/,
    });
    const url = server.ready[1] ?? '';
    const signatureRun = async (env: Record<string, string>) => {
      const dir = await mkdtemp(join(tmpdir(), 'conformance-signing-'));
      const files = ['webhooks/delivery', 'webhooks/conversation-scoped-delivery'];
      const ran = await cli(['run', '--target', url, '--report-dir', dir, '--grep', '[Ss]ign', ...files], env);
      const summary = JSON.parse(await readFile(join(dir, 'results.json'), 'utf8')) as RunSummary;
      return { ran, results: summary.results };
    };
    try {
      expect(server.stdout()).toContain(`TWILIO_API_KEY=${key.TWILIO_API_KEY}`);
      const withToken = await signatureRun({ ...key, TWILIO_AUTH_TOKEN: account.TWILIO_AUTH_TOKEN });
      expect(withToken.ran.code, withToken.ran.stdout.slice(-3000)).toBe(0);
      expect(withToken.results).toHaveLength(5);
      expect(withToken.results.map((r) => r.outcome)).toEqual(Array(5).fill('passed'));

      const keyOnly = await signatureRun(key);
      expect(keyOnly.ran.code, keyOnly.ran.stdout.slice(-3000)).toBe(0);
      expect(keyOnly.results).toHaveLength(5);
      for (const result of keyOnly.results) {
        expect(result.outcome).toBe('skipped');
        expect(result.skipReason).toMatch(/^needs signingToken: .*set TWILIO_AUTH_TOKEN/);
      }
    } finally {
      await server.stop();
    }
  }, 180_000);

  test('--target runs the suites against any URL and writes JUnit', async () => {
    const running = await startEmulator({ clock: 'virtual', cwpParticipantDelayMs: 150 });
    try {
      const account = running.accounts[0];
      const reportDir = await mkdtemp(join(tmpdir(), 'conformance-report-'));
      const ran = await cli(
        ['run', '--target', running.url, '--report-dir', reportDir, 'conversation-with-participants/lifecycle'],
        {
          TWILIO_ACCOUNT_SID: account?.accountSid ?? '',
          TWILIO_AUTH_TOKEN: account?.authToken ?? '',
        },
      );
      const junit = await readFile(join(reportDir, 'junit.xml'), 'utf8');
      expect(ran.stdout).toContain(`target ${running.url}`);
      expect(junit.match(/<testcase /g)?.length ?? 0).toBeGreaterThanOrEqual(6);
      expect(ran.code, ran.stdout.slice(-2000)).toBe(0);
    } finally {
      await running.close();
    }
  }, 120_000);
});
