// Cassettes: every exchange of a run (and every webhook the target sent) as an HTTP Archive, HAR 1.2
// (http://www.softwareishard.com/blog/har-12-spec/), so browsers' devtools and other HAR tools open it. The kit's own
// data rides in `_conformance` fields (the spec allows custom fields that start with an underscore): which scenario,
// which client (`api`, `other`) and which step of it sent the request, so a replay can answer by scenario and step.
// Secrets never reach a cassette: headers and form values that hold them are redacted, known secret values removed.
import { readFile, writeFile } from 'node:fs/promises';
import type { Exchange } from './client.ts';
import { redactSecrets } from './evidence.ts';

/** The header carrying `<scenario id>|<role>` when a target answers by scenario (cassette replay). */
export const SCENARIO_HEADER = 'x-conformance-scenario';
/** The header carrying the 0-based step of that client within the scenario. */
export const STEP_HEADER = 'x-conformance-step';

/** Header names whose values are secrets in a cassette. */
const SECRET_HEADERS = /^(authorization|proxy-authorization|cookie|set-cookie|x-twilio-signature|x-api-key)$/i;
/** Form keys whose values are secrets. */
const SECRET_FORM_KEYS = /(secret|password|token|privatekey|private_key|apikey|api_key|certificate)/i;

/** One exchange as a cassette keeps it: redacted, with the step that sent it (task meta carries these). */
export interface RecordedExchange {
  /** Which client of the scenario: `api` (the account under test) or `other` (the second account). */
  role: string;
  /** 0-based index of the request among that client's requests in the scenario. */
  step: number;
  startedAt: string;
  durationMs: number;
  request: { method: string; url: string; headers: Record<string, string>; body?: string };
  response: { status: number; headers: Record<string, string>; text: string };
}

/** One webhook the target sent to a scenario's sink. */
export interface RecordedWebhook {
  receivedAt: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** What a scenario recorded (task meta `recording`). */
export interface ScenarioRecording {
  /** `<suite file> > <describe chain> > <test name>`: the same in every run of the same suites. */
  scenario: string;
  exchanges: RecordedExchange[];
  webhooks?: RecordedWebhook[];
}

function redactHeaders(headers: Record<string, string>, secrets: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([k, v]) => [k, SECRET_HEADERS.test(k) ? '***' : redactSecrets(v, secrets)]),
  );
}

/** A form or other body with secret form values and known secrets removed. */
function redactBody(body: string, contentType: string | undefined, secrets: readonly string[]): string {
  if (!/x-www-form-urlencoded/i.test(contentType ?? '')) return redactSecrets(body, secrets);
  const params = new URLSearchParams(body);
  const out = new URLSearchParams();
  for (const [k, v] of params) out.append(k, SECRET_FORM_KEYS.test(k) ? '***' : redactSecrets(v, secrets));
  return out.toString();
}

/** An exchange as a cassette keeps it, secrets removed. */
export function recordExchange(
  exchange: Exchange,
  where: { role: string; step: number },
  secrets: readonly string[],
): RecordedExchange {
  const { request, response } = exchange;
  return {
    role: where.role,
    step: where.step,
    startedAt: new Date(Date.now() - exchange.durationMs).toISOString(),
    durationMs: exchange.durationMs,
    request: {
      method: request.method,
      url: redactSecrets(request.url, secrets),
      headers: redactHeaders(request.headers, secrets),
      ...(request.body !== undefined
        ? { body: redactBody(request.body, request.headers['content-type'], secrets) }
        : {}),
    },
    response: {
      status: response.status,
      headers: redactHeaders(response.headers, secrets),
      text: redactSecrets(response.text, secrets),
    },
  };
}

/** A received webhook as a cassette keeps it (its signature redacted). */
export function recordWebhook(
  webhook: { method: string; url: string; headers: Record<string, string>; body: string; receivedAt: Date },
  secrets: readonly string[],
): RecordedWebhook {
  return {
    receivedAt: webhook.receivedAt.toISOString(),
    method: webhook.method,
    url: webhook.url,
    headers: redactHeaders(webhook.headers, secrets),
    body: redactBody(webhook.body, webhook.headers['content-type'], secrets),
  };
}

/** A HAR name/value pair. */
export interface HarPair {
  name: string;
  value: string;
}

/** The kit's data on a HAR entry. */
export interface HarConformance {
  scenario?: string;
  role?: string;
  step?: number;
  /** `exchange` (the kit, or a proxied client, called the target) or `webhook` (the target called a sink). */
  kind: 'exchange' | 'webhook';
}

/** One HAR 1.2 entry (the fields the spec requires, plus `_conformance`). */
export interface HarEntry {
  startedDateTime: string;
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    cookies: never[];
    headers: HarPair[];
    queryString: HarPair[];
    postData?: { mimeType: string; text: string; params?: HarPair[] };
    headersSize: number;
    bodySize: number;
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    cookies: never[];
    headers: HarPair[];
    content: { size: number; mimeType: string; text: string; encoding?: 'base64' };
    redirectURL: string;
    headersSize: number;
    bodySize: number;
  };
  cache: Record<string, never>;
  timings: { send: number; wait: number; receive: number };
  _conformance: HarConformance;
}

/** Run-level data of a cassette (`log._conformance`). */
export interface HarRunInfo {
  /** The target the cassette was recorded from. */
  target?: string;
  /** Account SIDs (not secrets) of the accounts the run used: a replay answers to the same ones. */
  accountSid?: string;
  otherAccountSid?: string;
  seed?: number;
  runId?: string;
}

/** A HAR 1.2 document. */
export interface Har {
  log: {
    version: '1.2';
    creator: { name: string; version: string };
    entries: HarEntry[];
    _conformance?: HarRunInfo;
  };
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

function pairs(headers: Record<string, string>): HarPair[] {
  return Object.entries(headers).map(([name, value]) => ({ name, value }));
}

function queryOf(url: string): HarPair[] {
  try {
    return [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

/** The HAR entry of a request and its response. `body` may be bytes (a proxied media body: stored as base64). */
export function harEntry(
  exchange: {
    startedAt: string;
    durationMs: number;
    request: { method: string; url: string; headers: Record<string, string>; body?: string };
    response: { status: number; headers: Record<string, string>; text?: string; bytes?: Buffer };
  },
  conformance: HarConformance,
): HarEntry {
  const { request, response } = exchange;
  const requestType = request.headers['content-type'] ?? '';
  const binary = response.bytes !== undefined && !isTextual(response.headers['content-type'] ?? '');
  const text = binary ? (response.bytes ?? Buffer.alloc(0)).toString('base64') : (response.text ?? '');
  const size = response.bytes?.length ?? Buffer.byteLength(text);
  return {
    startedDateTime: exchange.startedAt,
    time: exchange.durationMs,
    request: {
      method: request.method,
      url: request.url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: pairs(request.headers),
      queryString: queryOf(request.url),
      ...(request.body !== undefined
        ? {
            postData: {
              mimeType: requestType,
              text: request.body,
              ...(/x-www-form-urlencoded/i.test(requestType)
                ? { params: [...new URLSearchParams(request.body)].map(([name, value]) => ({ name, value })) }
                : {}),
            },
          }
        : {}),
      headersSize: -1,
      bodySize: request.body === undefined ? 0 : Buffer.byteLength(request.body),
    },
    response: {
      status: response.status,
      statusText: STATUS_TEXT[response.status] ?? '',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: pairs(response.headers),
      content: {
        size,
        mimeType: response.headers['content-type'] ?? '',
        text,
        ...(binary ? { encoding: 'base64' } : {}),
      },
      redirectURL: response.headers.location ?? '',
      headersSize: -1,
      bodySize: size,
    },
    cache: {},
    timings: { send: 0, wait: exchange.durationMs, receive: 0 },
    _conformance: conformance,
  };
}

/** Whether a content type is text (kept as text in the cassette) rather than bytes (kept as base64). */
export function isTextual(contentType: string): boolean {
  return contentType === '' || /^text\/|json|xml|x-www-form-urlencoded|javascript/i.test(contentType);
}

/** The HAR entries of one scenario's recording: exchanges, then the webhooks its sink received. */
export function scenarioEntries(recording: ScenarioRecording): HarEntry[] {
  const entries = recording.exchanges.map((exchange) =>
    harEntry(exchange, { kind: 'exchange', scenario: recording.scenario, role: exchange.role, step: exchange.step }),
  );
  for (const webhook of recording.webhooks ?? []) {
    entries.push(
      harEntry(
        {
          startedAt: webhook.receivedAt,
          durationMs: 0,
          request: { method: webhook.method, url: webhook.url, headers: webhook.headers, body: webhook.body },
          response: { status: 0, headers: {}, text: '' },
        },
        { kind: 'webhook', scenario: recording.scenario },
      ),
    );
  }
  return entries;
}

/** A HAR document of these entries. */
export function buildHar(entries: HarEntry[], run: HarRunInfo = {}, version = '0.1.0'): Har {
  return {
    log: {
      version: '1.2',
      creator: { name: 'twilio-conversations-conformance', version },
      entries,
      ...(Object.keys(run).length ? { _conformance: run } : {}),
    },
  };
}

/** Writes a HAR document (pretty-printed JSON). */
export async function writeHar(path: string, har: Har): Promise<void> {
  await writeFile(path, `${JSON.stringify(har, null, 1)}\n`);
}

/** Reads a HAR document; anything that is not HAR 1.x throws a plain Error naming the file. */
export async function readHar(path: string): Promise<Har> {
  const har = JSON.parse(await readFile(path, 'utf8')) as Partial<Har>;
  if (!har.log || !Array.isArray(har.log.entries)) throw new Error(`${path} is not a HAR document (no log.entries)`);
  return har as Har;
}

/** The body of a HAR response as bytes (base64-decoded when the entry says so). */
export function harResponseBody(entry: HarEntry): Buffer {
  const { text, encoding } = entry.response.content;
  return encoding === 'base64' ? Buffer.from(text, 'base64') : Buffer.from(text ?? '', 'utf8');
}

/** Header value of a HAR pair list (case-insensitive). */
export function harHeader(headers: HarPair[], name: string): string | undefined {
  return headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;
}
