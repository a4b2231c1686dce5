// @module-tag auth
import { describe, expect, requires, type ScenarioApi, type TargetInfo, test } from '../../src/runtime/index.ts';
import type { TwilioError } from '../support/errors.ts';
import { type Form, newConversation } from '../support/resources.ts';

// Accounts do not see each other's resources. The credentials name the account (004:L4439-4444), and every resource
// belongs to one (`account_sid`, e.g. 004:L16477). Another account's resource answers like one that does not exist:
// 404 with Twilio 20404, whose causes include "other account" (error-codes.md §2; D-ERR-1). These scenarios need a
// second account on the target (`otherApi`); without one they are skipped.

interface Conversation {
  sid: string;
  unique_name: string | null;
  friendly_name: string | null;
  url: string;
  links: { participants: string; messages: string; webhooks: string };
}

interface Participant {
  sid: string;
  identity: string | null;
  url: string;
}

interface Service {
  sid: string;
  url: string;
}

/** The second account's API; skips the test (with the reason) when the target has none. */
function secondAccount(context: {
  target: TargetInfo;
  skip: (note: string) => void;
  otherApi: ScenarioApi | undefined;
}): ScenarioApi {
  requires(context, 'otherAccount');
  if (!context.otherApi) throw new Error('the target names a second account but the otherApi fixture is missing');
  return context.otherApi;
}

async function conversationOf(api: ScenarioApi, unique: string): Promise<Conversation> {
  return newConversation<Conversation>(api, { UniqueName: unique, FriendlyName: unique });
}

async function participantOf(api: ScenarioApi, conversation: Conversation, identity: string): Promise<Participant> {
  return (
    await api.post<Participant>(conversation.links.participants, { Identity: identity }, { expect: 201, cleanup: true })
  ).body;
}

async function serviceOf(api: ScenarioApi, name: string): Promise<Service> {
  return (await api.post<Service>('/v1/Services', { FriendlyName: name }, { expect: 201, cleanup: true })).body;
}

async function expectNotFound(call: Promise<{ body: TwilioError }>): Promise<void> {
  expect((await call).body.code).toBe(20404);
}

describe("Another account's conversation", () => {
  test.for([
    { by: 'SID', key: (mine: Conversation) => mine.sid },
    // `{Sid}` "Can also be the unique_name of the Conversation" (004:L16770).
    { by: 'unique_name', key: (mine: Conversation) => mine.unique_name },
  ])('is not found by $by', async ({ key }, { api, data, otherApi, target, skip }) => {
    const other = secondAccount({ target, skip, otherApi });
    const mine = await conversationOf(api, data.unique('xacct'));
    await expectNotFound(other.get(`/v1/Conversations/${key(mine)}`, undefined, { expect: 404 }));
  });

  test('is not found under its service by the other account', async ({ api, data, otherApi, target, skip }) => {
    const other = secondAccount({ target, skip, otherApi });
    const created = await api.post<Conversation & { chat_service_sid: string }>(
      '/v1/Conversations',
      { FriendlyName: data.unique('xacct') },
      { expect: 201, cleanup: true },
    );
    const { chat_service_sid: service, sid } = created.body;
    await expectNotFound(other.get(`/v1/Services/${service}/Conversations/${sid}`, undefined, { expect: 404 }));
  });

  test('cannot be updated by the other account, and stays unchanged', async ({ api, data, otherApi, target, skip }) => {
    const other = secondAccount({ target, skip, otherApi });
    const mine = await conversationOf(api, data.unique('xacct'));
    await expectNotFound(
      other.post(`/v1/Conversations/${mine.sid}`, { FriendlyName: data.unique('taken') }, { expect: 404 }),
    );
    const after = await api.get<Conversation>(mine.url, undefined, { expect: 200 });
    expect(after.body.friendly_name).toBe(mine.friendly_name);
  });

  test('cannot be deleted by the other account, and still exists', async ({ api, data, otherApi, target, skip }) => {
    const other = secondAccount({ target, skip, otherApi });
    const mine = await conversationOf(api, data.unique('xacct'));
    await expectNotFound(other.delete(`/v1/Conversations/${mine.sid}`, { expect: 404 }));
    await api.get(mine.url, undefined, { expect: 200 });
  });

  test("is never in the other account's conversation list", async ({ api, data, otherApi, target, skip }) => {
    const other = secondAccount({ target, skip, otherApi });
    const mine = await conversationOf(api, data.unique('xacct'));
    const theirs = await other.listAll<{ sid: string }>('/v1/Conversations', 'conversations', { PageSize: 100 });
    expect(theirs.map((c) => c.sid)).not.toContain(mine.sid);
  });

  test('does not hold its unique_name in the other account', { meta: { cost: 2 } }, async ({
    api,
    data,
    otherApi,
    target,
    skip,
  }) => {
    // Unique names are unique within a Conversation Service (D-CONV-4); services are opaque partitions (004:L97) and
    // each account has its own.
    const other = secondAccount({ target, skip, otherApi });
    const unique = data.unique('xacct');
    const mine = await conversationOf(api, unique);
    const theirs = await conversationOf(other, unique);
    expect(theirs.sid).not.toBe(mine.sid);
    expect(theirs.unique_name).toBe(unique);
  });
});

describe("Another account's participant", () => {
  test.for([
    { by: 'SID', key: (participant: Participant, _identity: string) => participant.sid },
    // Fetch accepts the identity instead of the SID (004:L6467).
    { by: 'identity', key: (_participant: Participant, identity: string) => identity },
  ])('is not found by $by', { meta: { cost: 2 } }, async ({ key }, { api, data, otherApi, target, skip }) => {
    const other = secondAccount({ target, skip, otherApi });
    const conversation = await conversationOf(api, data.unique('xacct'));
    const identity = data.unique('xacct');
    const participant = await participantOf(api, conversation, identity);
    await expectNotFound(
      other.get(`/v1/Conversations/${conversation.sid}/Participants/${key(participant, identity)}`, undefined, {
        expect: 404,
      }),
    );
  });

  test("cannot be listed through the owner's conversation", { meta: { cost: 2 } }, async ({
    api,
    data,
    otherApi,
    target,
    skip,
  }) => {
    const other = secondAccount({ target, skip, otherApi });
    const conversation = await conversationOf(api, data.unique('xacct'));
    await participantOf(api, conversation, data.unique('xacct'));
    await expectNotFound(other.get(`/v1/Conversations/${conversation.sid}/Participants`, undefined, { expect: 404 }));
  });

  test('cannot be added to the conversation by the other account', async ({ api, data, otherApi, target, skip }) => {
    const other = secondAccount({ target, skip, otherApi });
    const conversation = await conversationOf(api, data.unique('xacct'));
    await expectNotFound(
      other.post(
        `/v1/Conversations/${conversation.sid}/Participants`,
        { Identity: data.unique('xacct') },
        { expect: 404, cleanup: true },
      ),
    );
    const participants = await api.listAll(conversation.links.participants, 'participants');
    expect(participants).toEqual([]);
  });

  test('cannot be removed by the other account, and stays', { meta: { cost: 2 } }, async ({
    api,
    data,
    otherApi,
    target,
    skip,
  }) => {
    const other = secondAccount({ target, skip, otherApi });
    const conversation = await conversationOf(api, data.unique('xacct'));
    const participant = await participantOf(api, conversation, data.unique('xacct'));
    await expectNotFound(
      other.delete(`/v1/Conversations/${conversation.sid}/Participants/${participant.sid}`, { expect: 404 }),
    );
    await api.get(participant.url, undefined, { expect: 200 });
  });
});

describe("Another account's Conversation Service", () => {
  test('is not found by SID', async ({ api, data, otherApi, target, skip }) => {
    const other = secondAccount({ target, skip, otherApi });
    const service = await serviceOf(api, data.unique('xacct'));
    await expectNotFound(other.get(`/v1/Services/${service.sid}`, undefined, { expect: 404 }));
  });

  test("does not expose its conversations to the other account's list", async ({ api, otherApi, target, skip }) => {
    const other = secondAccount({ target, skip, otherApi });
    const config = await api.get<{ default_chat_service_sid: string }>('/v1/Configuration', undefined, {
      expect: 200,
    });
    await expectNotFound(
      other.get(`/v1/Services/${config.body.default_chat_service_sid}/Conversations`, undefined, { expect: 404 }),
    );
  });

  test('cannot be deleted by the other account, and still exists', async ({ api, data, otherApi, target, skip }) => {
    const other = secondAccount({ target, skip, otherApi });
    const service = await serviceOf(api, data.unique('xacct'));
    await expectNotFound(other.delete(`/v1/Services/${service.sid}`, { expect: 404 }));
    await api.get(service.url, undefined, { expect: 200 });
  });

  test("is never in the other account's service list", async ({ api, data, otherApi, target, skip }) => {
    const other = secondAccount({ target, skip, otherApi });
    const service = await serviceOf(api, data.unique('xacct'));
    const theirs = await other.listAll<{ sid: string }>('/v1/Services', 'services', { PageSize: 100 });
    expect(theirs.map((s) => s.sid)).not.toContain(service.sid);
  });

  test('is not where the other account creates its conversations', async ({ api, otherApi, target, skip }) => {
    // Each account has its own default service (Configuration.default_chat_service_sid, 004:L9516-9520).
    const other = secondAccount({ target, skip, otherApi });
    const mine = await api.get<{ default_chat_service_sid: string }>('/v1/Configuration', undefined, { expect: 200 });
    const theirs = await other.get<{ default_chat_service_sid: string }>('/v1/Configuration', undefined, {
      expect: 200,
    });
    expect(theirs.body.default_chat_service_sid).not.toBe(mine.body.default_chat_service_sid);
  });
});

describe("Another account's messages and webhooks", () => {
  test.for<{ what: string; link: 'messages' | 'webhooks'; path: string; form: Form }>([
    { what: 'a message', link: 'messages', path: 'Messages', form: { Author: 'owner', Body: 'private' } },
    {
      what: 'a conversation-scoped webhook',
      link: 'webhooks',
      path: 'Webhooks',
      form: {
        Target: 'webhook',
        'Configuration.Url': 'https://hooks.example.com/xacct',
        'Configuration.Filters': ['onMessageAdded'],
      },
    },
  ])(
    '$what is not found by the other account',
    { meta: { cost: 2 } },
    async ({ link, path, form }, { api, data, otherApi, target, skip }) => {
      const other = secondAccount({ target, skip, otherApi });
      const conversation = await conversationOf(api, data.unique('xacct'));
      const created = await api.post<{ sid: string }>(conversation.links[link], form, { expect: 201, cleanup: true });
      await expectNotFound(
        other.get(`/v1/Conversations/${conversation.sid}/${path}/${created.body.sid}`, undefined, { expect: 404 }),
      );
    },
  );
});
