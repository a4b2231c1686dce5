// @module-tag configuration
import { describe, expect, type ScenarioApi, test } from '../../src/runtime/index.ts';
import type { TwilioError } from '../support/errors.ts';
import { type Conversation, newService, type Service, unknownSid } from '../support/services.ts';

// Account-level Configuration (004:L9460-9766; properties L9510-9546, update L9638-9664). It "applies at the account
// level, across all Conversation Services" (004:L9506). Every suite file shares the main account's configuration, so
// scenarios here only send updates that are refused (nothing is applied, D-EMU-CFG-3) or empty (D-CFG-10) to it; the
// updates that must succeed go to the second account (`otherApi`), restored in a `finally`.

interface Configuration {
  account_sid: string;
  default_chat_service_sid: string;
  default_messaging_service_sid: string;
  default_inactive_timer: string | null;
  default_closed_timer: string | null;
  url: string;
  links: { service: string; webhooks: string };
}

const NO_OTHER_ACCOUNT =
  'needs a second account: account-wide updates are made there, never on the shared main account';

async function fetchConfiguration(api: ScenarioApi): Promise<Configuration> {
  return (await api.get<Configuration>('/v1/Configuration', undefined, { expect: 200 })).body;
}

/** What to send to put a configuration value back (a timer cannot be set back to null: `PT0S` disables it, L25919). */
function restoreForm(before: Configuration): Record<string, string> {
  return {
    DefaultChatServiceSid: before.default_chat_service_sid,
    DefaultMessagingServiceSid: before.default_messaging_service_sid,
    DefaultInactiveTimer: before.default_inactive_timer ?? 'PT0S',
    DefaultClosedTimer: before.default_closed_timer ?? 'PT0S',
  };
}

/** Runs `body` against the second account's configuration, putting it back afterwards whatever happens. */
async function withOtherAccount(other: ScenarioApi, body: (before: Configuration) => Promise<void>): Promise<void> {
  const before = await fetchConfiguration(other);
  try {
    await body(before);
  } finally {
    await other.post('/v1/Configuration', restoreForm(before), { expect: 200 });
  }
}

describe('fetchConfiguration', () => {
  test('the default chat service exists and the links point at its configuration and the webhooks', async ({ api }) => {
    // default_chat_service_sid (004:L9516-9520), links example (004:L9603).
    const config = await fetchConfiguration(api);
    const service = await api.get<Service>(`/v1/Services/${config.default_chat_service_sid}`, undefined, {
      expect: 200,
    });
    expect(service.body.account_sid).toBe(config.account_sid);
    expect(new URL(config.links.service).pathname).toBe(
      `/v1/Services/${config.default_chat_service_sid}/Configuration`,
    );
    expect(new URL(config.links.webhooks).pathname).toBe('/v1/Configuration/Webhooks');
    expect(new URL(config.url).pathname).toBe('/v1/Configuration');
  });
});

describe('updateConfiguration', () => {
  test('an empty update changes nothing', async ({ api }) => {
    // Every parameter is optional (004:L9644-9664); what is not sent keeps its value (D-CFG-10).
    const before = await fetchConfiguration(api);
    const res = await api.post<Configuration>('/v1/Configuration', {}, { expect: 200 });
    expect(res.body).toEqual(before);
  });

  test('an unknown DefaultChatServiceSid is rejected with 400 and code 50050, and nothing changes', async ({ api }) => {
    // The default service must exist (D-CFG-3); nothing is applied unless every value is valid (D-EMU-CFG-3).
    const before = await fetchConfiguration(api);
    const res = await api.post<TwilioError>(
      '/v1/Configuration',
      { DefaultChatServiceSid: unknownSid('IS'), DefaultInactiveTimer: 'PT7M' },
      { expect: 400 },
    );
    expect(res.body.code).toBe(50050);
    expect(await fetchConfiguration(api)).toEqual(before);
  });

  test('a DefaultChatServiceSid that is not an IS SID is rejected with 400 and code 20423', async ({ api }) => {
    const res = await api.post<TwilioError>('/v1/Configuration', { DefaultChatServiceSid: 'default' }, { expect: 400 });
    expect(res.body.code).toBe(20423);
  });

  test.for([
    ['DefaultInactiveTimer', 'PT59S', 50375],
    ['DefaultClosedTimer', 'PT9M59S', 50376],
    ['DefaultInactiveTimer', 'one minute', 50379],
    ['DefaultClosedTimer', '10m', 50380],
  ] as const)('%s=%s is rejected with 400 and code %i', async ([name, value, code], { api }) => {
    // Minimums 1 minute / 10 minutes (004:L9656-9664; D-CFG-2), ISO 8601 durations (004:L25906).
    const before = await fetchConfiguration(api);
    const res = await api.post<TwilioError>('/v1/Configuration', { [name]: value }, { expect: 400 });
    expect(res.body.code).toBe(code);
    expect(await fetchConfiguration(api)).toEqual(before);
  });

  test('a valid timer beside an invalid one is not applied either', async ({ api }) => {
    const before = await fetchConfiguration(api);
    const res = await api.post<TwilioError>(
      '/v1/Configuration',
      { DefaultInactiveTimer: 'PT5M', DefaultClosedTimer: 'PT1M' },
      { expect: 400 },
    );
    expect(res.body.code).toBe(50376);
    expect(await fetchConfiguration(api)).toEqual(before);
  });

  test('the minimum timers are accepted and new conversations in any service take them', async ({
    otherApi,
    data,
    skip,
  }) => {
    if (!otherApi) return skip(NO_OTHER_ACCOUNT);
    await withOtherAccount(otherApi, async () => {
      const updated = await otherApi.post<Configuration>(
        '/v1/Configuration',
        { DefaultInactiveTimer: 'PT1M', DefaultClosedTimer: 'PT10M' },
        { expect: 200 },
      );
      // Echoed as sent (D-CFG-2); the example shows PT1M / PT10M (004:L9603).
      expect(updated.body).toMatchObject({ default_inactive_timer: 'PT1M', default_closed_timer: 'PT10M' });
      // Conversations created without Timers take the account defaults (004:L25896-25897), in every service
      // (004:L9506): a dedicated service of that account shows it.
      const service = await newService(otherApi, data);
      const conversation = (
        await otherApi.post<Conversation>(service.links.conversations ?? '', {}, { expect: 201, cleanup: true })
      ).body;
      const base = Date.parse(conversation.date_updated);
      expect(Date.parse(conversation.timers.date_inactive ?? '')).toBe(base + 60_000);
      expect(Date.parse(conversation.timers.date_closed ?? '')).toBe(base + 600_000);
    });
  });

  test('a DefaultMessagingServiceSid is taken by new conversations', async ({ otherApi, data, skip }) => {
    // "Newly created conversations will be assigned to the default Messaging Service" (004:L30153); any well-formed
    // MG SID is accepted (D-CFG-3).
    if (!otherApi) return skip(NO_OTHER_ACCOUNT);
    const messagingService = `MG${data.faker.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' })}`;
    await withOtherAccount(otherApi, async () => {
      const updated = await otherApi.post<Configuration>(
        '/v1/Configuration',
        { DefaultMessagingServiceSid: messagingService },
        { expect: 200 },
      );
      expect(updated.body.default_messaging_service_sid).toBe(messagingService);
      const service = await newService(otherApi, data);
      const conversation = await otherApi.post<Conversation>(
        service.links.conversations ?? '',
        {},
        {
          expect: 201,
          cleanup: true,
        },
      );
      expect(conversation.body.messaging_service_sid).toBe(messagingService);
    });
  });

  test('DefaultChatServiceSid re-points the default-service paths', async ({ otherApi, data, skip }) => {
    // Changing the default service changes what the short `/v1/...` paths address (004:L34974-34975; D-CFG-3).
    if (!otherApi) return skip(NO_OTHER_ACCOUNT);
    const service = await newService(otherApi, data);
    await withOtherAccount(otherApi, async () => {
      const updated = await otherApi.post<Configuration>(
        '/v1/Configuration',
        { DefaultChatServiceSid: service.sid },
        { expect: 200 },
      );
      expect(updated.body.default_chat_service_sid).toBe(service.sid);
      const conversation = await otherApi.post<Conversation>('/v1/Conversations', {}, { expect: 201 });
      // Tracked by its service-scoped URL: the short one addresses another service once the default is restored.
      otherApi.track(`/v1/Services/${service.sid}/Conversations/${conversation.body.sid}`);
      expect(conversation.body.chat_service_sid).toBe(service.sid);
    });
  });
});
