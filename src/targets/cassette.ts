// `--target cassette:FILE`: a recorded vendor (a HAR cassette written by `--record`) served as a target on a loopback
// port, so a suite runs offline and at no cost against recorded behaviour. Requests name their scenario, client role
// and step (headers set by the kit's client when the target has `scenarioHeaders`); the answer is the recorded
// response of that step. What legitimately differs between the recording and the replay is mapped: values the
// scenario sent that differ from the recorded request (unique names, phone numbers, SIDs when a run uses others) are
// mapped recorded → replayed in every later answer of the scenario, and the recorded origin becomes this server's.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { buffer } from 'node:stream/consumers';
import {
  type Har,
  type HarEntry,
  harResponseBody,
  isTextual,
  readHar,
  SCENARIO_HEADER,
  STEP_HEADER,
} from '../client/har.ts';
import { KitError } from '../errors.ts';
import { DEFAULT_SPEC_PATH } from '../spec/paths.ts';
import type { RunningTarget, TargetKind, TargetRequest } from './registry.ts';
import type { TargetInfo } from './types.ts';

/** The `--target` prefix of this kind. */
export const CASSETTE_PREFIX = 'cassette:';

/** Values shorter than this are never mapped (a `1` would rewrite every digit of a body). */
const MIN_MAPPED_LENGTH = 6;

/** Response headers the replay server sets itself (or that belong to the recorded connection). */
const HOP_HEADERS = /^(content-length|transfer-encoding|connection|keep-alive|date)$/i;

/** A running replay server. */
export interface CassetteServer {
  url: string;
  /** Requests answered from the cassette, and requests it had no recording for. */
  stats: { served: number; missing: number };
  close(): Promise<void>;
}

function keyOf(scenario: string, role: string, step: number): string {
  return `${scenario}\u0000${role}\u0000${step}`;
}

/** The recorded exchanges by (scenario, role, step). */
export function indexCassette(har: Har): Map<string, HarEntry> {
  const index = new Map<string, HarEntry>();
  for (const entry of har.log.entries) {
    const c = entry._conformance;
    if (c?.kind !== 'exchange' || c.scenario === undefined || c.role === undefined || c.step === undefined) continue;
    index.set(keyOf(c.scenario, c.role, c.step), entry);
  }
  return index;
}

/** The values of two requests that differ at the same place: path segments, query values, form values by name. */
export function differingValues(
  recorded: { url: string; body?: string },
  replayed: { url: string; body?: string },
): Array<[recorded: string, replayed: string]> {
  const out: Array<[string, string]> = [];
  const a = new URL(recorded.url);
  const b = new URL(replayed.url);
  const segA = a.pathname.split('/').map(decodeURIComponent);
  const segB = b.pathname.split('/').map(decodeURIComponent);
  if (segA.length === segB.length) {
    for (const [i, s] of segA.entries()) out.push([s, segB[i] ?? s]);
  }
  const pairsOf = (params: URLSearchParams) => {
    const byName = new Map<string, string[]>();
    for (const [k, v] of params) byName.set(k, [...(byName.get(k) ?? []), v]);
    return byName;
  };
  const compare = (x: URLSearchParams, y: URLSearchParams) => {
    const px = pairsOf(x);
    const py = pairsOf(y);
    for (const [name, values] of px) {
      for (const [i, v] of values.entries()) out.push([v, py.get(name)?.[i] ?? v]);
    }
  };
  compare(a.searchParams, b.searchParams);
  compare(new URLSearchParams(recorded.body ?? ''), new URLSearchParams(replayed.body ?? ''));
  return out.filter(([x, y]) => x !== y && x.length >= MIN_MAPPED_LENGTH && y.length > 0);
}

/** Replaces every recorded value by its replayed one, raw, JSON-escaped and URL-encoded. */
export function applyMapping(text: string, mapping: ReadonlyMap<string, string>): string {
  let out = text;
  const longestFirst = [...mapping].sort(([a], [b]) => b.length - a.length);
  for (const [from, to] of longestFirst) {
    const forms: Array<[string, string]> = [
      [from, to],
      [JSON.stringify(from).slice(1, -1), JSON.stringify(to).slice(1, -1)],
      [encodeURIComponent(from), encodeURIComponent(to)],
    ];
    for (const [f, t] of forms) if (f.length > 0) out = out.split(f).join(t);
  }
  return out;
}

function missing(res: ServerResponse, message: string): void {
  const body = JSON.stringify({
    code: 20404,
    message,
    more_info: 'https://www.twilio.com/docs/errors/20404',
    status: 404,
  });
  res.writeHead(404, { 'content-type': 'application/json' }).end(body);
}

/** Serves a cassette on 127.0.0.1 (an ephemeral port unless given). */
export async function startCassetteServer(har: Har, port = 0): Promise<CassetteServer> {
  const index = indexCassette(har);
  const mappings = new Map<string, Map<string, string>>();
  const stats = { served: 0, missing: 0 };
  let origin = '';
  const server = createServer((req, res) => {
    void (async () => {
      const body = (await buffer(req)).toString('utf8');
      const tag = String(req.headers[SCENARIO_HEADER] ?? '');
      const step = Number(req.headers[STEP_HEADER] ?? Number.NaN);
      const cut = tag.lastIndexOf('|');
      const scenario = decodeURIComponent(tag.slice(0, cut));
      const role = tag.slice(cut + 1);
      const entry = cut > 0 && Number.isInteger(step) ? index.get(keyOf(scenario, role, step)) : undefined;
      const url = `${origin}${req.url ?? '/'}`;
      if (!entry || entry.request.method !== req.method) {
        stats.missing++;
        const why = entry
          ? `recorded ${entry.request.method} ${new URL(entry.request.url).pathname}`
          : 'nothing recorded';
        return missing(
          res,
          `cassette: ${req.method} ${req.url} (${scenario || 'no scenario'} [${role}] step ${step}): ${why}`,
        );
      }
      stats.served++;
      let mapping = mappings.get(scenario);
      if (!mapping) {
        mapping = new Map([[new URL(entry.request.url).origin, origin]]);
        mappings.set(scenario, mapping);
      }
      for (const [from, to] of differingValues(
        { url: entry.request.url, body: entry.request.postData?.text },
        { url, body },
      )) {
        mapping.set(from, to);
      }
      const headers: Record<string, string> = {};
      for (const { name, value } of entry.response.headers) {
        if (!HOP_HEADERS.test(name)) headers[name] = applyMapping(value, mapping);
      }
      const raw = harResponseBody(entry);
      const answer = isTextual(headers['content-type'] ?? '')
        ? Buffer.from(applyMapping(raw.toString('utf8'), mapping))
        : raw;
      res.writeHead(entry.response.status, headers).end(answer);
    })().catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(`cassette: ${String(error)}`);
    });
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    stats,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Starts a replay of the cassette at `path` as a target. */
export async function startCassetteTarget(path: string, request: TargetRequest): Promise<RunningTarget> {
  const har = await readHar(resolve(path)).catch((cause: unknown) => {
    throw new KitError(
      'CONFORMANCE_ERR_BAD_ARGUMENTS',
      `--target cassette:${path}: cannot read the cassette (${String(cause)})`,
      {
        cause,
      },
    );
  });
  const server = await startCassetteServer(har);
  const run = har.log._conformance ?? {};
  const info: TargetInfo = {
    kind: 'cassette',
    identity: 'cassette',
    url: server.url,
    // The recorded accounts (their SIDs are not secrets): the replayed requests then name the same ones.
    credentials: { username: run.accountSid ?? `AC${'0'.repeat(32)}`, password: 'cassette' },
    ...(run.otherAccountSid ? { otherCredentials: { username: run.otherAccountSid, password: 'cassette' } } : {}),
    // A recording answers requests; it cannot move a clock or deliver webhooks to this run's sinks.
    capabilities: { clockControl: false, live: false, webhookDelivery: false, realTimers: false },
    scenarioHeaders: true,
    specPath: request.specPath ?? DEFAULT_SPEC_PATH,
    timeoutMs: request.timeoutMs ?? 15_000,
  };
  return { info, close: server.close };
}

/** A HAR cassette recorded with `--record`, replayed by scenario and step. */
export const cassetteTargetKind: TargetKind = {
  kind: 'cassette',
  usage: 'cassette:FILE a HAR cassette recorded with --record, replayed offline (answers by scenario and step)',
  accepts: (ref) => ref?.startsWith(CASSETTE_PREFIX) ?? false,
  start: (request) => startCassetteTarget((request.ref ?? '').slice(CASSETTE_PREFIX.length), request),
};
