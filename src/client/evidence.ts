// Evidence of an exchange as it travels to the reports: what was sent and what came back, secrets redacted, bodies
// capped (marked when truncated), and a curl command that replays the request with credentials taken from the
// environment — so an implementer can reproduce a finding without reading the kit's code.
import type { Exchange } from './client.ts';

/** Default cap of a response body kept as evidence (bytes of text). */
export const EVIDENCE_BODY_CAP = 4_096;

/** One exchange as evidence: `results[].evidence[]` in results.json. */
export interface ExchangeEvidence {
  request: { method: string; url: string; headers: Record<string, string>; form?: [string, string][] };
  response: {
    status: number;
    headers: Record<string, string>;
    body: string;
    truncated?: true;
    /** Bytes of body read (with `overCap`: the cap, the rest was never read). */
    bytes: number;
    /** The body was over the client's cap (`--max-body`): a `body-size` finding. */
    overCap?: { capBytes: number; declaredBytes?: number };
  };
  /** A shell command that replays the request (credentials from TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN). */
  curl: string;
}

/** Header names whose values are secrets wherever they appear. */
const SECRET_HEADERS = /^(authorization|proxy-authorization|cookie|set-cookie|x-twilio-signature|x-api-key)$/i;
/** Form keys whose values are secrets (push credentials' keys and secrets, passwords, tokens). */
const SECRET_FORM_KEYS = /(secret|password|token|privatekey|private_key|apikey|api_key|certificate)/i;

/** Secret headers masked; every other value with the known secrets removed (a Location may carry a token). */
function redactHeaders(headers: Record<string, string>, secrets: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([k, v]) => [
      k,
      SECRET_HEADERS.test(k) ? (k === 'authorization' ? 'Basic ***' : '***') : redactSecrets(v, secrets),
    ]),
  );
}

/** Redacts the given secret values wherever they occur in `text` (a token echoed in a body or URL). */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 6) out = out.split(secret).join('***');
  return out;
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The curl reproducer of a request; credentials stay in the environment, never in the command. */
export function curlFor(request: ExchangeEvidence['request']): string {
  const parts = [
    `curl -sS -X ${request.method}`,
    shellQuote(request.url),
    '-u "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN"',
  ];
  for (const [name, value] of Object.entries(request.headers)) {
    if (/^(authorization|user-agent|accept|content-type|content-length|host)$/i.test(name)) continue;
    parts.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  }
  for (const [key, value] of request.form ?? []) parts.push(`--data-urlencode ${shellQuote(`${key}=${value}`)}`);
  return parts.join(' \\\n  ');
}

/** The evidence of an exchange: headers and form redacted, `secrets` removed anywhere, the body capped at `cap`. */
export function exchangeEvidence(
  exchange: Exchange,
  options: { cap?: number; secrets?: readonly string[] } = {},
): ExchangeEvidence {
  const cap = options.cap ?? EVIDENCE_BODY_CAP;
  const secrets = options.secrets ?? [];
  const form = exchange.request.form?.map(([k, v]): [string, string] => [
    k,
    SECRET_FORM_KEYS.test(k) ? '***' : redactSecrets(v, secrets),
  ]);
  const request = {
    method: exchange.request.method,
    url: redactSecrets(exchange.request.url, secrets),
    headers: redactHeaders(exchange.request.headers, secrets),
    ...(form ? { form } : {}),
  };
  // Redact only the head the evidence keeps (plus room for a secret across the cut), never the whole body: a body
  // of a megabyte would otherwise be copied once per secret for 4 KB of evidence.
  const raw = exchange.response.text;
  const room = Math.max(0, ...secrets.map((secret) => secret.length));
  const head = redactSecrets(raw.length > cap + room ? raw.slice(0, cap + room) : raw, secrets);
  const cut = head.length > cap || raw.length > cap + room;
  return {
    request,
    response: {
      status: exchange.response.status,
      headers: redactHeaders(exchange.response.headers, secrets),
      // A copy, not a V8 slice: a slice would keep the whole body alive as long as the evidence lives.
      body: cut ? Buffer.from(head.slice(0, cap)).toString() : head,
      ...(cut || exchange.response.overCap ? { truncated: true as const } : {}),
      bytes: Buffer.byteLength(raw),
      ...(exchange.response.overCap ? { overCap: exchange.response.overCap } : {}),
    },
    curl: curlFor(request),
  };
}
