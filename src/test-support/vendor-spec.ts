// Builds, from our spec, a document shaped like the one Twilio publishes for Conversations v1 (twilio-oai): OpenAPI
// 3.0, every response property optional and nullable, only 2xx responses declared, no Media operations (they live on
// another host there). Tests of `conformance run --spec` use it instead of a copy of Twilio's document.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSpec } from '../spec/load.ts';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNullSchema(schema: unknown): boolean {
  return isObject(schema) && (schema.type === 'null' || (Array.isArray(schema.type) && schema.type.join() === 'null'));
}

/** One schema rewritten from 3.1 to 3.0 (`nullable`, `enum` for `const`, `example`), with no `required` lists. */
function vendorSchema(value: unknown, nullable: boolean): Json {
  if (!isObject(value)) return {};
  let schema: Json = { ...value };
  for (const union of ['anyOf', 'oneOf'] as const) {
    const members = schema[union];
    if (!Array.isArray(members) || !members.some(isNullSchema)) continue;
    const rest = members.filter((m) => !isNullSchema(m));
    delete schema[union];
    schema = rest.length === 1 ? { ...schema, ...(rest[0] as Json) } : { ...schema, [union]: rest };
    nullable = true;
  }
  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((t) => t !== 'null');
    if (types.length < schema.type.length) nullable = true;
    if (types.length === 1) schema.type = types[0];
    else delete schema.type;
  }
  if ('const' in schema) {
    schema.enum = [schema.const];
    delete schema.const;
  }
  if (Array.isArray(schema.examples)) schema.example = schema.examples[0];
  for (const keyword of ['examples', 'contentMediaType', 'contentSchema', 'contentEncoding', '$schema', '$id']) {
    delete schema[keyword];
  }
  delete schema.required;
  if (isObject(schema.properties)) {
    schema.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([name, child]) => [name, vendorSchema(child, true)]),
    );
  }
  if (isObject(schema.items)) schema.items = vendorSchema(schema.items, false);
  if (isObject(schema.additionalProperties))
    schema.additionalProperties = vendorSchema(schema.additionalProperties, false);
  if (isObject(schema.not)) schema.not = vendorSchema(schema.not, false);
  for (const list of ['allOf', 'anyOf', 'oneOf'] as const) {
    const members = schema[list];
    if (Array.isArray(members)) schema[list] = members.map((m) => vendorSchema(m, false));
  }
  if (nullable) schema.nullable = true;
  return schema;
}

function vendorContent(content: unknown): Json | undefined {
  if (!isObject(content)) return undefined;
  return Object.fromEntries(
    Object.entries(content).map(([type, media]) => {
      const entry = { ...(media as Json) };
      if ('schema' in entry) entry.schema = vendorSchema(entry.schema, false);
      return [type, entry];
    }),
  );
}

function vendorOperation(operation: Json): Json {
  const out: Json = { ...operation };
  if (Array.isArray(out.parameters)) {
    out.parameters = out.parameters.map((p: Json) => ({ ...p, schema: vendorSchema(p.schema, false) }));
  }
  if (isObject(out.requestBody))
    out.requestBody = { ...out.requestBody, content: vendorContent(out.requestBody.content) };
  // Only the success responses are declared: Twilio's document carries no error responses.
  out.responses = Object.fromEntries(
    Object.entries(out.responses as Json)
      .filter(([status]) => status.startsWith('2'))
      .map(([status, response]) => {
        const r = { ...(response as Json) };
        if (isObject(r.content)) r.content = vendorContent(r.content);
        if (isObject(r.headers)) {
          r.headers = Object.fromEntries(
            Object.entries(r.headers).map(([name, h]) => [
              name,
              { ...(h as Json), schema: vendorSchema((h as Json).schema, false) },
            ]),
          );
        }
        return [status, r];
      }),
  );
  return out;
}

/** The vendor-shaped document, as a plain object (dereferenced: no `$ref`). */
export async function vendorShapedDocument(): Promise<Json> {
  const ours = (await loadSpec()).document;
  const paths: Json = {};
  for (const [path, item] of Object.entries(ours.paths)) {
    if (/\/Media(\/|$)/.test(path)) continue; // Media is served by mcs.us1.twilio.com: not in the document
    const out: Json = {};
    for (const [key, value] of Object.entries(item as Json)) {
      out[key] = ['get', 'post', 'delete', 'put', 'patch'].includes(key) ? vendorOperation(value as Json) : value;
    }
    paths[path] = out;
  }
  const info = ours.info as Json;
  const components = ours.components as Json;
  return {
    openapi: '3.0.3',
    info: { title: 'Vendor-shaped Conversations (test fixture)', version: String(info.version ?? '1.0.0') },
    servers: ours.servers,
    security: ours.security,
    paths,
    components: { securitySchemes: components.securitySchemes },
  };
}

/** Writes the vendor-shaped document into `dir` (JSON, which every YAML reader reads too); returns its path. */
export async function writeVendorShapedDocument(dir: string): Promise<string> {
  const path = join(dir, 'vendor-conversations-v1.json');
  await writeFile(path, `${JSON.stringify(await vendorShapedDocument(), null, 2)}\n`);
  return path;
}
