/**
 * The webhook sink a scenario gets (fixture `webhooks`): a node:http server on 127.0.0.1 that records every request
 * the target sends, in arrival order, and answers as the scenario says (pre-event webhooks act on the answer).
 * With `--webhook-url` the sink registers with the kit's hub (webhook-hub.ts) and its URL is `<public URL>/<id>`.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebhookRouting } from '../targets/types.ts';
import { SIGNING_TOKEN_REASON } from './requires.ts';
import { type SignedParams, validateSignature } from './signature.ts';

/** One request the target sent to the sink. */
export interface ReceivedWebhook {
  method: string;
  /** Path below the sink's URL (`/post` for `${webhooks.url}/post`), without the query string. */
  path: string;
  /** The full URL the target requested, as it would sign it (`webhooks.url` + path + query). */
  url: string;
  /** Header names lower-cased; repeated headers joined with ', '. */
  headers: Record<string, string>;
  /** Query parameters (last value wins). */
  query: Record<string, string>;
  /** Form parameters of an `application/x-www-form-urlencoded` body (last value wins). */
  form: Record<string, string>;
  /** Form parameters with every value (a repeated name as a list), as the signature covers them. */
  params: SignedParams;
  /** The raw body. */
  body: string;
  receivedAt: Date;
}

/** What the sink answers. A body object is sent as JSON. */
export interface WebhookResponse {
  status: number;
  body?: string | Record<string, unknown>;
  headers?: Record<string, string>;
}

/** How the sink answers: a fixed status, or a handler per request. */
export type WebhookResponder =
  | number
  | ((request: ReceivedWebhook) => WebhookResponse | number | Promise<WebhookResponse | number>);

/** Options of `waitFor`. */
export interface WaitForOptions {
  /** Give up after this many ms (default 10 s). */
  timeoutMs?: number;
  /** What is awaited, for the failure message. */
  description?: string;
}

/** A running sink. */
export interface WebhookSink {
  /** Give the target this URL (append any path: `${webhooks.url}/pre`). */
  readonly url: string;
  /** Every request so far, in arrival order (a copy). */
  received(): ReceivedWebhook[];
  /** The first request (already received or arriving later) that matches; fails after the timeout listing what came. */
  waitFor(predicate: (request: ReceivedWebhook) => boolean, options?: WaitForOptions): Promise<ReceivedWebhook>;
  /** Sets the answer to later requests (default 200 with an empty body). */
  respondWith(responder: WebhookResponder): void;
  /**
   * True when the request's X-Twilio-Signature is Twilio's signature of its URL and parameters, keyed with `authToken`
   * (default: the target's `signingToken`, the account's auth token; a test without one declares the need
   * `signingToken` and is skipped, else this throws).
   */
  validSignature(request: ReceivedWebhook, authToken?: string): boolean;
  /** Forgets what was received. */
  clear(): void;
  close(): Promise<void>;
}

/** Where to listen and how the target reaches the sink. */
export interface WebhookSinkOptions {
  /** Register with the hub and use its public URL. */
  routing?: WebhookRouting;
  /** Listen address (default 127.0.0.1). */
  host?: string;
  /** The key `validSignature` uses by default: the account's auth token (`TargetInfo.signingToken`). */
  signingToken?: string;
}

function lastValues(search: URLSearchParams): Record<string, string> {
  return Object.fromEntries(search.entries());
}

function allValues(search: URLSearchParams): SignedParams {
  const out: SignedParams = {};
  for (const [name, value] of search.entries()) {
    const seen = out[name];
    out[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return out;
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts a sink on 127.0.0.1 (port 0) and, with routing, registers it with the hub. */
export async function startWebhookSink(options: WebhookSinkOptions = {}): Promise<WebhookSink> {
  const requests: ReceivedWebhook[] = [];
  const waiters = new Set<() => void>();
  let responder: WebhookResponder = 200;
  let base = '';

  const server: Server = createServer((req, res) => {
    readBody(req)
      .then(async (body) => {
        const raw = req.url ?? '/';
        const target = new URL(raw, 'http://sink.invalid');
        const isForm = /application\/x-www-form-urlencoded/i.test(req.headers['content-type'] ?? '');
        const form = new URLSearchParams(isForm ? body : '');
        const request: ReceivedWebhook = {
          method: req.method ?? 'GET',
          path: raw.split('?')[0] ?? '/',
          // The raw request target, not a re-serialised URL: the signature covers the exact characters.
          url: `${base}${raw}`,
          headers: headersOf(req),
          query: lastValues(target.searchParams),
          form: lastValues(form),
          params: allValues(form),
          body,
          receivedAt: new Date(),
        };
        requests.push(request);
        for (const wake of [...waiters]) wake();
        const answer = typeof responder === 'number' ? responder : await responder(request);
        const response: WebhookResponse = typeof answer === 'number' ? { status: answer } : answer;
        const text =
          response.body === undefined
            ? ''
            : typeof response.body === 'string'
              ? response.body
              : JSON.stringify(response.body);
        const type = typeof response.body === 'object' ? 'application/json' : 'text/plain; charset=utf-8';
        res.writeHead(response.status, { 'content-type': type, ...response.headers });
        res.end(text);
      })
      .catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`webhook sink handler failed: ${error instanceof Error ? error.message : String(error)}`);
      });
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(0, options.host ?? '127.0.0.1', () => ready());
  });
  const { port } = server.address() as AddressInfo;
  const local = `http://${options.host ?? '127.0.0.1'}:${port}`;
  let unregister = async () => {};
  if (options.routing) {
    const routing = options.routing;
    const id = randomBytes(8).toString('hex');
    await hubCall(routing, 'POST', `/__hub/sinks/${id}`, { port, host: options.host ?? '127.0.0.1' });
    base = `${routing.publicUrl.replace(/\/+$/, '')}/${id}`;
    unregister = () => hubCall(routing, 'DELETE', `/__hub/sinks/${id}`).catch(() => {});
  } else {
    base = local;
  }

  return {
    url: base,
    received: () => [...requests],
    async waitFor(predicate, { timeoutMs = 10_000, description } = {}) {
      const found = requests.find(predicate);
      if (found) return found;
      return new Promise<ReceivedWebhook>((resolve, reject) => {
        const wake = () => {
          const match = requests.find(predicate);
          if (!match) return;
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(match);
        };
        const timer = setTimeout(() => {
          waiters.delete(wake);
          const seen = requests.map((r) => `${r.method} ${r.path} ${r.form.EventType ?? ''}`.trim());
          reject(
            new Error(
              `no webhook matched ${description ?? 'the predicate'} within ${timeoutMs} ms; received ${requests.length}: ${seen.join('; ') || 'none'}`,
            ),
          );
        }, timeoutMs);
        waiters.add(wake);
      });
    },
    respondWith(next) {
      responder = next;
    },
    validSignature(request, authToken = options.signingToken) {
      if (authToken === undefined) {
        throw new Error(`validSignature: ${SIGNING_TOKEN_REASON} (declare meta: { requires: ['signingToken'] })`);
      }
      const signature = request.headers['x-twilio-signature'] ?? '';
      // A target given the bare sink URL requests `/`; it signed the URL without that slash.
      const urls = request.path === '/' ? [request.url, request.url.replace(/\/(\?|$)/, '$1')] : [request.url];
      return urls.some((url) => validateSignature(authToken, signature, url, request.params, request.body));
    },
    clear() {
      requests.length = 0;
    },
    async close() {
      await unregister();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

async function hubCall(routing: WebhookRouting, method: string, path: string, body?: unknown): Promise<void> {
  const res = await fetch(`${routing.hubUrl}${path}`, {
    method,
    headers: { 'x-conformance-hub-token': routing.hubToken, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`webhook hub ${method} ${path} answered ${res.status}: ${await res.text()}`);
}
