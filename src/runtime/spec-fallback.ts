// Which document checks a response when the run validates against another one than ours (`conformance run --spec`).
// A vendor's document may lack operations (Twilio's has no Media: it lives on mcs.us1.twilio.com) and may declare no
// error responses at all. Neither says anything about the target's behaviour, so such a request or status is checked
// against ours and becomes a spec-drift note (RUN_DRIFT_ASPECTS), never a finding or a kit error.
import { driftOperationKey, operationBasePath, type SpecDriftFinding } from '../spec/drift.ts';
import type { LoadedSpec } from '../spec/load.ts';
import type { OperationSpec } from '../spec/operations.ts';
import type { ValidatorSet } from '../validation/validators.ts';

/** A document and the validators compiled from it. */
export interface CheckedSpec {
  spec: LoadedSpec;
  validators: ValidatorSet;
}

/** The operation (and the document) a request is checked against, with the drift note that choice implies. */
export interface ResolvedOperation {
  operation: OperationSpec;
  validators: ValidatorSet;
  /** Set when ours stood in for theirs. */
  drift?: SpecDriftFinding;
}

const basePaths = new WeakMap<LoadedSpec, string[]>();

/**
 * Matches a request path (as sent, e.g. `/v1/Conversations`) in one document, joining each operation's server base
 * path (`https://host/v1` + `/Conversations`) as drift.ts does.
 */
export function matchInSpec(spec: LoadedSpec, method: string, pathname: string): OperationSpec | undefined {
  const direct = spec.operations.match(method, pathname)?.operation;
  if (direct && operationBasePath(spec, direct) === '') return direct;
  let bases = basePaths.get(spec);
  if (!bases) {
    bases = [...new Set(spec.operations.all.map((o) => operationBasePath(spec, o)))].filter(Boolean);
    basePaths.set(spec, bases);
  }
  for (const base of bases) {
    if (!pathname.startsWith(`${base}/`)) continue;
    const below = spec.operations.match(method, pathname.slice(base.length))?.operation;
    if (below && operationBasePath(spec, below) === base) return below;
  }
  return undefined; // a path that skips its operation's base path names another URL
}

/** The operation of `theirs` for a request, else (with a note) the one of `ours`; undefined when neither has it. */
export function resolveOperation(
  theirs: CheckedSpec,
  ours: CheckedSpec | undefined,
  method: string,
  pathname: string,
): ResolvedOperation | undefined {
  const own = matchInSpec(theirs.spec, method, pathname);
  if (own || !ours) return own ? { operation: own, validators: theirs.validators } : undefined;
  const operation = matchInSpec(ours.spec, method, pathname);
  if (!operation) return undefined;
  return {
    operation,
    validators: ours.validators,
    drift: {
      kind: 'spec-drift',
      operation: driftOperationKey(ours.spec, operation),
      operationIds: { ours: operation.operationId, theirs: null },
      aspect: 'operation-validated-with-ours',
      location: '',
      ours: operation.operationId,
      theirs: null,
      message: `no operation of theirs matches ${method} ${operation.path}: validated with ours (${operation.operationId})`,
      seen: 1,
    },
  };
}

/**
 * The operation that checks a response of `status`: unchanged, unless theirs does not declare the status and ours
 * does for the same request — then ours, with a note.
 */
export function resolveStatus(
  resolved: ResolvedOperation,
  ours: CheckedSpec | undefined,
  request: { method: string; pathname: string },
  status: number,
): ResolvedOperation {
  if (!ours || resolved.validators === ours.validators) return resolved;
  if (resolved.validators.documentedStatus(resolved.operation.operationId, status) !== undefined) return resolved;
  const operation = matchInSpec(ours.spec, request.method, request.pathname);
  const documented = operation ? ours.validators.documentedStatus(operation.operationId, status) : undefined;
  if (!operation || documented === undefined) return resolved;
  const theirs = resolved.operation.responses.map((r) => r.status);
  return {
    operation,
    validators: ours.validators,
    drift: {
      kind: 'spec-drift',
      operation: driftOperationKey(ours.spec, operation),
      operationIds: { ours: operation.operationId, theirs: resolved.operation.operationId },
      aspect: 'status-only-in-ours',
      location: String(status),
      ours: documented,
      theirs,
      message: `the target answered ${status}, declared by ours (${documented}) and not by theirs (${theirs.join(', ') || 'none'}): validated with ours`,
      seen: 1,
    },
  };
}
