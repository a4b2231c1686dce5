// @module-tag webhooks
// @module-tag configuration
import {
  describe,
  expect,
  type ReceivedWebhook,
  requires,
  type ScenarioApi,
  type TargetInfo,
  test,
} from '../../src/runtime/index.ts';
import type { TwilioError } from '../support/errors.ts';
import type { Form } from '../support/resources.ts';
import {
  type AccountWebhooks,
  createConversation,
  ownService,
  paramsOf,
  type ServiceWebhooks,
  WEBHOOK_ENABLED,
} from './support.ts';

// Webhook Configuration at the account level (004:L10774-11112: properties L10831-10869, update L10967-10998) and at
// the service level (004:L21449-21812: properties L21516-21553, update L21661-21692). Updates are partial (D-CFG-10),
// Filters replace the stored list (D-CFG-7), Method is GET|POST (D-CFG-6), URLs are absolute (D-CFG-8). Codes:
// 50077 bad pre URL, 50078 bad post URL, 50055 bad method (error-codes.md; D-EMU-CFG-1).
//
// The account's settings are shared with every file running in parallel and by the account's real traffic on a live
// vendor: scenarios that change them run only against non-live targets, put back what they changed in a `finally`,
// and point URLs only at loopback addresses. A URL or filter list cannot be cleared through the API (D-CFG-7), so
// when the account had none, what this file set stays (loopback URLs that refuse the connection).

const ACCOUNT = '/v1/Configuration/Webhooks';

/** Matches a delivery to `path` of `eventType` about conversation `sid`. */
function at(path: string, sid: string, eventType: string) {
  return (r: ReceivedWebhook) =>
    r.path === path && paramsOf(r).ConversationSid === sid && paramsOf(r).EventType === eventType;
}

/** A loopback URL nothing listens on (port 9, discard): a delivery to it fails at once. */
const NOWHERE = 'http://127.0.0.1:9/conformance';

async function fetchAccount(api: ScenarioApi): Promise<AccountWebhooks> {
  return (await api.get<AccountWebhooks>(ACCOUNT, undefined, { expect: 200 })).body;
}

async function updateAccount(api: ScenarioApi, form: Form): Promise<AccountWebhooks> {
  return (await api.post<AccountWebhooks>(ACCOUNT, form, { expect: 200 })).body;
}

/** Puts back the account's settings as `original` had them, as far as the API can (D-CFG-7), when they changed. */
async function restoreAccount(api: ScenarioApi, original: AccountWebhooks): Promise<void> {
  const now = await fetchAccount(api);
  const form: Form = {};
  if (now.method !== original.method) form.Method = original.method;
  if (now.target !== original.target) form.Target = original.target;
  if (original.filters.length > 0 && now.filters.join() !== original.filters.join()) form.Filters = original.filters;
  if (original.pre_webhook_url !== null && now.pre_webhook_url !== original.pre_webhook_url) {
    form.PreWebhookUrl = original.pre_webhook_url;
  }
  if (original.post_webhook_url !== null && now.post_webhook_url !== original.post_webhook_url) {
    form.PostWebhookUrl = original.post_webhook_url;
  }
  if (Object.keys(form).length > 0) await updateAccount(api, form);
}

/** Runs `body` with the account's original settings, restoring them afterwards, pass or fail. */
async function withAccountWebhooks(api: ScenarioApi, body: (original: AccountWebhooks) => Promise<void>) {
  const original = await fetchAccount(api);
  try {
    await body(original);
  } finally {
    await restoreAccount(api, original);
  }
}

/** A rejected account update: 400, the code, and nothing changed. */
async function expectAccountRejected(api: ScenarioApi, form: Form, code: number, target: TargetInfo): Promise<void> {
  await withAccountWebhooks(api, async (original) => {
    const res = await api.post<TwilioError>(ACCOUNT, form, { expect: 400 });
    expect(res.body.code).toBe(code);
    const after = await fetchAccount(api);
    // On the emulator nothing else writes these settings; elsewhere the account's owner might.
    if (target.kind === 'emulator') expect(after).toEqual(original);
  });
}

describe('fetchConfigurationWebhook', () => {
  test('the account configuration links to the webhook configuration it returns', async ({ api }) => {
    // Configuration `links.webhooks` → /v1/Configuration/Webhooks (004:L9603, L9630).
    const configuration = await api.get<{ links: { webhooks: string } }>('/v1/Configuration', undefined, {
      expect: 200,
    });
    const webhooks = await api.get<AccountWebhooks>(configuration.body.links.webhooks, undefined, { expect: 200 });
    expect(webhooks.body.url).toBe(configuration.body.links.webhooks);
  });

  test('the webhook configuration belongs to the account of the Configuration', async ({ api }) => {
    // Both are account-level resources of the same account (004:L9510, L10831).
    const configuration = await api.get<{ account_sid: string }>('/v1/Configuration', undefined, { expect: 200 });
    expect((await fetchAccount(api)).account_sid).toBe(configuration.body.account_sid);
  });
});

describe('updateConfigurationWebhook', () => {
  test('Method is updated and returned by a later fetch', async ({ api, target, skip }) => {
    requires({ target, skip }, 'notLive');
    await withAccountWebhooks(api, async (original) => {
      const other = original.method === 'GET' ? 'POST' : 'GET';
      expect((await updateAccount(api, { Method: other })).method).toBe(other);
      expect((await fetchAccount(api)).method).toBe(other);
    });
  });

  test('Filters replace the stored list rather than adding to it', async ({ api, target, skip }) => {
    // D-CFG-7: the values sent replace the list, in the order sent.
    requires({ target, skip }, 'notLive');
    await withAccountWebhooks(api, async () => {
      await updateAccount(api, { Filters: ['onMessageAdded', 'onConversationUpdated'] });
      const replaced = await updateAccount(api, { Filters: ['onUserAdded'] });
      expect(replaced.filters).toEqual(['onUserAdded']);
      expect((await fetchAccount(api)).filters).toEqual(['onUserAdded']);
    });
  });

  test('PreWebhookUrl and PostWebhookUrl are stored separately', async ({ api, target, skip }) => {
    // "You can send pre-hooks and post-hooks to different targets" (004:L10826).
    requires({ target, skip }, 'notLive');
    await withAccountWebhooks(api, async () => {
      const updated = await updateAccount(api, { PreWebhookUrl: `${NOWHERE}/pre`, PostWebhookUrl: `${NOWHERE}/post` });
      expect(updated.pre_webhook_url).toBe(`${NOWHERE}/pre`);
      expect(updated.post_webhook_url).toBe(`${NOWHERE}/post`);
      const fetched = await fetchAccount(api);
      expect([fetched.pre_webhook_url, fetched.post_webhook_url]).toEqual([`${NOWHERE}/pre`, `${NOWHERE}/post`]);
    });
  });

  test('an update of Method alone keeps the filters and URLs', async ({ api, target, skip }) => {
    // D-CFG-10: parameters not sent keep their stored value.
    requires({ target, skip }, 'notLive');
    await withAccountWebhooks(api, async () => {
      const before = await updateAccount(api, { Filters: ['onConversationAdded'], PostWebhookUrl: `${NOWHERE}/post` });
      const after = await updateAccount(api, { Method: before.method === 'GET' ? 'POST' : 'GET' });
      expect(after.filters).toEqual(['onConversationAdded']);
      expect(after.post_webhook_url).toBe(`${NOWHERE}/post`);
      expect(after.pre_webhook_url).toBe(before.pre_webhook_url);
    });
  });

  test('Target flex and webhook are both accepted', async ({ api, target, skip }) => {
    // Target: "webhook" or "flex" (004:L10859-10864, L10993-10998).
    requires({ target, skip }, 'notLive');
    await withAccountWebhooks(api, async () => {
      expect((await updateAccount(api, { Target: 'flex' })).target).toBe('flex');
      expect((await updateAccount(api, { Target: 'webhook' })).target).toBe('webhook');
    });
  });

  test('a Target outside webhook|flex is rejected with 20422', async ({ api, target }) => {
    await expectAccountRejected(api, { Target: 'studio' }, 20422, target);
  });

  test('a PreWebhookUrl that is not an absolute URL is rejected with 50077', async ({ api, target }) => {
    await expectAccountRejected(api, { PreWebhookUrl: 'not a url' }, 50077, target);
  });

  test('a relative PostWebhookUrl is rejected with 50078', async ({ api, target }) => {
    await expectAccountRejected(api, { PostWebhookUrl: '/webhooks/post' }, 50078, target);
  });

  test('a Method other than GET or POST is rejected with 50055', async ({ api, target }) => {
    await expectAccountRejected(api, { Method: 'PUT' }, 50055, target);
  });

  test('a filter outside the documented events is rejected with 20422', async ({ api, target }) => {
    // `onMessageSend` appears in an example (004:L10950) but is no event (004:L10847; D-CFG-5).
    await expectAccountRejected(api, { Filters: ['onMessageAdded', 'onMessageSend'] }, 20422, target);
  });

  test('a rejected update applies none of its other parameters', async ({ api, target }) => {
    await expectAccountRejected(api, { Filters: ['onMessageAdded'], Method: 'PATCH' }, 50055, target);
  });
});

describe('fetchServiceWebhookConfiguration', () => {
  test('a new service has no webhook URLs', async ({ api, data }) => {
    // Nothing is configured until set (D-CFG-1); the resource exists with its service (004:L21556).
    const service = await ownService(api, data);
    const res = await api.get<ServiceWebhooks>(service.webhooks, undefined, { expect: 200 });
    expect(res.body.chat_service_sid).toBe(service.sid);
    expect([res.body.pre_webhook_url, res.body.post_webhook_url]).toEqual([null, null]);
  });

  test('an unknown service is not found', async ({ api }) => {
    const res = await api.get<TwilioError>(`/v1/Services/IS${'0'.repeat(32)}/Configuration/Webhooks`, undefined, {
      expect: 404,
    });
    expect(res.body.code).toBe(20404);
  });
});

describe('updateServiceWebhookConfiguration', () => {
  test('URLs, Method and Filters are stored and returned by a later fetch', async ({ api, data }) => {
    const service = await ownService(api, data);
    const form = {
      PreWebhookUrl: 'https://example.com/pre',
      PostWebhookUrl: 'https://example.com/post',
      Method: 'GET',
      Filters: ['onMessageAdd', 'onMessageAdded'],
    };
    await api.post(service.webhooks, form, { expect: 200 });
    const fetched = (await api.get<ServiceWebhooks>(service.webhooks, undefined, { expect: 200 })).body;
    expect(fetched).toMatchObject({
      pre_webhook_url: form.PreWebhookUrl,
      post_webhook_url: form.PostWebhookUrl,
      method: 'GET',
      filters: form.Filters,
    });
  });

  test('Filters replace the stored list', async ({ api, data }) => {
    const service = await ownService(api, data, { Filters: ['onMessageAdded', 'onParticipantAdded'] });
    const res = await api.post<ServiceWebhooks>(
      service.webhooks,
      { Filters: ['onConversationRemoved'] },
      { expect: 200 },
    );
    expect(res.body.filters).toEqual(['onConversationRemoved']);
  });

  test('an update of Filters alone keeps the URLs and Method', async ({ api, data }) => {
    const service = await ownService(api, data, { PostWebhookUrl: 'https://example.com/post', Method: 'GET' });
    const res = await api.post<ServiceWebhooks>(service.webhooks, { Filters: ['onMessageAdded'] }, { expect: 200 });
    expect(res.body).toMatchObject({ post_webhook_url: 'https://example.com/post', method: 'GET' });
  });

  test('a user event is not a service-level filter', async ({ api, data }) => {
    // The 20 service-level events have no user events (004:L21541), unlike the account's 23 (004:L10847).
    const service = await ownService(api, data);
    const res = await api.post<TwilioError>(service.webhooks, { Filters: ['onUserAdded'] }, { expect: 400 });
    expect(res.body.code).toBe(20422);
  });

  test.for([
    { name: 'PreWebhookUrl', value: 'ftp://example.com/pre', code: 50077 },
    { name: 'PostWebhookUrl', value: 'example.com/post', code: 50078 },
    { name: 'Method', value: 'get', code: 50055 },
  ])('a bad $name ($value) is rejected with $code', async ({ name, value, code }, { api, data }) => {
    // Method is upper-case GET|POST (004:L21547-21548, L21692; D-CFG-6); URLs absolute (004:L21528-21536; D-CFG-8).
    const service = await ownService(api, data);
    const res = await api.post<TwilioError>(service.webhooks, { [name]: value }, { expect: 400 });
    expect(res.body.code).toBe(code);
  });

  test("a service's update leaves the account's configuration as it was", async ({ api, data, target }) => {
    const before = await fetchAccount(api);
    const service = await ownService(api, data);
    await api.post(service.webhooks, { PostWebhookUrl: 'https://example.com/service', Method: 'GET' }, { expect: 200 });
    const after = await fetchAccount(api);
    if (target.kind === 'emulator') expect(after.post_webhook_url).toBe(before.post_webhook_url);
    expect(after.post_webhook_url).not.toBe('https://example.com/service');
  });
});

describe('Service webhooks override the account webhooks', () => {
  test("a configured service's events go to the service URL, not the account's", async ({
    api,
    data,
    target,
    skip,
    webhooks,
  }) => {
    // "If configured, service-scoped webhooks will override your global webhook settings such that only the
    // service-scoped hooks will fire" (004:L21512; D-EMU-WH-2). Needs the account's URL, so not on a live account.
    requires({ target, skip }, 'notLive');
    await withAccountWebhooks(api, async () => {
      await updateAccount(api, {
        PostWebhookUrl: `${webhooks.url}/account`,
        Filters: ['onConversationAdded'],
        Method: 'POST',
        Target: 'webhook',
      });
      const configured = await ownService(api, data, {
        PostWebhookUrl: `${webhooks.url}/service`,
        Filters: ['onConversationAdded', 'onConversationUpdated'],
      });
      const unconfigured = await ownService(api, data);
      const inConfigured = await createConversation(api, configured.conversations, {}, WEBHOOK_ENABLED);
      const inUnconfigured = await createConversation(api, unconfigured.conversations, {}, WEBHOOK_ENABLED);
      await webhooks.waitFor(at('/service', inConfigured.sid, 'onConversationAdded'), { description: 'service' });
      // The unconfigured service falls back to the account's settings: that delivery shows the account URL is live.
      await webhooks.waitFor(at('/account', inUnconfigured.sid, 'onConversationAdded'), { description: 'account' });
      // A later event of the same conversation: deliveries of one conversation go out in order, so once it has
      // arrived an account delivery of the first event would have too.
      await api.post(inConfigured.url, { FriendlyName: 'marker' }, { ...WEBHOOK_ENABLED, expect: 200 });
      await webhooks.waitFor(at('/service', inConfigured.sid, 'onConversationUpdated'), { description: 'marker' });
      const toAccount = webhooks
        .received()
        .filter((r) => r.path === '/account' && paramsOf(r).ConversationSid === inConfigured.sid);
      expect(toAccount).toEqual([]);
    });
  });
});
