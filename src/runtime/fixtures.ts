import { test as base, inject } from 'vitest';
import type { ExchangeEvidence } from '../client/evidence.ts';
import type { ScenarioRecording } from '../client/har.ts';
import type { SpecDriftFinding } from '../spec/drift.ts';
import type { TargetInfo } from '../targets/types.ts';
import type { OperationCall, ScenarioApi, StepFailure } from './api.ts';
import { type ClockControl, createClockControl } from './clock.ts';
import { type Conformance, createApi, loadConformance, targetSecrets } from './context.ts';
import { createScenarioData, runIdentity, type ScenarioData } from './data.ts';
import { DEADLINE_STOP } from './plan.ts';
import { recordApi, recordWebhooks, tagClient } from './recording.ts';
import { type Requirement, unmetRequirement } from './requires.ts';
import { startWebhookSink, type WebhookSink } from './webhooks.ts';

/** What a scenario leaves in its vitest task meta for reporters (serialised to the main process). */
export interface ScenarioMeta {
  operations?: OperationCall[];
  /** The first step that failed with findings, and its evidence. */
  failure?: StepFailure;
  /** The last exchange, for a failure the scenario asserted by hand (no finding of the API's own). */
  lastExchange?: ExchangeEvidence & { operationId?: string; resource?: string };
  /** Schema findings recorded under `--schema warn`. */
  warnings?: StepFailure[];
  /** Where ours stood in for the `--spec` document (spec drift, collected by reporting/spec-drift.ts). */
  specDrift?: SpecDriftFinding[];
  /** `--record`: every exchange and webhook of the scenario, redacted (reporting/cassette.ts writes the HAR). */
  recording?: ScenarioRecording;
}

/** Leaves what the scenario's API saw in the test's meta (the first failure wins: it is the root of the others). */
function recordMeta(meta: ScenarioMeta, api: ScenarioApi): void {
  if (api.failure && !meta.failure) meta.failure = api.failure;
  if (api.warnings.length) meta.warnings = [...(meta.warnings ?? []), ...api.warnings];
  if (api.specDrift.length) meta.specDrift = [...(meta.specDrift ?? []), ...api.specDrift];
  const exchange = api.exchanges.at(-1);
  if (exchange) {
    const operation = api.operationOf(exchange);
    meta.lastExchange = {
      ...api.evidenceOf(exchange),
      ...(operation ? { operationId: operation.operationId } : {}),
      ...(operation?.tags[0] ? { resource: operation.tags[0] } : {}),
    };
  }
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
      use(
        await loadConformance(
          target.specPath,
          inject('conformancePlan').fallbackSpecPath,
          inject('conformancePlan').specsValidated === true,
        ),
      ),
    { scope: 'worker' },
  ] as never,
  clock: async ({ target }, use) => use(createClockControl(target, inject('conformancePlan').deadline)),
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
      const plan = inject('conformancePlan');
      const overBudget = plan.budget?.skipped[task.id];
      if (overBudget !== undefined) skip(overBudget);
      // Past the run deadline nothing starts, even before vitest's cancel reaches this worker.
      if (plan.deadline !== undefined && Date.now() >= plan.deadline) skip(DEADLINE_STOP);
      await use(undefined);
    },
    { auto: true },
  ] as never,
  webhooks: async ({ target, skip, task }, use) => {
    const unmet = unmetRequirement(target, ['webhookDelivery']);
    if (unmet !== undefined) skip(unmet);
    const sink = await startWebhookSink({
      ...(target.webhooks ? { routing: target.webhooks } : {}),
      ...(target.signingToken !== undefined ? { signingToken: target.signingToken } : {}),
    });
    try {
      await use(sink);
    } finally {
      if (inject('conformancePlan').record)
        recordWebhooks(task.meta as ScenarioMeta, task, sink.received(), targetSecrets(target));
      await sink.close();
    }
  },
  otherApi: async ({ target, conformance, task }, use) => {
    if (!target.otherCredentials) return use(undefined);
    const plan = inject('conformancePlan');
    const api = createApi(target, conformance, target.otherCredentials, plan.schema, plan.deadline);
    if (target.scenarioHeaders) tagClient(api, task, 'other');
    try {
      await use(api);
    } finally {
      recordMeta(task.meta as ScenarioMeta, api);
      await api.cleanup();
      if (inject('conformancePlan').record)
        recordApi(task.meta as ScenarioMeta, task, api, 'other', targetSecrets(target));
      await api.client.close();
    }
  },
  api: async ({ target, conformance, task }, use) => {
    const plan = inject('conformancePlan');
    const api = createApi(target, conformance, target.credentials, plan.schema, plan.deadline);
    if (target.scenarioHeaders) tagClient(api, task, 'api');
    try {
      await use(api);
    } finally {
      // Reporters read this from the test's meta: the coverage matrix is built from what scenarios really called,
      // and a failure's evidence from what the scenario really sent and received.
      (task.meta as ScenarioMeta).operations = api.calls;
      recordMeta(task.meta as ScenarioMeta, api);
      await api.cleanup();
      if (inject('conformancePlan').record)
        recordApi(task.meta as ScenarioMeta, task, api, 'api', targetSecrets(target));
      await api.client.close();
    }
  },
});
