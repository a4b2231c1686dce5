import type { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, request } from 'undici';
import { KitError, type KitErrorCode } from '../errors.ts';
import { basicAuthHeader, type Credentials } from './credentials.ts';
import { encodePairs, type FormParams, flattenForm } from './form.ts';
import { SCENARIO_HEADER, STEP_HEADER } from './har.ts';

/** A query-string value: arrays repeat the key. */
export type QueryValue = string | number | boolean | undefined | null | (string | number | boolean)[];

/** One request as the caller describes it. */
export interface RequestOptions {
  method: 'GET' | 'POST' | 'DELETE' | 'PUT' | 'PATCH' | 'HEAD' | 'OPTIONS';
  /** A path below the base URL (`/v1/Conversations`), or an absolute URL on the same origin. */
  path: string;
  query?: Record<string, QueryValue>;
  /** Form parameters (Twilio encoding). */
  form?: FormParams;
  /** A raw body (for Media uploads); `form` wins when both are set. */
  body?: Buffer | string;
  headers?: Record<string, string>;
  /** Overrides the client's credentials; `null` sends no Authorization header. */
  credentials?: Credentials | null;
  /** Overrides the client's timeout for this request. */
  timeoutMs?: number;
}

/** What was sent. */
export interface ExchangeRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** The encoded body as sent, if any. */
  body?: string;
  /** The form pairs as sent, if the body was a form. */
  form?: [string, string][];
}

/** What came back. Every HTTP status is a result, not an exception. */
export interface ExchangeResponse {
  status: number;
  headers: Record<string, string>;
  contentType: string;
  /** The body as text: all of it, or its first `overCap.capBytes` bytes when it was larger. */
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON (or was cut at the cap). */
  json: unknown;
  /** Set when the body was larger than the client's cap: it was read up to the cap, then the connection dropped. */
  overCap?: { capBytes: number; declaredBytes?: number };
}

/** One throttled answer the client waited on and retried (429, or 503 with Retry-After). */
export interface ThrottleRetry {
  status: number;
  /** The Retry-After header as sent, when there was one. */
  retryAfter?: string;
  waitedMs: number;
}

/** A request and its response: the unit every check looks at. */
export interface Exchange {
  request: ExchangeRequest;
  response: ExchangeResponse;
  durationMs: number;
  /**
   * The client's count of requests sent before this one (0-based): the order the caller sent them in, whichever the
   * target answered first. A throttled request keeps its step through its retries.
   */
  step?: number;
  /** Throttled answers before this one, each retried after the wait the target asked for. */
  retries?: ThrottleRetry[];
}

/**
 * How the client honours throttling: a 429 (with its Retry-After, else 1 s, 2 s, 4 s) or a 503 with Retry-After is
 * retried, at most `maxRetries` times, never waiting longer than `maxWaitMs` at once or `totalWaitMs` in all for one
 * request; past that the target is throttling the run (CONFORMANCE_ERR_THROTTLED), not breaking the contract.
 */
export interface RetryPolicy {
  maxRetries: number;
  maxWaitMs: number;
  totalWaitMs: number;
}

/** The retry policy of every client unless told otherwise: 3 retries, 10 s per wait, 30 s per request. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 3, maxWaitMs: 10_000, totalWaitMs: 30_000 };

/** Default cap of a response body the client reads (1 MiB): Twilio's largest pages are a few tens of KB. */
export const DEFAULT_MAX_BODY_BYTES = 1_048_576;

/** Options of a wire client. */
export interface ClientOptions {
  baseUrl: string;
  credentials?: Credentials;
  /** Per-request timeout (default 15 s), body included: a target trickling bytes cannot stretch it. */
  timeoutMs?: number;
  userAgent?: string;
  /** Largest response body read, in bytes (default 1 MiB); a larger one is cut there and marked `overCap`. */
  maxBodyBytes?: number;
  /**
   * The run deadline (epoch ms, `--max-time`): no request starts after it and a request in flight is aborted at it,
   * with CONFORMANCE_ERR_RUN_DEADLINE (the kit stopped, not the target failing).
   */
  deadline?: number;
  /** Throttling retries (default {@link DEFAULT_RETRY_POLICY}). */
  retry?: RetryPolicy;
  /**
   * `own` (default): the client has its own connection pool, closed by {@link TwilioClient.close}. `shared`: it uses
   * the process's keep-alive pool for its connect timeout ({@link sharedAgent}), which outlives the client, so many
   * short-lived clients (one per scenario) reuse warm connections instead of opening one each.
   */
  pool?: 'own' | 'shared';
}

/** Keep-alive of idle pooled connections: below the 5 s of Node's http server, so the server never closes first. */
const KEEP_ALIVE_MS = 4_000;
const sharedAgents = new Map<number, Agent>();

/**
 * The process-wide connection pool for a connect timeout: one undici Agent (a pool per origin inside) that every
 * `pool: 'shared'` client with that timeout uses. Idle connections close after 4 s and never hold the process open
 * (undici unrefs idle sockets), so nothing has to close it.
 */
export function sharedAgent(connectTimeoutMs: number): Agent {
  let agent = sharedAgents.get(connectTimeoutMs);
  if (!agent) {
    agent = new Agent({ connect: { timeout: connectTimeoutMs }, keepAliveTimeout: KEEP_ALIVE_MS });
    sharedAgents.set(connectTimeoutMs, agent);
  }
  return agent;
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

function kitErrorFor(cause: unknown, url: string, timeoutMs: number): KitError {
  const err = cause as { code?: string; name?: string; cause?: { code?: string }; message?: string };
  const code = err.code ?? err.cause?.code ?? '';
  let kitCode: KitErrorCode = 'CONFORMANCE_ERR_TRANSPORT';
  let what = `request to ${url} failed: ${code || err.message || String(cause)}`;
  if (UNREACHABLE.has(code) || code === 'UND_ERR_CONNECT_TIMEOUT') {
    kitCode = 'CONFORMANCE_ERR_TARGET_UNREACHABLE';
    what = `target ${new URL(url).origin} is unreachable (${code})`;
  } else if (
    err.name === 'TimeoutError' ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT' ||
    code === 'UND_ERR_ABORTED'
  ) {
    kitCode = 'CONFORMANCE_ERR_TIMEOUT';
    what = `request to ${url} timed out after ${timeoutMs} ms`;
  }
  return new KitError(kitCode, what, { cause });
}

function appendQuery(url: URL, query: Record<string, QueryValue> | undefined): void {
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(name, String(v));
  }
}

function deadlineError(
  url: string,
  deadline: number,
  what: 'not sent' | 'aborted in flight' | 'not retried',
): KitError {
  return new KitError(
    'CONFORMANCE_ERR_RUN_DEADLINE',
    `run deadline exceeded (--max-time, at ${new Date(deadline).toISOString()}): ${url} ${what}`,
  );
}

/** Milliseconds a Retry-After value asks for (delay-seconds or an HTTP-date, RFC 9110 §10.2.3), or undefined. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** How long to wait before retrying a throttled answer, or undefined when the answer is not throttling. */
function throttleWait(response: ExchangeResponse, retriesSoFar: number): number | undefined {
  const asked = retryAfterMs(response.headers['retry-after']);
  if (response.status === 429) return asked ?? 1000 * 2 ** retriesSoFar;
  if (response.status === 503 && asked !== undefined) return asked;
  return undefined;
}

/** Reads at most `cap` bytes of a body; past that the stream is destroyed (the connection drops, memory stays flat). */
async function readCapped(body: AsyncIterable<Buffer>, cap: number): Promise<{ text: string; over: boolean }> {
  const chunks: Buffer[] = [];
  let read = 0;
  for await (const chunk of body) {
    if (read + chunk.length > cap) {
      chunks.push(chunk.subarray(0, cap - read));
      // Leaving the loop destroys the body: undici closes the socket instead of draining the rest.
      return { text: Buffer.concat(chunks).toString('utf8'), over: true };
    }
    chunks.push(chunk);
    read += chunk.length;
  }
  return { text: Buffer.concat(chunks).toString('utf8'), over: false };
}

/**
 * Aborts one request: the `signal` undici's request() takes as "an EventEmitter" (`on`/`once`/`removeListener`, an
 * `abort` event), without AbortController's EventTarget machinery (about 12 µs of CPU a request on the bench machine,
 * 8 µs of it saved this way: docs/benchmarks.md). It has no `aborted` property on purpose: undici treats an object
 * with one as a native AbortSignal. `fired` says whether it aborted; `reason` is what undici fails the request with.
 */
export class RequestAbort {
  reason: unknown;
  fired = false;
  private listeners: (() => void)[] = [];

  on(_event: 'abort', listener: () => void): this {
    this.listeners.push(listener);
    return this;
  }

  once(event: 'abort', listener: () => void): this {
    return this.on(event, listener);
  }

  removeListener(_event: 'abort', listener: () => void): this {
    const at = this.listeners.indexOf(listener);
    if (at >= 0) this.listeners.splice(at, 1);
    return this;
  }

  /** Listeners still registered (undici removes its own once the response body closes). */
  listenerCount(): number {
    return this.listeners.length;
  }

  abort(reason: unknown): void {
    if (this.fired) return;
    this.fired = true;
    this.reason = reason;
    for (const listener of this.listeners.splice(0)) listener();
  }
}

/** A Twilio-shaped wire client on undici: Basic auth, form bodies, exchanges for every status. */
export class TwilioClient {
  readonly baseUrl: string;
  readonly credentials: Credentials | undefined;
  readonly timeoutMs: number;
  readonly maxBodyBytes: number;
  readonly deadline: number | undefined;
  readonly retry: RetryPolicy;
  private readonly agent: Agent;
  private readonly ownsAgent: boolean;
  private readonly userAgent: string;
  /** Called with every exchange this client completes (the scenario API records them all, raw sends included). */
  onExchange: ((exchange: Exchange) => void) | undefined;
  /**
   * Names the scenario and client (`api`, `other`) on every request, with its step, for a target that answers by
   * scenario and step (a cassette replay, src/targets/cassette.ts). Unset: no such headers are sent.
   */
  scenarioTag: { scenario: string; role: string } | undefined;
  private steps = 0;
  /** The base URL parsed once, and its path without a trailing slash (`''` for a bare origin). */
  private readonly base: URL;
  private readonly basePath: string;
  /** The Authorization header of the last credentials seen (the client's own, nearly always): encoded once. */
  private authFor: { username: string; password: string; header: string } | undefined;

  constructor(options: ClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.base = new URL(this.baseUrl);
    this.basePath = this.base.pathname.replace(/\/$/, '');
    this.credentials = options.credentials;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.userAgent = options.userAgent ?? 'twilio-conversations-conformance/0.1';
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    this.deadline = options.deadline;
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
    // undici's request() never follows redirects (undici 7+ dropped `maxRedirections`; following takes the redirect
    // interceptor, which we do not compose): a 3xx comes back as an exchange and the `redirect` check reports it.
    const connectTimeout = Math.min(this.timeoutMs, 10_000);
    this.ownsAgent = options.pool !== 'shared';
    this.agent = this.ownsAgent
      ? new Agent({ connect: { timeout: connectTimeout }, keepAliveTimeout: KEEP_ALIVE_MS })
      : sharedAgent(connectTimeout);
  }

  /** Resolves a path or a same-origin absolute URL against the base URL (other origins are refused: we only ever
   * talk to the target we were given). */
  resolve(pathOrUrl: string): URL {
    if (/^https?:\/\//i.test(pathOrUrl)) {
      const given = new URL(pathOrUrl);
      // Paging URLs may name the vendor's public host; follow them on the target's origin only.
      return new URL(`${this.base.origin}${this.basePath}${given.pathname}${given.search}`);
    }
    return new URL(`${this.baseUrl}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`);
  }

  /** The path of a request below the base URL's own path (`/v1/Conversations` for any base), query left off. */
  pathBelowBase(pathOrUrl: string): string {
    // resolve() puts the base path in front of every path, a paging URL's included.
    return this.resolve(pathOrUrl).pathname.slice(this.basePath.length);
  }

  /**
   * Sends one request and returns the exchange; throws only kit errors: transport failures, a target that keeps
   * throttling past the retry policy (CONFORMANCE_ERR_THROTTLED), and the run deadline.
   */
  send(options: RequestOptions): Promise<Exchange> {
    // The step is taken before anything is awaited, so concurrent sends are numbered in the order they were made.
    return this.sendAsStep(options, this.steps++);
  }

  private authorization(credentials: Credentials): string {
    const { username, password } = credentials;
    if (this.authFor?.username !== username || this.authFor.password !== password) {
      this.authFor = { username, password, header: basicAuthHeader(credentials) };
    }
    return this.authFor.header;
  }

  /** How many requests this client has sent (the step the next one gets). */
  get sent(): number {
    return this.steps;
  }

  private async sendAsStep(options: RequestOptions, step: number): Promise<Exchange> {
    const retries: ThrottleRetry[] = [];
    let waited = 0;
    for (;;) {
      const exchange = await this.sendOnce(options, step);
      const wait = throttleWait(exchange.response, retries.length);
      if (wait === undefined) {
        if (retries.length > 0) exchange.retries = retries;
        this.onExchange?.(exchange);
        return exchange;
      }
      const { status, headers } = exchange.response;
      const retryAfter = headers['retry-after'];
      const what = `${exchange.request.method} ${exchange.request.url} answered ${status}${retryAfter !== undefined ? ` (Retry-After: ${retryAfter})` : ''}`;
      const gaveUp =
        retries.length >= this.retry.maxRetries
          ? `still throttled after ${retries.length} retries and ${(waited / 1000).toFixed(1)} s of waiting`
          : wait > this.retry.maxWaitMs
            ? `asked to wait ${(wait / 1000).toFixed(1)} s, longer than the kit waits at once (${this.retry.maxWaitMs / 1000} s)`
            : waited + wait > this.retry.totalWaitMs
              ? `waiting another ${(wait / 1000).toFixed(1)} s would pass the ${this.retry.totalWaitMs / 1000} s the kit waits per request`
              : undefined;
      if (gaveUp) {
        throw new KitError(
          'CONFORMANCE_ERR_THROTTLED',
          `the target is throttling the run: ${what}; ${gaveUp} (at most ${this.retry.maxRetries} retries, ${this.retry.maxWaitMs / 1000} s per wait, ${this.retry.totalWaitMs / 1000} s per request)`,
        );
      }
      if (this.deadline !== undefined && Date.now() + wait >= this.deadline) {
        throw deadlineError(exchange.request.url, this.deadline, 'not retried');
      }
      await sleep(wait);
      waited += wait;
      retries.push({ status, ...(retryAfter !== undefined ? { retryAfter } : {}), waitedMs: wait });
    }
  }

  /** One request on the wire, its body read up to the cap, within the timeout and the run deadline. */
  private async sendOnce(options: RequestOptions, step: number): Promise<Exchange> {
    const url = this.resolve(options.path);
    appendQuery(url, options.query);
    if (this.deadline !== undefined && Date.now() >= this.deadline) {
      throw deadlineError(url.toString(), this.deadline, 'not sent');
    }
    const headers: Record<string, string> = { 'user-agent': this.userAgent, accept: 'application/json' };
    const credentials = options.credentials === undefined ? this.credentials : options.credentials;
    if (credentials) headers.authorization = this.authorization(credentials);
    if (this.scenarioTag) {
      headers[SCENARIO_HEADER] = `${encodeURIComponent(this.scenarioTag.scenario)}|${this.scenarioTag.role}`;
      headers[STEP_HEADER] = String(step);
    }
    let body: string | Buffer | undefined;
    let form: [string, string][] | undefined;
    if (options.form) {
      form = flattenForm(options.form);
      body = encodePairs(form);
      headers['content-type'] = 'application/x-www-form-urlencoded';
    } else if (options.body !== undefined) {
      body = options.body;
    }
    for (const name in options.headers) headers[name.toLowerCase()] = options.headers[name] as string;
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    // One timer bounds the whole exchange, body included: the request's timeout, or the run deadline when that comes
    // first (it aborts a request in flight too, so a stalled target cannot hold the run past --max-time). One timer and
    // one EventEmitter-shaped abort per request: AbortSignal.timeout + AbortSignal.any, or even one AbortController,
    // cost more than the kit's own checks (RequestAbort).
    const untilDeadline =
      this.deadline !== undefined ? Math.max(1, this.deadline - Date.now()) : Number.POSITIVE_INFINITY;
    const byDeadline = untilDeadline < timeoutMs;
    const abort = new RequestAbort();
    const timer = setTimeout(
      () => abort.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
      Math.min(timeoutMs, untilDeadline),
    );
    const started = performance.now();
    let status: number;
    let responseHeaders: Record<string, string>;
    let text: string;
    let over: boolean;
    try {
      const res = await request(url, {
        method: options.method,
        headers,
        body,
        dispatcher: this.agent,
        // undici accepts any EventEmitter-shaped signal at runtime; its type names the whole EventEmitter class.
        signal: abort as unknown as EventEmitter,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      status = res.statusCode;
      responseHeaders = {};
      for (const name in res.headers) {
        const value = res.headers[name];
        responseHeaders[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
      }
      // A body whose Content-Length is within the cap is read whole (undici holds it to that length); any other body
      // is read chunk by chunk up to the cap.
      const declaredLength = Number(responseHeaders['content-length'] ?? Number.NaN);
      if (declaredLength <= this.maxBodyBytes) {
        text = await res.body.text();
        over = false;
      } else {
        ({ text, over } = await readCapped(res.body, this.maxBodyBytes));
      }
    } catch (cause) {
      if (byDeadline && abort.fired) {
        throw deadlineError(url.toString(), this.deadline ?? 0, 'aborted in flight');
      }
      throw kitErrorFor(cause, url.toString(), timeoutMs);
    } finally {
      clearTimeout(timer);
    }
    const contentType = responseHeaders['content-type'] ?? '';
    let json: unknown;
    if (text.length > 0 && !over) {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    const declared = Number(responseHeaders['content-length']);
    const sentHeaders = { ...headers };
    if (sentHeaders.authorization) sentHeaders.authorization = 'Basic ***';
    return {
      request: {
        method: options.method,
        url: url.toString(),
        headers: sentHeaders,
        ...(typeof body === 'string' ? { body } : {}),
        ...(form ? { form } : {}),
      },
      response: {
        status,
        headers: responseHeaders,
        contentType,
        text,
        json,
        ...(over
          ? {
              overCap: {
                capBytes: this.maxBodyBytes,
                ...(Number.isFinite(declared) ? { declaredBytes: declared } : {}),
              },
            }
          : {}),
      },
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      step,
    };
  }

  /** GET with a query. */
  get(path: string, query?: Record<string, QueryValue>, extra?: Partial<RequestOptions>): Promise<Exchange> {
    return this.send({ ...extra, method: 'GET', path, ...(query ? { query } : {}) });
  }

  /** POST a form. */
  post(path: string, form: FormParams = {}, extra?: Partial<RequestOptions>): Promise<Exchange> {
    return this.send({ ...extra, method: 'POST', path, form });
  }

  /** DELETE. */
  delete(path: string, extra?: Partial<RequestOptions>): Promise<Exchange> {
    return this.send({ ...extra, method: 'DELETE', path });
  }

  /**
   * Walks a list from its first page by following `meta.next_page_url` to the end, yielding each page's exchange.
   * Stops after `maxPages` (default 1000) so a paging loop in the target cannot hang the kit.
   */
  async *pages(path: string, query?: Record<string, QueryValue>, maxPages = 1000): AsyncGenerator<Exchange> {
    let next: string | null = path;
    let first = true;
    for (let i = 0; next && i < maxPages; i++) {
      const exchange: Exchange = first ? await this.get(next, query) : await this.get(next);
      first = false;
      yield exchange;
      const meta = (exchange.response.json as { meta?: { next_page_url?: unknown } } | undefined)?.meta;
      next = exchange.response.status === 200 && typeof meta?.next_page_url === 'string' ? meta.next_page_url : null;
    }
  }

  /** Closes the client's own connection pool; a shared pool stays open for the other clients. */
  async close(): Promise<void> {
    if (this.ownsAgent) await this.agent.close();
  }
}
