import { en, Faker } from '@faker-js/faker';
import { inject } from 'vitest';

/**
 * Test data for scenarios: a faker seeded from the run's seed (so a failure reproduces with `--seed`), and names that
 * are unique within the run and across runs against a long-lived target.
 */
export interface ScenarioData {
  /** The run's seed. */
  readonly seed: number;
  /** A faker instance seeded from the run seed and the scenario's name. */
  readonly faker: Faker;
  /** `prefix-<run id>-<n>`: unique in this run, distinct from other runs (for unique_name, identity, FriendlyName). */
  unique(prefix: string): string;
  /** A distinct E.164 test number (+1555…) for SMS bindings; never the same twice in a run. */
  phone(): string;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

let counter = 0;

/** Builds the data helper for one scenario. */
export function createScenarioData(seed: number, runId: string, scenario: string): ScenarioData {
  // Built on first use: few scenarios use faker, and a Faker instance per scenario was 2 % of a run's worker time.
  let faker: Faker | undefined;
  return {
    seed,
    get faker() {
      if (!faker) {
        faker = new Faker({ locale: [en] });
        faker.seed(hash(`${seed}:${scenario}`));
      }
      return faker;
    },
    unique(prefix) {
      counter++;
      return `${prefix}-${runId}-${process.pid.toString(36)}${counter.toString(36)}`;
    },
    phone() {
      counter++;
      // 555-01xx numbers are reserved for fiction; the counter keeps them distinct within a run.
      const n = (hash(`${runId}:${process.pid}`) % 90_000) * 10_000 + (counter % 10_000);
      return `+1555${String(n).padStart(9, '0').slice(-9)}`;
    },
  };
}

/** The run seed and id the suites share (provided by global setup; a fresh one when absent). */
export function runIdentity(): { seed: number; runId: string } {
  try {
    const provided = inject('conformancePlan');
    if (provided) return { seed: provided.seed, runId: provided.runId };
  } catch {
    // outside a vitest worker
  }
  return { seed: 1, runId: 'local' };
}
