import { test as base, inject } from 'vitest';
import type { TargetInfo } from '../targets/types.ts';
import type { OperationCall, ScenarioApi } from './api.ts';
import { type ClockControl, createClockControl } from './clock.ts';
import { type Conformance, createApi, loadConformance } from './context.ts';
import { createScenarioData, runIdentity, type ScenarioData } from './data.ts';
import { type Requirement, unmetRequirement } from './requires.ts';
import { startWebhookSink, type WebhookSink } from './webhooks.ts';

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
  /** Seeded test data: `data.faker`, `data.unique(prefix)`, `data.phone()`. */
  data: ScenarioData;
  /** The target's clock (check `clock.available`, else `skip(clock.reason)`). */
  clock: ClockControl;
  /** A second account's checked API client, when the target has one (else undefined: skip cross-account checks). */
  otherApi: ScenarioApi | undefined;
  /**
   * A webhook sink for this test only (closed when it ends): `webhooks.url`, `received()`, `waitFor()`,
   * `respondWith()`, `validSignature()`. A test that uses it is skipped when the target cannot reach it.
   */
  webhooks: WebhookSink;
  /**
   * Runs before every test (auto): skips it when the target misses a need declared as `meta: { requires: [...] }`, or
   * when `--budget` on a live target left no room for it.
   */
  gate: undefined;
}

/** vitest's `test` with the conformance fixtures. */
export const test = base.extend<ScenarioFixtures>({
  target: [
    // biome-ignore lint/correctness/noEmptyPattern: vitest fixtures must destructure their dependencies
    async ({}, use: (t: TargetInfo) => Promise<void>) => use(inject('conformancePlan').target),
    { scope: 'worker' },
  ] as never,
  conformance: [
    async ({ target }: { target: TargetInfo }, use: (c: Conformance) => Promise<void>) =>
      use(await loadConformance(target.specPath)),
    { scope: 'worker' },
  ] as never,
  clock: async ({ target }, use) => use(createClockControl(target)),
  data: async ({ task }, use) => {
    const { seed, runId } = runIdentity();
    await use(createScenarioData(seed, runId, `${task.file?.name ?? ''} > ${task.name}`));
  },
  gate: [
    async (
      { task, skip, target }: { task: { id: string; meta: object }; skip: (note: string) => never; target: TargetInfo },
      use: (v: undefined) => Promise<void>,
    ) => {
      const needs = (task.meta as { requires?: Requirement[] }).requires;
      const unmet = needs?.length ? unmetRequirement(target, needs) : undefined;
      if (unmet !== undefined) skip(unmet);
      const overBudget = inject('conformancePlan').budget?.skipped[task.id];
      if (overBudget !== undefined) skip(overBudget);
      await use(undefined);
    },
    { auto: true },
  ] as never,
  webhooks: async ({ target, skip }, use) => {
    const unmet = unmetRequirement(target, ['webhookDelivery']);
    if (unmet !== undefined) skip(unmet);
    const sink = await startWebhookSink({
      ...(target.webhooks ? { routing: target.webhooks } : {}),
      ...(target.signingToken !== undefined ? { signingToken: target.signingToken } : {}),
    });
    try {
      await use(sink);
    } finally {
      await sink.close();
    }
  },
  otherApi: async ({ target, conformance }, use) => {
    if (!target.otherCredentials) return use(undefined);
    const api = createApi(target, conformance, target.otherCredentials);
    try {
      await use(api);
    } finally {
      await api.cleanup();
      await api.client.close();
    }
  },
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
