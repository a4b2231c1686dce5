import { afterEach, describe, expect, test } from 'vitest';
import { defaultServiceSid, ISO, setup, type TestClient } from '../test-support.ts';

let client: TestClient;
afterEach(async () => {
  await client?.emulator.close();
});

async function advance(c: TestClient, duration: string): Promise<void> {
  expect((await c.post('/__emulator/clock/advance', { duration })).status).toBe(200);
}

describe('createConversation', () => {
  test('201 with every documented key; state active, attributes "{}", timers {} by default', async () => {
    client = setup();
    const response = await client.post('/v1/Conversations');
    expect(response.status).toBe(201);
    const sid = response.body.sid as string;
    expect(sid).toMatch(/^CH[0-9a-f]{32}$/);
    const url = `http://localhost:80/v1/Conversations/${sid}`;
    expect(response.body).toEqual({
      sid,
      account_sid: client.account.accountSid,
      chat_service_sid: defaultServiceSid(client),
      // Every account has a default Messaging Service that new conversations take (004:L30153; D-CFG-1).
      messaging_service_sid: client.emulator.store.accounts.get(client.account.accountSid)!.configuration
        .defaultMessagingServiceSid,
      friendly_name: null,
      unique_name: null,
      attributes: '{}',
      date_created: expect.stringMatching(ISO),
      date_updated: expect.stringMatching(ISO),
      state: 'active',
      timers: {},
      bindings: {},
      url,
      links: {
        participants: `${url}/Participants`,
        messages: `${url}/Messages`,
        webhooks: `${url}/Webhooks`,
        export: `${url}/Export`,
      },
    });
  });

  test('stores every parameter', async () => {
    client = setup({ clock: 'virtual' });
    const mg = `MG${'a'.repeat(32)}`;
    const response = await client.post('/v1/Conversations', {
      FriendlyName: 'Friendly',
      UniqueName: 'unique',
      Attributes: '{ "topic": "feedback" }',
      MessagingServiceSid: mg,
      DateCreated: '2015-12-16T22:18:37Z',
      DateUpdated: '2015-12-16T22:18:38Z',
      State: 'inactive',
      'Timers.Inactive': 'PT1M',
      'Timers.Closed': 'PT10M',
      'Bindings.Email.Address': 'a@example.com',
      'Bindings.Email.Name': 'A',
    });
    expect(response.status).toBe(201);
    const now = Date.parse((await client.get('/__emulator/clock')).body.now);
    const at = (ms: number) => `${new Date(Math.floor((now + ms) / 1000) * 1000).toISOString().slice(0, 19)}Z`;
    expect(response.body).toMatchObject({
      friendly_name: 'Friendly',
      unique_name: 'unique',
      attributes: '{ "topic": "feedback" }',
      messaging_service_sid: mg,
      date_created: '2015-12-16T22:18:37Z',
      date_updated: '2015-12-16T22:18:38Z',
      state: 'inactive',
      timers: { date_inactive: at(60_000), date_closed: at(600_000) },
      bindings: { email: { address: 'a@example.com', name: 'A' } },
    });
  });

  test.each<[string, Record<string, string>, number, number]>([
    ['friendly name over 256 characters', { FriendlyName: 'x'.repeat(257) }, 50003, 400],
    ['attributes not JSON', { Attributes: '{nope' }, 50304, 400],
    ['attributes over 16 KB', { Attributes: JSON.stringify({ a: 'x'.repeat(16 * 1024) }) }, 50303, 400],
    ['state closed', { State: 'closed' }, 50384, 400],
    ['state initializing', { State: 'initializing' }, 50378, 400],
    ['state unknown', { State: 'sleeping' }, 50378, 400],
    ['state empty', { State: '' }, 50374, 400],
    ['inactive timer under a minute', { 'Timers.Inactive': 'PT59S' }, 50375, 400],
    ['closed timer under ten minutes', { 'Timers.Closed': 'PT599S' }, 50376, 400],
    ['inactive timer in months', { 'Timers.Inactive': 'P6M' }, 50379, 400],
    ['closed timer in years', { 'Timers.Closed': 'P1Y' }, 50380, 400],
    ['messaging service SID malformed', { MessagingServiceSid: 'MG1' }, 50341, 400],
    ['DateCreated malformed', { DateCreated: 'yesterday' }, 50308, 400],
    ['DateUpdated malformed', { DateUpdated: '2020-01-01' }, 50309, 400],
    ['unique name shaped like a conversation SID', { UniqueName: `CH${'0'.repeat(32)}` }, 50390, 400],
  ])('rejects %s', async (_name, fields, code, status) => {
    client = setup();
    const response = await client.post('/v1/Conversations', fields);
    expect(response.status).toBe(status);
    expect(response.body.code).toBe(code);
  });

  test('a unique name is unique per service (409, 50353) but free in another account', async () => {
    client = setup();
    expect((await client.post('/v1/Conversations', { UniqueName: 'dup' })).status).toBe(201);
    const again = await client.post('/v1/Conversations', { UniqueName: 'dup' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe(50353);
  });

  test('PT0S disables a timer', async () => {
    client = setup();
    const response = await client.post('/v1/Conversations', { 'Timers.Inactive': 'PT0S', 'Timers.Closed': 'PT10M' });
    expect(Object.keys(response.body.timers)).toEqual(['date_closed']);
  });
});

describe('fetchConversation', () => {
  test('by SID and by unique_name; 404 otherwise', async () => {
    client = setup();
    const created = (await client.post('/v1/Conversations', { UniqueName: 'by-name' })).body;
    expect((await client.get(`/v1/Conversations/${created.sid}`)).body).toEqual(created);
    expect((await client.get('/v1/Conversations/by-name')).body).toEqual(created);
    const missing = await client.get(`/v1/Conversations/CH${'0'.repeat(32)}`);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({
      code: 20404,
      message: `The requested resource /v1/Conversations/CH${'0'.repeat(32)} was not found`,
    });
  });

  test('the service form answers with service-form URLs; the same record is visible in both forms', async () => {
    client = setup();
    const is = defaultServiceSid(client);
    const created = await client.post(`/v1/Services/${is}/Conversations`, { FriendlyName: 'svc' });
    expect(created.status).toBe(201);
    const url = `http://localhost:80/v1/Services/${is}/Conversations/${created.body.sid}`;
    expect(created.body.url).toBe(url);
    expect(created.body.links.participants).toBe(`${url}/Participants`);
    const short = await client.get(`/v1/Conversations/${created.body.sid}`);
    expect(short.body.url).toBe(`http://localhost:80/v1/Conversations/${created.body.sid}`);
    expect(short.body.friendly_name).toBe('svc');
  });
});

describe('updateConversation', () => {
  test('updates fields and unique name; the old name is freed', async () => {
    client = setup();
    const created = (await client.post('/v1/Conversations', { UniqueName: 'old' })).body;
    const updated = await client.post(`/v1/Conversations/old`, {
      FriendlyName: 'New',
      UniqueName: 'new',
      Attributes: '{"a":1}',
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      sid: created.sid,
      friendly_name: 'New',
      unique_name: 'new',
      attributes: '{"a":1}',
    });
    expect((await client.get('/v1/Conversations/old')).status).toBe(404);
    expect((await client.post('/v1/Conversations', { UniqueName: 'old' })).status).toBe(201);
    const clash = await client.post(`/v1/Conversations/${created.sid}`, { UniqueName: 'old' });
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe(50353);
  });

  test('state moves between active and inactive; closed is final (50377) for every later update', async () => {
    client = setup();
    const { sid } = (await client.post('/v1/Conversations')).body;
    expect((await client.post(`/v1/Conversations/${sid}`, { State: 'inactive' })).body.state).toBe('inactive');
    expect((await client.post(`/v1/Conversations/${sid}`, { State: 'active' })).body.state).toBe('active');
    expect((await client.post(`/v1/Conversations/${sid}`, { State: 'closed' })).body.state).toBe('closed');
    for (const fields of [{ State: 'active' }, { FriendlyName: 'x' }, {}] as Record<string, string>[]) {
      const refused = await client.post(`/v1/Conversations/${sid}`, fields);
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe(50377);
    }
  });

  test('an update without any known parameter is 400 (50347); 404 for unknown conversations', async () => {
    client = setup();
    const { sid } = (await client.post('/v1/Conversations')).body;
    const empty = await client.post(`/v1/Conversations/${sid}`, { Unknown: 'x' });
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe(50347);
    expect((await client.post('/v1/Conversations/nope', { FriendlyName: 'x' })).status).toBe(404);
  });

  test('rejects the same invalid values as create', async () => {
    client = setup();
    const { sid } = (await client.post('/v1/Conversations')).body;
    expect((await client.post(`/v1/Conversations/${sid}`, { State: 'initializing' })).body.code).toBe(50378);
    expect((await client.post(`/v1/Conversations/${sid}`, { 'Timers.Closed': 'PT1M' })).body.code).toBe(50376);
  });
});

describe('deleteConversation', () => {
  test('204 without body; cascades participants; frees the unique name; 404 afterwards', async () => {
    client = setup();
    const { sid } = (await client.post('/v1/Conversations', { UniqueName: 'gone' })).body;
    await client.post(`/v1/Conversations/${sid}/Participants`, { Identity: 'alice' });
    await client.post(`/v1/Conversations/${sid}/Participants`, {
      'MessagingBinding.Address': '+15550001',
      'MessagingBinding.ProxyAddress': '+15559999',
    });
    const deleted = await client.delete('/v1/Conversations/gone');
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();
    expect((await client.get(`/v1/Conversations/${sid}`)).status).toBe(404);
    expect((await client.get(`/v1/Conversations/${sid}/Participants`)).status).toBe(404);
    expect((await client.delete(`/v1/Conversations/${sid}`)).status).toBe(404);
    const second = (await client.post('/v1/Conversations', { UniqueName: 'gone' })).body;
    // The address pair was released with the deleted conversation.
    const readd = await client.post(`/v1/Conversations/${second.sid}/Participants`, {
      'MessagingBinding.Address': '+15550001',
      'MessagingBinding.ProxyAddress': '+15559999',
    });
    expect(readd.status).toBe(201);
  });
});

describe('listConversation', () => {
  test('walks every page to the end without gaps (PageSize 7 over 23 conversations)', async () => {
    client = setup();
    const created: string[] = [];
    for (let i = 0; i < 23; i++)
      created.push((await client.post('/v1/Conversations', { FriendlyName: `c${i}` })).body.sid);
    const seen: string[] = [];
    let url: string | null = '/v1/Conversations?PageSize=7';
    let pages = 0;
    while (url !== null) {
      const page = await client.get(url);
      expect(page.status).toBe(200);
      expect(page.body.meta.key).toBe('conversations');
      expect(page.body.meta.page_size).toBe(7);
      expect(page.body.meta.page).toBe(pages);
      seen.push(...page.body.conversations.map((c: { sid: string }) => c.sid));
      const next: string | null = page.body.meta.next_page_url;
      url = next === null ? null : next.replace('http://localhost:80', '');
      pages++;
    }
    expect(pages).toBe(4);
    expect(seen).toEqual(created);
  });

  test('default page: size 50, first page URL, no previous/next', async () => {
    client = setup();
    await client.post('/v1/Conversations');
    const page = await client.get('/v1/Conversations');
    expect(page.body.meta).toEqual({
      page: 0,
      page_size: 50,
      first_page_url: 'http://localhost:80/v1/Conversations?PageSize=50&Page=0',
      previous_page_url: null,
      url: 'http://localhost:80/v1/Conversations?PageSize=50&Page=0',
      next_page_url: null,
      key: 'conversations',
    });
    expect(page.body.conversations).toHaveLength(1);
  });

  test.each<[string, string, number]>([
    ['PageSize 0', 'PageSize=0', 20422],
    ['PageSize over 100', 'PageSize=101', 20422],
    ['PageSize not a number', 'PageSize=ten', 20422],
    ['Page negative', 'Page=-1', 20422],
    ['PageToken garbage', 'PageToken=zzz', 21481],
    ['State unknown', 'State=sleeping', 50378],
    ['StartDate malformed', 'StartDate=yesterday', 20422],
    ['EndDate before StartDate', 'StartDate=2020-02-01T00:00:00Z&EndDate=2020-01-01T00:00:00Z', 50396],
  ])('400 for %s', async (_name, query, code) => {
    client = setup();
    const response = await client.get(`/v1/Conversations?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe(code);
  });

  test('filters by State and by creation date (newest first with a date filter)', async () => {
    client = setup();
    const old = (await client.post('/v1/Conversations', { DateCreated: '2020-01-01T10:00:00Z' })).body.sid;
    const mid = (await client.post('/v1/Conversations', { DateCreated: '2020-01-02T10:00:00Z', State: 'inactive' }))
      .body.sid;
    const recent = (await client.post('/v1/Conversations', { DateCreated: '2020-01-03T10:00:00Z' })).body.sid;
    const sids = async (query: string) =>
      (await client.get(`/v1/Conversations?${query}`)).body.conversations.map((c: { sid: string }) => c.sid);
    expect(await sids('State=inactive')).toEqual([mid]);
    expect(await sids('State=active')).toEqual([old, recent]);
    expect(await sids('StartDate=2020-01-02T00:00:00Z')).toEqual([recent, mid]);
    expect(await sids('EndDate=2020-01-02')).toEqual([mid, old]);
    expect(await sids('StartDate=2020-01-02&EndDate=2020-01-02&State=inactive')).toEqual([mid]);
    const page = await client.get('/v1/Conversations?State=active&PageSize=1');
    expect(page.body.meta.next_page_url).toContain('State=active&PageSize=1&Page=1&PageToken=');
  });
});

describe('timers on the virtual clock', () => {
  test('Timers.Closed PT10M: advancing ten minutes closes the conversation immediately', async () => {
    client = setup({ clock: 'virtual' });
    const created = (await client.post('/v1/Conversations', { 'Timers.Closed': 'PT10M' })).body;
    expect(created.timers).toEqual({ date_closed: expect.stringMatching(ISO) });
    await advance(client, 'PT9M59S');
    expect((await client.get(`/v1/Conversations/${created.sid}`)).body.state).toBe('active');
    await advance(client, 'PT1S');
    const closed = (await client.get(`/v1/Conversations/${created.sid}`)).body;
    expect(closed.state).toBe('closed');
    expect(closed.timers).toEqual({});
  });

  test('inactive then closed, both counted from the last activity', async () => {
    client = setup({ clock: 'virtual' });
    const { sid } = (await client.post('/v1/Conversations', { 'Timers.Inactive': 'PT1M', 'Timers.Closed': 'PT10M' }))
      .body;
    await advance(client, 'PT1M');
    expect((await client.get(`/v1/Conversations/${sid}`)).body.state).toBe('inactive');
    await advance(client, 'PT9M');
    expect((await client.get(`/v1/Conversations/${sid}`)).body.state).toBe('closed');
  });

  test('an update restarts the counters; a manual state change too', async () => {
    client = setup({ clock: 'virtual' });
    const { sid } = (await client.post('/v1/Conversations', { 'Timers.Inactive': 'PT2M', 'Timers.Closed': 'PT10M' }))
      .body;
    await advance(client, 'PT1M30S');
    await client.post(`/v1/Conversations/${sid}`, { FriendlyName: 'touch' });
    await advance(client, 'PT1M30S');
    expect((await client.get(`/v1/Conversations/${sid}`)).body.state).toBe('active');
    await client.post(`/v1/Conversations/${sid}`, { State: 'inactive' });
    await advance(client, 'PT9M');
    expect((await client.get(`/v1/Conversations/${sid}`)).body.state).toBe('inactive');
    await advance(client, 'PT1M');
    expect((await client.get(`/v1/Conversations/${sid}`)).body.state).toBe('closed');
  });

  test('timers set by update; PT0S disables; set via /clock/set too', async () => {
    client = setup({ clock: 'virtual' });
    const { sid } = (await client.post('/v1/Conversations')).body;
    const updated = await client.post(`/v1/Conversations/${sid}`, {
      'Timers.Inactive': 'PT5M',
      'Timers.Closed': 'PT60000S',
    });
    expect(Object.keys(updated.body.timers)).toEqual(['date_inactive', 'date_closed']);
    await client.post(`/v1/Conversations/${sid}`, { 'Timers.Inactive': 'PT0S' });
    const now = Date.parse((await client.get('/__emulator/clock')).body.now);
    await client.post('/__emulator/clock/set', { now: new Date(now + 59_000_000).toISOString() });
    expect((await client.get(`/v1/Conversations/${sid}`)).body.state).toBe('active');
    await client.post('/__emulator/clock/set', { now: new Date(now + 60_000_000).toISOString() });
    expect((await client.get(`/v1/Conversations/${sid}`)).body.state).toBe('closed');
  });

  test('closing by timer frees the address pairs of its participants', async () => {
    client = setup({ clock: 'virtual' });
    const first = (await client.post('/v1/Conversations', { 'Timers.Closed': 'PT10M' })).body.sid;
    const pair = { 'MessagingBinding.Address': '+15550001', 'MessagingBinding.ProxyAddress': '+15559999' };
    expect((await client.post(`/v1/Conversations/${first}/Participants`, pair)).status).toBe(201);
    const second = (await client.post('/v1/Conversations')).body.sid;
    expect((await client.post(`/v1/Conversations/${second}/Participants`, pair)).body.code).toBe(50416);
    await advance(client, 'PT10M');
    expect((await client.post(`/v1/Conversations/${second}/Participants`, pair)).status).toBe(201);
  });

  test('a deleted conversation leaves no timer behind', async () => {
    client = setup({ clock: 'virtual' });
    const { sid } = (await client.post('/v1/Conversations', { 'Timers.Inactive': 'PT1M', 'Timers.Closed': 'PT10M' }))
      .body;
    expect(client.emulator.clock.pending()).toBe(2);
    await client.delete(`/v1/Conversations/${sid}`);
    expect(client.emulator.clock.pending()).toBe(0);
  });
});

describe('events', () => {
  test('publishes added / updated / state updated (API, TIMER) / removed', async () => {
    client = setup({ clock: 'virtual' });
    const seen: string[] = [];
    client.emulator.events.on((e) => seen.push(`${e.name}:${e.source}:${e.webhookEnabled}:${e.data.reason ?? ''}`));
    const { sid } = (
      await client.post('/v1/Conversations', { 'Timers.Closed': 'PT10M' }, { 'X-Twilio-Webhook-Enabled': 'true' })
    ).body;
    await client.post(`/v1/Conversations/${sid}`, { State: 'inactive' });
    await advance(client, 'PT10M');
    await client.delete(`/v1/Conversations/${sid}`);
    expect(seen).toEqual([
      'onConversationAdded:api:true:',
      'onConversationStateUpdated:api:false:API',
      'onConversationUpdated:api:false:',
      'onConversationStateUpdated:timer:false:TIMER',
      'onConversationRemoved:api:false:',
    ]);
  });
});
