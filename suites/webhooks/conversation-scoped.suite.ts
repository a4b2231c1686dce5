// @module-tag webhooks
import { describe, expect, test } from '../../src/runtime/index.ts';
import type { TwilioError } from '../support/errors.ts';
import type { Form } from '../support/resources.ts';
import { type Conversation, createConversation, FLOW_SID, FORMS, type ScopedWebhook } from './support.ts';

// Conversation-Scoped Webhooks, create / fetch / list / update / delete, in both forms (004:L11113-12014 and the
// service form 004:L20491-21448, which adds chat_service_sid). Target webhook|trigger|studio (004:L11249-11254); the
// configuration object is "defined based on target" (004:L11222-11225): `{url, method, filters}` for webhook and
// trigger (keywords echoed as `filters`), `{flow_sid}` for studio (examples 004:L11376-11394, L11502-11505,
// L11706-11724; D-WH-3, D-WH-4), method lower case in responses (004:L11382, L11712; D-WH-2). Update takes the
// configuration fields only (004:L11800-11826). The rejections and limits are in conversation-scoped-limits.suite.ts.
// No scenario here sends X-Twilio-Webhook-Enabled, so the example.com URLs are never called (004:L22912).

const EXAMPLE = 'https://example.com/conformance';

/** A `webhook` target form. */
function webhookForm(filters: string[] = ['onMessageAdded'], method = 'GET'): Form {
  return {
    Target: 'webhook',
    'Configuration.Url': `${EXAMPLE}/webhook`,
    'Configuration.Method': method,
    'Configuration.Filters': filters,
  };
}

async function addWebhook(
  api: Parameters<typeof createConversation>[0],
  conversation: Conversation,
  form: Form,
): Promise<ScopedWebhook> {
  return (await api.post<ScopedWebhook>(conversation.links.webhooks, form, { expect: 201, cleanup: true })).body;
}

describe.each(FORMS)('createConversationScopedWebhook ($label)', (form) => {
  test('a webhook target returns its url, lower-case method and filters', async ({ api }) => {
    const conversation = await createConversation(api, await form.collection(api));
    const created = await addWebhook(api, conversation, webhookForm(['onMessageAdded', 'onConversationRemoved']));
    expect(created.target).toBe('webhook');
    expect(created.conversation_sid).toBe(conversation.sid);
    expect(created.configuration).toMatchObject({
      url: `${EXAMPLE}/webhook`,
      method: 'get',
      filters: ['onMessageAdded', 'onConversationRemoved'],
    });
  });

  test('a trigger target echoes its keywords under filters', async ({ api }) => {
    const conversation = await createConversation(api, await form.collection(api));
    const created = await addWebhook(api, conversation, {
      Target: 'trigger',
      'Configuration.Url': `${EXAMPLE}/trigger`,
      'Configuration.Method': 'POST',
      'Configuration.Triggers': ['help', 'agent'],
    });
    expect(created.target).toBe('trigger');
    expect(created.configuration).toMatchObject({
      url: `${EXAMPLE}/trigger`,
      method: 'post',
      filters: ['help', 'agent'],
    });
  });

  test('a studio target returns its flow_sid', async ({ api }) => {
    // The Studio tutorial sends only the target and a flow SID (004:L36197-36203).
    const conversation = await createConversation(api, await form.collection(api));
    const created = await addWebhook(api, conversation, { Target: 'studio', 'Configuration.FlowSid': FLOW_SID });
    expect(created.target).toBe('studio');
    expect(created.configuration.flow_sid).toBe(FLOW_SID);
  });

  test('ReplayAfter is returned as replay_after', async ({ api }) => {
    // "The message index for which and it's successors the webhook will be replayed" (004:L11283-11286; D-WH-4).
    const conversation = await createConversation(api, await form.collection(api));
    const created = await addWebhook(api, conversation, { ...webhookForm(), 'Configuration.ReplayAfter': 0 });
    expect(created.configuration.replay_after).toBe(0);
  });

  test('the webhook belongs to the service of its conversation', async ({ api }) => {
    const conversation = await createConversation(api, await form.collection(api));
    const created = await addWebhook(api, conversation, webhookForm());
    if (form.serviceScoped) expect(created.chat_service_sid).toBe(conversation.chat_service_sid);
    expect(created.url).toContain(`/Conversations/${conversation.sid}/Webhooks/${created.sid}`);
  });
});

describe.each(FORMS)('fetch and list ConversationScopedWebhook ($label)', (form) => {
  test('a fetch returns the webhook as created', async ({ api }) => {
    const conversation = await createConversation(api, await form.collection(api));
    const created = await addWebhook(api, conversation, webhookForm());
    const fetched = await api.get<ScopedWebhook>(created.url, undefined, { expect: 200 });
    expect(fetched.body).toEqual(created);
  });

  test('the list holds every webhook of the conversation and no other', async ({ api }) => {
    const collection = await form.collection(api);
    const conversation = await createConversation(api, collection);
    const other = await createConversation(api, collection);
    const mine = [
      await addWebhook(api, conversation, webhookForm()),
      await addWebhook(api, conversation, { Target: 'studio', 'Configuration.FlowSid': FLOW_SID }),
    ];
    await addWebhook(api, other, webhookForm());
    const listed = await api.listAll<ScopedWebhook>(conversation.links.webhooks, 'webhooks');
    expect(listed.map((w) => w.sid).sort()).toEqual(mine.map((w) => w.sid).sort());
  });

  test('five webhooks fit on one page of the default size', async ({ api }) => {
    // PageSize: "The default is 5, and the maximum is 5" (004:L11535-11536); a conversation holds five (004:L11172).
    const conversation = await createConversation(api, await form.collection(api));
    for (let i = 0; i < 5; i++) await addWebhook(api, conversation, webhookForm());
    const page = await api.get<{ webhooks: ScopedWebhook[]; meta: { next_page_url: string | null } }>(
      conversation.links.webhooks,
      undefined,
      { expect: 200 },
    );
    expect(page.body.webhooks).toHaveLength(5);
    expect(page.body.meta.next_page_url).toBeNull();
  });

  test('PageSize 6 is above the maximum of 5 and rejected', async ({ api }) => {
    const conversation = await createConversation(api, await form.collection(api));
    const res = await api.get<TwilioError>(conversation.links.webhooks, { PageSize: 6 }, { expect: 400 });
    expect(res.body.code).toBe(20422);
  });

  test('an unknown webhook SID is not found', async ({ api }) => {
    const conversation = await createConversation(api, await form.collection(api));
    const res = await api.get<TwilioError>(`${conversation.links.webhooks}/WH${'0'.repeat(32)}`, undefined, {
      expect: 404,
    });
    expect(res.body.code).toBe(20404);
  });
});

describe.each(FORMS)('updateConversationScopedWebhook ($label)', (form) => {
  test('Url, Method and Filters are replaced and kept for later fetches', async ({ api }) => {
    const conversation = await createConversation(api, await form.collection(api));
    const created = await addWebhook(api, conversation, webhookForm(['onMessageAdded'], 'GET'));
    await api.post(
      created.url,
      {
        'Configuration.Url': `${EXAMPLE}/moved`,
        'Configuration.Method': 'POST',
        'Configuration.Filters': ['onParticipantAdded', 'onParticipantRemoved'],
      },
      { expect: 200 },
    );
    const fetched = (await api.get<ScopedWebhook>(created.url, undefined, { expect: 200 })).body;
    expect(fetched.configuration).toMatchObject({
      url: `${EXAMPLE}/moved`,
      method: 'post',
      filters: ['onParticipantAdded', 'onParticipantRemoved'],
    });
    expect(fetched.target).toBe('webhook');
  });

  test('an update of Filters alone keeps the url and method', async ({ api }) => {
    // D-CFG-10: fields not sent keep their value.
    const conversation = await createConversation(api, await form.collection(api));
    const created = await addWebhook(api, conversation, webhookForm(['onMessageAdded'], 'GET'));
    const updated = await api.post<ScopedWebhook>(
      created.url,
      { 'Configuration.Filters': ['onMessageRemoved'] },
      { expect: 200 },
    );
    expect(updated.body.configuration).toMatchObject({
      url: `${EXAMPLE}/webhook`,
      method: 'get',
      filters: ['onMessageRemoved'],
    });
  });

  test("a trigger's keywords are replaced by Configuration.Triggers", async ({ api }) => {
    const conversation = await createConversation(api, await form.collection(api));
    const created = await addWebhook(api, conversation, {
      Target: 'trigger',
      'Configuration.Url': `${EXAMPLE}/trigger`,
      'Configuration.Triggers': ['old'],
    });
    const updated = await api.post<ScopedWebhook>(
      created.url,
      { 'Configuration.Triggers': ['new', 'newer'] },
      { expect: 200 },
    );
    expect(updated.body.configuration.filters).toEqual(['new', 'newer']);
  });

  test('a studio webhook takes a new flow SID', async ({ api }) => {
    const conversation = await createConversation(api, await form.collection(api));
    const created = await addWebhook(api, conversation, { Target: 'studio', 'Configuration.FlowSid': FLOW_SID });
    const next = `FW${'f'.repeat(32)}`;
    const updated = await api.post<ScopedWebhook>(created.url, { 'Configuration.FlowSid': next }, { expect: 200 });
    expect(updated.body.configuration.flow_sid).toBe(next);
  });

  test('a rejected update leaves the webhook as it was', async ({ api }) => {
    const conversation = await createConversation(api, await form.collection(api));
    const created = await addWebhook(api, conversation, webhookForm(['onMessageAdded']));
    const res = await api.post<TwilioError>(
      created.url,
      { 'Configuration.Url': `${EXAMPLE}/moved`, 'Configuration.Filters': ['onMessageAdd'] },
      { expect: 400 },
    );
    expect(res.body.code).toBe(50365);
    const fetched = (await api.get<ScopedWebhook>(created.url, undefined, { expect: 200 })).body;
    expect(fetched.configuration).toEqual(created.configuration);
  });
});

describe.each(FORMS)('deleteConversationScopedWebhook ($label)', (form) => {
  test('a deleted webhook is no longer fetched or listed', async ({ api }) => {
    const conversation = await createConversation(api, await form.collection(api));
    const kept = await addWebhook(api, conversation, webhookForm());
    const removed = await addWebhook(api, conversation, webhookForm());
    await api.delete(removed.url, { expect: 204 });
    const res = await api.get<TwilioError>(removed.url, undefined, { expect: 404 });
    expect(res.body.code).toBe(20404);
    const listed = await api.listAll<ScopedWebhook>(conversation.links.webhooks, 'webhooks');
    expect(listed.map((w) => w.sid)).toEqual([kept.sid]);
  });

  test('deleting one of five webhooks frees a place for another', async ({ api }) => {
    const conversation = await createConversation(api, await form.collection(api));
    const five: ScopedWebhook[] = [];
    for (let i = 0; i < 5; i++) five.push(await addWebhook(api, conversation, webhookForm()));
    await api.delete((five[0] as ScopedWebhook).url, { expect: 204 });
    await addWebhook(api, conversation, webhookForm());
  });

  test('deleting the conversation deletes its webhooks', async ({ api }) => {
    // "When you delete a parent object, you will also delete its child object" (004:L33840).
    const conversation = await createConversation(api, await form.collection(api));
    const webhook = await addWebhook(api, conversation, webhookForm());
    await api.delete(conversation.url, { expect: 204 });
    const res = await api.get<TwilioError>(webhook.url, undefined, { expect: 404 });
    expect(res.body.code).toBe(20404);
  });
});
