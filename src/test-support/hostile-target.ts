// A hostile target for the kit's robustness tests (tests only): one HTTP server on 127.0.0.1 that misbehaves the ways
// a real implementation, proxy or vendor can — refuses, resets, never answers, trickles, answers garbage, answers
// huge, redirects in a loop, fails, throttles, or answers the first requests and then stalls. Every body it does
// send echoes the credentials it was given (the token and the Authorization header), so a test can prove the
// reports never carry them.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** The ways the target misbehaves. */
export const HOSTILE_MODES = {
  refuse: 'nothing listens on the port: every connection is refused',
  reset: 'accepts the connection, reads the request, then resets the connection (TCP RST)',
  hang: 'accepts the request and never answers',
  trickle: 'answers 200 application/json, then sends one byte of body every 100 ms, forever',
  'not-json': 'answers 200 labelled application/json with a body that is not JSON',
  'huge-body': 'answers 200 application/json with a 10 MB body (chunked, no Content-Length)',
  html: 'answers 200 text/html with a web page',
  'redirect-loop': 'answers 302 with Location pointing back at the same URL',
  'error-500': 'answers 500 with a plain-text body to everything',
  throttle: "answers 429 with 'Retry-After: 1' and Twilio's error 20429 to everything",
} as const;

/** One way of misbehaving. */
export type HostileMode = keyof typeof HOSTILE_MODES;

/** What the target does, and after how many well-behaved answers. */
export interface HostileTargetOptions {
  mode: HostileMode;
  /**
   * Requests answered `200 {}` before the mode starts (default 0). The kit's probe sends two (the credential check
   * and the clock probe), so `after: 2` is "answers the probe, then misbehaves" — mid-run.
   */
  after?: number;
  /** Body size of `huge-body` (default 10 MB). */
  hugeBytes?: number;
}

/** A running hostile target. */
export interface HostileTarget {
  url: string;
  accountSid: string;
  authToken: string;
  /** Requests received so far. */
  readonly requests: number;
  close(): Promise<void>;
}

function echo(req: IncomingMessage, token: string): string {
  return `token=${token} authorization=${req.headers.authorization ?? '(none)'}`;
}

/** Sends `bytes` of a JSON-looking body in 64 KB chunks, honouring backpressure, stopping if the client leaves. */
function sendHuge(res: ServerResponse, head: string, bytes: number): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  const pad = Buffer.alloc(65_536, 'x');
  let sent = 0;
  const more = () => {
    if (sent === 0) {
      res.write(head);
      sent = head.length;
    }
    while (sent < bytes && !res.destroyed) {
      sent += pad.length;
      if (!res.write(pad)) return void res.once('drain', more);
    }
    if (!res.destroyed) res.end('"}');
  };
  more();
}

/** Starts a hostile target on 127.0.0.1 (an ephemeral port). */
export async function startHostileTarget(options: HostileTargetOptions): Promise<HostileTarget> {
  const accountSid = `AC${randomBytes(16).toString('hex')}`;
  const authToken = randomBytes(16).toString('hex');
  const after = options.after ?? 0;
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();
  let requests = 0;

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    requests++;
    if (requests <= after) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      return;
    }
    const said = echo(req, authToken);
    switch (options.mode) {
      case 'refuse':
      case 'hang':
        return; // never answers (refuse never gets here: nothing listens)
      case 'reset':
        req.socket.resetAndDestroy();
        return;
      case 'trickle': {
        res.writeHead(200, { 'content-type': 'application/json' });
        const body = `{"echo":"${said}"}`;
        let i = 0;
        const timer = setInterval(() => res.write(body[i++ % body.length] ?? ' '), 100);
        timers.add(timer);
        res.on('close', () => {
          clearInterval(timer);
          timers.delete(timer);
        });
        return;
      }
      case 'not-json':
        res.writeHead(200, { 'content-type': 'application/json' }).end(`this is not JSON (${said})`);
        return;
      case 'huge-body':
        sendHuge(res, `{"echo":"${said}","pad":"`, options.hugeBytes ?? 10 * 1024 * 1024);
        return;
      case 'html':
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(`<!doctype html><html><body><h1>Welcome</h1><p>${said}</p></body></html>`);
        return;
      case 'redirect-loop':
        res
          .writeHead(302, { location: `${req.url ?? '/'}${(req.url ?? '').includes('?') ? '&' : '?'}t=${authToken}` })
          .end();
        return;
      case 'error-500':
        res.writeHead(500, { 'content-type': 'text/plain' }).end(`Internal Server Error (${said})`);
        return;
      case 'throttle':
        res
          .writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' })
          .end(JSON.stringify({ code: 20429, message: `Too Many Requests (${said})`, more_info: '', status: 429 }));
        return;
    }
  };

  const server: Server = createServer(handle);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((done) => {
      for (const timer of timers) clearInterval(timer);
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      server.close(() => done());
    });
  // Refused: the port was ours a moment ago and nothing listens on it any more.
  if (options.mode === 'refuse') await close();
  return {
    url: `http://127.0.0.1:${port}`,
    accountSid,
    authToken,
    get requests() {
      return requests;
    },
    close: options.mode === 'refuse' ? async () => {} : close,
  };
}
