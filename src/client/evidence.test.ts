import { describe, expect, test } from 'vitest';
import type { Exchange } from './client.ts';
import { curlFor, exchangeEvidence } from './evidence.ts';

const exchange: Exchange = {
  request: {
    method: 'POST',
    url: 'http://127.0.0.1:1/v1/Credentials?token=s3cr3t-token',
    headers: { authorization: 'Basic QUM6dG9rZW4=', 'x-twilio-webhook-enabled': 'true' },
    form: [
      ['FriendlyName', "it's"],
      ['Secret', 'hunter22'],
    ],
  },
  response: {
    status: 201,
    headers: { 'content-type': 'application/json', 'set-cookie': 'session=1' },
    contentType: 'application/json',
    text: `{"echo":"s3cr3t-token","pad":"${'x'.repeat(100)}"}`,
    json: {},
  },
  durationMs: 1,
};

describe('exchangeEvidence', () => {
  const ev = exchangeEvidence(exchange, { cap: 40, secrets: ['s3cr3t-token'] });
  test('redacts credentials, secret form values and known secrets anywhere', () => {
    const text = JSON.stringify(ev);
    expect(text).not.toContain('s3cr3t-token');
    expect(text).not.toContain('hunter22');
    expect(text).not.toContain('QUM6dG9rZW4=');
    expect(ev.request.headers.authorization).toBe('Basic ***');
    expect(ev.response.headers['set-cookie']).toBe('***');
  });
  test('caps the body and says so', () => {
    expect(ev.response.body).toHaveLength(40);
    expect(ev.response.truncated).toBe(true);
    expect(ev.response.bytes).toBe(exchange.response.text.length);
  });
  test('the curl reproducer takes credentials from the environment and quotes values', () => {
    expect(ev.curl).toContain('-u "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN"');
    expect(ev.curl).toContain(`--data-urlencode 'FriendlyName=it'\\''s'`);
    expect(ev.curl).toContain(`-H 'x-twilio-webhook-enabled: true'`);
    expect(curlFor({ method: 'GET', url: 'http://h/v1/X', headers: {} })).toBe(
      `curl -sS -X GET \\\n  'http://h/v1/X' \\\n  -u "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN"`,
    );
  });

  test('a secret echoed in a response header, or as the Basic auth encoding, is removed; a body over the cap says so', () => {
    const basic = Buffer.from('ACx:s3cr3t-token').toString('base64');
    const over = exchangeEvidence(
      {
        ...exchange,
        response: {
          ...exchange.response,
          status: 302,
          headers: { location: '/v1/Conversations?t=s3cr3t-token', 'x-echo': `Basic ${basic}` },
          text: `{"auth":"Basic ${basic}","pad":"xxxx`,
          overCap: { capBytes: 40, declaredBytes: 10_485_760 },
        },
      },
      { secrets: ['s3cr3t-token', basic] },
    );
    const text = JSON.stringify(over);
    expect(text).not.toContain('s3cr3t-token');
    expect(text).not.toContain(basic);
    expect(over.response.headers.location).toBe('/v1/Conversations?t=***');
    expect(over.response).toMatchObject({ truncated: true, overCap: { capBytes: 40, declaredBytes: 10_485_760 } });
    expect(over.curl).not.toContain('s3cr3t-token');
  });
});
