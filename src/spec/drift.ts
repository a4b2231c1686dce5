/**
 * Spec drift: where another OpenAPI document (3.0 or 3.1, e.g. one a vendor publishes) disagrees with ours about the
 * same operation. Operations are matched by HTTP method + path template with parameter names erased, after joining
 * each document's server base path (`https://host/v1` + `/Conversations` ≡ `https://host` + `/v1/Conversations`).
 * Findings are data, never thrown; they are kept apart from behaviour findings (`src/checks/`).
 *
 * Comparison rules (one place, so the report is predictable):
 * - schemas are compared after normalisation: 3.0 `nullable: true` ≡ a 3.1 type array with 'null'; a 3.1
 *   `oneOf`/`anyOf` of one schema and `{type: 'null'}` ≡ that schema made nullable; `allOf` members are merged;
 * - an absent keyword counts as a value (ours `format: uri` vs theirs none is drift), but `null` is ignored inside
 *   `enum` (nullability is reported once, as a type difference);
 * - object members are compared only when both sides declare `properties` (a side that leaves an object free-form
 *   does not disagree about its members); array items are compared when both sides declare `items`;
 * - path parameters are matched by position (their names may differ), header names case-insensitively.
 */
import type { LoadedSpec } from './load.ts';
import type { OperationSpec } from './operations.ts';

/** The closed catalogue of drift aspects, each with a one-line meaning. */
export const DRIFT_ASPECTS = {
  'operation-only-in-ours': 'the operation is documented in our document only',
  'operation-only-in-theirs': 'the operation is documented in their document only',
  'success-statuses': 'the documented 2xx statuses of the operation differ',
  'parameter-only-in-ours': 'a path/query/header parameter or form field exists in our document only',
  'parameter-only-in-theirs': 'a path/query/header parameter or form field exists in their document only',
  'parameter-required': 'a shared parameter is required in one document and optional in the other',
  'parameter-enum': 'the allowed values of a shared parameter differ',
  'parameter-max-length': 'the maxLength of a shared parameter differs',
  'parameter-maximum': 'the maximum of a shared parameter differs',
  'parameter-pattern': 'the pattern of a shared parameter differs',
  'response-schema-only-in-ours': 'a shared success status has a JSON body schema in our document only',
  'response-schema-only-in-theirs': 'a shared success status has a JSON body schema in their document only',
  'response-property-only-in-ours': 'a response property exists in our document only',
  'response-property-only-in-theirs': 'a response property exists in their document only',
  'response-property-type': 'the type of a response value differs (nullability included)',
  'response-property-enum': 'the allowed values of a response value differ',
  'response-property-format': 'the format of a response value differs',
  'response-property-pattern': 'the pattern of a response value differs',
  'response-property-required': 'a response property is required in one document and optional in the other',
} as const;

/**
 * Drift a run observes (`conformance run --spec`): where a response could only be checked against our document. The
 * comparison above never produces these; the scenario API does (src/runtime/spec-fallback.ts).
 */
export const RUN_DRIFT_ASPECTS = {
  'operation-validated-with-ours':
    'a request of the run matched no operation of their document; it was matched and validated with ours',
  'status-only-in-ours':
    'the target answered a status their document does not declare for the operation and ours does; validated with ours',
} as const;

/** One drift aspect name (a key of DRIFT_ASPECTS or RUN_DRIFT_ASPECTS). */
export type DriftAspect = keyof typeof DRIFT_ASPECTS | keyof typeof RUN_DRIFT_ASPECTS;

/** A value one document holds for the aspect compared (null when absent). */
export type DriftValue = string | number | boolean | null | string[];

/** One disagreement between our document and theirs about one operation. */
export interface SpecDriftFinding {
  kind: 'spec-drift';
  /** Method + full path template with parameter names erased, e.g. `GET /v1/Conversations/{}`. */
  operation: string;
  /** The operationId on each side (null where the operation is absent). */
  operationIds: { ours: string | null; theirs: string | null };
  aspect: DriftAspect;
  /**
   * Where inside the operation: `form:FriendlyName`, `query:PageSize`, `path:Sid` (our name), `200 /links`,
   * `200 /conversations/[]/sid` (`[]` = array items), or '' for the operation itself.
   */
  location: string;
  ours: DriftValue;
  theirs: DriftValue;
  /** One readable line. */
  message: string;
  /** How many responses of the run showed it (aspects of RUN_DRIFT_ASPECTS only). */
  seen?: number;
}

type Schema = Record<string, unknown>;

interface Side {
  operation: OperationSpec;
  /** Server base path + path template, e.g. `/v1/Conversations/{Sid}`. */
  fullPath: string;
  is30: boolean;
}

const EMPTY: Schema = {};

function asSchema(value: unknown): Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Schema) : EMPTY;
}

/** Erases parameter names from a path template and drops a trailing slash: `/v1/A/{Sid}/` → `/v1/A/{}`. */
export function normalizePathTemplate(path: string): string {
  const erased = path.replace(/\{[^}]*\}/g, '{}').replace(/\/+$/, '');
  return erased.startsWith('/') ? erased : `/${erased}`;
}

/** The path part of a server URL (`https://host/v1/` → `/v1`), its variables replaced by their defaults. */
function serverBasePath(url: string, variables: Schema): string {
  const withDefaults = url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const value = asSchema(variables[name]).default;
    return typeof value === 'string' ? value : whole;
  });
  return withDefaults.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/]*/, '').replace(/\/+$/, '');
}

function sidesOf(spec: LoadedSpec): Side[] {
  const is30 = spec.version.startsWith('3.0');
  return spec.operations.all.map((operation) => ({
    operation,
    fullPath: `${operationBasePath(spec, operation)}${operation.path}`,
    is30,
  }));
}

/** The server base path of one operation of a document (`/v1` for `https://host/v1`; '' for a bare host). */
export function operationBasePath(spec: LoadedSpec, operation: OperationSpec): string {
  let base = basePathOf.get(operation);
  if (base === undefined) {
    base = computeBasePath(spec, operation);
    basePathOf.set(operation, base);
  }
  return base;
}

/** operationBasePath per operation object (each loaded document has its own; the scenario API asks on every call). */
const basePathOf = new WeakMap<OperationSpec, string>();

function computeBasePath(spec: LoadedSpec, operation: OperationSpec): string {
  const docServers = Array.isArray(spec.document.servers) ? spec.document.servers : [];
  const first = asSchema(docServers[0]);
  const docUrl = typeof first.url === 'string' ? first.url : '';
  return serverBasePath(operation.servers[0] ?? docUrl, asSchema(first.variables));
}

/** How drift findings name an operation: method + server base path + path template, parameter names erased. */
export function driftOperationKey(spec: LoadedSpec, operation: OperationSpec): string {
  return `${operation.method} ${normalizePathTemplate(`${operationBasePath(spec, operation)}${operation.path}`)}`;
}

/** Pairs operations: first by method + normalised full path, then (for the rest) by method + path template alone. */
function matchOperations(ours: Side[], theirs: Side[]): Array<{ ours?: Side; theirs?: Side; key: string }> {
  const pairs: Array<{ ours?: Side; theirs?: Side; key: string }> = [];
  const keyOf = (s: Side, full: boolean) =>
    `${s.operation.method} ${normalizePathTemplate(full ? s.fullPath : s.operation.path)}`;
  const unmatchedOurs = new Set(ours);
  const unmatchedTheirs = new Set(theirs);
  for (const full of [true, false]) {
    const theirsByKey = new Map<string, Side[]>();
    for (const t of unmatchedTheirs) theirsByKey.set(keyOf(t, full), [...(theirsByKey.get(keyOf(t, full)) ?? []), t]);
    const oursByKey = new Map<string, Side[]>();
    for (const o of unmatchedOurs) oursByKey.set(keyOf(o, full), [...(oursByKey.get(keyOf(o, full)) ?? []), o]);
    for (const [key, candidates] of oursByKey) {
      const others = theirsByKey.get(key);
      // The fallback pass only pairs unambiguous leftovers; the first pass takes the first of each.
      if (!others?.length || (!full && (candidates.length > 1 || others.length > 1))) continue;
      const o = candidates[0] as Side;
      const t = others[0] as Side;
      pairs.push({ ours: o, theirs: t, key: keyOf(o, true) });
      unmatchedOurs.delete(o);
      unmatchedTheirs.delete(t);
    }
  }
  for (const o of unmatchedOurs) pairs.push({ ours: o, key: keyOf(o, true) });
  for (const t of unmatchedTheirs) pairs.push({ theirs: t, key: keyOf(t, true) });
  return pairs;
}

// ---------------------------------------------------------------------------------------------------------------
// Schema normalisation (3.0 and 3.1 onto one shape, only as far as the comparison needs)

function isNullSchema(schema: Schema): boolean {
  return (
    schema.type === 'null' || (Array.isArray(schema.type) && schema.type.length === 1 && schema.type[0] === 'null')
  );
}

/** Merges `allOf` members and unwraps a nullable `oneOf`/`anyOf` pair into one flat schema. */
function flatten(value: unknown, is30: boolean, depth = 0): Schema {
  const schema = asSchema(value);
  if (depth > 16) return schema;
  let out: Schema = { ...schema };
  for (const union of ['oneOf', 'anyOf'] as const) {
    const members = Array.isArray(schema[union]) ? (schema[union] as unknown[]).map(asSchema) : [];
    const nonNull = members.filter((m) => !isNullSchema(m));
    if (members.length === 2 && nonNull.length === 1) {
      const inner = flatten(nonNull[0], is30, depth + 1);
      delete out[union];
      const innerTypes = typeSet(inner, is30);
      // `oneOf: [{}, {type: 'null'}]` allows anything, so it stays untyped.
      out = mergeSchemas(out, innerTypes.length ? { ...inner, type: [...new Set([...innerTypes, 'null'])] } : inner);
    }
  }
  if (Array.isArray(schema.allOf)) {
    delete out.allOf;
    for (const member of schema.allOf) out = mergeSchemas(out, flatten(member, is30, depth + 1));
  }
  return out;
}

function mergeSchemas(base: Schema, extra: Schema): Schema {
  const merged: Schema = { ...extra, ...base };
  if (base.properties || extra.properties) {
    merged.properties = { ...asSchema(extra.properties), ...asSchema(base.properties) };
  }
  const required = [...stringList(base.required), ...stringList(extra.required)];
  if (required.length) merged.required = [...new Set(required)];
  return merged;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** The set of JSON types a schema allows, sorted; 3.0 `nullable: true` adds 'null'. Empty means any. */
function typeSet(schema: Schema, is30: boolean): string[] {
  const types = new Set<string>(
    Array.isArray(schema.type) ? schema.type.map(String) : typeof schema.type === 'string' ? [schema.type] : [],
  );
  if (is30 && schema.nullable === true && types.size) types.add('null');
  // Sorted, with 'null' last so it reads `string|null`.
  return [...types].sort((a, b) => Number(a === 'null') - Number(b === 'null') || byText(a, b));
}

/** Enum values (null excluded, as JSON text), sorted; null when the schema declares no enum. */
function enumOf(schema: Schema): string[] | null {
  const values = Array.isArray(schema.enum)
    ? schema.enum
    : Array.isArray(asSchema(schema.items).enum)
      ? asSchema(schema.items).enum
      : undefined;
  if (!Array.isArray(values)) return null;
  return values
    .filter((v) => v !== null)
    .map((v) => (typeof v === 'string' ? v : JSON.stringify(v)))
    .sort();
}

/** A scalar keyword of the schema or, for an array, of its items. */
function constraint(schema: Schema, keyword: string): string | number | null {
  const own = schema[keyword] ?? asSchema(schema.items)[keyword];
  return typeof own === 'string' || typeof own === 'number' ? own : null;
}

function sameList(a: string[] | null, b: string[] | null): boolean {
  return a === b || (a !== null && b !== null && a.length === b.length && a.every((v, i) => v === b[i]));
}

/** A value as text: lists of types as `string|null` (empty = any), other lists as `[a, b]`, absent as `none`. */
function show(value: DriftValue, list: 'types' | 'values' = 'types'): string {
  if (value === null) return 'none';
  if (Array.isArray(value)) {
    if (list === 'values') return `[${value.join(', ')}]`;
    return value.length ? value.join('|') : 'any';
  }
  return String(value);
}

function showEnum(ours: string[] | null, theirs: string[] | null): string {
  if (ours === null || theirs === null) return `ours ${show(ours, 'values')}, theirs ${show(theirs, 'values')}`;
  const onlyOurs = ours.filter((v) => !theirs.includes(v));
  const onlyTheirs = theirs.filter((v) => !ours.includes(v));
  const parts = [];
  if (onlyOurs.length) parts.push(`only ours: ${onlyOurs.join(', ')}`);
  if (onlyTheirs.length) parts.push(`only theirs: ${onlyTheirs.join(', ')}`);
  return parts.join('; ');
}

// ---------------------------------------------------------------------------------------------------------------
// Comparison

type Emit = (aspect: DriftAspect, location: string, ours: DriftValue, theirs: DriftValue, message: string) => void;

function successStatuses(operation: OperationSpec): string[] {
  return operation.responses
    .map((r) => r.status.toUpperCase())
    .filter((s) => s.startsWith('2'))
    .sort();
}

function jsonSchemaOf(content: Record<string, { schema?: unknown }> | undefined): unknown {
  const entry = Object.entries(content ?? {}).find(([type]) => /json/i.test(type) || type === '*/*');
  return entry?.[1].schema;
}

interface ParamEntry {
  /** Location label (our spelling where both exist). */
  label: string;
  required: boolean;
  schema: Schema;
}

/** Parameters and form fields keyed for matching: path by position, header lower-cased, form by wire name. */
function parameterMap(side: Side): Map<string, ParamEntry> {
  const map = new Map<string, ParamEntry>();
  const pathNames = [...side.operation.path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
  for (const p of side.operation.parameters) {
    const schema = flatten(p.schema, side.is30);
    if (p.in === 'path') {
      const index = pathNames.indexOf(p.name);
      map.set(`path#${index < 0 ? p.name : index}`, { label: `path:${p.name}`, required: true, schema });
    } else {
      const key = p.in === 'header' ? p.name.toLowerCase() : p.name;
      map.set(`${p.in}:${key}`, { label: `${p.in}:${p.name}`, required: p.required, schema });
    }
  }
  const body = side.operation.requestBody ?? {};
  const form = flatten(
    body['application/x-www-form-urlencoded']?.schema ?? body['multipart/form-data']?.schema,
    side.is30,
  );
  const required = stringList(form.required);
  for (const [name, schema] of Object.entries(asSchema(form.properties))) {
    map.set(`form:${name}`, {
      label: `form:${name}`,
      required: required.includes(name),
      schema: flatten(schema, side.is30),
    });
  }
  return map;
}

function requiredness(required: boolean): string {
  return required ? 'required' : 'optional';
}

function describeType(schema: Schema, is30: boolean): string {
  return show(typeSet(schema, is30));
}

function compareParameters(ours: Side, theirs: Side, emit: Emit): void {
  const a = parameterMap(ours);
  const b = parameterMap(theirs);
  for (const key of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const o = a.get(key);
    const t = b.get(key);
    if (!t && o) {
      emit('parameter-only-in-ours', o.label, describeType(o.schema, ours.is30), null, `${o.label} is only in ours`);
      continue;
    }
    if (!o && t) {
      emit(
        'parameter-only-in-theirs',
        t.label,
        null,
        describeType(t.schema, theirs.is30),
        `${t.label} is only in theirs`,
      );
      continue;
    }
    if (!o || !t) continue;
    const label = o.label;
    const named = o.label === t.label ? label : `${label} (theirs ${t.label})`;
    if (o.required !== t.required) {
      emit(
        'parameter-required',
        label,
        o.required,
        t.required,
        `${named} is ${requiredness(o.required)} in ours, ${requiredness(t.required)} in theirs`,
      );
    }
    const oe = enumOf(o.schema);
    const te = enumOf(t.schema);
    if (!sameList(oe, te)) emit('parameter-enum', label, oe, te, `${named} enum differs: ${showEnum(oe, te)}`);
    for (const [keyword, aspect] of [
      ['maxLength', 'parameter-max-length'],
      ['maximum', 'parameter-maximum'],
      ['pattern', 'parameter-pattern'],
    ] as const) {
      const ov = constraint(o.schema, keyword);
      const tv = constraint(t.schema, keyword);
      if (ov !== tv) emit(aspect, label, ov, tv, `${named} ${keyword} differs: ours ${show(ov)}, theirs ${show(tv)}`);
    }
  }
}

function compareSchemas(
  oursValue: unknown,
  theirsValue: unknown,
  sides: { ours: boolean; theirs: boolean },
  status: string,
  pointer: string,
  emit: Emit,
  seen: Map<object, Set<object>>,
): void {
  // Cycles (a dereferenced recursive schema) are compared once per pair of nodes.
  if (typeof oursValue === 'object' && oursValue !== null && typeof theirsValue === 'object' && theirsValue !== null) {
    const visited = seen.get(oursValue) ?? new Set<object>();
    if (visited.has(theirsValue)) return;
    visited.add(theirsValue);
    seen.set(oursValue, visited);
  }
  const o = flatten(oursValue, sides.ours);
  const t = flatten(theirsValue, sides.theirs);
  const at = `${status} ${pointer || '/'}`;
  const ot = typeSet(o, sides.ours);
  const tt = typeSet(t, sides.theirs);
  if (!sameList(ot, tt))
    emit('response-property-type', at, ot, tt, `${at} type differs: ours ${show(ot)}, theirs ${show(tt)}`);
  const oe = enumOf(o);
  const te = enumOf(t);
  if (!sameList(oe, te)) emit('response-property-enum', at, oe, te, `${at} enum differs: ${showEnum(oe, te)}`);
  for (const [keyword, aspect] of [
    ['format', 'response-property-format'],
    ['pattern', 'response-property-pattern'],
  ] as const) {
    const ov = typeof o[keyword] === 'string' ? (o[keyword] as string) : null;
    const tv = typeof t[keyword] === 'string' ? (t[keyword] as string) : null;
    if (ov !== tv) emit(aspect, at, ov, tv, `${at} ${keyword} differs: ours ${show(ov)}, theirs ${show(tv)}`);
  }
  if (o.properties !== undefined && t.properties !== undefined) {
    const op = asSchema(o.properties);
    const tp = asSchema(t.properties);
    const oreq = stringList(o.required);
    const treq = stringList(t.required);
    for (const name of [...new Set([...Object.keys(op), ...Object.keys(tp)])].sort()) {
      const child = `${pointer}/${name}`;
      const where = `${status} ${child}`;
      if (!(name in tp)) {
        const type = typeSet(flatten(op[name], sides.ours), sides.ours);
        emit('response-property-only-in-ours', where, show(type), null, `${where} is only in ours`);
      } else if (!(name in op)) {
        const type = typeSet(flatten(tp[name], sides.theirs), sides.theirs);
        emit('response-property-only-in-theirs', where, null, show(type), `${where} is only in theirs`);
      } else {
        const or = oreq.includes(name);
        const tr = treq.includes(name);
        if (or !== tr) {
          emit(
            'response-property-required',
            where,
            or,
            tr,
            `${where} is ${requiredness(or)} in ours, ${requiredness(tr)} in theirs`,
          );
        }
        compareSchemas(op[name], tp[name], sides, status, child, emit, seen);
      }
    }
  }
  if (o.items !== undefined && t.items !== undefined) {
    compareSchemas(o.items, t.items, sides, status, `${pointer}/[]`, emit, seen);
  }
}

function compareResponses(ours: Side, theirs: Side, emit: Emit): void {
  const os = successStatuses(ours.operation);
  const ts = successStatuses(theirs.operation);
  if (!sameList(os, ts)) {
    emit(
      'success-statuses',
      '',
      os,
      ts,
      `success statuses differ: ours ${os.join(', ') || 'none'}, theirs ${ts.join(', ') || 'none'}`,
    );
  }
  for (const status of os.filter((s) => ts.includes(s))) {
    const find = (side: Side) =>
      jsonSchemaOf(side.operation.responses.find((r) => r.status.toUpperCase() === status)?.content);
    const o = find(ours);
    const t = find(theirs);
    if (o !== undefined && t === undefined) {
      emit('response-schema-only-in-ours', status, 'json', null, `${status} has a JSON body schema only in ours`);
    } else if (o === undefined && t !== undefined) {
      emit('response-schema-only-in-theirs', status, null, 'json', `${status} has a JSON body schema only in theirs`);
    } else if (o !== undefined && t !== undefined) {
      compareSchemas(o, t, { ours: ours.is30, theirs: theirs.is30 }, status, '', emit, new Map());
    }
  }
}

function splitKey(key: string): [string, string] {
  const space = key.indexOf(' ');
  return [key.slice(space + 1), key.slice(0, space)];
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Operation-level findings first, then parameters, then response bodies. */
function locationRank(location: string): number {
  if (location === '') return 0;
  return /^[0-9]/.test(location) ? 2 : 1;
}

/** Deterministic order: path, method, location kind, location, aspect. */
function compareFindings(a: SpecDriftFinding, b: SpecDriftFinding): number {
  const [ap, am] = splitKey(a.operation);
  const [bp, bm] = splitKey(b.operation);
  return (
    byText(ap, bp) ||
    byText(am, bm) ||
    locationRank(a.location) - locationRank(b.location) ||
    byText(a.location, b.location) ||
    byText(a.aspect, b.aspect)
  );
}

/** Compares two loaded documents operation by operation; returns sorted spec-drift findings, never throws for them. */
export function compareSpecs(ours: LoadedSpec, theirs: LoadedSpec): SpecDriftFinding[] {
  const findings: SpecDriftFinding[] = [];
  for (const pair of matchOperations(sidesOf(ours), sidesOf(theirs))) {
    const operationIds = {
      ours: pair.ours?.operation.operationId ?? null,
      theirs: pair.theirs?.operation.operationId ?? null,
    };
    const emit: Emit = (aspect, location, o, t, message) =>
      findings.push({
        kind: 'spec-drift',
        operation: pair.key,
        operationIds,
        aspect,
        location,
        ours: o,
        theirs: t,
        message,
      });
    if (pair.ours && !pair.theirs) {
      emit(
        'operation-only-in-ours',
        '',
        pair.ours.operation.operationId,
        null,
        `operation only in ours (${pair.ours.operation.operationId})`,
      );
    } else if (pair.theirs && !pair.ours) {
      emit(
        'operation-only-in-theirs',
        '',
        null,
        pair.theirs.operation.operationId,
        `operation only in theirs (${pair.theirs.operation.operationId})`,
      );
    } else if (pair.ours && pair.theirs) {
      compareParameters(pair.ours, pair.theirs, emit);
      compareResponses(pair.ours, pair.theirs, emit);
    }
  }
  return findings.sort(compareFindings);
}

/**
 * The comparison's findings joined by what a run observed (RUN_DRIFT_ASPECTS): repeats of one (aspect, operation,
 * location) are merged, their `seen` summed and stated in the message; the whole list is sorted as compareSpecs sorts.
 */
export function withObservedDrift(
  findings: readonly SpecDriftFinding[],
  observed: readonly SpecDriftFinding[],
): SpecDriftFinding[] {
  const merged = new Map<string, SpecDriftFinding>();
  for (const note of observed) {
    const key = `${note.aspect}\u0000${note.operation}\u0000${note.location}`;
    const same = merged.get(key);
    if (same) same.seen = (same.seen ?? 1) + (note.seen ?? 1);
    else merged.set(key, { ...note, seen: note.seen ?? 1 });
  }
  const runs = [...merged.values()].map((f) => ({
    ...f,
    message: `${f.message} (${f.seen} response${f.seen === 1 ? '' : 's'} in this run)`,
  }));
  return [...findings, ...runs].sort(compareFindings);
}

/** Renders findings as a compact text table grouped by operation (a header line per operation, a row per finding). */
export function formatDriftReport(findings: readonly SpecDriftFinding[]): string {
  if (findings.length === 0) return 'Spec drift: none.\n';
  const sorted = [...findings].sort(compareFindings);
  const aspectWidth = Math.max(...sorted.map((f) => f.aspect.length));
  const locationWidth = Math.max(1, ...sorted.map((f) => f.location.length));
  const operations = new Set(sorted.map((f) => f.operation));
  const lines = [`Spec drift: ${sorted.length} finding(s) in ${operations.size} operation(s)`];
  let current = '';
  for (const f of sorted) {
    if (f.operation !== current) {
      current = f.operation;
      lines.push('', `${f.operation}  [ours ${f.operationIds.ours ?? '-'} | theirs ${f.operationIds.theirs ?? '-'}]`);
    }
    const list = f.aspect.endsWith('type') ? 'types' : 'values';
    const location = (f.location || '-').padEnd(locationWidth);
    lines.push(
      `  ${f.aspect.padEnd(aspectWidth)}  ${location}  ours ${show(f.ours, list)}; theirs ${show(f.theirs, list)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
