import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { ValidatorSet } from '../../validation/validators.ts';
import { expectValid, tagValidators } from '../spec-support.ts';
import { defaultServiceSid, type Fields, ISO, setup, type TestClient, type TestResponse } from '../test-support.ts';

let client: TestClient;
let validators: ValidatorSet;
beforeAll(async () => {
  validators = await tagValidators('ConversationScopedWebhook');
  client = setup();
});
beforeEach(() => client.emulator.reset());
afterAll(async () => {
  await client.emulator.close();
});

const FW = `FW${'a'.repeat(32)}`;
const WEBHOOK: Fields = {
  Target: 'webhook',
  'Configuration.Url': 'https://example.com/hook',
  'Configuration.Filters': ['onMessageAdded', 'onConversationRemoved'],
};

function conforms(operationId: string, response: TestResponse): void {
  expectValid(validators, operationId, response);
}

async function conversation(): Promise<string> {
  const response = await client.post('/v1/Conversations');
  expect(response.status).toBe(201);
  return response.body.sid;
}

describe('createConversationScopedWebhook', () => {
  test('target webhook: 201 with every documented key; method lowercase, POST by default', async () => {
    const ch = await conversation();
    const response = await client.post(`/v1/Conversations/${ch}/Webhooks`, WEBHOOK);
    expect(response.status).toBe(201);
    conforms('createConversationScopedWebhook', response);
    const sid = response.body.sid;
    expect(response.body).toEqual({
      sid: expect.stringMatching(/^WH[0-9a-f]{32}$/),
      account_sid: client.account.accountSid,
      conversation_sid: ch,
      target: 'webhook',
      url: `http://localhost:80/v1/Conversations/${ch}/Webhooks/${sid}`,
      configuration: {
        url: 'https://example.com/hook',
        method: 'post',
        filters: ['onMessageAdded', 'onConversationRemoved'],
      },
      date_created: expect.stringMatching(ISO),
      date_updated: expect.stringMatching(ISO),
    });
  });

  test.each<[string, Fields, Record<string, unknown>]>([
    [
      'trigger echoes its keywords as filters',
      {
        Target: 'trigger',
        'Configuration.Url': 'https://example.com/bot',
        'Configuration.Method': 'GET',
        'Configuration.Triggers': ['keyword1', 'keyword2'],
      },
      { url: 'https://example.com/bot', method: 'get', filters: ['keyword1', 'keyword2'] },
    ],
    ['studio has only the flow', { Target: 'studio', 'Configuration.FlowSid': FW }, { flow_sid: FW }],
    [
      'replay_after appears when set',
      { ...WEBHOOK, 'Configuration.ReplayAfter': '0' },
      {
        url: 'https://example.com/hook',
        method: 'post',
        filters: ['onMessageAdded', 'onConversationRemoved'],
        replay_after: 0,
      },
    ],
  ])('%s', async (_name, fields, configuration) => {
    const ch = await conversation();
    const response = await client.post(`/v1/Conversations/${ch}/Webhooks`, fields);
    expect(response.status).toBe(201);
    conforms('createConversationScopedWebhook', response);
    expect(response.body.configuration).toEqual(configuration);
  });

  test('service form adds chat_service_sid and uses service URLs', async () => {
    const ch = await conversation();
    const is = defaultServiceSid(client);
    const response = await client.post(`/v1/Services/${is}/Conversations/${ch}/Webhooks`, WEBHOOK);
    expect(response.status).toBe(201);
    conforms('createServiceConversationScopedWebhook', response);
    expect(response.body.chat_service_sid).toBe(is);
    expect(response.body.url).toBe(
      `http://localhost:80/v1/Services/${is}/Conversations/${ch}/Webhooks/${response.body.sid}`,
    );
    const listed = await client.get(`/v1/Services/${is}/Conversations/${ch}/Webhooks`);
    conforms('listServiceConversationScopedWebhook', listed);
    expect(listed.body.webhooks).toEqual([response.body]);
  });

  test.each<[string, Fields, number]>([
    ['no target', { 'Configuration.Url': 'https://example.com' }, 50368],
    ['unknown target', { Target: 'flex' }, 50364],
    ['webhook without URL', { Target: 'webhook', 'Configuration.Filters': ['onMessageAdded'] }, 50369],
    ['webhook without filters', { Target: 'webhook', 'Configuration.Url': 'https://example.com' }, 50370],
    ['pre-event filter (post-events only)', { ...WEBHOOK, 'Configuration.Filters': ['onMessageAdd'] }, 50365],
    ['trigger without triggers', { Target: 'trigger', 'Configuration.Url': 'https://example.com' }, 50371],
    [
      'six triggers',
      {
        Target: 'trigger',
        'Configuration.Url': 'https://e.com',
        'Configuration.Triggers': ['a', 'b', 'c', 'd', 'e', 'f'],
      },
      50362,
    ],
    [
      'trigger of 249 characters',
      { Target: 'trigger', 'Configuration.Url': 'https://e.com', 'Configuration.Triggers': ['k'.repeat(249)] },
      50366,
    ],
    ['studio without flow', { Target: 'studio' }, 50367],
    ['studio with a malformed flow', { Target: 'studio', 'Configuration.FlowSid': 'FW123' }, 50367],
    ['URL of 513 characters', { ...WEBHOOK, 'Configuration.Url': `https://e.com/${'a'.repeat(499)}` }, 50372],
    ['relative URL', { ...WEBHOOK, 'Configuration.Url': '/hook' }, 20422],
    ['lowercase method', { ...WEBHOOK, 'Configuration.Method': 'get' }, 50055],
    ['negative ReplayAfter', { ...WEBHOOK, 'Configuration.ReplayAfter': '-1' }, 20422],
  ])('400 for %s', async (_name, fields, code) => {
    const ch = await conversation();
    const response = await client.post(`/v1/Conversations/${ch}/Webhooks`, fields);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe(code);
    conforms('createConversationScopedWebhook', response);
  });

  test('a URL of exactly 512 characters is accepted', async () => {
    const ch = await conversation();
    const url = `https://e.com/${'a'.repeat(498)}`;
    expect(url).toHaveLength(512);
    const response = await client.post(`/v1/Conversations/${ch}/Webhooks`, { ...WEBHOOK, 'Configuration.Url': url });
    expect(response.status).toBe(201);
  });

  test('at most five per conversation, exactly, under concurrent creates (50361, 409)', async () => {
    const ch = await conversation();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => client.post(`/v1/Conversations/${ch}/Webhooks`, WEBHOOK)),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(5);
    const refused = results.filter((r) => r.status !== 201);
    expect(refused.map((r) => [r.status, r.body.code])).toEqual(Array(3).fill([409, 50361]));
    for (const response of refused) conforms('createConversationScopedWebhook', response);
    // Another conversation has its own five.
    const other = await conversation();
    expect((await client.post(`/v1/Conversations/${other}/Webhooks`, WEBHOOK)).status).toBe(201);
  });

  test('404 for an unknown conversation', async () => {
    const response = await client.post(`/v1/Conversations/CH${'0'.repeat(32)}/Webhooks`, WEBHOOK);
    expect(response.status).toBe(404);
    conforms('createConversationScopedWebhook', response);
  });
});

describe('list / fetch / update / delete', () => {
  test('list in creation order, five per page at most', async () => {
    const ch = await conversation();
    const sids: string[] = [];
    for (let i = 0; i < 5; i++) sids.push((await client.post(`/v1/Conversations/${ch}/Webhooks`, WEBHOOK)).body.sid);
    const page = await client.get(`/v1/Conversations/${ch}/Webhooks?PageSize=2`);
    expect(page.status).toBe(200);
    conforms('listConversationScopedWebhook', page);
    expect(page.body.meta).toMatchObject({ key: 'webhooks', page_size: 2 });
    expect(page.body.webhooks.map((w: { sid: string }) => w.sid)).toEqual(sids.slice(0, 2));
    const all = await client.get(`/v1/Conversations/${ch}/Webhooks`);
    expect(all.body.meta.page_size).toBe(5);
    expect(all.body.webhooks.map((w: { sid: string }) => w.sid)).toEqual(sids);
    const tooBig = await client.get(`/v1/Conversations/${ch}/Webhooks?PageSize=6`);
    expect(tooBig.status).toBe(400);
    conforms('listConversationScopedWebhook', tooBig);
  });

  test('fetch by SID; 404 for another conversation or an unknown SID', async () => {
    const ch = await conversation();
    const created = await client.post(`/v1/Conversations/${ch}/Webhooks`, WEBHOOK);
    const fetched = await client.get(`/v1/Conversations/${ch}/Webhooks/${created.body.sid}`);
    expect(fetched.status).toBe(200);
    conforms('fetchConversationScopedWebhook', fetched);
    expect(fetched.body).toEqual(created.body);
    const other = await conversation();
    const missing = await client.get(`/v1/Conversations/${other}/Webhooks/${created.body.sid}`);
    expect(missing.status).toBe(404);
    conforms('fetchConversationScopedWebhook', missing);
  });

  test('update changes only the fields sent; a trigger takes keywords as Filters too (004:L11870)', async () => {
    const ch = await conversation();
    const hook = await client.post(`/v1/Conversations/${ch}/Webhooks`, WEBHOOK);
    const updated = await client.post(`/v1/Conversations/${ch}/Webhooks/${hook.body.sid}`, {
      'Configuration.Method': 'GET',
      'Configuration.Filters': ['onParticipantAdded'],
    });
    expect(updated.status).toBe(200);
    conforms('updateConversationScopedWebhook', updated);
    expect(updated.body.configuration).toEqual({
      url: 'https://example.com/hook',
      method: 'get',
      filters: ['onParticipantAdded'],
    });
    const trigger = await client.post(`/v1/Conversations/${ch}/Webhooks`, {
      Target: 'trigger',
      'Configuration.Url': 'https://example.com/bot',
      'Configuration.Triggers': ['one'],
    });
    const retargeted = await client.post(`/v1/Conversations/${ch}/Webhooks/${trigger.body.sid}`, {
      'Configuration.Filters': ['keyword1', 'keyword2'],
    });
    expect(retargeted.body.configuration.filters).toEqual(['keyword1', 'keyword2']);
    const bad = await client.post(`/v1/Conversations/${ch}/Webhooks/${hook.body.sid}`, {
      'Configuration.Filters': ['onMessageSent'],
    });
    expect(bad.body.code).toBe(50365);
    conforms('updateConversationScopedWebhook', bad);
    const unchanged = await client.post(`/v1/Conversations/${ch}/Webhooks/${hook.body.sid}`);
    expect(unchanged.body).toEqual(updated.body);
  });

  test('delete answers 204 and frees a slot; a second delete is 404', async () => {
    const ch = await conversation();
    const sids: string[] = [];
    for (let i = 0; i < 5; i++) sids.push((await client.post(`/v1/Conversations/${ch}/Webhooks`, WEBHOOK)).body.sid);
    const deleted = await client.delete(`/v1/Conversations/${ch}/Webhooks/${sids[0]}`);
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();
    const again = await client.delete(`/v1/Conversations/${ch}/Webhooks/${sids[0]}`);
    expect(again.status).toBe(404);
    conforms('deleteConversationScopedWebhook', again);
    expect((await client.post(`/v1/Conversations/${ch}/Webhooks`, WEBHOOK)).status).toBe(201);
  });

  test('the webhooks go with their conversation', async () => {
    const ch = await conversation();
    await client.post(`/v1/Conversations/${ch}/Webhooks`, WEBHOOK);
    expect((await client.delete(`/v1/Conversations/${ch}`)).status).toBe(204);
    expect((await client.get(`/v1/Conversations/${ch}/Webhooks`)).status).toBe(404);
  });
});
