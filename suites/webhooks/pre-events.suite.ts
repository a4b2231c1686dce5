// @module-tag webhooks
import { describe, expect, type ReceivedWebhook, test } from '../../src/runtime/index.ts';
import type { TwilioError } from '../support/errors.ts';
import type { Message } from '../support/resources.ts';
import {
  type Conversation,
  createConversation,
  ownService,
  ownServiceAnswering,
  paramsOf,
  sendMessage,
  WEBHOOK_ENABLED,
} from './support.ts';

// Pre-action webhooks (004:L22915-22974): Twilio waits for the answer before publishing. 200 with `{}` or no content
// publishes unmodified; 200 with JSON of the modifiable fields publishes the modification (conversation
// `friendly_name`, 004:L22944-22954; message `body`/`author`/`attributes`, 004:L22962-22974); any 40x or 50x
// rejects and nothing is published. Pre-action webhooks exist at the account and service levels only (004:L22990).
// Each scenario works in a service of its own whose pre-event URL is `${sink}/pre`; requests carry
// X-Twilio-Webhook-Enabled (004:L22913; for pre-events the emulator's reading, D-EMU-WH-4). The rejection code is
// 50056 (error-codes.md), answered with 400 (D-EMU-WH-1).

/** Matches the pre-event `eventType`. */
function pre(eventType: string) {
  return (r: ReceivedWebhook) => r.path === '/pre' && paramsOf(r).EventType === eventType;
}

/** Answers `eventType` with `answer`, everything else with 200. */
function answer(eventType: string, response: { status: number; body?: Record<string, unknown> }) {
  return (r: ReceivedWebhook) => (paramsOf(r).EventType === eventType ? response : 200);
}

describe('Pre-event rejection', () => {
  test('a 403 answer to onConversationAdd rejects the create with 50056 and creates nothing', async ({
    api,
    data,
    webhooks,
  }) => {
    const service = await ownServiceAnswering(api, data, webhooks, ['onConversationAdd']);
    webhooks.respondWith(403);
    const res = await api.post<TwilioError>(
      service.conversations,
      { FriendlyName: 'rejected' },
      { ...WEBHOOK_ENABLED, expect: 400, cleanup: true },
    );
    expect(res.body.code).toBe(50056);
    expect(webhooks.received().filter(pre('onConversationAdd'))).toHaveLength(1);
    expect(await api.listAll(service.conversations, 'conversations')).toEqual([]);
  });

  test('a 500 answer to onMessageAdd rejects the message and the conversation stays empty', async ({
    api,
    data,
    webhooks,
  }) => {
    const service = await ownServiceAnswering(api, data, webhooks, ['onMessageAdd']);
    const conversation = await createConversation(api, service.conversations);
    webhooks.respondWith(answer('onMessageAdd', { status: 500 }));
    const res = await api.post<TwilioError>(
      conversation.links.messages,
      { Author: 'system', Body: 'rejected' },
      { ...WEBHOOK_ENABLED, expect: 400 },
    );
    expect(res.body.code).toBe(50056);
    expect(await api.listAll(conversation.links.messages, 'messages')).toEqual([]);
  });

  test('a 400 answer to onConversationUpdate leaves the conversation as it was', async ({ api, data, webhooks }) => {
    const service = await ownServiceAnswering(api, data, webhooks, ['onConversationUpdate']);
    const conversation = await createConversation(api, service.conversations, { FriendlyName: 'before' });
    webhooks.respondWith(400);
    const res = await api.post<TwilioError>(
      conversation.url,
      { FriendlyName: 'after' },
      { ...WEBHOOK_ENABLED, expect: 400 },
    );
    expect(res.body.code).toBe(50056);
    const fetched = await api.get<Conversation>(conversation.url, undefined, { expect: 200 });
    expect(fetched.body.friendly_name).toBe('before');
  });

  test('a rejected create is followed by no post-event', async ({ api, data, webhooks }) => {
    // "Conversations will reject the change and no publication will be made" (004:L22931-22936).
    const service = await ownService(api, data, {
      PreWebhookUrl: `${webhooks.url}/pre`,
      PostWebhookUrl: `${webhooks.url}/post`,
      Filters: ['onMessageAdd', 'onMessageAdded'],
    });
    const conversation = await createConversation(api, service.conversations);
    webhooks.respondWith((r) => (paramsOf(r).Body === 'rejected' ? 403 : 200));
    await api.post(
      conversation.links.messages,
      { Author: 'system', Body: 'rejected' },
      {
        ...WEBHOOK_ENABLED,
        expect: 400,
      },
    );
    await sendMessage(api, conversation, { Author: 'system', Body: 'accepted' }, WEBHOOK_ENABLED);
    await webhooks.waitFor((r) => r.path === '/post' && paramsOf(r).Body === 'accepted');
    const posted = webhooks.received().filter((r) => r.path === '/post');
    expect(posted.map((r) => paramsOf(r).Body)).toEqual(['accepted']);
  });
});

describe('Pre-event acceptance', () => {
  test('the pre-event is answered before the action returns and carries the proposed message', async ({
    api,
    data,
    webhooks,
  }) => {
    // "Twilio will wait for a response from your service before publishing" (004:L22915); fields 004:L23781-23806.
    const service = await ownServiceAnswering(api, data, webhooks, ['onMessageAdd']);
    const conversation = await createConversation(api, service.conversations);
    await sendMessage(
      api,
      conversation,
      { Author: 'writer', Body: 'proposed', Attributes: '{"a":1}' },
      WEBHOOK_ENABLED,
    );
    const [hook] = webhooks.received().filter(pre('onMessageAdd'));
    expect(hook && paramsOf(hook)).toMatchObject({
      EventType: 'onMessageAdd',
      ConversationSid: conversation.sid,
      Body: 'proposed',
      Author: 'writer',
      Attributes: '{"a":1}',
    });
  });

  test('a 200 answer with no content publishes the message unmodified', async ({ api, data, webhooks }) => {
    const service = await ownServiceAnswering(api, data, webhooks, ['onMessageAdd']);
    const conversation = await createConversation(api, service.conversations);
    const message = await sendMessage(api, conversation, { Author: 'writer', Body: 'as sent' }, WEBHOOK_ENABLED);
    expect(webhooks.received().filter(pre('onMessageAdd'))).toHaveLength(1);
    expect([message.body, message.author]).toEqual(['as sent', 'writer']);
  });

  test('a JSON friendly_name in the onConversationAdd answer names the new conversation', async ({
    api,
    data,
    webhooks,
  }) => {
    const service = await ownServiceAnswering(api, data, webhooks, ['onConversationAdd']);
    webhooks.respondWith(answer('onConversationAdd', { status: 200, body: { friendly_name: 'renamed by hook' } }));
    const created = await createConversation(api, service.conversations, { FriendlyName: 'original' }, WEBHOOK_ENABLED);
    expect(created.friendly_name).toBe('renamed by hook');
    const fetched = await api.get<Conversation>(created.url, undefined, { expect: 200 });
    expect(fetched.body.friendly_name).toBe('renamed by hook');
  });

  test('a JSON body in the onMessageAdd answer replaces the message body; other fields stay', async ({
    api,
    data,
    webhooks,
  }) => {
    // "missing fields will be left unmodified from the original event" (004:L22928).
    const service = await ownServiceAnswering(api, data, webhooks, ['onMessageAdd']);
    const conversation = await createConversation(api, service.conversations);
    webhooks.respondWith(answer('onMessageAdd', { status: 200, body: { body: 'modified message text' } }));
    const message = await sendMessage(api, conversation, { Author: 'writer', Body: 'original' }, WEBHOOK_ENABLED);
    const fetched = (await api.get<Message>(message.url, undefined, { expect: 200 })).body;
    expect([fetched.body, fetched.author]).toEqual(['modified message text', 'writer']);
  });

  test('a JSON friendly_name in the onConversationUpdate answer replaces the update', async ({
    api,
    data,
    webhooks,
  }) => {
    const service = await ownServiceAnswering(api, data, webhooks, ['onConversationUpdate']);
    const conversation = await createConversation(api, service.conversations, { FriendlyName: 'before' });
    webhooks.respondWith(answer('onConversationUpdate', { status: 200, body: { friendly_name: 'chosen by hook' } }));
    const updated = await api.post<Conversation>(
      conversation.url,
      { FriendlyName: 'asked for' },
      { ...WEBHOOK_ENABLED, expect: 200 },
    );
    expect(updated.body.friendly_name).toBe('chosen by hook');
  });

  test('a modified friendly_name over 256 characters fails the create as the parameter would', async ({
    api,
    data,
    webhooks,
  }) => {
    // "If modified values fail validation, the error will be returned to the … REST client" (004:L22930);
    // FriendlyName is at most 256 characters (004:L16501; 50003, error-codes.md).
    const service = await ownServiceAnswering(api, data, webhooks, ['onConversationAdd']);
    webhooks.respondWith(answer('onConversationAdd', { status: 200, body: { friendly_name: 'n'.repeat(257) } }));
    const res = await api.post<TwilioError>(
      service.conversations,
      {},
      { ...WEBHOOK_ENABLED, expect: 400, cleanup: true },
    );
    expect(res.body.code).toBe(50003);
    expect(await api.listAll(service.conversations, 'conversations')).toEqual([]);
  });

  test('an accepted pre-event is followed by its post-event', async ({ api, data, webhooks }) => {
    // Pairs onConversationAdd → onConversationAdded (004:L22868-22909).
    const service = await ownService(api, data, {
      PreWebhookUrl: `${webhooks.url}/pre`,
      PostWebhookUrl: `${webhooks.url}/post`,
      Filters: ['onConversationAdd', 'onConversationAdded'],
    });
    const created = await createConversation(api, service.conversations, {}, WEBHOOK_ENABLED);
    await webhooks.waitFor((r) => r.path === '/post' && paramsOf(r).ConversationSid === created.sid);
    expect(webhooks.received().map((r) => `${r.path} ${paramsOf(r).EventType}`)).toEqual([
      '/pre onConversationAdd',
      '/post onConversationAdded',
    ]);
  });
});
