// @module-tag webhooks
// @module-tag limits
import { describe, expect, test } from '../../src/runtime/index.ts';
import { conflictStatus, type TwilioError } from '../support/errors.ts';
import type { Form } from '../support/resources.ts';
import { createConversation, FLOW_SID, FORMS, type ScopedWebhook } from './support.ts';

// Rejections and limits of Conversation-Scoped Webhooks, in both forms (004:L11113-12014, L20491-21448). Target is
// required (004:L11249-11254); what each target needs and the codes come from the error dictionary (D-WH-1,
// error-codes.md §3.6): 50368 no Target, 50364 unknown Target, 50369 no URL, 50370 no filters, 50371 no triggers,
// 50367 bad or missing flow SID, 50365 a filter that is not a post-event ("Only post-event webhooks are supported",
// 004:L11176). Limits (D-WH-5, D-WH-6): "as many as five such webhooks" per conversation (004:L11172; 50361), at most
// 5 trigger keywords (50362), each 1-248 characters (50366), URL at most 512 characters (50372).

const URL = 'https://example.com/conformance/limits';

/** A valid `webhook` target form, with `overrides`. */
function webhookForm(overrides: Form = {}): Form {
  return {
    Target: 'webhook',
    'Configuration.Url': URL,
    'Configuration.Filters': ['onMessageAdded'],
    ...overrides,
  };
}

/** A valid `trigger` target form with these keywords. */
function triggerForm(triggers: string[]): Form {
  return { Target: 'trigger', 'Configuration.Url': URL, 'Configuration.Triggers': triggers };
}

describe.each(FORMS)('createConversationScopedWebhook rejections ($label)', (form) => {
  test.for<{ when: string; body: Form; code: number }>([
    {
      when: 'Target is missing',
      body: { 'Configuration.Url': URL, 'Configuration.Filters': ['onMessageAdded'] },
      code: 50368,
    },
    { when: 'Target is not webhook, trigger or studio', body: webhookForm({ Target: 'flex' }), code: 50364 },
    {
      when: 'a webhook target has no Configuration.Url',
      body: { Target: 'webhook', 'Configuration.Filters': ['onMessageAdded'] },
      code: 50369,
    },
    {
      when: 'a webhook target has no Configuration.Filters',
      body: { Target: 'webhook', 'Configuration.Url': URL },
      code: 50370,
    },
    {
      when: 'a trigger target has no Configuration.Url',
      body: { Target: 'trigger', 'Configuration.Triggers': ['help'] },
      code: 50369,
    },
    {
      when: 'a trigger target has no Configuration.Triggers',
      body: { Target: 'trigger', 'Configuration.Url': URL },
      code: 50371,
    },
    { when: 'a studio target has no Configuration.FlowSid', body: { Target: 'studio' }, code: 50367 },
    {
      when: 'Configuration.FlowSid is not a Flow SID',
      body: { Target: 'studio', 'Configuration.FlowSid': 'IS0123' },
      code: 50367,
    },
    {
      when: 'a filter is a pre-event',
      body: webhookForm({ 'Configuration.Filters': ['onMessageAdded', 'onMessageAdd'] }),
      code: 50365,
    },
    {
      when: 'a filter is no event at all',
      body: webhookForm({ 'Configuration.Filters': ['onMessageSent'] }),
      code: 50365,
    },
    { when: 'a trigger has six keywords', body: triggerForm(['a', 'b', 'c', 'd', 'e', 'f']), code: 50362 },
    { when: 'a trigger keyword is 249 characters', body: triggerForm(['k'.repeat(249)]), code: 50366 },
    {
      when: 'Configuration.Url is 513 characters',
      body: webhookForm({ 'Configuration.Url': `${URL}/${'u'.repeat(513 - URL.length - 1)}` }),
      code: 50372,
    },
  ])('a create is rejected with $code when $when', async ({ body, code }, { api }) => {
    const conversation = await createConversation(api, await form.collection(api));
    const res = await api.post<TwilioError>(conversation.links.webhooks, body, { expect: 400, cleanup: true });
    expect(res.body.code).toBe(code);
    const listed = await api.listAll<ScopedWebhook>(conversation.links.webhooks, 'webhooks');
    expect(listed).toEqual([]);
  });

  test('a relative Configuration.Url is rejected with 20422', async ({ api }) => {
    // "The absolute url the webhook request should be sent to" (004:L11256-11259; D-EMU-CFG-1).
    const conversation = await createConversation(api, await form.collection(api));
    const res = await api.post<TwilioError>(
      conversation.links.webhooks,
      webhookForm({ 'Configuration.Url': '/relative' }),
      { expect: 400, cleanup: true },
    );
    expect(res.body.code).toBe(20422);
  });

  test('a webhook on an unknown conversation is not found', async ({ api }) => {
    const collection = await form.collection(api);
    const res = await api.post<TwilioError>(`${collection}/CH${'0'.repeat(32)}/Webhooks`, webhookForm(), {
      expect: 404,
      cleanup: true,
    });
    expect(res.body.code).toBe(20404);
  });
});

describe.each(FORMS)('Conversation-scoped webhook limits ($label)', (form) => {
  test('five trigger keywords of 248 characters each are accepted', async ({ api }) => {
    const conversation = await createConversation(api, await form.collection(api));
    const keywords = ['a', 'b', 'c', 'd', 'e'].map((c) => c.repeat(248));
    const res = await api.post<ScopedWebhook>(conversation.links.webhooks, triggerForm(keywords), {
      expect: 201,
      cleanup: true,
    });
    expect(res.body.configuration.filters).toEqual(keywords);
  });

  test('a Configuration.Url of 512 characters is accepted', async ({ api }) => {
    const conversation = await createConversation(api, await form.collection(api));
    const long = `${URL}/${'u'.repeat(512 - URL.length - 1)}`;
    const res = await api.post<ScopedWebhook>(conversation.links.webhooks, webhookForm({ 'Configuration.Url': long }), {
      expect: 201,
      cleanup: true,
    });
    expect(res.body.configuration.url).toBe(long);
  });

  test('five webhooks are accepted and a sixth is rejected with 50361', async ({ api, target }) => {
    const conversation = await createConversation(api, await form.collection(api));
    const targets: Form[] = [
      webhookForm(),
      triggerForm(['help']),
      { Target: 'studio', 'Configuration.FlowSid': FLOW_SID },
      webhookForm({ 'Configuration.Filters': ['onParticipantAdded'] }),
      triggerForm(['agent']),
    ];
    for (const body of targets) {
      await api.post(conversation.links.webhooks, body, { expect: 201, cleanup: true });
    }
    const sixth = await api.post<TwilioError>(conversation.links.webhooks, webhookForm(), {
      expect: conflictStatus(target),
      cleanup: true,
    });
    expect(sixth.body.code).toBe(50361);
    const listed = await api.listAll<ScopedWebhook>(conversation.links.webhooks, 'webhooks');
    expect(listed).toHaveLength(5);
  });

  test('seven webhooks created at once: exactly five are accepted', async ({ api, target }) => {
    const conversation = await createConversation(api, await form.collection(api));
    const results = await Promise.all(
      Array.from({ length: 7 }, () =>
        api.post<TwilioError>(conversation.links.webhooks, webhookForm(), {
          expect: [201, ...[conflictStatus(target)].flat()],
          cleanup: true,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(5);
    expect(results.filter((r) => r.status !== 201).map((r) => r.body.code)).toEqual([50361, 50361]);
  });

  test('each conversation has its own five', async ({ api }) => {
    const collection = await form.collection(api);
    const first = await createConversation(api, collection);
    const second = await createConversation(api, collection);
    for (let i = 0; i < 5; i++) {
      await api.post(first.links.webhooks, webhookForm(), { expect: 201, cleanup: true });
    }
    await api.post(second.links.webhooks, webhookForm(), { expect: 201, cleanup: true });
  });
});
