import { defineConfig } from 'vitest/config';
import { suitesInclude, suitesTestTimeout } from './src/runtime/suites-config.ts';
import { SCENARIO_TAGS } from './src/runtime/tags.ts';

/** Two projects: unit tests beside the code, conformance scenarios in suites/ (plus any `--suites DIR`). */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'suites',
          include: suitesInclude(),
          environment: 'node',
          globalSetup: ['src/runtime/global-setup.ts'],
          // Workers keep their module cache across suite files, so the spec is loaded once per worker, not per file.
          isolate: false,
          testTimeout: suitesTestTimeout(),
          hookTimeout: 60_000,
          // The closed tag list (src/runtime/tags.ts); strict, so a misspelt tag in a suite fails the run.
          tags: SCENARIO_TAGS.map((tag) => ({ ...tag })),
          strictTags: true,
        },
      },
    ],
  },
});
