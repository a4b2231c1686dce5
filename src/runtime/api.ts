import { type Finding, runChecks, SCENARIO_EXPECTATION_CHECK_ID } from '../checks/index.ts';
import type { Exchange, QueryValue, RequestOptions, TwilioClient } from '../client/client.ts';
import type { FormParams } from '../client/form.ts';
import { KitError } from '../errors.ts';
import type { LoadedSpec } from '../spec/load.ts';
import type { OperationSpec } from '../spec/operations.ts';
import type { ValidatorSet } from '../validation/validators.ts';

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
  private readonly cleanups: string[] = [];

  constructor(client: TwilioClient, spec: LoadedSpec, validators: ValidatorSet) {
    this.client = client;
    this.spec = spec;
    this.validators = validators;
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
    const { expect, cleanup, allowFindings, ...extra } = options;
    const exchange = await this.client.send({ ...extra, ...request } as RequestOptions);
    this.exchanges.push(exchange);
    const pathname = new URL(exchange.request.url).pathname.replace(
      new URL(this.client.baseUrl).pathname.replace(/\/$/, ''),
      '',
    );
    const matched = this.spec.operations.match(request.method, pathname);
    if (!matched) {
      throw new KitError(
        'CONFORMANCE_ERR_UNKNOWN_OPERATION',
        `no operation in ${this.spec.source} matches ${request.method} ${pathname}`,
      );
    }
    this.calls.push({ operationId: matched.operation.operationId, status: exchange.response.status });
    const findings = runChecks({ exchange, operation: matched.operation, validators: this.validators });
    const wanted = expect === undefined ? undefined : Array.isArray(expect) ? expect : [expect];
    if (wanted && !wanted.includes(exchange.response.status)) {
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
    if (findings.length > 0 && !allowFindings) throw new ContractFindingError(findings, exchange);
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
    let first = true;
    for (let page = 0; next && page < 1000; page++) {
      const res: ApiResponse<Record<string, unknown>> = await this.get<Record<string, unknown>>(
        next,
        first ? query : undefined,
        { expect: 200 },
      );
      first = false;
      const list = res.body[key];
      if (Array.isArray(list)) items.push(...(list as T[]));
      const meta = res.body.meta as { next_page_url?: unknown } | undefined;
      next = typeof meta?.next_page_url === 'string' ? meta.next_page_url : null;
    }
    return items;
  }

  /** Deletes tracked resources, newest first; 404s are fine (the scenario may have deleted them). */
  async cleanup(): Promise<void> {
    while (this.cleanups.length > 0) {
      const url = this.cleanups.pop();
      if (!url) continue;
      try {
        await this.client.send({ method: 'DELETE', path: url });
      } catch {
        // Cleanup must not mask the test's own outcome; a transport failure here is reported by the next step.
      }
    }
  }
}
