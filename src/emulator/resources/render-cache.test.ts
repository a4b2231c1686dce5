// The lists send each record's remembered JSON text (json-body.ts): after any change to a record, or a request on
// another host or mount, the text must still be byte for byte a fresh JSON.stringify of the record's render.
import { afterEach, describe, expect, test } from 'vitest';
import type { Scope } from '../scope.ts';
import type { Conversation, Message } from '../store/types.ts';
import { defaultService, setup, type TestClient } from '../test-support.ts';
import { conversationBytes, renderConversation } from './conversation.ts';
import { messageBytes, renderMessage } from './message.ts';

let client: TestClient;
afterEach(async () => {
  await client?.emulator.close();
});

function scopes(c: TestClient): Scope[] {
  const service = defaultService(c);
  const account = c.emulator.store.accounts.get(c.account.accountSid)!;
  const base = { account, service, webhookEnabled: false };
  return [
    { ...base, serviceScoped: false, origin: 'http://localhost:80', basePath: '/v1' },
    { ...base, serviceScoped: true, origin: 'http://localhost:80', basePath: `/v1/Services/${service.sid}` },
    { ...base, serviceScoped: false, origin: 'http://127.0.0.1:4010', basePath: '/v1' },
  ];
}

describe('remembered list renders', () => {
  test('a conversation: after every kind of change, the text equals a fresh render', async () => {
    client = setup();
    const sid = (await client.post('/v1/Conversations', { FriendlyName: 'x' })).body.sid as string;
    const conversation = defaultService(client).conversations.get(sid)!;
    const mutations: ((c: Conversation) => void)[] = [
      () => {},
      (c) => {
        c.friendlyName = 'y';
      },
      (c) => {
        c.friendlyName = null;
      },
      (c) => {
        c.uniqueName = 'u"n\u2028';
      },
      (c) => {
        c.attributes = '{"a":"é"}';
      },
      (c) => {
        c.messagingServiceSid = null;
      },
      (c) => {
        c.state = 'inactive';
      },
      (c) => {
        c.timers.inactiveMs = 60_000;
      },
      (c) => {
        c.timers.closedMs = 600_000;
      },
      (c) => {
        c.timerBase = new Date(c.timerBase.getTime() + 5_000);
      },
      (c) => {
        c.timerBase.setTime(c.timerBase.getTime() + 7_000);
      },
      (c) => {
        c.state = 'closed';
      },
      (c) => {
        c.dateCreated = new Date(0);
      },
      (c) => {
        c.dateUpdated.setTime(86_400_000);
      },
      (c) => {
        c.bindings = { email: { address: 'a@example.com', name: null } };
      },
      (c) => {
        c.bindings = { email: { address: 'a@example.com', name: 'A' } };
      },
      (c) => {
        if (c.bindings.email) c.bindings.email.address = 'b@example.com';
      },
      (c) => {
        c.bindings = {};
      },
    ];
    for (const mutate of mutations) {
      mutate(conversation);
      for (const scope of scopes(client)) {
        const fresh = JSON.stringify(renderConversation(conversation, scope));
        expect(conversationBytes(conversation, scope).toString('utf8')).toBe(fresh);
        expect(conversationBytes(conversation, scope).toString('utf8')).toBe(fresh);
      }
    }
  });

  test('a message: after every kind of change, and with receipts, the text equals a fresh render', async () => {
    client = setup();
    const sid = (await client.post('/v1/Conversations', { FriendlyName: 'x' })).body.sid as string;
    const posted = await client.post(`/v1/Conversations/${sid}/Messages`, { Author: 'a', Body: 'hi' });
    expect(posted.status).toBe(201);
    const service = defaultService(client);
    const message = service.conversations.get(sid)!.messages.get(posted.body.sid as string)!;
    const mutations: ((m: Message) => void)[] = [
      () => {},
      (m) => {
        m.body = 'changed "quoted"';
      },
      (m) => {
        m.body = null;
      },
      (m) => {
        m.author = 'b';
      },
      (m) => {
        m.attributes = '{"x":1}';
      },
      (m) => {
        m.participantSid = null;
      },
      (m) => {
        m.dateUpdated = new Date(1_000_000);
      },
      (m) => {
        m.dateUpdated?.setTime(2_000_000);
      },
      (m) => {
        m.dateCreated.setTime(3_000_000);
      },
      (m) => {
        m.receipts.set('DY0', {
          sid: 'DY0',
          accountSid: m.accountSid,
          chatServiceSid: m.chatServiceSid,
          conversationSid: m.conversationSid,
          messageSid: m.sid,
          participantSid: 'MB0',
          seq: 0,
          channelMessageSid: null,
          status: null,
          errorCode: null,
          dateCreated: new Date(0),
          dateUpdated: null,
        });
      },
      (m) => {
        const receipt = m.receipts.get('DY0') as { status: string } | undefined;
        if (receipt) receipt.status = 'read';
      },
      (m) => {
        m.receipts.clear();
      },
    ];
    for (const mutate of mutations) {
      mutate(message);
      for (const scope of scopes(client)) {
        const fresh = JSON.stringify(renderMessage(message, service, scope));
        expect(messageBytes(message, scope).toString('utf8')).toBe(fresh);
        expect(messageBytes(message, scope).toString('utf8')).toBe(fresh);
      }
    }
  });

  test('over HTTP: list items equal the fetched records after updates, on both mounts', async () => {
    client = setup();
    const sids: string[] = [];
    for (let i = 0; i < 3; i++)
      sids.push((await client.post('/v1/Conversations', { FriendlyName: `c${i}` })).body.sid as string);
    const service = defaultService(client).sid;
    for (const prefix of ['/v1', `/v1/Services/${service}`]) {
      const before = await client.get(`${prefix}/Conversations`);
      expect(before.status).toBe(200);
      expect(
        (await client.post(`/v1/Conversations/${sids[1]}`, { FriendlyName: `new ${prefix}`, State: 'inactive' }))
          .status,
      ).toBe(200);
      const after = await client.get(`${prefix}/Conversations`);
      const items = after.body.conversations as { sid: string }[];
      for (const item of items) expect(item).toEqual((await client.get(`${prefix}/Conversations/${item.sid}`)).body);
      expect(after.headers['content-type']).toBe('application/json; charset=utf-8');
    }
  });

  test('the response faults still rewrite list bodies sent as bytes', async () => {
    client = setup({ faults: ['resource-url-missing', 'message-index-as-string'] });
    const sid = (await client.post('/v1/Conversations', { FriendlyName: 'x' })).body.sid as string;
    await client.post(`/v1/Conversations/${sid}/Messages`, { Body: 'hi' });
    const conversations = (await client.get('/v1/Conversations')).body.conversations as Record<string, unknown>[];
    expect(conversations).toHaveLength(1);
    expect(conversations[0]).not.toHaveProperty('url');
    const messages = (await client.get(`/v1/Conversations/${sid}/Messages`)).body.messages as Record<string, unknown>[];
    expect(messages[0]?.index).toBe('0');
  });
});
