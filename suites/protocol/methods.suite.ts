// @module-tag auth
import { describe, expect, test } from '../../src/runtime/index.ts';

// Updates are POST to the instance URL; the API has no PUT or PATCH (seed-inventory §2.0: "No PUT or PATCH
// anywhere"). A method the API does not have on a known path must be refused with a Twilio error body, never served.
// The docs show no status for it; error-codes.md lists 20004 "Method not allowed" (405, inferred), which the emulator
// answers (D-EMU-STATUS). These requests are outside the spec, so they are sent raw and checked here by hand.

interface ErrorBody {
  code?: unknown;
  message?: unknown;
  more_info?: unknown;
  status?: unknown;
}

const CASES = ['/v1/Conversations', '/v1/Services', '/v1/Configuration', '/v1/Credentials'].flatMap((path) =>
  (['PUT', 'PATCH'] as const).map((method) => [method, path] as const),
);

describe('unsupported methods on known paths', () => {
  test.for(CASES)('%s %s is refused with a Twilio error body', async ([method, path], { api, target }) => {
    const ex = await api.client.send({ method, path, form: { FriendlyName: 'x' } });
    const body = (ex.response.json ?? {}) as ErrorBody;
    // The emulator's documented choice is 405/20004; another target may answer 404 or 405, never a success.
    if (target.kind === 'emulator') {
      expect(ex.response.status).toBe(405);
      expect(body.code).toBe(20004);
    } else {
      expect([404, 405]).toContain(ex.response.status);
    }
    expect(body.status).toBe(ex.response.status);
    expect(typeof body.message).toBe('string');
    expect(typeof body.more_info).toBe('string');
  });
});
