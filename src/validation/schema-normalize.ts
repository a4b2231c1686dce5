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
