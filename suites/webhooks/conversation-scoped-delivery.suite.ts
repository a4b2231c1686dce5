// @module-tag webhooks
import {
  describe,
  expect,
  type ReceivedWebhook,
  type ScenarioApi,
  type ScenarioData,
  test,
  type WebhookSink,
} from '../../src/runtime/index.ts';
import type { Form } from '../support/resources.ts';
import {
  type Conversation,
  createConversation,
  eventsOf,
  ownServicePostingTo,
  paramsOf,
  type ScopedWebhook,
  sendMessage,
  WEBHOOK_ENABLED,
} from './support.ts';

// Delivery of Conversation-Scoped Webhooks (004:L11113-12014): a `webhook` target receives the post-events of its
// conversation named in its filters (004:L11267-11270, only post-events 004:L11176); a `trigger` target receives
// messages that contain one of its keywords (004:L11272-11275; matching anywhere in the body: D-EMU-WH-12). Like
// service-level webhooks they fire for REST actions only with `X-Twilio-Webhook-Enabled: true` ("This includes both
// Service-level webhooks and Conversation-Scoped Webhooks", 004:L22912). Scenarios work in a service of their own whose
// service-level post-event URL is `${sink}/post` (so the account's settings play no part), and give each scoped
// webhook its own sink path. Absence is checked only after a later webhook of the same conversation arrived.

/** Attaches a conversation-scoped webhook. */
async function attach(api: ScenarioApi, conversation: Conversation, form: Form): Promise<ScopedWebhook> {
  return (await api.post<ScopedWebhook>(conversation.links.webhooks, form, { expect: 201 })).body;
}

/** A `webhook` target at `${sinkUrl}${path}` for `filters`. */
function scoped(sinkUrl: string, path: string, filters: string[], method = 'POST'): Form {
  return {
    Target: 'webhook',
    'Configuration.Url': `${sinkUrl}${path}`,
    'Configuration.Method': method,
    'Configuration.Filters': filters,
  };
}

/** A `trigger` target at `${sinkUrl}/trigger` for `keywords`. */
function triggerAt(sinkUrl: string, keywords: string[]): Form {
  return { Target: 'trigger', 'Configuration.Url': `${sinkUrl}/trigger`, 'Configuration.Triggers': keywords };
}

/**
 * A conversation in a service of the test's own whose service-level webhook posts only `onConversationRemoved` (which
 * no scenario here causes), so what the sink receives comes from the conversation-scoped webhooks.
 */
async function quietConversation(api: ScenarioApi, data: ScenarioData, sink: WebhookSink): Promise<Conversation> {
  const service = await ownServicePostingTo(api, data, sink, ['onConversationRemoved']);
  return createConversation(api, service.conversations);
}

/** Matches a webhook to `path` of `eventType` about conversation `sid`. */
function at(path: string, eventType: string, sid: string) {
  return (r: ReceivedWebhook) =>
    r.path === path && paramsOf(r).EventType === eventType && paramsOf(r).ConversationSid === sid;
}

/** Bodies of the messages delivered to `path`, in arrival order. */
function bodiesAt(received: ReceivedWebhook[], path: string): string[] {
  return received.filter((r) => r.path === path).map((r) => paramsOf(r).Body ?? '');
}

// X-Twilio-Signature is keyed with the account's auth token (never an API key's secret): the signature checks need it.
const SIGNED = { meta: { requires: ['signingToken' as const] } };

describe('Conversation-scoped webhook delivery', () => {
  test('a webhook target receives the events of its filters only', async ({ api, data, webhooks }) => {
    const conversation = await quietConversation(api, data, webhooks);
    await attach(api, conversation, scoped(webhooks.url, '/scoped', ['onMessageAdded']));
    await api.post(
      conversation.links.participants,
      { Identity: data.unique('p') },
      { ...WEBHOOK_ENABLED, expect: 201 },
    );
    await sendMessage(api, conversation, { Author: 'system', Body: 'scoped' }, WEBHOOK_ENABLED);
    await webhooks.waitFor(at('/scoped', 'onMessageAdded', conversation.sid));
    expect(eventsOf(webhooks, conversation.sid, '/scoped')).toEqual(['onMessageAdded']);
  });

  test("a conversation's webhook receives nothing from another conversation", async ({ api, data, webhooks }) => {
    const service = await ownServicePostingTo(api, data, webhooks, ['onConversationRemoved']);
    const mine = await createConversation(api, service.conversations);
    const other = await createConversation(api, service.conversations);
    await attach(api, mine, scoped(webhooks.url, '/mine', ['onMessageAdded']));
    await attach(api, other, scoped(webhooks.url, '/other', ['onMessageAdded']));
    await sendMessage(api, other, { Author: 'system', Body: 'for the other one' }, WEBHOOK_ENABLED);
    await webhooks.waitFor(at('/other', 'onMessageAdded', other.sid));
    expect(webhooks.received().filter((r) => r.path === '/mine')).toEqual([]);
  });

  test('a REST action without X-Twilio-Webhook-Enabled does not fire it', async ({ api, data, webhooks }) => {
    const conversation = await quietConversation(api, data, webhooks);
    await attach(api, conversation, scoped(webhooks.url, '/scoped', ['onMessageAdded']));
    await sendMessage(api, conversation, { Author: 'system', Body: 'silent' });
    await sendMessage(api, conversation, { Author: 'system', Body: 'echoed' }, WEBHOOK_ENABLED);
    await webhooks.waitFor(at('/scoped', 'onMessageAdded', conversation.sid));
    expect(bodiesAt(webhooks.received(), '/scoped')).toEqual(['echoed']);
  });

  test('the service-level and the conversation-scoped webhook both receive the event', async ({
    api,
    data,
    webhooks,
  }) => {
    // Post-action webhooks exist at all three levels (004:L22990).
    const service = await ownServicePostingTo(api, data, webhooks, ['onMessageAdded']);
    const conversation = await createConversation(api, service.conversations);
    await attach(api, conversation, scoped(webhooks.url, '/scoped', ['onMessageAdded']));
    await sendMessage(api, conversation, { Author: 'system', Body: 'both' }, WEBHOOK_ENABLED);
    await webhooks.waitFor(at('/post', 'onMessageAdded', conversation.sid), { description: 'service level' });
    await webhooks.waitFor(at('/scoped', 'onMessageAdded', conversation.sid), { description: 'conversation-scoped' });
  });

  test(
    'with Method GET the request is a signed GET carrying the parameters in the query',
    SIGNED,
    async ({ api, data, webhooks }) => {
      const conversation = await quietConversation(api, data, webhooks);
      await attach(api, conversation, scoped(webhooks.url, '/get', ['onMessageAdded'], 'GET'));
      const message = await sendMessage(api, conversation, { Author: 'system', Body: 'by GET' }, WEBHOOK_ENABLED);
      const hook = await webhooks.waitFor(at('/get', 'onMessageAdded', conversation.sid));
      expect(hook.method).toBe('GET');
      expect(hook.query.MessageSid).toBe(message.sid);
      expect(webhooks.validSignature(hook)).toBe(true);
    },
  );

  test('a POST request carries a valid X-Twilio-Signature', SIGNED, async ({ api, data, webhooks }) => {
    const conversation = await quietConversation(api, data, webhooks);
    await attach(api, conversation, scoped(webhooks.url, '/scoped', ['onMessageAdded']));
    await sendMessage(api, conversation, { Author: 'system', Body: 'signed' }, WEBHOOK_ENABLED);
    const hook = await webhooks.waitFor(at('/scoped', 'onMessageAdded', conversation.sid));
    expect(hook.method).toBe('POST');
    expect(webhooks.validSignature(hook)).toBe(true);
  });

  test('a deleted webhook receives no more events', async ({ api, data, webhooks }) => {
    const conversation = await quietConversation(api, data, webhooks);
    const removed = await attach(api, conversation, scoped(webhooks.url, '/removed', ['onMessageAdded']));
    await attach(api, conversation, scoped(webhooks.url, '/kept', ['onMessageAdded']));
    await api.delete(removed.url, { expect: 204 });
    await sendMessage(api, conversation, { Author: 'system', Body: 'after the delete' }, WEBHOOK_ENABLED);
    await webhooks.waitFor(at('/kept', 'onMessageAdded', conversation.sid));
    expect(webhooks.received().filter((r) => r.path === '/removed')).toEqual([]);
  });

  test('an updated URL receives the later events', async ({ api, data, webhooks }) => {
    const conversation = await quietConversation(api, data, webhooks);
    const webhook = await attach(api, conversation, scoped(webhooks.url, '/before', ['onMessageAdded']));
    await api.post(webhook.url, { 'Configuration.Url': `${webhooks.url}/after` }, { expect: 200 });
    await sendMessage(api, conversation, { Author: 'system', Body: 'moved' }, WEBHOOK_ENABLED);
    await webhooks.waitFor(at('/after', 'onMessageAdded', conversation.sid));
    expect(webhooks.received().filter((r) => r.path === '/before')).toEqual([]);
  });
});

describe('Trigger webhook delivery', () => {
  test('a trigger fires for a message containing a keyword and not for others', async ({ api, data, webhooks }) => {
    const conversation = await quietConversation(api, data, webhooks);
    await attach(api, conversation, triggerAt(webhooks.url, ['help', 'agent']));
    await sendMessage(api, conversation, { Author: 'system', Body: 'hello there' }, WEBHOOK_ENABLED);
    await sendMessage(api, conversation, { Author: 'system', Body: 'I need help' }, WEBHOOK_ENABLED);
    await webhooks.waitFor(at('/trigger', 'onMessageAdded', conversation.sid));
    expect(bodiesAt(webhooks.received(), '/trigger')).toEqual(['I need help']);
  });

  test('each keyword fires the trigger', async ({ api, data, webhooks }) => {
    const conversation = await quietConversation(api, data, webhooks);
    await attach(api, conversation, triggerAt(webhooks.url, ['help', 'agent']));
    await sendMessage(api, conversation, { Author: 'system', Body: 'help' }, WEBHOOK_ENABLED);
    await sendMessage(api, conversation, { Author: 'system', Body: 'agent' }, WEBHOOK_ENABLED);
    await webhooks.waitFor((r) => r.path === '/trigger' && paramsOf(r).Body === 'agent');
    expect(bodiesAt(webhooks.received(), '/trigger')).toEqual(['help', 'agent']);
  });

  test('updated keywords replace the old ones', async ({ api, data, webhooks }) => {
    const conversation = await quietConversation(api, data, webhooks);
    const trigger = await attach(api, conversation, triggerAt(webhooks.url, ['old']));
    await api.post(trigger.url, { 'Configuration.Triggers': ['new'] }, { expect: 200 });
    await sendMessage(api, conversation, { Author: 'system', Body: 'old' }, WEBHOOK_ENABLED);
    await sendMessage(api, conversation, { Author: 'system', Body: 'new' }, WEBHOOK_ENABLED);
    await webhooks.waitFor(at('/trigger', 'onMessageAdded', conversation.sid));
    expect(bodiesAt(webhooks.received(), '/trigger')).toEqual(['new']);
  });
});
