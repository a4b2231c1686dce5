import { spawn } from 'node:child_process';
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
