import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isKitError, KIT_ERRORS } from '../errors.ts';
import { PACKAGE_ROOT } from '../spec/paths.ts';
import { commandUsage, parseCli, USAGE } from './args.ts';

// Each command loads its own modules when it runs: `serve` needs the emulator only, never vitest (whose bundler has
// a native binding), so the emulator's container image and `serve` start fast and carry only what they use.

/** The CLI entry point: returns the process exit code (0 pass, 1 findings, 2 could not run). */
export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseCli(argv);
    switch (args.command) {
      case 'help':
        console.log(args.topic ? commandUsage(args.topic) : USAGE);
        return 0;
      case 'version': {
        const pkg = JSON.parse(readFileSync(resolve(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
        console.log(pkg.version);
        return 0;
      }
      case 'serve':
        await (await import('./serve.ts')).serveEmulator(args);
        return 0;
      case 'run':
        return (await (await import('./run.ts')).runConformance(args)).exitCode;
      case 'coverage':
        return await (await import('./coverage.ts')).coverageCommand(args);
      case 'compare':
        return await (await import('./compare.ts')).compareCommand(args);
      case 'proxy':
        return await (await import('./proxy.ts')).proxyCommand(args);
      case 'selftest':
        return await (await import('./selftest.ts')).selftestCommand(args);
      case 'merge':
        return await (await import('./merge.ts')).mergeCommand(args);
    }
  } catch (error) {
    if (isKitError(error)) {
      console.error(`conformance: ${error.message}`);
      return KIT_ERRORS[error.code]?.exitCode ?? 2;
    }
    console.error(
      `conformance: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return 2;
  }
}
