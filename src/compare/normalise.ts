// What legitimately differs between two runs of the same scenarios with the same seed is taken out before comparing:
// SIDs become `<CH1>`, `<CH2>` … by order of first appearance within the scenario, timestamps `<time>`, the hosts and
// ports of URLs `<origin>`, each run's id `<run>`, and lists whose order the docs leave open are sorted.
import type { ScenarioRecording } from '../client/har.ts';

/** One step of a scenario, normalised: what a comparison looks at. */
export interface NormalisedStep {
  method: string;
  path: string;
  status: number;
  /** Twilio's error `code` of an error body. */
  errorCode?: number;
  /** The body, normalised (JSON), or its text when not JSON. */
  body: unknown;
}

/** A scenario, normalised: its steps by `role#step`, and the webhook events its sink received (sorted). */
export interface NormalisedScenario {
  scenario: string;
  steps: Map<string, NormalisedStep>;
  webhooks: string[];
}

const SID = /\b([A-Z]{2})[0-9a-f]{32}\b/g;
const ISO_TIME = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})\b/g;
const HTTP_DATE = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT\b/g;
const ORIGIN = /\bhttps?:\/\/[^/\s"?#]+/g;
/** Query values that are times (`Expires=1796403907` on temporary media links). */
const EPOCH_QUERY = /([?&](?:Expires|expires)=)\d+/g;

/**
 * Lists the docs give an order: a conversation's messages (by index, oldest first unless `Order=desc`), delivery
 * receipts of a message. Every other list is compared as a set.
 */
const ORDERED_LISTS = new Set(['messages', 'delivery_receipts']);

/** Masks SIDs to their prefix (for sorting before numbering: the numbers depend on the order). */
function sortKey(value: unknown): string {
  return JSON.stringify(value).replace(SID, '$1').replace(ISO_TIME, '').replace(ORIGIN, '');
}

function sortLists(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => sortLists(v));
    return ORDERED_LISTS.has(key) ? items : items.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sortLists(v, k)]));
  }
  return value;
}

/** Replaces what differs legitimately in a string; `sids` numbers SIDs by first appearance across the scenario. */
function normaliseText(text: string, sids: Map<string, string>, tokens: readonly string[]): string {
  let out = text;
  for (const token of tokens) if (token.length >= 4) out = out.split(token).join('<run>');
  return (
    out
      .replace(ORIGIN, '<origin>')
      // Each format keeps its own placeholder: the time differs run to run, its format is the contract.
      .replace(ISO_TIME, '<time>')
      .replace(HTTP_DATE, '<rfc2822-time>')
      .replace(EPOCH_QUERY, '$1<time>')
      .replace(SID, (sid, prefix: string) => {
        let name = sids.get(sid);
        if (!name) {
          name = `<${prefix}${[...sids.values()].filter((n) => n.startsWith(`<${prefix}`)).length + 1}>`;
          sids.set(sid, name);
        }
        return name;
      })
  );
}

/** Normalises every string inside a JSON value. */
function normaliseJson(value: unknown, sids: Map<string, string>, tokens: readonly string[]): unknown {
  if (typeof value === 'string') return normaliseText(value, sids, tokens);
  if (Array.isArray(value)) return value.map((v) => normaliseJson(v, sids, tokens));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normaliseJson(v, sids, tokens)]));
  }
  return value;
}

/** The event name of a webhook request (its `EventType` form field), else method and path. */
function webhookEvent(webhook: { method: string; url: string; body: string }): string {
  const event = new URLSearchParams(webhook.body).get('EventType');
  return event ?? `${webhook.method} ${new URL(webhook.url).pathname}`;
}

/** Normalises one scenario's recording. `tokens` are strings of this run only (its run id). */
export function normaliseScenario(recording: ScenarioRecording, tokens: readonly string[] = []): NormalisedScenario {
  const sids = new Map<string, string>();
  const steps = new Map<string, NormalisedStep>();
  const ordered = [...recording.exchanges].sort((a, b) => a.role.localeCompare(b.role) || a.step - b.step);
  for (const exchange of ordered) {
    const url = new URL(exchange.request.url);
    let body: unknown = exchange.response.text;
    try {
      body = exchange.response.text ? JSON.parse(exchange.response.text) : '';
    } catch {
      // not JSON: compared as text
    }
    const code = (body as { code?: unknown } | null)?.code;
    steps.set(`${exchange.role}#${exchange.step}`, {
      method: exchange.request.method,
      path: normaliseText(`${url.pathname}${url.search}`, sids, tokens),
      status: exchange.response.status,
      ...(exchange.response.status >= 400 && typeof code === 'number' ? { errorCode: code } : {}),
      body: normaliseJson(sortLists(body), sids, tokens),
    });
  }
  return { scenario: recording.scenario, steps, webhooks: (recording.webhooks ?? []).map(webhookEvent).sort() };
}
