import { randomBytes } from 'node:crypto';
// @module-tag auth
import { describe, expect, requires, test } from '../../src/runtime/index.ts';

// HTTP Basic auth: "Use your API key as the username and your API key secret as the password … For local testing, you
// can use your Account SID as the username and your Auth token as the password" (004:L4439-4444; seed-inventory §5).
// The seeds describe no failure response; a refusal is 401 with Twilio error 20003 "Authenticate" (error-codes.md §2,
// §4: observed live) in the Twilio error body (error-codes.md §1; D-ERR-1).

interface TwilioError {
  code: number;
  message: string;
  more_info: string;
  status: number;
}

interface Conversation {
  sid: string;
  url: string;
  friendly_name: string | null;
}

type Method = 'GET' | 'POST' | 'DELETE';

const hex = (bytes: number) => randomBytes(bytes).toString('hex');
const basic = (text: string) => `Basic ${Buffer.from(text, 'utf8').toString('base64')}`;

const CH = `CH${'0'.repeat(32)}`;
const MB = `MB${'0'.repeat(32)}`;
const IS = `IS${'0'.repeat(32)}`;

/**
 * Every documented method of a few paths, addressed at SIDs that do not exist: authentication comes first, so the
 * answer is 401, never a 404 that would tell an unauthenticated caller what exists.
 */
const OPERATIONS: readonly { name: string; method: Method; path: string; form?: Record<string, string> }[] = [
  { name: 'listConversation', method: 'GET', path: '/v1/Conversations' },
  { name: 'createConversation', method: 'POST', path: '/v1/Conversations', form: { FriendlyName: 'no auth' } },
  { name: 'fetchConversation', method: 'GET', path: `/v1/Conversations/${CH}` },
  { name: 'updateConversation', method: 'POST', path: `/v1/Conversations/${CH}`, form: { FriendlyName: 'no auth' } },
  { name: 'deleteConversation', method: 'DELETE', path: `/v1/Conversations/${CH}` },
  { name: 'listConversationParticipant', method: 'GET', path: `/v1/Conversations/${CH}/Participants` },
  {
    name: 'createConversationParticipant',
    method: 'POST',
    path: `/v1/Conversations/${CH}/Participants`,
    form: { Identity: 'no-auth' },
  },
  { name: 'fetchConversationParticipant', method: 'GET', path: `/v1/Conversations/${CH}/Participants/${MB}` },
  { name: 'deleteConversationParticipant', method: 'DELETE', path: `/v1/Conversations/${CH}/Participants/${MB}` },
  { name: 'listServiceConversation', method: 'GET', path: `/v1/Services/${IS}/Conversations` },
  { name: 'fetchConfiguration', method: 'GET', path: '/v1/Configuration' },
  { name: 'updateConfiguration', method: 'POST', path: '/v1/Configuration', form: { DefaultInactiveTimer: 'PT1H' } },
  { name: 'listService', method: 'GET', path: '/v1/Services' },
  { name: 'fetchService', method: 'GET', path: `/v1/Services/${IS}` },
  { name: 'deleteService', method: 'DELETE', path: `/v1/Services/${IS}` },
];

describe('Authentication', () => {
  test.for(OPERATIONS)('$name without credentials answers 401 with code 20003', async (operation, { api }) => {
    const res = await api.call<TwilioError>(
      { method: operation.method, path: operation.path, ...(operation.form ? { form: operation.form } : {}) },
      { credentials: null, expect: 401 },
    );
    expect(res.body.code).toBe(20003);
    expect(res.body.status).toBe(401);
  });

  test('the 401 body is Twilio\'s "Authenticate" error', async ({ api }) => {
    // error-codes.md §4: live 20003 bodies say "Authenticate" and point at the 20003 page.
    const res = await api.get<TwilioError>('/v1/Conversations', undefined, { credentials: null, expect: 401 });
    expect(res.body).toEqual({
      code: 20003,
      message: 'Authenticate',
      more_info: 'https://www.twilio.com/docs/errors/20003',
      status: 401,
    });
  });

  test('a 401 carries a Basic authentication challenge', async ({ api }) => {
    // RFC 9110 §11.6.1: a server generating a 401 MUST send WWW-Authenticate; the scheme is Basic (004:L4439-4440).
    const res = await api.get('/v1/Conversations', undefined, { credentials: null, expect: 401 });
    expect(res.headers['www-authenticate']).toMatch(/^Basic\b/i);
  });

  test('a wrong auth token is refused with 401 and code 20003', async ({ api, target }) => {
    const res = await api.get<TwilioError>('/v1/Configuration', undefined, {
      credentials: { username: target.credentials.username, password: hex(16) },
      expect: 401,
    });
    expect(res.body.code).toBe(20003);
  });

  test('an unknown Account SID is refused with 401 and code 20003', async ({ api, target }) => {
    const res = await api.get<TwilioError>('/v1/Configuration', undefined, {
      credentials: { username: `AC${hex(16)}`, password: target.credentials.password },
      expect: 401,
    });
    expect(res.body.code).toBe(20003);
  });

  test('an unknown API key SID is refused with 401 and code 20003', async ({ api }) => {
    const res = await api.get<TwilioError>('/v1/Configuration', undefined, {
      credentials: { username: `SK${hex(16)}`, password: hex(16) },
      expect: 401,
    });
    expect(res.body.code).toBe(20003);
  });

  test("another account's auth token is refused for this account's SID", async ({ api, target, skip }) => {
    requires({ target, skip }, 'otherAccount');
    if (!target.otherCredentials) throw new Error('unreachable: requires(otherAccount) holds');
    const res = await api.get<TwilioError>('/v1/Configuration', undefined, {
      credentials: { username: target.credentials.username, password: target.otherCredentials.password },
      expect: 401,
    });
    expect(res.body.code).toBe(20003);
  });

  test('an API key SID and secret of the account are accepted', async ({ api, target, skip }) => {
    // "Use your API key as the username and your API key secret as the password" (004:L4439-4444).
    if (!target.apiKeyCredentials) return skip('the target description carries no API key (set TWILIO_API_KEY/SECRET)');
    const res = await api.get<{ account_sid: string }>('/v1/Configuration', undefined, {
      credentials: target.apiKeyCredentials,
      expect: 200,
    });
    // The key authenticates as its account: it sees the account's own configuration.
    const own = await api.get<{ account_sid: string }>('/v1/Configuration', undefined, { expect: 200 });
    expect(res.body.account_sid).toBe(own.body.account_sid);
  });

  test("an API key with another key's secret is refused with 401 and code 20003", async ({ api, target, skip }) => {
    if (!target.apiKeyCredentials) return skip('the target description carries no API key (set TWILIO_API_KEY/SECRET)');
    const res = await api.get<TwilioError>('/v1/Configuration', undefined, {
      credentials: { username: target.apiKeyCredentials.username, password: hex(16) },
      expect: 401,
    });
    expect(res.body.code).toBe(20003);
  });

  test('the Basic scheme name is case-insensitive', async ({ api, target }) => {
    // RFC 9110 §11.1: "It uses a case-insensitive token to identify the authentication scheme".
    const { username, password } = target.credentials;
    await api.get('/v1/Configuration', undefined, {
      credentials: null,
      headers: { authorization: basic(`${username}:${password}`).replace(/^Basic/, 'basic') },
      expect: 200,
    });
  });

  describe('a malformed Authorization header is refused with 401 and code 20003', () => {
    test.for([
      ['a Bearer token', () => `Bearer ${hex(16)}`],
      ['the Basic scheme without credentials', () => 'Basic'],
      ['Basic credentials that are not base64', () => 'Basic !!not base64!!'],
      ['Basic credentials without a colon', (sid: string) => basic(sid)],
      ['an empty user and password', () => basic(':')],
      ['the Account SID with an empty password', (sid: string) => basic(`${sid}:`)],
      ['the auth token as the user name', (_sid: string, token: string) => basic(`${token}:${token}`)],
    ] as const)('%s', async ([, header], { api, target }) => {
      const res = await api.get<TwilioError>('/v1/Configuration', undefined, {
        credentials: null,
        headers: { authorization: header(target.credentials.username, target.credentials.password) },
        expect: 401,
      });
      expect(res.body.code).toBe(20003);
    });
  });

  describe('a refused request changes nothing', () => {
    test('an unauthenticated DELETE leaves the conversation in place', async ({ api, data }) => {
      const created = await api.post<Conversation>(
        '/v1/Conversations',
        { FriendlyName: data.unique('auth') },
        { expect: 201, cleanup: true },
      );
      await api.delete(created.body.url, { credentials: null, expect: 401 });
      await api.get(created.body.url, undefined, { expect: 200 });
    });

    test('an unauthenticated update leaves the conversation unchanged', async ({ api, data }) => {
      const name = data.unique('auth');
      const created = await api.post<Conversation>(
        '/v1/Conversations',
        { FriendlyName: name },
        { expect: 201, cleanup: true },
      );
      await api.post(created.body.url, { FriendlyName: data.unique('changed') }, { credentials: null, expect: 401 });
      const after = await api.get<Conversation>(created.body.url, undefined, { expect: 200 });
      expect(after.body.friendly_name).toBe(name);
    });

    test('an unauthenticated create adds nothing to the list', async ({ api, data }) => {
      const name = data.unique('auth');
      await api.post('/v1/Conversations', { UniqueName: name }, { credentials: null, expect: 401 });
      // The unique name was never taken: fetching by it is a 404 (D-CONV-4: `{Sid}` accepts the unique_name).
      await api.get(`/v1/Conversations/${name}`, undefined, { expect: 404 });
    });
  });
});
