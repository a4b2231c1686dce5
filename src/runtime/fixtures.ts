import { test as base, inject } from 'vitest';
import type { OperationCall, ScenarioApi } from './api.ts';
import { type Conformance, createApi, loadConformance } from './context.ts';
import type { TargetInfo } from './target.ts';

/** What a scenario leaves in its vitest task meta for reporters. */
export interface ScenarioMeta {
  operations?: OperationCall[];
}

/** Fixtures every scenario gets. */
export interface ScenarioFixtures {
  /** The target under test (URL, credentials, capabilities). */
  target: TargetInfo;
  /** The loaded spec and its compiled validators. */
  conformance: Conformance;
  /** The checked API client; deletes what the test registered for cleanup when the test ends. */
  api: ScenarioApi;
}

/** vitest's `test` with the conformance fixtures. */
export const test = base.extend<ScenarioFixtures>({
  target: [
    // biome-ignore lint/correctness/noEmptyPattern: vitest fixtures must destructure their dependencies
    async ({}, use: (t: TargetInfo) => Promise<void>) => use(inject('conformanceTarget')),
    { scope: 'worker' },
  ] as never,
  conformance: [
    async ({ target }: { target: TargetInfo }, use: (c: Conformance) => Promise<void>) =>
      use(await loadConformance(target.specPath)),
    { scope: 'worker' },
  ] as never,
  api: async ({ target, conformance, task }, use) => {
    const api = createApi(target, conformance);
    try {
      await use(api);
    } finally {
      // Reporters read this from the test's meta: the coverage matrix is built from what scenarios really called.
      (task.meta as ScenarioMeta).operations = api.calls;
      await api.cleanup();
      await api.client.close();
    }
  },
});
