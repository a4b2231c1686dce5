import { defineConfig } from 'vitest/config';
import { suitesProject } from './src/runtime/suites-project.ts';

/**
 * Two projects: unit tests beside the code, conformance scenarios in suites/. The kit's own runs (`conformance run`,
 * the self-test) build the same `suites` project inline from their run plan (src/runtime/run-suites.ts); run here
 * directly, it uses the defaults and the embedded emulator.
 */
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
      suitesProject(),
    ],
  },
});
