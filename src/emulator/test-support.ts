// Helpers for the emulator's own unit tests: an `inject()`-based client with Basic auth and form encoding.
import { connect } from 'node:net';
import { buildEmulator, type Emulator } from './app.ts';
import type { EmulatorAccount, EmulatorOptions } from './options.ts';
import type { ServiceState } from './store/types.ts';

/** A response as the tests see it. */
export interface TestResponse {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON fields.
  body: any;
}

/** Form fields: repeated keys as arrays, sent in order. */
export type Fields = Record<string, string | number | readonly string[]>;

/** Encode fields as Twilio does (dotted keys verbatim, arrays as repeated keys). */
export function encodeForm(fields: Fields): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    if (Array.isArray(value)) for (const item of value) query.append(key, item);
    else query.append(key, String(value));
  }
  return query.toString();
}

/** A client bound to one emulator and one account. */
export interface TestClient {
  readonly emulator: Emulator;
  readonly account: EmulatorAccount;
  get(url: string): Promise<TestResponse>;
  post(url: string, fields?: Fields, headers?: Record<string, string>): Promise<TestResponse>;
  delete(url: string): Promise<TestResponse>;
  /** Any request, raw. */
  request(options: {
    method: string;
    url: string;
    payload?: string;
    headers?: Record<string, string>;
    auth?: false | string;
  }): Promise<TestResponse>;
  /** Same emulator, another account's credentials. */
  as(account: EmulatorAccount): TestClient;
}

/** Basic auth header value. */
export function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** Bind a client to an emulator (first account by default). */
export function clientFor(emulator: Emulator, account: EmulatorAccount = emulator.accounts[0]!): TestClient {
  const request: TestClient['request'] = async (options) => {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.auth !== false) headers.authorization = options.auth ?? basic(account.accountSid, account.authToken);
    const response = await emulator.app.inject({
      method: options.method as 'GET',
      url: options.url,
      payload: options.payload,
      headers,
    });
    const text = response.body;
    return { status: response.statusCode, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  };
  return {
    emulator,
    account,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, fields = {}, headers = {}) =>
      request({
        method: 'POST',
        url,
        payload: encodeForm(fields),
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      }),
    delete: (url) => request({ method: 'DELETE', url }),
    as: (other) => clientFor(emulator, other),
  };
}

/** An ISO 8601 UTC timestamp to the second, as Twilio writes `date_created` / `date_updated`. */
export const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** The SID of the client's account's default Conversation Service. */
export function defaultServiceSid(c: TestClient): string {
  return c.emulator.store.accounts.get(c.account.accountSid)!.defaultServiceSid;
}

/** The store's state of the client's account's default Conversation Service. */
export function defaultService(c: TestClient): ServiceState {
  const account = c.emulator.store.accounts.get(c.account.accountSid)!;
  return account.services.get(account.defaultServiceSid)!;
}

/** Both mounts of a service-scoped resource: [label, path prefix, operationId for that mount]. */
export function serviceMounts(c: TestClient): [string, string, (op: string) => string][] {
  return [
    ['short form', '/v1', (op) => op],
    ['service form', `/v1/Services/${defaultServiceSid(c)}`, (op) => op.replace(/^(\w+?)([A-Z])/, '$1Service$2')],
  ];
}

/** Build an emulator and a client for it. */
export function setup(options: EmulatorOptions = {}): TestClient {
  return clientFor(buildEmulator(options));
}

/** Poll `probe` until it returns true, at most `attempts` times `intervalMs` apart. */
export async function eventually(probe: () => Promise<boolean>, attempts = 200, intervalMs = 10): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (await probe()) return;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`condition not met after ${attempts} attempts`);
}

/** One raw HTTP answer as read off a socket. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  /** The server ended the connection (FIN) after the answer. */
  ended: boolean;
  /** The connection was reset (what made keep-alive clients fail with ECONNRESET). */
  reset: boolean;
}

/** Send raw bytes to 127.0.0.1:`port`, read one answer, then watch for up to `waitMs` whether the server ends the connection. */
export function rawExchange(port: number, raw: string | Buffer, waitMs = 400): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = Buffer.alloc(0);
    let ended = false;
    let reset = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (): void => {
      clearTimeout(timer);
      socket.destroy();
      const text = data.toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      if (split < 0) {
        reject(new Error(`no answer: ${JSON.stringify(text.slice(0, 200))}`));
        return;
      }
      const [statusLine = '', ...lines] = text.slice(0, split).split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      const length = Number(headers['content-length'] ?? 0);
      const bodyText = data.subarray(Buffer.byteLength(text.slice(0, split + 4), 'latin1')).subarray(0, length);
      let body: unknown = bodyText.toString('utf8');
      try {
        body = JSON.parse(String(body));
      } catch {}
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body, ended, reset });
    };
    socket.on('data', (chunk) => {
      data = Buffer.concat([data, chunk]);
      timer ??= setTimeout(finish, waitMs);
    });
    socket.on('end', () => {
      ended = true;
      finish();
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      reset = error.code === 'ECONNRESET';
      finish();
    });
    socket.write(raw);
    // Nothing at all within 5 s: finish with what there is (no answer is an error).
    setTimeout(() => {
      if (!timer) finish();
    }, 5_000).unref();
  });
}
