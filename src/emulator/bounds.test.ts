// Issue 11 regressions: boundary values answered 500 after storing the change, and broke every later read.
// Now every duration, date and integer is bounded (D-EMU-BOUNDS-1) and checked before anything changes.
import { afterEach, describe, expect, test } from 'vitest';
import { encodeRecords } from './state.ts';
import { setup, type TestClient } from './test-support.ts';

let client: TestClient;
afterEach(async () => {
  await client?.emulator.close();
});

const snapshot = (c: TestClient): string => JSON.stringify(encodeRecords(c.emulator.store.accounts));

function expectError(response: { status: number; body: { code: number; status: number } }, code: number): void {
  expect(response.body.code, JSON.stringify(response.body)).toBe(code);
  expect(response.status).toBe(400);
  expect(response.body.status).toBe(400);
}

describe('issue 11: boundary values are a 400 and change nothing', () => {
  test.each<[string, string, Record<string, string>, number]>([
    ['create, Timers.Inactive past P36500D', '/v1/Conversations', { 'Timers.Inactive': 'PT9000000000000S' }, 50379],
    ['create, Timers.Closed P36501D', '/v1/Conversations', { 'Timers.Closed': 'P36501D' }, 50380],
    ['create, DateCreated in year 10000', '/v1/Conversations', { DateCreated: '10000-01-01T00:00:00Z' }, 50308],
    [
      'create, DateCreated past year 9999 by offset',
      '/v1/Conversations',
      { DateCreated: '9999-12-31T23:59:59-01:00' },
      50308,
    ],
    ['create, DateUpdated on 30 February', '/v1/Conversations', { DateUpdated: '2020-02-30T00:00:00Z' }, 50309],
    [
      'ConversationWithParticipants, Timers.Inactive past P36500D',
      '/v1/ConversationWithParticipants',
      { 'Timers.Inactive': 'PT9000000000000S' },
      50379,
    ],
    [
      'Configuration, DefaultClosedTimer past P36500D',
      '/v1/Configuration',
      { DefaultClosedTimer: 'PT9000000000000S' },
      50380,
    ],
    [
      'Configuration, DefaultInactiveTimer past P36500D',
      '/v1/Configuration',
      { DefaultInactiveTimer: 'P99999D' },
      50379,
    ],
  ])('%s', async (_name, url, fields, code) => {
    client = setup({ clock: 'virtual' });
    const before = snapshot(client);
    expectError(await client.post(url, fields), code);
    expect(snapshot(client)).toBe(before);
    expect((await client.get('/v1/Conversations')).status).toBe(200);
    expect((await client.post('/v1/Conversations', {})).status).toBe(201);
  });

  test('an update with a timer past P36500D leaves the conversation readable everywhere', async () => {
    client = setup({ clock: 'virtual' });
    const sid = (await client.post('/v1/Conversations', { UniqueName: 'u' })).body.sid;
    await client.post(`/v1/Conversations/${sid}/Participants`, { Identity: 'alice' });
    const before = snapshot(client);
    expectError(await client.post(`/v1/Conversations/${sid}`, { 'Timers.Inactive': 'PT9000000000000S' }), 50379);
    expect(snapshot(client)).toBe(before);
    for (const url of [
      '/v1/Conversations',
      `/v1/Conversations/${sid}`,
      '/v1/ParticipantConversations?Identity=alice',
      '/v1/Users/alice/Conversations',
    ]) {
      expect((await client.get(url)).status, url).toBe(200);
    }
  });

  test('the longest timers still render as four-digit-year dates at the latest clock time', async () => {
    client = setup({ clock: 'virtual' });
    expect((await client.post('/__emulator/clock/set', { now: '9000-01-01T00:00:00Z' })).status).toBe(200);
    const created = await client.post('/v1/Conversations', {
      'Timers.Inactive': 'P36500D',
      'Timers.Closed': 'P36500D',
    });
    expect(created.status).toBe(201);
    expect(created.body.timers.date_closed).toMatch(/^9099-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  test.each<[string, string, Record<string, string>]>([
    ['advance by ms past 9000-01-01', '/__emulator/clock/advance', { ms: '999999999999999' }],
    ['advance by a duration past 9000-01-01', '/__emulator/clock/advance', { duration: 'P9999999D' }],
    ['set to year 275760', '/__emulator/clock/set', { now: '+275760-09-13T00:00:00Z' }],
    ['set past 9000-01-01', '/__emulator/clock/set', { now: '9000-01-01T00:00:01Z' }],
  ])('the virtual clock refuses to %s (20422) and stays where it was', async (_name, url, fields) => {
    client = setup({ clock: 'virtual' });
    const before = (await client.get('/__emulator/clock')).body.now;
    expectError(await client.post(url, fields), 20422);
    expect((await client.get('/__emulator/clock')).body.now).toBe(before);
  });

  test.each<[string, string]>([
    ['2147483648', 'over a signed 32-bit int'],
    ['9007199254740993', 'over 2^53'],
    ['-1', 'negative'],
  ])('LastReadMessageIndex %s (%s) is 20422', async (value) => {
    client = setup();
    const sid = (await client.post('/v1/Conversations', {})).body.sid;
    const participant = (await client.post(`/v1/Conversations/${sid}/Participants`, { Identity: 'a' })).body.sid;
    const before = snapshot(client);
    const response = await client.post(`/v1/Conversations/${sid}/Participants/${participant}`, {
      LastReadMessageIndex: value,
    });
    expect(response.status).toBe(400);
    expect(snapshot(client)).toBe(before);
  });
});
