import { TwilioClient } from '../client/client.ts';
import { type LoadedSpec, loadSpec } from '../spec/load.ts';
import type { TargetInfo } from '../targets/types.ts';
import { compileValidators, type ValidatorSet } from '../validation/validators.ts';
import { ScenarioApi, type SchemaMode } from './api.ts';
import type { CheckedSpec } from './spec-fallback.ts';

/** The spec and validators, loaded once per worker and spec path. */
export interface Conformance {
  spec: LoadedSpec;
  validators: ValidatorSet;
  /** Ours, when `spec` is another document (`--spec`): checks what that one lacks (spec-fallback.ts). */
  fallback?: CheckedSpec;
}

const loaded = new Map<string, Promise<Conformance>>();

function loadOnce(specPath: string, validated: boolean): Promise<Conformance> {
  let entry = loaded.get(specPath);
  if (!entry) {
    entry = loadSpec(specPath, { validated }).then((spec) => ({ spec, validators: compileValidators(spec) }));
    loaded.set(specPath, entry);
  }
  return entry;
}

/**
 * Loads the spec once per process and path; validators compile on first use. With `fallbackSpecPath` (ours, when
 * `specPath` is a `--spec` document) both are loaded and ours becomes the fallback. `validated`: the documents were
 * already validated against the OpenAPI schema (by the CLI, before the workers start), so they are only dereferenced.
 */
export async function loadConformance(
  specPath: string,
  fallbackSpecPath?: string,
  validated = false,
): Promise<Conformance> {
  const primary = await loadOnce(specPath, validated);
  if (fallbackSpecPath === undefined || fallbackSpecPath === specPath) return primary;
  const { spec, validators } = await loadOnce(fallbackSpecPath, validated);
  return { ...primary, fallback: { spec, validators } };
}

/** A scenario API bound to the target, with the target's own credentials (or others). */
export function createApi(
  target: TargetInfo,
  conformance: Conformance,
  credentials = target.credentials,
  schema: SchemaMode = 'strict',
  deadline?: number,
): ScenarioApi {
  const client = new TwilioClient({
    baseUrl: target.url,
    credentials,
    timeoutMs: target.timeoutMs,
    // One keep-alive pool per worker: each scenario's client reuses warm connections (docs/benchmarks.md).
    pool: 'shared',
    ...(target.maxBodyBytes !== undefined ? { maxBodyBytes: target.maxBodyBytes } : {}),
    ...(deadline !== undefined ? { deadline } : {}),
  });
  return new ScenarioApi(client, conformance.spec, conformance.validators, {
    schema,
    secrets: targetSecrets(target),
    ...(conformance.fallback ? { fallback: conformance.fallback } : {}),
  });
}

/**
 * Every secret the target's credentials hold, and their Basic auth encodings (a target may echo the Authorization
 * header back): evidence and finding messages never show them.
 */
export function targetSecrets(target: TargetInfo): string[] {
  return [target.credentials, target.otherCredentials, target.apiKeyCredentials].flatMap((c) =>
    c?.password ? [c.password, Buffer.from(`${c.username}:${c.password}`).toString('base64')] : [],
  );
}
