import { afterEach, describe, expect, test } from 'vitest';
import { computeSignature } from './signature.ts';
import { startWebhookHub, type WebhookHub } from './webhook-hub.ts';
import { startWebhookSink, type WebhookSink } from './webhooks.ts';

const open: Array<WebhookSink | WebhookHub> = [];
afterEach(async () => {
  while (open.length) await open.pop()?.close();
});

async function sink(options?: Parameters<typeof startWebhookSink>[0]): Promise<WebhookSink> {
  const s = await startWebhookSink(options);
  open.push(s);
  return s;
}

function postForm(url: string, form: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });
}

describe('webhook sink', () => {
  test('records requests in arrival order with method, path, query, headers and form', async () => {
    const s = await sink();
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await postForm(`${s.url}/post?attempt=1`, { EventType: 'onConversationAdded', ConversationSid: 'CH1' });
    await fetch(`${s.url}/status`);
    const [first, second] = s.received();
    expect(first).toMatchObject({
      method: 'POST',
      path: '/post',
      url: `${s.url}/post?attempt=1`,
      query: { attempt: '1' },
      form: { EventType: 'onConversationAdded', ConversationSid: 'CH1' },
    });
    expect(first?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(first?.receivedAt).toBeInstanceOf(Date);
    expect(second).toMatchObject({ method: 'GET', path: '/status', form: {} });
    s.clear();
    expect(s.received()).toEqual([]);
  });

  test('waitFor resolves with a request that arrives later', async () => {
    const s = await sink();
    const waiting = s.waitFor((r) => r.form.EventType === 'onMessageAdded', { timeoutMs: 5_000 });
    await postForm(`${s.url}/post`, { EventType: 'onParticipantAdded' });
    await postForm(`${s.url}/post`, { EventType: 'onMessageAdded' });
    await expect(waiting).resolves.toMatchObject({ form: { EventType: 'onMessageAdded' } });
  });

  test('waitFor fails after its timeout and lists what was received', async () => {
    const s = await sink();
    await postForm(`${s.url}/post`, { EventType: 'onParticipantAdded' });
    await expect(
      s.waitFor((r) => r.form.EventType === 'onMessageAdded', { timeoutMs: 50, description: 'onMessageAdded' }),
    ).rejects.toThrow(/no webhook matched onMessageAdded within 50 ms; received 1: POST \/post onParticipantAdded/);
  });

  test('answers 200 by default, then a fixed status, then what a handler returns', async () => {
    const s = await sink();
    expect((await postForm(`${s.url}/pre`, {})).status).toBe(200);
    s.respondWith(403);
    expect((await postForm(`${s.url}/pre`, {})).status).toBe(403);
    s.respondWith((r) => ({ status: 200, body: { friendly_name: `seen ${r.form.EventType}` } }));
    const res = await postForm(`${s.url}/pre`, { EventType: 'onConversationAdd' });
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({ friendly_name: 'seen onConversationAdd' });
  });

  test('validSignature accepts Twilio’s signature of the URL and form, and rejects a wrong one', async () => {
    const s = await sink();
    const form = { EventType: 'onMessageAdded', Body: 'hi & bye', Index: '0' };
    const url = `${s.url}/post?x=1`;
    await postForm(url, form, { 'x-twilio-signature': computeSignature('token', url, form) });
    await postForm(url, form, { 'x-twilio-signature': computeSignature('other', url, form) });
    await postForm(url, form);
    const [good, wrongToken, unsigned] = s.received();
    expect(s.validSignature(good!, 'token')).toBe(true);
    expect(s.validSignature(good!, 'other')).toBe(false);
    expect(s.validSignature(wrongToken!, 'token')).toBe(false);
    expect(s.validSignature(unsigned!, 'token')).toBe(false);
  });

  test('validSignature defaults to the signing token; without one it names the need', async () => {
    const keyed = await sink({ signingToken: 'token' });
    const form = { EventType: 'onMessageAdded' };
    await postForm(keyed.url, form, { 'x-twilio-signature': computeSignature('token', keyed.url, form) });
    expect(keyed.validSignature(keyed.received()[0]!)).toBe(true);
    expect(keyed.validSignature(keyed.received()[0]!, 'other')).toBe(false);
    const keyless = await sink();
    await postForm(keyless.url, form, { 'x-twilio-signature': computeSignature('token', keyless.url, form) });
    expect(() => keyless.validSignature(keyless.received()[0]!)).toThrow(/needs signingToken: .*TWILIO_AUTH_TOKEN/);
  });

  test('a target given the bare sink URL signed it without the trailing slash', async () => {
    const s = await sink();
    await postForm(s.url, { A: '1' }, { 'x-twilio-signature': computeSignature('token', s.url, { A: '1' }) });
    expect(s.validSignature(s.received()[0]!, 'token')).toBe(true);
  });

  test('close frees the port', async () => {
    const s = await startWebhookSink();
    await s.close();
    await expect(fetch(`${s.url}/post`)).rejects.toThrow();
  });
});

describe('webhook hub (for --webhook-url)', () => {
  async function hub(publicUrl: string): Promise<WebhookHub> {
    const h = await startWebhookHub({ publicUrl });
    open.push(h);
    return h;
  }

  test('relays <public path>/<id>/rest to the sink, which signs-checks against the public URL', async () => {
    const h = await hub('https://hooks.example.test/kit/');
    const s = await sink({ routing: h.routing });
    const id = s.url.split('/').pop();
    expect(s.url).toBe(`https://hooks.example.test/kit/${id}`);
    s.respondWith(202);
    const publicUrl = `${s.url}/post?n=1`;
    const form = { EventType: 'onConversationAdded' };
    // A tunnel that keeps the public path, and one that strips it, both reach the sink.
    const kept = await postForm(`http://127.0.0.1:${h.port}/kit/${id}/post?n=1`, form, {
      'x-twilio-signature': computeSignature('tok', publicUrl, form),
    });
    const stripped = await postForm(`http://127.0.0.1:${h.port}/${id}/post?n=1`, form);
    expect([kept.status, stripped.status]).toEqual([202, 202]);
    const [first] = s.received();
    expect(first).toMatchObject({ path: '/post', url: publicUrl, form });
    expect(s.validSignature(first!, 'tok')).toBe(true);
  });

  test('unknown sinks are 404 and registration needs the token', async () => {
    const h = await hub('https://hooks.example.test');
    expect((await fetch(`http://127.0.0.1:${h.port}/abcdef12/post`)).status).toBe(404);
    const forged = await fetch(`${h.routing.hubUrl}/__hub/sinks/abcdef12`, {
      method: 'POST',
      headers: { 'x-conformance-hub-token': 'guess' },
      body: '{"port":1}',
    });
    expect(forged.status).toBe(403);
  });

  test('a closed sink unregisters', async () => {
    const h = await hub('https://hooks.example.test');
    const s = await startWebhookSink({ routing: h.routing });
    const id = s.url.split('/').pop();
    await s.close();
    expect((await fetch(`http://127.0.0.1:${h.port}/${id}/post`)).status).toBe(404);
  });
});
