import { readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import SwaggerParser from '@apidevtools/swagger-parser';
import { parse as parseYaml } from 'yaml';
import { loadSpec } from './load.ts';
import type { OperationSpec } from './operations.ts';
import { DEFAULT_SPEC_PATH, PACKAGE_ROOT } from './paths.ts';

/** One lint problem. */
export interface LintProblem {
  rule: string;
  where: string;
  message: string;
}

/** The result of linting the spec folder. */
export interface LintReport {
  problems: LintProblem[];
  operations: number;
  files: number;
}

/** The project rules, each with a one-line meaning (documented in spec/README.md). */
export const LINT_RULES = {
  'openapi-valid': 'every resource document and the root validate as OpenAPI on their own',
  'root-complete': 'the root references every path of every resource document, and nothing else',
  'operation-id': 'every operation has a unique operationId',
  'operation-summary': 'every operation has a summary',
  'operation-tag': 'every operation has exactly one tag',
  'operation-security': 'every operation is under a security requirement',
  'operation-errors': 'every operation documents 401, and one that takes input documents another 4xx error too',
  'sid-pattern': 'every SID parameter or form field (name ending in Sid) has a pattern, or names its alternative',
  'list-envelope':
    'every list operation returns {meta, <key>: [...]} and takes PageSize (with maximum), Page, PageToken',
  'property-type': 'every schema property has a type (or a composition/enum/const)',
} as const;

type Rule = keyof typeof LINT_RULES;

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function hasType(schema: Record<string, unknown>): boolean {
  return ['type', 'allOf', 'anyOf', 'oneOf', 'const', 'enum', '$ref', 'not'].some((k) => k in schema);
}

function walkProperties(
  schema: unknown,
  where: string,
  visit: (name: string, prop: Record<string, unknown>, where: string) => void,
  seen = new Set<object>(),
): void {
  if (typeof schema !== 'object' || schema === null || seen.has(schema)) return;
  seen.add(schema);
  const s = schema as Record<string, unknown>;
  for (const [name, prop] of Object.entries(asRecord(s.properties))) {
    visit(name, asRecord(prop), `${where}.${name}`);
    walkProperties(prop, `${where}.${name}`, visit, seen);
  }
  for (const key of ['items', 'additionalProperties']) walkProperties(s[key], `${where}[]`, visit, seen);
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    if (Array.isArray(s[key])) for (const sub of s[key] as unknown[]) walkProperties(sub, where, visit, seen);
  }
}

function lintOperation(op: OperationSpec, securedByRoot: boolean, add: (rule: Rule, message: string) => void): void {
  const raw = op.raw;
  if (typeof raw.operationId !== 'string' || raw.operationId.length === 0) add('operation-id', 'no operationId');
  if (!op.summary) add('operation-summary', 'no summary');
  if (op.tags.length !== 1) add('operation-tag', `has ${op.tags.length} tags`);
  if (!securedByRoot && !(Array.isArray(raw.security) && raw.security.length > 0))
    add('operation-security', 'no security');
  const statuses = op.responses.map((r) => r.status);
  if (!statuses.includes('401')) add('operation-errors', 'no 401 response');
  const takesInput = op.parameters.length > 0 || op.requestBody !== undefined;
  if (takesInput && !statuses.some((s) => /^4\d\d$/.test(s) && s !== '401')) {
    add('operation-errors', 'takes input but documents no 4xx error response besides 401');
  }
  for (const p of op.parameters) {
    if (!/Sid$/.test(p.name)) continue;
    const schema = asRecord(p.schema);
    if (!schema.pattern && !schema['x-sid-alternative']) {
      add('sid-pattern', `parameter ${p.in}:${p.name} has no pattern and no x-sid-alternative`);
    }
  }
  const form = asRecord(op.requestBody?.['application/x-www-form-urlencoded']?.schema);
  for (const [name, prop] of Object.entries(asRecord(form.properties))) {
    if (!/Sid$/.test(name)) continue;
    const p = asRecord(prop);
    const items = asRecord(p.items);
    if (!p.pattern && !items.pattern && !p['x-sid-alternative'])
      add('sid-pattern', `form field ${name} has no pattern`);
  }
  walkProperties(form, 'requestBody', (_n, prop, where) => {
    if (!hasType(prop)) add('property-type', `${where} has no type`);
  });
  for (const r of op.responses) {
    for (const [type, media] of Object.entries(r.content)) {
      walkProperties(media.schema, `${r.status} ${type}`, (_n, prop, where) => {
        if (!hasType(prop)) add('property-type', `${where} has no type`);
      });
    }
  }
  if (/^list/.test(op.operationId)) {
    const ok = asRecord(op.responses.find((r) => r.status === '200')?.content['application/json']?.schema);
    const required = Array.isArray(ok.required) ? ok.required : [];
    const arrays = Object.entries(asRecord(ok.properties)).filter(([, v]) => asRecord(v).type === 'array');
    if (!required.includes('meta') || arrays.length !== 1 || !required.includes(arrays[0]?.[0])) {
      add('list-envelope', 'list 200 body is not {meta, <key>: [...]} with both required');
    }
    const names = new Map(op.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
    const pageSize = asRecord(names.get('PageSize')?.schema);
    if (typeof pageSize.maximum !== 'number') add('list-envelope', 'PageSize missing or without maximum');
    if (!names.has('Page') || !names.has('PageToken')) add('list-envelope', 'Page or PageToken missing');
  }
}

/** Lints the spec folder: OpenAPI validity of every document plus the project rules. */
export async function lintSpec(rootPath: string = DEFAULT_SPEC_PATH): Promise<LintReport> {
  const problems: LintProblem[] = [];
  const resourcesDir = resolve(rootPath, '..', 'resources');
  const files = (await readdir(resourcesDir)).filter((f) => f.endsWith('.yaml')).sort();
  const resourcePaths = new Map<string, string>();
  for (const file of files) {
    const full = join(resourcesDir, file);
    try {
      await SwaggerParser.validate(full);
    } catch (cause) {
      problems.push({
        rule: 'openapi-valid',
        where: file,
        message: String((cause as Error).message).split('\n')[0] ?? '',
      });
    }
    const doc = asRecord(parseYaml(await readFile(full, 'utf8')));
    for (const path of Object.keys(asRecord(doc.paths))) resourcePaths.set(path, file);
  }
  const root = asRecord(parseYaml(await readFile(rootPath, 'utf8')));
  const rootPaths = asRecord(root.paths);
  for (const [path, file] of resourcePaths) {
    if (!(path in rootPaths))
      problems.push({ rule: 'root-complete', where: file, message: `path ${path} is not in the root` });
  }
  for (const [path, item] of Object.entries(rootPaths)) {
    const ref = String(asRecord(item).$ref ?? '');
    const file = basename(ref.split('#')[0] ?? '');
    if (resourcePaths.get(path) !== file) {
      problems.push({
        rule: 'root-complete',
        where: basename(rootPath),
        message: `path ${path} does not $ref its resource (${ref})`,
      });
    }
  }
  let operations = 0;
  try {
    const spec = await loadSpec(rootPath);
    operations = spec.operations.all.length;
    const securedByRoot = Array.isArray(spec.document.security) && spec.document.security.length > 0;
    const ids = new Map<string, number>();
    for (const op of spec.operations.all) ids.set(op.operationId, (ids.get(op.operationId) ?? 0) + 1);
    for (const op of spec.operations.all) {
      const where = `${op.method} ${op.path}`;
      if ((ids.get(op.operationId) ?? 0) > 1) {
        problems.push({ rule: 'operation-id', where, message: `operationId ${op.operationId} is not unique` });
      }
      lintOperation(op, securedByRoot, (rule, message) => problems.push({ rule, where, message }));
    }
  } catch (cause) {
    problems.push({ rule: 'openapi-valid', where: basename(rootPath), message: (cause as Error).message });
  }
  return { problems, operations, files: files.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = await lintSpec(process.argv[2] ? resolve(process.argv[2]) : DEFAULT_SPEC_PATH);
  for (const p of report.problems) console.log(`${p.rule}\t${p.where}\t${p.message}`);
  console.log(
    `spec:lint: ${report.files} resource documents, ${report.operations} operations, ${report.problems.length} problems` +
      ` (root ${resolve(PACKAGE_ROOT, 'spec')})`,
  );
  process.exit(report.problems.length > 0 ? 1 : 0);
}
