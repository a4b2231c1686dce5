import { defineConfig } from 'vitest/config';
import { assertNodeFloor } from './bin/node-floor.js';
import { suitesProject } from './src/runtime/suites-project.ts';

// `npx vitest` on an older Node: the kit's one-line message, not a crash inside undici.
assertNodeFloor();

/**
 * Three projects: unit tests beside the code; the conformance scenarios in suites/; the whole self-test (slow, its
 * own command `npm run test:selftest`). The kit's own runs (`conformance run`, the self-test) build the same `suites`
 * project inline from their run plan (src/runtime/run-suites.ts); run here directly, it uses the defaults and the
 * embedded emulator.
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
      {
        test: {
          // The packed kit installed in a fresh project, and the emulator's container image: minutes, own command.
          name: 'integration',
          include: ['src/**/*.integration.ts'],
          environment: 'node',
          testTimeout: 20 * 60_000,
          hookTimeout: 20 * 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'selftest',
          include: ['src/**/*.selftest.ts'],
          environment: 'node',
          testTimeout: 50 * 60_000,
        },
      },
    ],
  },
});
