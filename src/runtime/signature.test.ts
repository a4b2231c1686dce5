import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { computeSignature, urlVariants, validateSignature } from './signature.ts';

// The worked example of Twilio's security page (https://www.twilio.com/docs/usage/security#validating-requests),
// recomputed by hand: printf '%s' "<url><sorted name+value…>" | openssl dgst -sha1 -hmac 12345 -binary | base64
const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
const params = {
  Digits: '1234',
  To: '+18005551212',
  From: '+12349013030',
  Caller: '+12349013030',
  CallSid: 'CA1234567890ABCDE',
};
const expected = '0/KCTR6DLpKmkAf8muzZqo1nDgQ=';

describe('computeSignature', () => {
  test('matches the hand-computed vector (names sorted, URL with query first)', () => {
    expect(computeSignature('12345', url, params)).toBe(expected);
  });
  test('a repeated name contributes each distinct value, sorted', () => {
    const listed = computeSignature('t', 'https://x.test/h', { A: ['2', '1', '2'], B: 'x' });
    expect(listed).toBe(computeSignature('t', 'https://x.test/hA1A2', { B: 'x' }));
  });
});

describe('validateSignature', () => {
  test.each([
    ['the exact request', '12345', expected, url, params, true],
    ['another auth token', '54321', expected, url, params, false],
    ['a changed parameter', '12345', expected, url, { ...params, Digits: '1235' }, false],
    ['an extra parameter', '12345', expected, url, { ...params, Extra: '' }, false],
    [
      'the URL with its default port',
      '12345',
      expected,
      'https://mycompany.com:443/myapp.php?foo=1&bar=2',
      params,
      true,
    ],
    ['another path', '12345', expected, 'https://mycompany.com/other.php?foo=1&bar=2', params, false],
    ['an empty signature', '12345', '', url, params, false],
  ])('%s → %s', (_name, token, signature, at, given, want) => {
    expect(validateSignature(token, signature, at, given)).toBe(want);
  });

  test('a JSON body is checked through bodySHA256 and its parameters are not signed', () => {
    const body = '{"a":1}';
    const hash = createHash('sha256').update(body).digest('hex');
    const at = `https://x.test/hook?bodySHA256=${hash}`;
    const signature = computeSignature('tok', at, {});
    expect(validateSignature('tok', signature, at, {}, body)).toBe(true);
    expect(validateSignature('tok', signature, at, {}, '{"a":2}')).toBe(false);
  });
});

describe('urlVariants', () => {
  test('adds and removes the scheme default port', () => {
    expect(urlVariants('http://h.test/p?q=1')).toEqual(['http://h.test/p?q=1', 'http://h.test:80/p?q=1']);
    expect(urlVariants('https://h.test:8443/p')).toEqual(['https://h.test:8443/p', 'https://h.test/p']);
  });
});

describe('agrees with the twilio helper library', () => {
  test('on a webhook shaped like Conversations sends', async () => {
    const lib = (await import('twilio/lib/webhooks/webhooks.js')) as {
      getExpectedTwilioSignature(token: string, url: string, params: Record<string, string>): string;
    };
    const hook = {
      EventType: 'onMessageAdded',
      ConversationSid: 'CH00000000000000000000000000000000',
      Body: 'héllo & <bye>',
      Attributes: '{}',
      Index: '0',
    };
    const at = 'http://127.0.0.1:4567/sink/post?x=%27y';
    expect(computeSignature('abc', at, hook)).toBe(lib.getExpectedTwilioSignature('abc', at, hook));
  });
});
