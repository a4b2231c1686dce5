/** The operation index: every (method, path) of a dereferenced OpenAPI document, matchable against a request URL. */

/** HTTP methods an OpenAPI path item may hold. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** One response of an operation, by status code (or `default`). */
export interface ResponseSpec {
  status: string;
  /** Media type → JSON schema (dereferenced). */
  content: Record<string, { schema?: unknown }>;
}

/** One operation of the spec. */
export interface OperationSpec {
  operationId: string;
  method: string;
  /** The path template, e.g. `/v1/Conversations/{Sid}`. */
  path: string;
  summary: string;
  tags: string[];
  parameters: ParameterSpec[];
  /** Media type → JSON schema of the request body. */
  requestBody: Record<string, { schema?: unknown }> | undefined;
  responses: ResponseSpec[];
  /** The raw (dereferenced) operation object. */
  raw: Record<string, unknown>;
  /** The server URLs declared for this operation (path or operation level), if any. */
  servers: string[];
}

/** One parameter (path, query or header). */
export interface ParameterSpec {
  name: string;
  in: string;
  required: boolean;
  schema: unknown;
}

/** Lookup structure over the operations of one document. */
export interface OperationIndex {
  all: OperationSpec[];
  byId: Map<string, OperationSpec>;
  /** Finds the operation for a method and a request path (without query), preferring literal segments. */
  match(method: string, pathname: string): { operation: OperationSpec; params: Record<string, string> } | undefined;
}

interface CompiledTemplate {
  operation: OperationSpec;
  regex: RegExp;
  names: string[];
  literalSegments: number;
}

function compileTemplate(operation: OperationSpec): CompiledTemplate {
  const names: string[] = [];
  let literalSegments = 0;
  const pattern = operation.path
    .split('/')
    .map((segment) => {
      const m = /^\{([^}]+)\}$/.exec(segment);
      if (m) {
        names.push(m[1] ?? '');
        return '([^/]+)';
      }
      if (segment) literalSegments++;
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { operation, regex: new RegExp(`^${pattern}/?$`), names, literalSegments };
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function serverUrls(value: unknown): string[] {
  return Array.isArray(value) ? value.map((s) => String(asRecord(s).url ?? '')).filter(Boolean) : [];
}

/** Builds the operation index of a dereferenced document. Operations without an operationId get `METHOD path`. */
export function buildOperationIndex(document: { paths?: Record<string, unknown> }): OperationIndex {
  const all: OperationSpec[] = [];
  for (const [path, itemValue] of Object.entries(document.paths ?? {})) {
    const item = asRecord(itemValue);
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op || typeof op !== 'object') continue;
      const raw = op as Record<string, unknown>;
      const params = new Map<string, ParameterSpec>();
      for (const p of [...shared, ...(Array.isArray(raw.parameters) ? raw.parameters : [])]) {
        const rec = asRecord(p);
        const spec: ParameterSpec = {
          name: String(rec.name),
          in: String(rec.in),
          required: rec.required === true,
          schema: rec.schema,
        };
        params.set(`${spec.in}:${spec.name}`, spec);
      }
      const responses = Object.entries(asRecord(raw.responses)).map(([status, r]) => ({
        status,
        content: asRecord(asRecord(r).content) as Record<string, { schema?: unknown }>,
      }));
      const body = asRecord(raw.requestBody).content;
      all.push({
        operationId: typeof raw.operationId === 'string' ? raw.operationId : `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        summary: typeof raw.summary === 'string' ? raw.summary : '',
        tags: Array.isArray(raw.tags) ? raw.tags.map(String) : [],
        parameters: [...params.values()],
        requestBody: body ? (asRecord(body) as Record<string, { schema?: unknown }>) : undefined,
        responses,
        raw,
        servers: serverUrls(raw.servers).length ? serverUrls(raw.servers) : serverUrls(item.servers),
      });
    }
  }
  const templates = all.map(compileTemplate).sort((a, b) => b.literalSegments - a.literalSegments);
  // Templates by method, most literal segments first: a request is tried against its own method's templates only.
  const byMethod = new Map<string, CompiledTemplate[]>();
  for (const t of templates) {
    const same = byMethod.get(t.operation.method);
    if (same) same.push(t);
    else byMethod.set(t.operation.method, [t]);
  }
  return {
    all,
    byId: new Map(all.map((o) => [o.operationId, o])),
    match(method, pathname) {
      for (const t of byMethod.get(method.toUpperCase()) ?? []) {
        const m = t.regex.exec(pathname);
        if (!m) continue;
        const params: Record<string, string> = {};
        t.names.forEach((name, i) => {
          params[name] = decodeURIComponent(m[i + 1] ?? '');
        });
        return { operation: t.operation, params };
      }
      return undefined;
    },
  };
}
