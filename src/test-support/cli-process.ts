import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { PACKAGE_ROOT } from '../spec/paths.ts';

/** What a CLI process left behind. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `conformance ARGS` in a real process (tests only: vitest inside vitest is not supported), with a minimal
 * environment (PATH, HOME, plus `env`) and `cwd` (default: the package root).
 */
export function runCliProcess(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<CliRun> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve(PACKAGE_ROOT, 'bin/conformance.js'), ...args], {
      cwd: options.cwd ?? PACKAGE_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** A `conformance serve` running in a real process. */
export interface ServeProcess {
  child: ChildProcess;
  /** `http://127.0.0.1:PORT` it printed. */
  url: string;
  /** Everything it printed so far. */
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process is gone. */
  exited: Promise<number | string | null>;
}

/**
 * Starts `conformance serve ARGS` (tests only) and waits until it prints where it listens and the credentials. The
 * caller stops it (`child.kill`) and awaits `exited` in its teardown.
 */
export function startServeProcess(
  args: string[],
  options: { env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<ServeProcess> {
  const child = spawn(process.execPath, [resolve(PACKAGE_ROOT, 'bin/conformance.js'), 'serve', ...args], {
    cwd: PACKAGE_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | string | null>((done) =>
    child.on('close', (code, signal) => done(code ?? signal)),
  );
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`serve printed no URL: ${output}`));
    }, options.timeoutMs ?? 30_000);
    const check = (): void => {
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (m?.[1] && output.includes('TWILIO_AUTH_TOKEN=')) {
        clearTimeout(timer);
        done({ child, url: m[1], output: () => output, exited });
      }
    };
    child.stdout.on('data', check);
    child.on('close', () => {
      clearTimeout(timer);
      fail(new Error(`serve exited before listening: ${output}`));
    });
  });
}
