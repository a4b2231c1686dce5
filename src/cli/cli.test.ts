import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { startEmulator } from '../emulator/index.ts';
import { PACKAGE_ROOT } from '../spec/paths.ts';
import { runCliProcess } from '../test-support/cli-process.ts';

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
    const child = spawn(process.execPath, [resolve(PACKAGE_ROOT, 'bin/conformance.js'), 'serve', '--port', '0'], {
      cwd: PACKAGE_ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        TWILIO_ACCOUNT_SID: accountSid,
        TWILIO_AUTH_TOKEN: authToken,
      },
    });
    let stdout = '';
    const exited = new Promise<number | null>((done) => child.on('close', done));
    const url = await new Promise<string>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`serve printed no URL: ${stdout}`)), 20_000);
      child.stdout.on('data', (c) => {
        stdout += c;
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
        if (m?.[1] && stdout.includes('TWILIO_AUTH_TOKEN=')) {
          clearTimeout(timer);
          done(m[1]);
        }
      });
    });
    try {
      expect(stdout).toContain(`TWILIO_ACCOUNT_SID=${accountSid}`);
      expect(stdout).toContain(`TWILIO_AUTH_TOKEN=${authToken}`);
      const auth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
      const ok = await fetch(`${url}/v1/Configuration`, { headers: { authorization: auth } });
      expect(ok.status).toBe(200);
      const refused = await fetch(`${url}/v1/Configuration`);
      expect(refused.status).toBe(401);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 60_000);

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
