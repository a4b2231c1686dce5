/** What scenario files import: fixtures, helpers and vitest's own assertion API. */
export { describe, expect } from 'vitest';
export { type ApiResponse, type CallOptions, ContractFindingError, ScenarioApi } from './api.ts';
export type { ClockControl } from './clock.ts';
export type { ScenarioData } from './data.ts';
export { eventually } from './eventually.ts';
export { type ScenarioFixtures, test } from './fixtures.ts';
export type { TargetCapabilities, TargetInfo } from './target.ts';
