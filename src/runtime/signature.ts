/**
 * Twilio's webhook signature (`X-Twilio-Signature`): base64 of HMAC-SHA1, keyed with the account's auth token, over
 * the full URL Twilio requested (query string included) followed by every POST parameter as `name + value`, names
 * sorted (a repeated name contributes each distinct value, sorted). A JSON body is not signed as parameters: its
 * SHA-256 hex travels in the URL's `bodySHA256` query parameter instead. Verification tries the URL as received with
 * and without the scheme's default port, as Twilio's own helper libraries do.
 * https://www.twilio.com/docs/usage/security#validating-requests
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** POST parameters: by name, a repeated name as a list. */
export type SignedParams = Record<string, string | string[]>;

/** The signature Twilio would send for `url` and `params`. */
export function computeSignature(authToken: string, url: string, params: SignedParams = {}): string {
  let data = url;
  for (const name of Object.keys(params).sort()) {
    const value = params[name] ?? '';
    const values = Array.isArray(value) ? [...new Set(value)].sort() : [value];
    for (const v of values) data += name + v;
  }
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

function splitAuthority(url: string): { prefix: string; host: string; port: string; rest: string } | null {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)/i.exec(url);
  if (!match) return null;
  const [whole, scheme = '', authority = ''] = match;
  const at = authority.lastIndexOf('@');
  const hostPort = authority.slice(at + 1);
  const colon = hostPort.indexOf(':', hostPort.lastIndexOf(']') + 1);
  return {
    prefix: scheme + authority.slice(0, at + 1),
    host: colon === -1 ? hostPort : hostPort.slice(0, colon),
    port: colon === -1 ? '' : hostPort.slice(colon),
    rest: url.slice(whole.length),
  };
}

/** The URL with and without its scheme's default port (`:443` / `:80`), as Twilio may have signed either. */
export function urlVariants(url: string): string[] {
  const parts = splitAuthority(url);
  if (!parts) return [url];
  const defaultPort = parts.prefix.toLowerCase().startsWith('https://') ? ':443' : ':80';
  const without = parts.prefix + parts.host + parts.rest;
  const withPort = parts.prefix + parts.host + (parts.port || defaultPort) + parts.rest;
  return [...new Set([url, without, withPort])];
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * True when `signature` is what Twilio sends for this request. `body` (raw) is checked against a `bodySHA256` query
 * parameter when the URL carries one (JSON webhooks); then `params` are not signed.
 */
export function validateSignature(
  authToken: string,
  signature: string,
  url: string,
  params: SignedParams = {},
  body?: string,
): boolean {
  const bodyHash = new URL(url).searchParams.get('bodySHA256');
  if (bodyHash !== null) {
    const actual = createHash('sha256')
      .update(body ?? '', 'utf8')
      .digest('hex');
    if (!same(actual, bodyHash)) return false;
  }
  const signed = bodyHash !== null ? {} : params;
  return urlVariants(url).some((candidate) => same(signature, computeSignature(authToken, candidate, signed)));
}
