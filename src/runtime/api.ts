import {
  type Finding,
  type FindingSource,
  findingSource,
  isDecisive,
  runChecks,
  SCENARIO_EXPECTATION_CHECK_ID,
} from '../checks/index.ts';
import type { Exchange, QueryValue, RequestOptions, TwilioClient } from '../client/client.ts';
import { type ExchangeEvidence, exchangeEvidence, redactSecrets } from '../client/evidence.ts';

export type { ExchangeEvidence } from '../client/evidence.ts';

import type { FormParams } from '../client/form.ts';
import { isKitError, KitError } from '../errors.ts';
import type { SpecDriftFinding } from '../spec/drift.ts';
import type { LoadedSpec } from '../spec/load.ts';
import type { OperationSpec } from '../spec/operations.ts';
import type { ValidatorSet } from '../validation/validators.ts';
import { type CheckedSpec, resolveOperation, resolveStatus } from './spec-fallback.ts';

/** A checked response: the exchange, the operation it matched, and its findings. */
export interface ApiResponse<T = unknown> {
  status: number;
  /** The parsed JSON body (typed by the caller). */
  body: T;
  headers: Record<string, string>;
  operation: OperationSpec;
  exchange: Exchange;
  findings: Finding[];
}

/** One checked call: which operation, which status. */
export interface OperationCall {
  operationId: string;
  status: number;
}

/** Per-call options of the scenario API. */
export interface CallOptions extends Partial<Omit<RequestOptions, 'method' | 'path' | 'form' | 'query'>> {
  /** The status (or statuses) the scenario expects; anything else is a `scenario-expectation` finding. */
  expect?: number | number[];
  /** Register the created resource (its `url`) for deletion when the test ends, pass or fail. */
  cleanup?: boolean;
  /** Return findings instead of failing the step (for scenarios that inspect them). */
  allowFindings?: boolean;
  /**
   * The path is a URL the target returned (`next_page_url`, `url`, `links.*`) in a response of this operation: when
   * it names no operation of the spec, that is the target's finding (`unknown-link`), not a kit error.
   */
  linkFrom?: { operationId: string; field: string };
}

/** A finding as reports carry it: the check's data plus where its expectation comes from. */
export interface ReportedFinding {
  checkId: string;
  operationId: string;
  message: string;
  instancePath?: string;
  schemaPath?: string;
  source?: FindingSource;
}

/** The step of a scenario that failed: its findings and the exchange that produced them. */
export interface StepFailure {
  /** 0-based index of the call within the scenario. */
  step: number;
  operationId: string;
  /** The spec resource (tag) of that operation: decides whether the step was the scenario's subject or a setup. */
  resource: string;
  findings: ReportedFinding[];
  evidence: ExchangeEvidence;
}

/** How schema findings act: `strict` fails the step; `warn` records them and lets the scenario go on. */
export type SchemaMode = 'strict' | 'warn';

/** Options of a scenario API. */
export interface ScenarioApiOptions {
  schema?: SchemaMode;
  /** Secret values (tokens) removed from every piece of evidence. */
  secrets?: readonly string[];
  /** Ours, when `spec` is another document (`--spec`): what it lacks is checked against ours (spec-fallback.ts). */
  fallback?: CheckedSpec;
}

/** Transport failures of the target during a scenario: the target did not answer, which is its finding. */
const TARGET_SILENCE = new Set([
  'CONFORMANCE_ERR_TIMEOUT',
  'CONFORMANCE_ERR_TRANSPORT',
  'CONFORMANCE_ERR_TARGET_UNREACHABLE',
]);

/** Deletes at most this many tracked siblings at once when a scenario ends. */
export const CLEANUP_BATCH = 8;

/**
 * Takes the next resources to delete off the end of `tracked` (newest first): the newest, and the ones tracked just
 * before it in the same collection (same URL up to its last `/`), at most `max`. An item of another collection
 * ends the batch, so the newest-first order holds between collections.
 */
export function nextCleanupBatch(tracked: string[], max = CLEANUP_BATCH): string[] {
  const batch: string[] = [];
  const collectionOf = (url: string) => url.slice(0, url.lastIndexOf('/'));
  const last = tracked.at(-1);
  if (last === undefined) return batch;
  const collection = collectionOf(last);
  while (batch.length < max && tracked.length > 0 && collectionOf(tracked.at(-1) as string) === collection) {
    batch.push(tracked.pop() as string);
  }
  return batch;
}

/** Thrown when a step produced findings: the target broke the contract (a JUnit `<failure>`). */
export class ContractFindingError extends Error {
  readonly findings: Finding[];
  constructor(findings: Finding[], exchange: Exchange) {
    const lines = findings.map((f) => `  [${f.checkId}] ${f.operationId}: ${f.message}`);
    super(
      `${findings.length} finding(s) on ${exchange.request.method} ${exchange.request.url} → ${exchange.response.status}\n${lines.join('\n')}`,
    );
    this.name = 'ContractFinding';
    this.findings = findings;
    // Point at the scenario, not into the kit: keep the message and the scenario files' frames only, so a test
    // runner's code frame shows the step of the scenario that failed.
    const frames = (this.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
    const scenario = frames.filter(
      (line) => !/\/src\/(runtime|client|checks)\//.test(line) && !/node_modules|node:/.test(line),
    );
    this.stack = [`${this.name}: ${this.message}`, ...scenario].join('\n');
  }
}

/**
 * The scenario API: sends requests through the wire client, matches each to its spec operation, runs every check,
 * fails the step on findings, and deletes what the scenario created when the test ends.
 */
export class ScenarioApi {
  readonly client: TwilioClient;
  readonly spec: LoadedSpec;
  readonly validators: ValidatorSet;
  /** Every exchange of this test, in order (for reports and debugging). */
  readonly exchanges: Exchange[] = [];
  /** The operation and status of every checked call, in order (feeds the coverage matrix). */
  readonly calls: OperationCall[] = [];
  /** The first step that failed, with its evidence (reports show it). */
  failure: StepFailure | undefined;
  /** Schema findings recorded without failing the step (`--schema warn`). */
  readonly warnings: StepFailure[] = [];
  /** Where ours stood in for the `--spec` document (RUN_DRIFT_ASPECTS): spec drift, never a finding. */
  readonly specDrift: SpecDriftFinding[] = [];
  private readonly cleanups: string[] = [];
  private readonly options: ScenarioApiOptions;

  constructor(client: TwilioClient, spec: LoadedSpec, validators: ValidatorSet, options: ScenarioApiOptions = {}) {
    this.client = client;
    this.spec = spec;
    this.validators = validators;
    this.options = options;
    // Every exchange of the scenario, including raw `api.client.send` calls, is evidence, kept in the order the
    // requests were sent: concurrent steps (cleanup batches, a scenario's parallel adds) are answered in any order,
    // and recordings, `compare` and cassette replays must not depend on it.
    client.onExchange = (exchange) => this.keep(exchange);
  }

  /** Adds an exchange to {@link exchanges} at the place of its step. */
  private keep(exchange: Exchange): void {
    let at = this.exchanges.length;
    const step = exchange.step;
    if (step !== undefined) {
      while (at > 0 && (this.exchanges[at - 1]?.step ?? -1) > step) at--;
    }
    this.exchanges.splice(at, 0, exchange);
  }

  /** The evidence of an exchange, with this run's secrets removed. */
  evidenceOf(exchange: Exchange): ExchangeEvidence {
    return exchangeEvidence(exchange, { secrets: this.options.secrets ?? [] });
  }

  /** The spec operation an exchange of this scenario called, when one matches. */
  operationOf(exchange: Exchange): OperationSpec | undefined {
    const base = new URL(this.client.baseUrl).pathname.replace(/\/$/, '');
    const pathname = new URL(exchange.request.url).pathname.replace(base, '');
    return this.spec.operations.match(exchange.request.method, pathname)?.operation;
  }

  private record(findings: Finding[], exchange: Exchange, operation: OperationSpec): StepFailure {
    return {
      step: exchange.step ?? this.exchanges.indexOf(exchange),
      operationId: operation.operationId,
      resource: operation.tags[0] ?? '',
      findings: findings.map((f) => ({
        checkId: f.checkId,
        operationId: f.operationId,
        message: f.message,
        ...(f.instancePath !== undefined ? { instancePath: f.instancePath } : {}),
        ...(f.schemaPath !== undefined ? { schemaPath: f.schemaPath } : {}),
        source: findingSource(operation, f),
      })),
      evidence: this.evidenceOf(exchange),
    };
  }

  /** Findings with this run's secrets removed from their messages (a target may echo a token in a Location, a body). */
  private redact(findings: Finding[]): Finding[] {
    const secrets = this.options.secrets ?? [];
    return findings.map((f) => ({ ...f, message: redactSecrets(f.message, secrets) }));
  }

  private fail(found: Finding[], exchange: Exchange, operation: OperationSpec): never {
    const findings = this.redact(found);
    this.failure ??= this.record(findings, exchange, operation);
    throw new ContractFindingError(findings, exchange);
  }

  /** GET a path. */
  get<T = unknown>(
    path: string,
    query?: Record<string, QueryValue>,
    options: CallOptions = {},
  ): Promise<ApiResponse<T>> {
    return this.call<T>({ method: 'GET', path, ...(query ? { query } : {}) }, options);
  }

  /** POST a form to a path. */
  post<T = unknown>(path: string, form: FormParams = {}, options: CallOptions = {}): Promise<ApiResponse<T>> {
    return this.call<T>({ method: 'POST', path, form }, options);
  }

  /** DELETE a path. */
  delete<T = unknown>(path: string, options: CallOptions = {}): Promise<ApiResponse<T>> {
    return this.call<T>({ method: 'DELETE', path }, options);
  }

  /** Sends one request and checks it. */
  async call<T>(request: Omit<RequestOptions, keyof CallOptions> & Partial<RequestOptions>, options: CallOptions = {}) {
    const { expect, cleanup, allowFindings, linkFrom, ...extra } = options;
    const pathname = this.client.pathBelowBase(request.path ?? '/');
    const method = request.method ?? 'GET';
    let matched = resolveOperation(this, this.options.fallback, method, pathname);
    let exchange: Exchange;
    const step = this.client.sent;
    try {
      exchange = await this.client.send({ ...extra, ...request } as RequestOptions);
    } catch (error) {
      if (!isKitError(error) || !TARGET_SILENCE.has(error.code)) throw error;
      // The target did not answer: its finding, with the request as evidence.
      const url = this.client.resolve(request.path ?? '/').toString();
      const silent: Exchange = {
        request: { method: request.method ?? 'GET', url, headers: {} },
        response: { status: 0, headers: {}, contentType: '', text: '', json: undefined },
        durationMs: 0,
        step,
      };
      this.keep(silent);
      const operation = matched?.operation ?? this.spec.operations.all[0];
      if (!operation) throw error;
      this.fail(
        [
          {
            checkId: 'transport',
            operationId: operation.operationId,
            message: error.message.replace(/^\[CONFORMANCE_ERR_[A-Z_]+\] /, ''),
            evidence: {},
          },
        ],
        silent,
        operation,
      );
    }
    if (!matched) {
      // Scenarios write their own paths as `/v1/…`; anything else came from a response of the target (a link it
      // returned, or an empty one where a link was due): the target's finding, on the operation that returned it.
      const previous = this.calls.at(-1)?.operationId;
      const link =
        linkFrom ??
        (!(request.path ?? '').startsWith('/v1/') && previous !== undefined
          ? { operationId: previous, field: 'a URL in its response' }
          : undefined);
      const origin = link
        ? (this.spec.operations.byId.get(link.operationId) ??
          this.options.fallback?.spec.operations.byId.get(link.operationId))
        : undefined;
      if (origin && link) {
        this.fail(
          [
            {
              checkId: 'unknown-link',
              operationId: origin.operationId,
              message: `${link.field} '${request.path}' names no operation of the spec (${request.method} ${pathname})`,
              evidence: {},
            },
          ],
          exchange,
          origin,
        );
      }
      throw new KitError(
        'CONFORMANCE_ERR_UNKNOWN_OPERATION',
        `no operation in ${this.spec.source} matches ${request.method} ${pathname}`,
      );
    }
    matched = resolveStatus(matched, this.options.fallback, { method, pathname }, exchange.response.status);
    if (matched.drift) this.specDrift.push(matched.drift);
    this.calls.push({ operationId: matched.operation.operationId, status: exchange.response.status });
    let findings = runChecks({ exchange, operation: matched.operation, validators: matched.validators });
    if (this.options.schema === 'warn') {
      const schema = findings.filter((f) => f.checkId === 'response-schema');
      if (schema.length > 0) {
        this.warnings.push(this.record(this.redact(schema), exchange, matched.operation));
        findings = findings.filter((f) => f.checkId !== 'response-schema');
      }
    }
    const wanted = expect === undefined ? undefined : Array.isArray(expect) ? expect : [expect];
    // A decisive finding (a redirect, a body over the cap) is the step's whole story: no second finding restates it.
    if (wanted && !wanted.includes(exchange.response.status) && !findings.some(isDecisive)) {
      findings.unshift({
        checkId: SCENARIO_EXPECTATION_CHECK_ID,
        operationId: matched.operation.operationId,
        message: `expected status ${wanted.join(' or ')}, got ${exchange.response.status}`,
        evidence: { status: exchange.response.status, body: exchange.response.text.slice(0, 400) },
      });
    }
    if (cleanup && exchange.response.status < 300) {
      const url = (exchange.response.json as { url?: unknown } | undefined)?.url;
      if (typeof url === 'string') this.cleanups.push(url);
    }
    if (findings.length > 0 && !allowFindings) this.fail(findings, exchange, matched.operation);
    return {
      status: exchange.response.status,
      body: exchange.response.json as T,
      headers: exchange.response.headers,
      operation: matched.operation,
      exchange,
      findings,
    } satisfies ApiResponse<T>;
  }

  /** Registers a resource URL (or path) to delete when the test ends. */
  track(url: string): void {
    this.cleanups.push(url);
  }

  /** Reads every page of a list by following `meta.next_page_url`; returns the items under `key` in order. */
  async listAll<T = unknown>(path: string, key: string, query?: Record<string, QueryValue>): Promise<T[]> {
    const items: T[] = [];
    let next: string | null = path;
    let from: CallOptions['linkFrom'];
    for (let page = 0; next && page < 1000; page++) {
      const res: ApiResponse<Record<string, unknown>> = await this.get<Record<string, unknown>>(
        next,
        from ? undefined : query,
        { expect: 200, ...(from ? { linkFrom: from } : {}) },
      );
      from = { operationId: res.operation.operationId, field: 'meta.next_page_url' };
      const list = res.body[key];
      if (Array.isArray(list)) items.push(...(list as T[]));
      const meta = res.body.meta as { next_page_url?: unknown } | undefined;
      next = typeof meta?.next_page_url === 'string' ? meta.next_page_url : null;
    }
    return items;
  }

  /**
   * Deletes tracked resources, newest first; 404s are fine (the scenario may have deleted them). Siblings of one
   * collection tracked one after another (a scenario's 1,000 conversations) are deleted up to
   * {@link CLEANUP_BATCH} at a time: they do not depend on each other, and what depends on them was created later,
   * so it is already gone.
   */
  async cleanup(): Promise<void> {
    for (let batch = nextCleanupBatch(this.cleanups); batch.length > 0; batch = nextCleanupBatch(this.cleanups)) {
      await Promise.all(
        batch.map((url) =>
          this.client.send({ method: 'DELETE', path: url }).catch(() => {
            // Cleanup must not mask the test's own outcome; a transport failure here is reported by the next step.
          }),
        ),
      );
    }
  }
}
