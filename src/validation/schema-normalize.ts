/**
 * Turns an OpenAPI 3.0 schema into JSON Schema 2020-12 so one ajv instance validates both dialects:
 * `nullable: true` becomes a type union with 'null', boolean `exclusiveMinimum/Maximum` become numeric ones, and
 * `example` (3.0) moves to `examples`. 3.1 schemas pass through unchanged (they are already 2020-12).
 */
export function normalizeSchema30(schema: unknown, seen = new Map<object, unknown>()): unknown {
  if (Array.isArray(schema)) return schema.map((s) => normalizeSchema30(s, seen));
  if (typeof schema !== 'object' || schema === null) return schema;
  const cached = seen.get(schema);
  if (cached) return cached;
  const src = schema as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  seen.set(schema, out);
  for (const [key, value] of Object.entries(src)) {
    if (key === 'nullable' || key === 'example') continue;
    if (key === 'exclusiveMinimum' && typeof value === 'boolean') continue;
    if (key === 'exclusiveMaximum' && typeof value === 'boolean') continue;
    out[key] = SCHEMA_CHILDREN.has(key) ? normalizeChildren(key, value, seen) : value;
  }
  if (src.exclusiveMinimum === true && typeof src.minimum === 'number') {
    out.exclusiveMinimum = src.minimum;
    delete out.minimum;
  }
  if (src.exclusiveMaximum === true && typeof src.maximum === 'number') {
    out.exclusiveMaximum = src.maximum;
    delete out.maximum;
  }
  if ('example' in src && !('examples' in src)) out.examples = [src.example];
  if (src.nullable === true) {
    if (typeof src.type === 'string') out.type = [src.type, 'null'];
    else if (Array.isArray(src.type) && !src.type.includes('null')) out.type = [...src.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  }
  return out;
}

const SCHEMA_CHILDREN = new Set([
  'properties',
  'patternProperties',
  'items',
  'additionalProperties',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'prefixItems',
  'contains',
  'propertyNames',
  'if',
  'then',
  'else',
  'dependentSchemas',
  '$defs',
  'definitions',
]);

function normalizeChildren(key: string, value: unknown, seen: Map<object, unknown>): unknown {
  if (key === 'properties' || key === 'patternProperties' || key === 'dependentSchemas' || key === '$defs') {
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeSchema30(v, seen)]));
  }
  if (key === 'definitions') {
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeSchema30(v, seen)]));
  }
  return normalizeSchema30(value, seen);
}

const SCALAR_TYPES = new Set(['string', 'number', 'integer']);

/** A schema with annotation-only formats removed, and the format names it uses that are not known. */
export interface FormatScan {
  schema: unknown;
  unknown: string[];
}

/**
 * Drops a known `format` from schemas whose declared types are all non-scalar (e.g. the vendor format `uri-map` on
 * `type: object`): JSON Schema formats only assert on strings and numbers, so it is an annotation there, but ajv's
 * strictTypes rejects it. Also lists every format that is not known, so the caller can fail loudly naming it.
 * Returns a copy (cycle-safe).
 */
export function scanFormats(schema: unknown, isKnownFormat: (name: string) => boolean): FormatScan {
  const unknown = new Set<string>();
  const seen = new Map<object, unknown>();
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node !== 'object' || node === null) return node;
    const cached = seen.get(node);
    if (cached) return cached;
    const src = node as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    seen.set(node, out);
    const format = typeof src.format === 'string' ? src.format : undefined;
    if (format !== undefined && !isKnownFormat(format)) unknown.add(format);
    const types = Array.isArray(src.type) ? src.type : typeof src.type === 'string' ? [src.type] : [];
    const annotationOnly =
      format !== undefined &&
      isKnownFormat(format) &&
      types.length > 0 &&
      !types.some((t) => SCALAR_TYPES.has(String(t)));
    for (const [key, value] of Object.entries(src)) {
      if (key === 'format' && annotationOnly) continue;
      out[key] = SCHEMA_CHILDREN.has(key) ? mapChildren(key, value, walk) : value;
    }
    return out;
  };
  const result = walk(schema);
  return { schema: result, unknown: [...unknown].sort() };
}

function mapChildren(key: string, value: unknown, map: (schema: unknown) => unknown): unknown {
  const keyed = ['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions'];
  if (keyed.includes(key)) {
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, map(v)]));
  }
  return map(value);
}
