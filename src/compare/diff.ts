// The differences between two runs' normalised scenarios, step by step, and the noise filter: a difference that
// already shows between two runs of the same side is not the vendors' difference.
import type { NormalisedScenario, NormalisedStep } from './normalise.ts';

/** What differs. */
export type DifferenceAspect = 'missing-step' | 'request' | 'status' | 'error-code' | 'body' | 'webhooks';

/** One difference between side A and side B. */
export interface Difference {
  scenario: string;
  /** `api#3` (role and step), or `webhooks`. */
  step: string;
  aspect: DifferenceAspect;
  /** JSON pointer into the body (`/state`), for body differences. */
  field?: string;
  a: unknown;
  b: unknown;
}

/** The identity of a difference, for the noise filter (the values may differ run to run). */
export function differenceKey(d: Difference): string {
  return `${d.scenario}\u0000${d.step}\u0000${d.aspect}\u0000${d.field ?? ''}`;
}

function flatten(value: unknown, prefix: string, out: Map<string, unknown>): void {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    if (entries.length === 0) out.set(prefix || '/', Array.isArray(value) ? [] : {});
    for (const [k, v] of entries) flatten(v, `${prefix}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
    return;
  }
  out.set(prefix || '/', value);
}

function stepDifferences(scenario: string, step: string, a: NormalisedStep, b: NormalisedStep): Difference[] {
  const out: Difference[] = [];
  if (a.method !== b.method || a.path !== b.path) {
    out.push({ scenario, step, aspect: 'request', a: `${a.method} ${a.path}`, b: `${b.method} ${b.path}` });
  }
  if (a.status !== b.status) out.push({ scenario, step, aspect: 'status', a: a.status, b: b.status });
  if (a.errorCode !== b.errorCode) {
    out.push({ scenario, step, aspect: 'error-code', a: a.errorCode ?? null, b: b.errorCode ?? null });
  }
  const fa = new Map<string, unknown>();
  const fb = new Map<string, unknown>();
  flatten(a.body, '', fa);
  flatten(b.body, '', fb);
  for (const field of new Set([...fa.keys(), ...fb.keys()])) {
    const va = fa.has(field) ? fa.get(field) : '(absent)';
    const vb = fb.has(field) ? fb.get(field) : '(absent)';
    if (JSON.stringify(va) !== JSON.stringify(vb)) out.push({ scenario, step, aspect: 'body', field, a: va, b: vb });
  }
  return out;
}

/** Every difference between two runs, scenario by scenario (scenarios only one side ran are left out). */
export function diffRuns(a: readonly NormalisedScenario[], b: readonly NormalisedScenario[]): Difference[] {
  const byName = new Map(b.map((s) => [s.scenario, s]));
  const out: Difference[] = [];
  for (const sa of a) {
    const sb = byName.get(sa.scenario);
    if (!sb) continue;
    for (const step of new Set([...sa.steps.keys(), ...sb.steps.keys()])) {
      const x = sa.steps.get(step);
      const y = sb.steps.get(step);
      if (!x || !y) {
        out.push({
          scenario: sa.scenario,
          step,
          aspect: 'missing-step',
          a: x ? `${x.method} ${x.path}` : null,
          b: y ? `${y.method} ${y.path}` : null,
        });
        continue;
      }
      out.push(...stepDifferences(sa.scenario, step, x, y));
    }
    if (JSON.stringify(sa.webhooks) !== JSON.stringify(sb.webhooks)) {
      out.push({ scenario: sa.scenario, step: 'webhooks', aspect: 'webhooks', a: sa.webhooks, b: sb.webhooks });
    }
  }
  return out;
}

/** Splits A-vs-B differences into real ones and noise (those A-vs-A′ already shows). */
export function withoutNoise(
  differences: readonly Difference[],
  noise: readonly Difference[],
): { real: Difference[]; noise: Difference[] } {
  const keys = new Set(noise.map(differenceKey));
  // A step whose request already differs between A runs took another path: everything on it is noise.
  const noisySteps = new Set(
    noise
      .filter((d) => d.aspect === 'missing-step' || d.aspect === 'request')
      .map((d) => `${d.scenario}\u0000${d.step}`),
  );
  const real: Difference[] = [];
  const suppressed: Difference[] = [];
  for (const d of differences) {
    (keys.has(differenceKey(d)) || noisySteps.has(`${d.scenario}\u0000${d.step}`) ? suppressed : real).push(d);
  }
  return { real, noise: suppressed };
}
