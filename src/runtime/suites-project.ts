// The `suites` vitest project, built in one place: vitest.config.ts (plain `npx vitest run --project suites`) and
// the kit's own runs (src/runtime/run-suites.ts, inline config, no config file) both call `suitesProject`.
import { resolve } from 'node:path';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import { CODE_EXT, CODE_ROOT } from '../spec/paths.ts';
import { SCENARIO_TAGS } from './tags.ts';

/** The built-in scenarios, relative to the code root (`.suite.js` in the built package). */
export const BUILT_IN_SUITES = `suites/**/*.suite.${CODE_EXT}`;
/** Default scenario timeout (virtual clock: nothing waits long). */
export const DEFAULT_TEST_TIMEOUT_MS = 60_000;

/** What the project depends on from a run plan. */
export interface SuitesProjectOptions {
  /** Extra suite globs (absolute), from `--suites`. */
  extraSuites?: readonly string[];
  /** The scenario timeout in ms. */
  testTimeoutMs?: number;
}

/** The `suites` project: built-in scenarios plus `--suites`, the global setup that provides the target, the tags. */
export function suitesProject(options: SuitesProjectOptions = {}): TestProjectInlineConfiguration {
  return {
    test: {
      name: 'suites',
      root: CODE_ROOT,
      include: [BUILT_IN_SUITES, ...(options.extraSuites ?? [])],
      environment: 'node',
      globalSetup: [resolve(CODE_ROOT, `src/runtime/global-setup.${CODE_EXT}`)],
      // Workers keep their module cache across suite files, so the spec is loaded once per worker, not per file.
      isolate: false,
      testTimeout: options.testTimeoutMs ?? DEFAULT_TEST_TIMEOUT_MS,
      hookTimeout: 60_000,
      // The closed tag list (src/runtime/tags.ts); strict, so a misspelt tag in a suite fails the run.
      tags: SCENARIO_TAGS.map((tag) => ({ ...tag })),
      strictTags: true,
    },
  };
}

/** The glob of suite files under a directory given to `--suites` (a file or glob is taken as is). */
export function suitesGlob(absolutePath: string, isDirectory: boolean): string {
  return isDirectory ? `${absolutePath.replace(/\/+$/, '')}/**/*.suite.ts` : absolutePath;
}
