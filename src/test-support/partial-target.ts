// A small partial implementation of the API written the way someone else might write one — the target the kit's
// own findings tests run against (tests only). It serves the Conversation resource of the default service and
// nothing else: every other route answers its framework's plain 404 (no Twilio error body), there is no
// /v1/Configuration, URLs in bodies are relative, and keys whose value would be null are left out.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the partial target misbehaves beyond its baseline. */
export interface PartialTargetOptions {
  /** Leave `next_page_url` out of list envelopes even when there is a next page. */
  omitNextPageUrl?: boolean;
}

/** A running partial target. */
export interface PartialTarget {
  url: string;
  accountSid: string;
  authToken: string;
  close(): Promise<void>;
}

interface Conversation {
  sid: string;
  friendly_name: string | null;
  unique_name: string | null;
  attributes: string;
  state: string;
  date_created: string;
  date_updated: string;
  messaging_service_sid: string;
}

const sid = (prefix: string) => `${prefix}${randomBytes(16).toString('hex')}`;

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json' }).end(text);
}

function twilioError(res: ServerResponse, status: number, code: number, message: string): void {
  send(res, status, { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });
}

/** Drops keys whose value is null — the partial target's signature habit. */
function withoutNulls(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null));
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return new URLSearchParams(text);
}

/** Starts the partial target on 127.0.0.1 (an ephemeral port). */
export async function startPartialTarget(options: PartialTargetOptions = {}): Promise<PartialTarget> {
  const accountSid = sid('AC');
  const authToken = randomBytes(16).toString('hex');
  const chatServiceSid = sid('IS');
  const conversations = new Map<string, Conversation>();
  const render = (c: Conversation) =>
    withoutNulls({
      account_sid: accountSid,
      chat_service_sid: chatServiceSid,
      messaging_service_sid: c.messaging_service_sid,
      sid: c.sid,
      friendly_name: c.friendly_name,
      unique_name: c.unique_name,
      attributes: c.attributes,
      state: c.state,
      date_created: c.date_created,
      date_updated: c.date_updated,
      timers: {},
      bindings: null,
      url: `/v1/Conversations/${c.sid}`,
      links: {
        participants: `/v1/Conversations/${c.sid}/Participants`,
        messages: `/v1/Conversations/${c.sid}/Messages`,
        webhooks: `/v1/Conversations/${c.sid}/Webhooks`,
      },
    });
  const find = (key: string) =>
    conversations.get(key) ?? [...conversations.values()].find((c) => c.unique_name === key);
  const expected = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://partial');
    if (req.headers.authorization !== expected) return twilioError(res, 401, 20003, 'Authenticate');
    const path = url.pathname.replace(/\/+$/, '');
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    if (path === '/v1/Conversations' && req.method === 'POST') {
      const form = await readForm(req);
      const unique = form.get('UniqueName');
      if (unique && find(unique)) return twilioError(res, 409, 50353, 'Unique name already in use');
      const c: Conversation = {
        sid: sid('CH'),
        friendly_name: form.get('FriendlyName'),
        unique_name: unique,
        attributes: form.get('Attributes') ?? '{}',
        state: form.get('State') ?? 'active',
        date_created: now,
        date_updated: now,
        messaging_service_sid: form.get('MessagingServiceSid') ?? sid('MG'),
      };
      conversations.set(c.sid, c);
      return send(res, 201, render(c));
    }
    if (path === '/v1/Conversations' && req.method === 'GET') {
      const size = Math.min(Number(url.searchParams.get('PageSize') ?? 50) || 50, 100);
      const page = Number(url.searchParams.get('Page') ?? 0) || 0;
      const all = [...conversations.values()];
      const items = all.slice(page * size, (page + 1) * size);
      const more = (page + 1) * size < all.length;
      const next = more && !options.omitNextPageUrl ? `/v1/Conversations?PageSize=${size}&Page=${page + 1}` : null;
      return send(res, 200, {
        conversations: items.map(render),
        meta: withoutNulls({
          page,
          page_size: size,
          first_page_url: `/v1/Conversations?PageSize=${size}&Page=0`,
          previous_page_url: page > 0 ? `/v1/Conversations?PageSize=${size}&Page=${page - 1}` : null,
          url: `/v1/Conversations?PageSize=${size}&Page=${page}`,
          next_page_url: next,
          key: 'conversations',
        }),
      });
    }
    const one = /^\/v1\/Conversations\/([^/]+)$/.exec(path);
    if (one?.[1]) {
      const c = find(decodeURIComponent(one[1]));
      if (!c) return twilioError(res, 404, 20404, 'The requested resource was not found');
      if (req.method === 'GET') return send(res, 200, render(c));
      if (req.method === 'DELETE') {
        conversations.delete(c.sid);
        return send(res, 204);
      }
      if (req.method === 'POST') {
        const form = await readForm(req);
        if (form.has('FriendlyName')) c.friendly_name = form.get('FriendlyName');
        if (form.has('UniqueName')) c.unique_name = form.get('UniqueName');
        if (form.has('Attributes')) c.attributes = form.get('Attributes') ?? '{}';
        if (form.has('State')) c.state = form.get('State') ?? c.state;
        c.date_updated = now;
        return send(res, 200, render(c));
      }
    }
    // The framework's own answer to a route it does not have.
    send(res, 404, { message: `Route ${req.method}:${url.pathname} not found`, error: 'Not Found', statusCode: 404 });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    accountSid,
    authToken,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
