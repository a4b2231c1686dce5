import { resolve } from 'node:path';
import type { CliOptions } from 'vitest/node';
import { tagsFilterFor } from '../runtime/tags.ts';
import { PACKAGE_ROOT } from '../spec/paths.ts';

/** The vitest options of a conformance run (the `suites` project, run once, with the run's filters). */
export type VitestRunOptions = CliOptions;

/** vitest options for the `suites` project with `--grep` and `--tag` applied. */
export function vitestRunOptions(args: { grep?: string; tags: string[] }): VitestRunOptions {
  const tagsFilter = tagsFilterFor(args.tags);
  return {
    root: PACKAGE_ROOT,
    config: resolve(PACKAGE_ROOT, 'vitest.config.ts'),
    project: ['suites'],
    run: true,
    watch: false,
    ...(args.grep ? { testNamePattern: args.grep } : {}),
    ...(tagsFilter ? { tagsFilter } : {}),
  };
}
