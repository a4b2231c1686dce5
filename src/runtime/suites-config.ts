/**
 * What the `suites` vitest project takes from the CLI through the environment (vitest.config.ts is evaluated in the
 * CLI's own process): extra suite globs (`--suites DIR`) and a longer test timeout (`--real-timers`).
 */

/** Environment variable with extra suite globs, JSON array (absolute globs, or relative to the package root). */
export const SUITES_ENV = 'CONFORMANCE_SUITES';
/** Environment variable with the scenario timeout in ms. */
export const TEST_TIMEOUT_ENV = 'CONFORMANCE_TEST_TIMEOUT_MS';
/** The built-in scenarios. */
export const BUILT_IN_SUITES = 'suites/**/*.suite.ts';
/** Default scenario timeout (virtual clock: nothing waits long). */
export const DEFAULT_TEST_TIMEOUT_MS = 60_000;

/** The suite globs: the built-in ones plus any the CLI added. */
export function suitesInclude(env: NodeJS.ProcessEnv = process.env): string[] {
  const extra = env[SUITES_ENV] ? (JSON.parse(env[SUITES_ENV]) as unknown) : [];
  if (!Array.isArray(extra) || !extra.every((g) => typeof g === 'string')) {
    throw new Error(`${SUITES_ENV} must be a JSON array of globs`);
  }
  return [BUILT_IN_SUITES, ...extra];
}

/** The scenario timeout: the CLI's (real timers wait minutes) or the default. */
export function suitesTestTimeout(env: NodeJS.ProcessEnv = process.env): number {
  const ms = Number(env[TEST_TIMEOUT_ENV]);
  return Number.isInteger(ms) && ms > 0 ? ms : DEFAULT_TEST_TIMEOUT_MS;
}

/** The glob of suite files under a directory given to `--suites` (a file or glob is taken as is). */
export function suitesGlob(absolutePath: string, isDirectory: boolean): string {
  return isDirectory ? `${absolutePath.replace(/\/+$/, '')}/**/*.suite.ts` : absolutePath;
}
