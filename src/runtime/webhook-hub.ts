/**
 * The webhook hub: one listener for a remote target that cannot reach the kit's per-test sinks. The user forwards a
 * public URL (a tunnel) to the hub's port; each sink registers `id → its loopback port` and gets `<public URL>/<id>`;
 * the hub relays `<public path>/<id>/rest` to that sink as `/rest` and relays the answer back, so per-test sinks
 * (and their answers to pre-event webhooks) work across parallel workers behind one URL.
 * The registration endpoints (`/__hub/sinks/<id>`) require a random token, since the port is reachable from outside.
 */
import { randomBytes } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebhookRouting } from '../targets/types.ts';

/** A running hub. */
export interface WebhookHub {
  routing: WebhookRouting;
  /** The local port it listens on (what the public URL must forward to). */
  port: number;
  close(): Promise<void>;
}

/** Where the hub listens and the public URL that reaches it. */
export interface WebhookHubOptions {
  publicUrl: string;
  /** Local port (default 0: an ephemeral port, printed by the CLI). */
  port?: number;
  host?: string;
}

interface SinkAddress {
  host: string;
  port: number;
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

/** Starts the hub on 127.0.0.1 (or `host`) and `port`. */
export async function startWebhookHub(options: WebhookHubOptions): Promise<WebhookHub> {
  const token = randomBytes(16).toString('hex');
  const sinks = new Map<string, SinkAddress>();
  const publicPath = new URL(options.publicUrl).pathname.replace(/\/+$/, '');

  const control = async (req: IncomingMessage, res: ServerResponse, id: string) => {
    if (req.headers['x-conformance-hub-token'] !== token) return send(res, 403, 'bad hub token');
    if (req.method === 'DELETE') {
      sinks.delete(id);
      return send(res, 204, '');
    }
    if (req.method !== 'POST') return send(res, 405, 'POST or DELETE');
    const body = (await readJson(req)) as { port?: unknown; host?: unknown };
    if (typeof body.port !== 'number') return send(res, 400, 'port required');
    sinks.set(id, { port: body.port, host: typeof body.host === 'string' ? body.host : '127.0.0.1' });
    return send(res, 201, id);
  };

  const relay = (req: IncomingMessage, res: ServerResponse, sink: SinkAddress, path: string) => {
    const upstream = httpRequest(
      { host: sink.host, port: sink.port, method: req.method, path, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => send(res, 502, `sink unreachable: ${error.message}`));
    req.pipe(upstream);
  };

  const server = createServer((req, res) => {
    const raw = req.url ?? '/';
    const registration = /^\/__hub\/sinks\/([0-9a-f]{4,64})$/.exec(raw);
    if (registration?.[1]) {
      control(req, res, registration[1]).catch((error: unknown) => send(res, 400, String(error)));
      return;
    }
    // A tunnel may or may not keep the public URL's own path; accept both.
    const below = publicPath && raw.startsWith(`${publicPath}/`) ? raw.slice(publicPath.length) : raw;
    const match = /^\/([0-9a-f]{4,64})(\/[^?]*)?(\?.*)?$/.exec(below);
    const sink = match?.[1] ? sinks.get(match[1]) : undefined;
    if (!match || !sink) return send(res, 404, 'no webhook sink at this path');
    relay(req, res, sink, `${match[2] ?? '/'}${match[3] ?? ''}`);
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => ready());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    routing: {
      publicUrl: options.publicUrl.replace(/\/+$/, ''),
      hubUrl: `http://${options.host ?? '127.0.0.1'}:${port}`,
      hubToken: token,
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
