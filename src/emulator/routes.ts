// Route registration shared by every resource module. Records the methods of each path so a known path asked with an
// unsupported method answers 405 (Twilio 20004) instead of fastify's 404.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { twilioError } from './twilio-errors.ts';

/** A route handler: return the JSON body (status set on `reply`), or nothing after `reply.send`. */
export type RouteHandler = (request: FastifyRequest, reply: FastifyReply) => unknown;

/** Registers routes and, on `finish()`, the 405 answers for the methods each path lacks. */
export interface Routes {
  get(url: string, handler: RouteHandler): void;
  post(url: string, handler: RouteHandler): void;
  delete(url: string, handler: RouteHandler): void;
  /** Register 405 handlers for every other method of each registered path. Call once, after all resources. */
  finish(): void;
}

const ALL_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** Route table over a fastify instance. */
export function createRoutes(app: FastifyInstance): Routes {
  const methodsByUrl = new Map<string, Set<string>>();
  const add = (method: 'GET' | 'POST' | 'DELETE', url: string, handler: RouteHandler): void => {
    const methods = methodsByUrl.get(url) ?? new Set<string>();
    if (methods.has(method)) throw new Error(`route registered twice: ${method} ${url}`);
    methods.add(method);
    // fastify answers HEAD for every GET route itself (exposeHeadRoutes).
    if (method === 'GET') methods.add('HEAD');
    methodsByUrl.set(url, methods);
    app.route({ method, url, handler: async (request, reply) => handler(request, reply) });
  };
  return {
    get: (url, handler) => add('GET', url, handler),
    post: (url, handler) => add('POST', url, handler),
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
