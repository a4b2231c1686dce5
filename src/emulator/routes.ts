// Route registration shared by every resource module. Records the methods of each path so a known path asked with an
// unsupported method answers 405 (Twilio 20004) instead of fastify's 404.
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { runInAccount } from './account-scope.ts';
import { accountOf } from './auth.ts';
import { JSON_CONTENT_TYPE, JsonBody } from './json-body.ts';
import { twilioError } from './twilio-errors.ts';

/** A route handler: return the JSON body (status set on `reply`), or nothing after `reply.send`. */
export type RouteHandler = (request: FastifyRequest, reply: FastifyReply) => unknown;

/** Reads a raw request body (any Content-Type, or none) into the value handlers see as `request.body`. */
export type RawBodyReader = (request: FastifyRequest, payload: IncomingMessage) => Promise<unknown>;

/** Options of a POST route. */
export interface PostOptions {
  /**
   * Replace the form parsing for this route only: every body goes to `rawBody` (MCS uploads, 004:L6002-6003). The route
   * lives in its own encapsulated fastify context, so the other routes keep their parsers (and 20422 for non-forms).
   */
  readonly rawBody?: RawBodyReader;
}

/** Registers routes and, on `finish()`, the 405 answers for the methods each path lacks. */
export interface Routes {
  get(url: string, handler: RouteHandler): void;
  post(url: string, handler: RouteHandler, options?: PostOptions): void;
  delete(url: string, handler: RouteHandler): void;
  /** Register 405 handlers for every other method of each registered path. Call once, after all resources. */
  finish(): void;
}

const ALL_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** Route table over a fastify instance. */
export function createRoutes(app: FastifyInstance): Routes {
  const methodsByUrl = new Map<string, Set<string>>();
  const add = (method: 'GET' | 'POST' | 'DELETE', url: string, route: RouteHandler, options?: PostOptions): void => {
    // Every handler runs as work of the authenticated account, whose clock and background tasks it uses
    // (account-scope.ts). Faults are not ambient: handlers read them from their context (faults.ts).
    // A handler that answers synchronously is sent synchronously (fastify sends a returned non-promise value itself);
    // an async one returns its promise. Only a synchronous `undefined` without a reply goes through a resolved promise,
    // so fastify answers it as it did when every handler was wrapped in an async function.
    const handler: RouteHandler = (request, reply) => {
      const result = runInAccount(accountOf(request).sid, route, request, reply);
      // A body serialized ahead (lists, json-body.ts; synchronous handlers only) goes out as the object would.
      if (result instanceof JsonBody) {
        reply.header('content-type', JSON_CONTENT_TYPE);
        return result.bytes;
      }
      return result === undefined && !reply.sent ? Promise.resolve(undefined) : result;
    };
    const methods = methodsByUrl.get(url) ?? new Set<string>();
    if (methods.has(method)) throw new Error(`route registered twice: ${method} ${url}`);
    methods.add(method);
    // fastify answers HEAD for every GET route itself (exposeHeadRoutes).
    if (method === 'GET') methods.add('HEAD');
    methodsByUrl.set(url, methods);
    const rawBody = options?.rawBody;
    if (rawBody) {
      app.register(async (child) => {
        child.removeAllContentTypeParsers();
        child.addContentTypeParser('*', (request: FastifyRequest, payload: IncomingMessage) =>
          rawBody(request, payload),
        );
        child.route({ method, url, handler });
      });
      return;
    }
    app.route({ method, url, handler });
  };
  return {
    get: (url, handler) => add('GET', url, handler),
    post: (url, handler, options) => add('POST', url, handler, options),
    delete: (url, handler) => add('DELETE', url, handler),
    finish() {
      for (const [url, methods] of methodsByUrl) {
        const missing = ALL_METHODS.filter((method) => !methods.has(method));
        if (missing.length === 0) continue;
        app.route({
          method: missing,
          url,
          handler: async () => {
            throw twilioError('METHOD_NOT_ALLOWED');
          },
        });
      }
    },
  };
}
