import { createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { twilioSignature } from './signing.ts';

describe('twilioSignature', () => {
  test("matches Twilio's documented example (URL with query + sorted POST parameters)", () => {
    const params: [string, string][] = [
      ['To', '+18005551212'],
      ['CallSid', 'CA1234567890ABCDE'],
      ['Digits', '1234'],
      ['From', '+14158675310'],
      ['Caller', '+14158675310'],
    ];
    // Computed independently: printf '%s' "$URL$SORTED" | openssl dgst -sha1 -hmac 12345 -binary | base64
    expect(twilioSignature('12345', 'https://mycompany.com/myapp.php?foo=1&bar=2', params)).toBe(
      'GvWf1cFY/Q7PnoempGyD5oXAezc=',
    );
  });

  test('is the HMAC-SHA1 of the URL followed by name+value pairs sorted by name; GET signs the URL alone', () => {
    const url = 'http://127.0.0.1:8080/hook?a=1';
    const byHand = createHmac('sha1', 'secret')
      .update(`${url}AccountSidAC1EventTypeonMessageAddedIndex0`)
      .digest('base64');
    expect(
      twilioSignature('secret', url, [
        ['Index', '0'],
        ['EventType', 'onMessageAdded'],
        ['AccountSid', 'AC1'],
      ]),
    ).toBe(byHand);
    expect(twilioSignature('12345', 'http://127.0.0.1:8080/hook?a=1&EventType=onConversationAdded')).toBe(
      'gd2OAaCwyE1P26bPr+D5f+P+6dQ=',
    );
  });
});
