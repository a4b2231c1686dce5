// A validating proxy (`conformance proxy`): a team puts it between its application and Twilio (or its own
// implementation). Every request is forwarded byte for byte (binary media bodies untouched) and the upstream's answer
// goes back byte for byte; then the exchange is matched to its spec operation and every check runs on it (status
// documented, content type, response schema, error body). Violations become findings, classified so the three a
// generic validating proxy lets through stand out: an enum value outside the documented set, a value of the wrong
// type, a SID with the wrong prefix.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buffer } from 'node:stream/consumers';
import { request } from 'undici';
import { type Finding, runChecks } from '../checks/index.ts';
import type { Exchange } from '../client/client.ts';
import { type HarEntry, harEntry, isTextual, recordExchange } from '../client/har.ts';
import type { LoadedSpec } from '../spec/load.ts';
import type { ValidatorSet } from '../validation/validators.ts';

/** What kind of violation a finding is, beyond its check id. */
export type ViolationKind =
  | 'enum-outside-set'
  | 'wrong-type'
  | 'sid-prefix'
  | 'schema'
  | 'status-undocumented'
  | 'content-type'
  | 'error-body'
  | 'unknown-operation';

/** One finding of the proxy: one JSON line of the findings file. */
export interface ProxyFinding {
  time: string;
  method: string;
  /** Path and query as the client sent it. */
  path: string;
  status: number;
  operationId: string;
  checkId: string;
  kind: ViolationKind;
  message: string;
  instancePath?: string;
  schemaPath?: string;
}

/** Options of the proxy. */
export interface ProxyOptions {
  /** Where requests go (`https://conversations.twilio.com`); its path, if any, prefixes every request path. */
  upstream: string;
  spec: LoadedSpec;
  validators: ValidatorSet;
  port?: number;
  host?: string;
  /** Called with each finding as it happens (the CLI writes a JSON line). */
  onFinding?: (finding: ProxyFinding) => void;
  /** Keep every exchange as a HAR entry (`--record`); secrets in this list are removed too. */
  record?: { secrets: readonly string[] };
  /** Per-request timeout towards the upstream (default 30 s). */
  timeoutMs?: number;
}

/** What the proxy saw, for the summary on exit. */
export interface ProxySummary {
  upstream: string;
  exchanges: number;
  /** Exchanges without a finding. */
  clean: number;
  findings: number;
  byKind: Record<string, number>;
  byOperation: Record<string, number>;
  /** Requests the upstream did not answer (502 to the client). */
  upstreamErrors: number;
}

/** A running proxy. */
export interface RunningProxy {
  url: string;
  port: number;
  summary(): ProxySummary;
  /** The recorded exchanges (with `record`). */
  entries(): HarEntry[];
  close(): Promise<void>;
}

/** Hop-by-hop headers (RFC 9110 §7.6.1) never forwarded in either direction. */
const HOP_BY_HOP = /^(connection|keep-alive|proxy-connection|transfer-encoding|upgrade|te|trailer|host)$/i;

/** A SID-shaped pattern in a schema (`^CH[0-9a-fA-F]{32}$`): its prefix, when the pattern is one. */
function sidPrefixOf(pattern: unknown): string | undefined {
  return typeof pattern === 'string' ? /^\^([A-Z]{2})\[0-9a-fA-F\]\{32\}\$$/.exec(pattern)?.[1] : undefined;
}

/** Classifies a check's finding: what a reader (and a generic proxy's blind spots) care about. */
export function classify(finding: Finding, value?: unknown): { kind: ViolationKind; message: string } {
  const keyword = (finding.evidence as { keyword?: string } | undefined)?.keyword;
  const params = (finding.evidence as { params?: Record<string, unknown> } | undefined)?.params ?? {};
  const where = finding.instancePath || '(root)';
  switch (finding.checkId) {
    case 'status-documented':
      return { kind: 'status-undocumented', message: finding.message };
    case 'content-type':
      return { kind: 'content-type', message: finding.message };
    case 'error-body':
      return { kind: 'error-body', message: finding.message };
  }
  if (keyword === 'enum') {
    const allowed = (params.allowedValues as unknown[] | undefined)?.map((v) => JSON.stringify(v)).join(', ');
    return {
      kind: 'enum-outside-set',
      message: `${where} is ${JSON.stringify(value)}, outside the documented set${allowed ? ` (${allowed})` : ''}`,
    };
  }
  if (keyword === 'type') {
    return {
      kind: 'wrong-type',
      message: `${where} is ${value === null ? 'null' : typeof value} ${JSON.stringify(value)}, documented as ${String(params.type)}`,
    };
  }
  const prefix = keyword === 'pattern' ? sidPrefixOf(params.pattern) : undefined;
  if (prefix) {
    const got = typeof value === 'string' ? value.slice(0, 2) : String(value);
    return {
      kind: 'sid-prefix',
      message: `${where} is SID ${JSON.stringify(value)} with prefix ${got}; this field holds ${prefix}… SIDs`,
    };
  }
  return { kind: 'schema', message: finding.message };
}

/** The value at a JSON pointer (`/conversations/0/state`). */
function at(json: unknown, pointer: string | undefined): unknown {
  if (!pointer) return json;
  let node: unknown = json;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

function headersOf(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (v === undefined || HOP_BY_HOP.test(k)) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

/** Starts the proxy on `host:port` (default 127.0.0.1, an ephemeral port). */
export async function startProxy(options: ProxyOptions): Promise<RunningProxy> {
  const upstream = new URL(options.upstream);
  const basePath = upstream.pathname.replace(/\/$/, '');
  const timeoutMs = options.timeoutMs ?? 30_000;
  const summary: ProxySummary = {
    upstream: upstream.toString(),
    exchanges: 0,
    clean: 0,
    findings: 0,
    byKind: {},
    byOperation: {},
    upstreamErrors: 0,
  };
  const entries: HarEntry[] = [];
  const report = (finding: ProxyFinding) => {
    summary.findings++;
    summary.byKind[finding.kind] = (summary.byKind[finding.kind] ?? 0) + 1;
    summary.byOperation[finding.operationId] = (summary.byOperation[finding.operationId] ?? 0) + 1;
    options.onFinding?.(finding);
  };

  const server = createServer((req, res) => {
    void (async () => {
      const started = Date.now();
      const body = await buffer(req);
      const path = req.url ?? '/';
      const target = new URL(`${upstream.origin}${basePath}${path}`);
      const method = (req.method ?? 'GET').toUpperCase();
      const sent = headersOf(req.headers);
      let status: number;
      let received: Record<string, string>;
      let bytes: Buffer;
      try {
        const answer = await request(target, {
          method: method as 'GET',
          headers: { ...sent, host: upstream.host },
          ...(body.length > 0 ? { body } : {}),
          signal: AbortSignal.timeout(timeoutMs),
        });
        status = answer.statusCode;
        received = headersOf(answer.headers);
        bytes = Buffer.from(await answer.body.arrayBuffer());
      } catch (cause) {
        summary.upstreamErrors++;
        res
          .writeHead(502, { 'content-type': 'text/plain' })
          .end(`conformance proxy: upstream failed: ${String(cause)}`);
        return;
      }
      // The client gets exactly what the upstream sent (content-length recomputed by node for the same bytes).
      const { 'content-length': _length, ...passHeaders } = received;
      res.writeHead(status, passHeaders).end(bytes);

      const contentType = received['content-type'] ?? '';
      const text = isTextual(contentType) ? bytes.toString('utf8') : '';
      let json: unknown;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = undefined;
      }
      const exchange: Exchange = {
        request: {
          method,
          url: target.toString(),
          headers: sent,
          ...(body.length > 0 && isTextual(sent['content-type'] ?? '') ? { body: body.toString('utf8') } : {}),
        },
        response: { status, headers: received, contentType, text, json },
        durationMs: Date.now() - started,
      };
      summary.exchanges++;
      if (options.record) {
        const redacted = recordExchange(exchange, { role: 'proxy', step: entries.length }, options.record.secrets);
        entries.push(
          harEntry(
            { ...redacted, response: { ...redacted.response, bytes: isTextual(contentType) ? undefined : bytes } },
            { kind: 'exchange' },
          ),
        );
      }
      const pathname = target.pathname.slice(basePath.length) || '/';
      const operation = options.spec.operations.match(method, pathname)?.operation;
      const base = { time: new Date(started).toISOString(), method, path, status };
      if (!operation) {
        report({
          ...base,
          operationId: '(none)',
          checkId: 'unknown-operation',
          kind: 'unknown-operation',
          message: `${method} ${pathname} names no operation of the spec`,
        });
        return;
      }
      const findings = runChecks({ exchange, operation, validators: options.validators });
      if (findings.length === 0) summary.clean++;
      for (const finding of findings) {
        const { kind, message } = classify(finding, at(json, finding.instancePath));
        report({
          ...base,
          operationId: operation.operationId,
          checkId: finding.checkId,
          kind,
          message,
          ...(finding.instancePath !== undefined ? { instancePath: finding.instancePath } : {}),
          ...(finding.schemaPath !== undefined ? { schemaPath: finding.schemaPath } : {}),
        });
      }
    })().catch((error: unknown) => {
      if (!res.headersSent)
        res.writeHead(500, { 'content-type': 'text/plain' }).end(`conformance proxy: ${String(error)}`);
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', done);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    summary: () => structuredClone(summary),
    entries: () => [...entries],
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
