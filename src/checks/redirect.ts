import type { Check } from './finding.ts';

/**
 * The API answers at the URLs it documents: no operation documents a 3xx, so a redirect is the target's finding,
 * naming where it pointed. The kit never follows one (undici's `request` does not; src/client/client.ts), so a
 * redirect loop costs one request, and credentials never travel to another origin.
 */
export const redirect: Check = {
  id: 'redirect',
  description:
    'The response is not a redirect (3xx): the API answers at the URL it documents; redirects are never followed.',
  decisive: true,
  run({ exchange, operation }) {
    const { status, headers } = exchange.response;
    if (status < 300 || status > 399) return [];
    const location = headers.location;
    return [
      {
        checkId: this.id,
        operationId: operation.operationId,
        message: `answered ${status} redirecting to ${location ? `'${location}'` : '(no Location header)'} instead of the documented answer (the kit never follows redirects)`,
        evidence: { status, ...(location ? { location } : {}) },
      },
    ];
  },
};
