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

/** A long-running CLI process (`conformance serve`) that printed what the test waited for. */
export interface CliServer {
  /** The match of `ready` in stdout. */
  ready: RegExpExecArray;
  /** Everything printed on stdout so far. */
  stdout(): string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts `conformance ARGS` in a real process (same environment rules as runCliProcess) and resolves once stdout
 * matches `ready`; a process that exits or stays silent for `timeoutMs` rejects with what it printed.
 */
export function startCliProcess(
  args: string[],
  options: { env?: Record<string, string>; ready: RegExp; timeoutMs?: number },
): Promise<CliServer> {
  const child: ChildProcess = spawn(process.execPath, [resolve(PACKAGE_ROOT, 'bin/conformance.js'), ...args], {
    cwd: PACKAGE_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
  });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((done) => child.on('close', done));
  const stop = async () => {
    child.kill('SIGTERM');
    return exited;
  };
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`conformance ${args.join(' ')} printed no ${options.ready}: ${stdout}${stderr}`));
    }, options.timeoutMs ?? 20_000);
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
      const ready = options.ready.exec(stdout);
      if (ready) {
        clearTimeout(timer);
        done({ ready, stdout: () => stdout, stop });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`conformance ${args.join(' ')} exited ${code}: ${stdout}${stderr}`));
    });
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
