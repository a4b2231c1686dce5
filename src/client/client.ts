import { Agent, request } from 'undici';
import { KitError, type KitErrorCode } from '../errors.ts';
import { basicAuthHeader, type Credentials } from './credentials.ts';
import { encodeForm, type FormParams, flattenForm } from './form.ts';
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
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

/** A request and its response: the unit every check looks at. */
export interface Exchange {
  request: ExchangeRequest;
  response: ExchangeResponse;
  durationMs: number;
}

/** Options of a wire client. */
export interface ClientOptions {
  baseUrl: string;
  credentials?: Credentials;
  /** Per-request timeout (default 15 s). */
  timeoutMs?: number;
  userAgent?: string;
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

/** A Twilio-shaped wire client on undici: Basic auth, form bodies, exchanges for every status. */
export class TwilioClient {
  readonly baseUrl: string;
  readonly credentials: Credentials | undefined;
  readonly timeoutMs: number;
  private readonly agent: Agent;
  private readonly userAgent: string;
  /** Called with every exchange this client completes (the scenario API records them all, raw sends included). */
  onExchange: ((exchange: Exchange) => void) | undefined;
  /**
   * Names the scenario and client (`api`, `other`) on every request, with its step, for a target that answers by
   * scenario and step (a cassette replay, src/targets/cassette.ts). Unset: no such headers are sent.
   */
  scenarioTag: { scenario: string; role: string } | undefined;
  private step = 0;

  constructor(options: ClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.credentials = options.credentials;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.userAgent = options.userAgent ?? 'twilio-conversations-conformance/0.1';
    this.agent = new Agent({ connect: { timeout: Math.min(this.timeoutMs, 10_000) }, keepAliveTimeout: 4_000 });
  }

  /** Resolves a path or a same-origin absolute URL against the base URL (other origins are refused: we only ever
   * talk to the target we were given). */
  resolve(pathOrUrl: string): URL {
    const base = new URL(this.baseUrl);
    if (/^https?:\/\//i.test(pathOrUrl)) {
      const given = new URL(pathOrUrl);
      // Paging URLs may name the vendor's public host; follow them on the target's origin only.
      return new URL(`${base.origin}${base.pathname.replace(/\/$/, '')}${given.pathname}${given.search}`);
    }
    return new URL(`${this.baseUrl}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`);
  }

  /** Sends one request and returns the exchange; throws only kit errors for transport failures. */
  async send(options: RequestOptions): Promise<Exchange> {
    const url = this.resolve(options.path);
    appendQuery(url, options.query);
    const headers: Record<string, string> = { 'user-agent': this.userAgent, accept: 'application/json' };
    const credentials = options.credentials === undefined ? this.credentials : options.credentials;
    if (credentials) headers.authorization = basicAuthHeader(credentials);
    if (this.scenarioTag) {
      headers[SCENARIO_HEADER] = `${encodeURIComponent(this.scenarioTag.scenario)}|${this.scenarioTag.role}`;
      headers[STEP_HEADER] = String(this.step++);
    }
    let body: string | Buffer | undefined;
    let form: [string, string][] | undefined;
    if (options.form) {
      form = flattenForm(options.form);
      body = encodeForm(options.form);
      headers['content-type'] = 'application/x-www-form-urlencoded';
    } else if (options.body !== undefined) {
      body = options.body;
    }
    Object.assign(
      headers,
      Object.fromEntries(Object.entries(options.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    );
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    const started = performance.now();
    let status: number;
    let responseHeaders: Record<string, string>;
    let text: string;
    try {
      const res = await request(url, {
        method: options.method,
        headers,
        body,
        dispatcher: this.agent,
        signal: AbortSignal.timeout(timeoutMs),
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      status = res.statusCode;
      responseHeaders = Object.fromEntries(
        Object.entries(res.headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : String(v)]),
      );
      text = await res.body.text();
    } catch (cause) {
      throw kitErrorFor(cause, url.toString(), timeoutMs);
    }
    const contentType = responseHeaders['content-type'] ?? '';
    let json: unknown;
    if (text.length > 0) {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    const sentHeaders = { ...headers };
    if (sentHeaders.authorization) sentHeaders.authorization = 'Basic ***';
    const exchange: Exchange = {
      request: {
        method: options.method,
        url: url.toString(),
        headers: sentHeaders,
        ...(typeof body === 'string' ? { body } : {}),
        ...(form ? { form } : {}),
      },
      response: { status, headers: responseHeaders, contentType, text, json },
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    };
    this.onExchange?.(exchange);
    return exchange;
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

  /** Closes the connection pool. */
  async close(): Promise<void> {
    await this.agent.close();
  }
}
