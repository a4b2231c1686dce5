import { describe, expect, test } from 'vitest';
import type { Exchange } from './client.ts';
import { buildHar, harEntry, harResponseBody, recordExchange, scenarioEntries } from './har.ts';

const exchange: Exchange = {
  request: {
    method: 'POST',
    url: 'http://127.0.0.1:1/v1/Credentials?Token=supersecret123',
    headers: { authorization: 'Basic ***', 'content-type': 'application/x-www-form-urlencoded' },
    body: 'Type=apn&Secret=shh-value&FriendlyName=supersecret123',
  },
  response: {
    status: 201,
    headers: { 'content-type': 'application/json', 'set-cookie': 'a=b' },
    contentType: 'application/json',
    text: '{"sid":"CR1","token":"supersecret123"}',
    json: undefined,
  },
  durationMs: 3,
};

describe('cassette recording', () => {
  test('secrets are removed from headers, form values by name, and known values anywhere', () => {
    const recorded = recordExchange(exchange, { role: 'api', step: 0 }, ['supersecret123']);
    const text = JSON.stringify(recorded);
    expect(text).not.toContain('supersecret123');
    expect(text).not.toContain('shh-value');
    expect(recorded.request.headers.authorization).toBe('***');
    expect(recorded.response.headers['set-cookie']).toBe('***');
  });

  test('a scenario becomes HAR 1.2 entries carrying scenario, role and step', () => {
    const recorded = recordExchange(exchange, { role: 'other', step: 4 }, []);
    const entries = scenarioEntries({
      scenario: 's > t',
      exchanges: [recorded],
      webhooks: [
        { receivedAt: new Date(0).toISOString(), method: 'POST', url: 'http://x/hook', headers: {}, body: 'a=b' },
      ],
    });
    const har = buildHar(entries, { seed: 1 });
    expect(har.log.version).toBe('1.2');
    const [first, hook] = har.log.entries;
    expect(first?._conformance).toEqual({ kind: 'exchange', scenario: 's > t', role: 'other', step: 4 });
    expect(first?.request.postData?.params?.[0]).toEqual({ name: 'Type', value: 'apn' });
    expect(first?.request.queryString).toEqual([{ name: 'Token', value: 'supersecret123' }]);
    expect(first?.response).toMatchObject({ status: 201, statusText: 'Created', headersSize: -1 });
    expect(hook?._conformance.kind).toBe('webhook');
  });

  test('binary bodies are kept as base64 and come back byte for byte', () => {
    const bytes = Buffer.from([0, 255, 1, 254, 137, 80, 78, 71]);
    const binary = harEntry(
      {
        startedAt: new Date(0).toISOString(),
        durationMs: 0,
        request: { method: 'GET', url: 'http://x/m', headers: {} },
        response: { status: 200, headers: { 'content-type': 'image/png' }, bytes },
      },
      { kind: 'exchange' },
    );
    expect(binary.response.content.encoding).toBe('base64');
    expect(harResponseBody(binary).equals(bytes)).toBe(true);
  });
});
