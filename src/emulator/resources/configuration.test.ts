import { afterEach, describe, expect, test } from 'vitest';
import { conforms } from '../spec-support.ts';
import { setup, type TestClient } from '../test-support.ts';

let client: TestClient;
afterEach(async () => {
  await client?.emulator.close();
});

const MG = `MG${'a'.repeat(32)}`;

describe('fetchConfiguration', () => {
  test('conforms; the account has a default Messaging Service from the start', async () => {
    client = setup();
    const response = await client.get('/v1/Configuration');
    await conforms('fetchConfiguration', response, 200);
    expect(response.body.default_messaging_service_sid).toMatch(/^MG[0-9a-f]{32}$/);
    expect(response.body.default_inactive_timer).toBeNull();
    expect(response.body.default_closed_timer).toBeNull();
  });

  test('new conversations take the default Messaging Service unless one is given', async () => {
    client = setup();
    const mg = (await client.get('/v1/Configuration')).body.default_messaging_service_sid;
    expect((await client.post('/v1/Conversations')).body.messaging_service_sid).toBe(mg);
    const cwp = await client.post('/v1/ConversationWithParticipants', {});
    expect(cwp.body.messaging_service_sid).toBe(mg);
    expect((await client.post('/v1/Conversations', { MessagingServiceSid: MG })).body.messaging_service_sid).toBe(MG);
  });

  test('reset keeps the default Messaging Service SID, like the default service SID', async () => {
    client = setup();
    const before = (await client.get('/v1/Configuration')).body;
    client.emulator.reset();
    expect((await client.get('/v1/Configuration')).body).toEqual(before);
  });
});

describe('updateConfiguration', () => {
  test('partial update: what is sent changes, the rest stays; timers are echoed as sent', async () => {
    client = setup();
    const before = (await client.get('/v1/Configuration')).body;
    const response = await client.post('/v1/Configuration', {
      DefaultInactiveTimer: 'PT1M',
      DefaultClosedTimer: 'PT10M',
    });
    await conforms('updateConfiguration', response, 200);
    expect(response.body).toEqual({ ...before, default_inactive_timer: 'PT1M', default_closed_timer: 'PT10M' });
    const mg = await client.post('/v1/Configuration', { DefaultMessagingServiceSid: MG });
    await conforms('updateConfiguration', mg, 200);
    expect(mg.body.default_messaging_service_sid).toBe(MG);
    expect(mg.body.default_inactive_timer).toBe('PT1M');
    const empty = await client.post('/v1/Configuration');
    await conforms('updateConfiguration', empty, 200);
    expect(empty.body).toEqual(mg.body);
  });

  test('new conversations without Timers.* take the default timers (004:L9528-9536); PT0S disables', async () => {
    client = setup({ clock: 'virtual' });
    await client.post('/v1/Configuration', { DefaultInactiveTimer: 'PT2M', DefaultClosedTimer: 'PT0S' });
    const created = await client.post('/v1/Conversations');
    const base = Date.parse(created.body.date_created);
    expect(Date.parse(created.body.timers.date_inactive) - base).toBe(120_000);
    expect(created.body.timers.date_closed).toBeUndefined();
    const own = await client.post('/v1/Conversations', { 'Timers.Inactive': 'PT5M' });
    expect(Date.parse(own.body.timers.date_inactive) - Date.parse(own.body.date_created)).toBe(300_000);
    client.emulator.clock.advance(120_000);
    expect((await client.get(`/v1/Conversations/${created.body.sid}`)).body.state).toBe('inactive');
  });

  test('DefaultChatServiceSid re-points the short paths to that service', async () => {
    client = setup();
    const next = (await client.post('/v1/Services', { FriendlyName: 'next' })).body.sid;
    const response = await client.post('/v1/Configuration', { DefaultChatServiceSid: next });
    await conforms('updateConfiguration', response, 200);
    expect(response.body.default_chat_service_sid).toBe(next);
    expect(response.body.links.service).toBe(`http://localhost:80/v1/Services/${next}/Configuration`);
    const ch = (await client.post('/v1/Conversations')).body;
    expect(ch.chat_service_sid).toBe(next);
  });

  test.each<[string, Record<string, string>, number]>([
    ['unknown service', { DefaultChatServiceSid: `IS${'0'.repeat(32)}` }, 50050],
    ['malformed service SID', { DefaultChatServiceSid: 'IS1' }, 20423],
    ['malformed messaging service SID', { DefaultMessagingServiceSid: 'MG1' }, 50341],
    ['inactive timer below 1 minute', { DefaultInactiveTimer: 'PT59S' }, 50375],
    ['closed timer below 10 minutes', { DefaultClosedTimer: 'PT9M' }, 50376],
    ['inactive timer not a duration', { DefaultInactiveTimer: 'P1M' }, 50379],
    ['closed timer not a duration', { DefaultClosedTimer: '10 minutes' }, 50380],
  ])('400 for %s, and nothing changes', async (_name, fields, code) => {
    client = setup();
    const before = (await client.get('/v1/Configuration')).body;
    const response = await client.post('/v1/Configuration', { DefaultInactiveTimer: 'PT3M', ...fields });
    await conforms('updateConfiguration', response, 400);
    expect(response.body.code).toBe(code);
    expect((await client.get('/v1/Configuration')).body).toEqual(before);
  });
});
