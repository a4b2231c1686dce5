// Running the scenario suites through vitest's Node API, shared by `conformance run` (src/cli/run.ts) and the
// self-test (src/selftest/): the target and the run's settings go to the suites' global setup through the
// environment, set only for the duration of the run.
import { type CliOptions, startVitest } from 'vitest/node';

/** Sets environment variables for the duration of `fn` and restores the previous values (undefined = unset). */
export async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const previous = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(previous)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/**
 * Runs vitest once over `files` (path filters; empty = every suite) with `options`, `reporters` and `env` set, and
 * closes it. Runs must not overlap in one process: the environment is process-wide.
 */
export async function runSuites(
  files: string[],
  options: CliOptions,
  reporters: CliOptions['reporters'],
  env: Record<string, string | undefined>,
): Promise<void> {
  await withEnv(env, async () => {
    const vitest = await startVitest(files, { ...options, reporters });
    await vitest.close();
  });
}
