import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { KitError } from '../errors.ts';
import type { LoadedSpec } from '../spec/load.ts';
import type { OperationSpec } from '../spec/operations.ts';
import { normalizeSchema30, scanFormats } from './schema-normalize.ts';

// ajv-formats is CommonJS; under NodeNext its default import is the module object, whose `default` is the plugin.
type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;
const addFormats: FormatsPlugin =
  (addFormatsModule as unknown as { default?: FormatsPlugin }).default ??
  (addFormatsModule as unknown as FormatsPlugin);

/**
 * Formats outside JSON Schema that OpenAPI documents use. Each is registered explicitly (so an unknown format still
 * fails loudly under ajv strict mode) with the check it implies.
 */
export const NON_STANDARD_FORMATS: Record<string, RegExp | true> = {
  int32: true,
  int64: true,
  float: true,
  double: true,
  byte: /^[A-Za-z0-9+/]*={0,2}$/,
  binary: true,
  password: true,
  'uri-map': true,
  'phone-number': true,
  'date-time-rfc-2822': true,
  'http-method': /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|get|post|put|patch|delete|head|options)$/,
  'iso-country-code': /^[A-Za-z]{2}$/,
  currency: true,
};

/** OpenAPI keywords that may appear inside schemas and carry no validation meaning. */
export const OPENAPI_ANNOTATION_KEYWORDS = ['example', 'xml', 'externalDocs', 'discriminator'] as const;

/** One validation problem, as data (ajv's own outcome shape). */
export interface SchemaIssue {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message: string;
}

/** The result of validating one document against one compiled schema. */
export interface ValidationOutcome {
  valid: boolean;
  issues: SchemaIssue[];
}

/** Validators for every operation × response status (and request bodies), compiled once per spec load. */
export interface ValidatorSet {
  /** Validates a response body; undefined when the spec documents no JSON schema for that status. */
  validateResponse(operationId: string, status: number, body: unknown): ValidationOutcome | undefined;
  /** The response key documented for a status (exact, then `4XX`, then `default`), if any. */
  documentedStatus(operationId: string, status: number): string | undefined;
  /** Validates a form request body (as a record of wire names) against the operation's request schema. */
  validateRequest(operationId: string, body: unknown): ValidationOutcome | undefined;
  /** How many validators the spec yields (operation × status with a JSON body, plus request bodies). */
  size: number;
  /** Compiles every validator now (they are otherwise compiled on first use); returns how many. */
  compileAll(): number;
}

function collectExtensionKeywords(value: unknown, into: Set<string>, seen = new Set<object>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  for (const [k, v] of Object.entries(value)) {
    if (k.startsWith('x-')) into.add(k);
    collectExtensionKeywords(v, into, seen);
  }
}

function toIssues(errors: ErrorObject[] | null | undefined): SchemaIssue[] {
  return (errors ?? []).map((e) => ({
    instancePath: e.instancePath,
    schemaPath: e.schemaPath,
    keyword: e.keyword,
    params: e.params as Record<string, unknown>,
    message: e.message ?? e.keyword,
  }));
}

/** Each operation's documented response keys, upper-cased (operations are not changed once loaded). */
const responseKeys = new WeakMap<OperationSpec, Set<string>>();

/** The response key that documents `status` for an operation: exact, then range (`4XX`), then `default`. */
export function documentedResponseKey(operation: OperationSpec, status: number): string | undefined {
  let keys = responseKeys.get(operation);
  if (!keys) {
    keys = new Set(operation.responses.map((r) => r.status.toUpperCase()));
    responseKeys.set(operation, keys);
  }
  const exact = String(status);
  if (keys.has(exact)) return exact;
  const range = `${exact[0]}XX`;
  if (keys.has(range)) return range;
  return keys.has('DEFAULT') ? 'default' : undefined;
}

function jsonSchemaOf(content: Record<string, { schema?: unknown }> | undefined): unknown {
  if (!content) return undefined;
  const entry = Object.entries(content).find(([type]) => /json/i.test(type) || type === '*/*');
  return entry?.[1].schema;
}

/** Compiles one ajv validator per operation × documented status with a JSON body, and per request body. */
export function compileValidators(spec: LoadedSpec, options: { eager?: boolean } = {}): ValidatorSet {
  const ajv = new Ajv2020({ strict: true, allErrors: true, strictRequired: false, allowUnionTypes: true });
  addFormats(ajv);
  for (const [name, check] of Object.entries(NON_STANDARD_FORMATS)) ajv.addFormat(name, check);
  for (const keyword of OPENAPI_ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword });
  const extensions = new Set<string>();
  collectExtensionKeywords(spec.document.paths, extensions);
  for (const keyword of extensions) ajv.addKeyword({ keyword });

  const is30 = spec.version.startsWith('3.0');
  const isKnownFormat = (name: string) => name in ajv.formats;
  // Each validator is compiled on first use and cached (once per spec load); `eager` or `compileAll()` compiles every
  // one up front so a schema ajv rejects fails loudly before any scenario runs (the CLI does that).
  const responses = new Map<string, () => ValidateFunction>();
  const requests = new Map<string, () => ValidateFunction>();
  const memo = (build: () => ValidateFunction): (() => ValidateFunction) => {
    let fn: ValidateFunction | undefined;
    return () => {
      fn ??= build();
      return fn;
    };
  };
  // Operations share schemas (Twilio's error body, one resource's shape across fetch/create/update): the spec's 412
  // validators come from 64 schema objects. One compiled function per schema object, shared.
  const compiled = new Map<unknown, ValidateFunction>();
  const compile = (operation: OperationSpec, where: string, schema: unknown): ValidateFunction => {
    const known = compiled.get(schema);
    if (known) return known;
    const fn = compileOne(operation, where, schema);
    compiled.set(schema, fn);
    return fn;
  };
  const compileOne = (operation: OperationSpec, where: string, schema: unknown): ValidateFunction => {
    const scanned = scanFormats(is30 ? normalizeSchema30(schema) : schema, isKnownFormat);
    if (scanned.unknown.length) {
      // Named here: on a non-string type ajv would only report a strictTypes error that hides the format's name.
      const names = scanned.unknown.map((f) => `"${f}"`).join(', ');
      const reason = `unknown format ${names} (see NON_STANDARD_FORMATS)`;
      throw new KitError(
        'CONFORMANCE_ERR_SPEC_COMPILE',
        `cannot compile ${where} schema of ${operation.operationId}: ${reason}`,
      );
    }
    try {
      return ajv.compile(scanned.schema as object);
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new KitError(
        'CONFORMANCE_ERR_SPEC_COMPILE',
        `cannot compile ${where} schema of ${operation.operationId}: ${reason}`,
        { cause },
      );
    }
  };
  for (const operation of spec.operations.all) {
    for (const response of operation.responses) {
      const schema = jsonSchemaOf(response.content);
      if (schema === undefined) continue;
      responses.set(
        `${operation.operationId} ${response.status.toUpperCase()}`,
        memo(() => compile(operation, `${response.status} response`, schema)),
      );
    }
    const form = operation.requestBody?.['application/x-www-form-urlencoded']?.schema;
    if (form !== undefined)
      requests.set(
        operation.operationId,
        memo(() => compile(operation, 'request body', form)),
      );
  }
  const compileAll = (): number => {
    for (const get of [...responses.values(), ...requests.values()]) get();
    return responses.size + requests.size;
  };
  if (options.eager) compileAll();

  const run = (get: (() => ValidateFunction) | undefined, body: unknown): ValidationOutcome | undefined => {
    if (!get) return undefined;
    const fn = get();
    const valid = fn(body) as boolean;
    return { valid, issues: toIssues(fn.errors) };
  };
  return {
    size: responses.size + requests.size,
    compileAll,
    documentedStatus(operationId, status) {
      const operation = spec.operations.byId.get(operationId);
      return operation ? documentedResponseKey(operation, status) : undefined;
    },
    validateResponse(operationId, status, body) {
      const operation = spec.operations.byId.get(operationId);
      if (!operation) return undefined;
      const key = documentedResponseKey(operation, status);
      return key ? run(responses.get(`${operationId} ${key.toUpperCase()}`), body) : undefined;
    },
    validateRequest(operationId, body) {
      return run(requests.get(operationId), body);
    },
  };
}
