/** What scenario files import: fixtures, helpers and vitest's own assertion API. */
export { describe, expect } from 'vitest';
export type { TargetCapabilities, TargetInfo } from '../targets/types.ts';
export { type ApiResponse, type CallOptions, ContractFindingError, ScenarioApi } from './api.ts';
export { DEFAULT_SCENARIO_COST } from './budget.ts';
export type { ClockControl } from './clock.ts';
export type { ScenarioData } from './data.ts';
export { eventually } from './eventually.ts';
export { type ScenarioFixtures, test } from './fixtures.ts';
export { type Requirement, type RequiresContext, requires } from './requires.ts';
export { computeSignature, validateSignature } from './signature.ts';
export type { ScenarioTag } from './tags.ts';
export type { ReceivedWebhook, WaitForOptions, WebhookResponder, WebhookResponse, WebhookSink } from './webhooks.ts';
