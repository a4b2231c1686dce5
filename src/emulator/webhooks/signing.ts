// The signature every webhook request carries: `X-Twilio-Signature`, as Twilio signs every webhook (not in the seeds).
import { createHmac } from 'node:crypto';

/**
 * `X-Twilio-Signature`: base64 of HMAC-SHA1 keyed with the account's auth token over the full request URL (query
 * included) followed, for a form POST, by every parameter name and value, sorted by name (then value). A GET carries
 * its parameters in the URL, so only the URL is signed. Twilio's scheme (twilio.com/docs/usage/security; the seeds
 * link that guide without including it, 004:L22845).
 */
export function twilioSignature(
  authToken: string,
  url: string,
  params: ReadonlyArray<readonly [string, string]> = [],
): string {
  const sorted = [...params].sort(([ak, av], [bk, bv]) =>
    ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0,
  );
  let data = url;
  for (const [name, value] of sorted) data += name + value;
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}
