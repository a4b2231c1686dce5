import { afterEach, describe, expect, test } from 'vitest';
import { eventually, setup, type TestClient } from '../test-support.ts';

let client: TestClient;
afterEach(async () => {
  await client?.emulator.close();
});

const chat = (identity: string) => JSON.stringify({ identity });
const sms = (address: string, proxy = '+15559999') =>
  JSON.stringify({ messaging_binding: { address, proxy_address: proxy } });

async function stateOf(c: TestClient, sid: string): Promise<string> {
  return (await c.get(`/v1/Conversations/${sid}`)).body.state;
}

describe('createConversationWithParticipants', () => {
  test('201 in state initializing, then active with every participant (bounded poll)', async () => {
    client = setup();
    const response = await client.post('/v1/ConversationWithParticipants', {
      FriendlyName: 'Friendly Conversation',
      Participant: [sms('+15550001'), chat('alice')],
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      sid: expect.stringMatching(/^CH[0-9a-f]{32}$/),
      friendly_name: 'Friendly Conversation',
      state: 'initializing',
      url: `http://localhost:80/v1/Conversations/${response.body.sid}`,
    });
    const sid = response.body.sid as string;
    await eventually(async () => (await stateOf(client, sid)) === 'active');
    const participants = (await client.get(`/v1/Conversations/${sid}/Participants`)).body.participants;
    expect(participants.map((p: { identity: string | null }) => p.identity)).toEqual([null, 'alice']);
    expect(participants[0].messaging_binding).toEqual({
      type: 'sms',
      address: '+15550001',
      proxy_address: '+15559999',
    });
  });

  test('service form, GMMS participants, requested inactive state and timers after activation', async () => {
    client = setup({ clock: 'virtual', cwpParticipantDelayMs: 3_600_000 });
    const account = client.emulator.store.accounts.get(client.account.accountSid)!;
    const response = await client.post(`/v1/Services/${account.defaultServiceSid}/ConversationWithParticipants`, {
      State: 'inactive',
      'Timers.Closed': 'PT10M',
      Participant: [
        JSON.stringify({ messaging_binding: { address: '+15550001' } }),
        JSON.stringify({ messaging_binding: { address: '+15550002' } }),
        JSON.stringify({ messaging_binding: { projected_address: '+15557777' } }),
      ],
    });
    expect(response.status).toBe(201);
    expect(response.body.url).toContain(`/v1/Services/${account.defaultServiceSid}/Conversations/`);
    expect(response.body.timers).toEqual({ date_closed: expect.any(String) });
    const sid = response.body.sid as string;
    // Still initializing: no timer may close it yet, and it cannot be updated (50386) nor joined.
    await client.post('/__emulator/clock/advance', { duration: 'PT59M' });
    expect(await stateOf(client, sid)).toBe('initializing');
    const update = await client.post(`/v1/Conversations/${sid}`, { FriendlyName: 'x' });
    expect(update).toMatchObject({ status: 409, body: { code: 50386 } });
    const join = await client.post(`/v1/Conversations/${sid}/Participants`, { Identity: 'late' });
    expect(join).toMatchObject({ status: 409, body: { code: 50386 } });
    await client.post('/__emulator/clock/advance', { duration: 'PT1M' });
    expect(await stateOf(client, sid)).toBe('inactive');
    expect((await client.get(`/v1/Conversations/${sid}/Participants`)).body.participants).toHaveLength(3);
    await client.post('/__emulator/clock/advance', { duration: 'PT10M' });
    expect(await stateOf(client, sid)).toBe('closed');
  });

  test('under the virtual clock it stays initializing until the clock is advanced past the delay', async () => {
    client = setup({ clock: 'virtual', cwpParticipantDelayMs: 150 });
    const { sid } = (await client.post('/v1/ConversationWithParticipants', { Participant: [chat('alice')] })).body;
    // Real time passing changes nothing: the step waits on the virtual clock, not on a real timer.
    expect(client.emulator.background.pending()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await stateOf(client, sid)).toBe('initializing');
    await client.post('/__emulator/clock/advance', { ms: '149' });
    expect(await stateOf(client, sid)).toBe('initializing');
    await client.post('/__emulator/clock/advance', { ms: '1' });
    expect(await stateOf(client, sid)).toBe('active');
    expect((await client.get(`/v1/Conversations/${sid}/Participants`)).body.participants).toHaveLength(1);
  });

  test('without participants it still goes initializing → active', async () => {
    client = setup();
    const { sid } = (await client.post('/v1/ConversationWithParticipants')).body;
    await eventually(async () => (await stateOf(client, sid)) === 'active');
  });

  test.each<[string, Record<string, string | string[]>, number, number]>([
    ['11 participants', { Participant: Array.from({ length: 11 }, (_, i) => chat(`u${i}`)) }, 50426, 400],
    ['a participant that is not JSON', { Participant: ['{identity'] }, 50424, 400],
    ['a participant that is a JSON array', { Participant: ['["a"]'] }, 50424, 400],
    ['a participant with a non-string identity', { Participant: ['{"identity": 5}'] }, 50424, 400],
    [
      'identity and binding together',
      { Participant: [JSON.stringify({ identity: 'a', messaging_binding: { address: '+1', proxy_address: '+2' } })] },
      50211,
      400,
    ],
    ['the same identity twice', { Participant: [chat('a'), chat('a')] }, 50433, 409],
    ['the same address pair twice', { Participant: [sms('+15550001'), sms('+15550001')] }, 50425, 409],
    ['a conversation parameter that is invalid', { Participant: [chat('a')], State: 'closed' }, 50384, 400],
    ['conversation attributes that are invalid', { Participant: [chat('a')], Attributes: '{' }, 50304, 400],
  ])('rejects %s synchronously, creating nothing', async (_name, fields, code, status) => {
    client = setup();
    const response = await client.post('/v1/ConversationWithParticipants', fields);
    expect(response.status).toBe(status);
    expect(response.body.code).toBe(code);
    expect((await client.get('/v1/Conversations')).body.conversations).toEqual([]);
  });

  test('an address pair already in use elsewhere is 409 (50425)', async () => {
    client = setup();
    const other = (await client.post('/v1/Conversations')).body.sid;
    await client.post(`/v1/Conversations/${other}/Participants`, {
      'MessagingBinding.Address': '+15550001',
      'MessagingBinding.ProxyAddress': '+15559999',
    });
    const response = await client.post('/v1/ConversationWithParticipants', { Participant: [sms('+15550001')] });
    expect(response).toMatchObject({ status: 409, body: { code: 50425 } });
  });

  test('a failure while adding closes the conversation, releases its pairs and keeps its unique name (50427)', async () => {
    client = setup({ cwpParticipantDelayMs: 60_000 });
    const errors: unknown[] = [];
    client.emulator.events.on((e) => {
      if (e.name === 'errorLogged') errors.push(e.data);
    });
    const created = await client.post('/v1/ConversationWithParticipants', {
      UniqueName: 'group',
      Participant: [sms('+15550001'), sms('+15550002')],
    });
    expect(created.status).toBe(201);
    // Between the answer and the asynchronous step, another conversation takes the second pair.
    const thief = (await client.post('/v1/Conversations')).body.sid;
    const stolen = await client.post(`/v1/Conversations/${thief}/Participants`, {
      'MessagingBinding.Address': '+15550002',
      'MessagingBinding.ProxyAddress': '+15559999',
    });
    expect(stolen.status).toBe(201);
    client.emulator.background.flush();
    // Polling by unique name (001:L151) finds the closed conversation: it keeps its name like any closed one.
    const failed = (await client.get('/v1/Conversations/group')).body;
    expect(failed).toMatchObject({ sid: created.body.sid, state: 'closed', unique_name: 'group' });
    expect(errors).toEqual([expect.objectContaining({ code: 50427, conversation_sid: created.body.sid })]);
    const sameName = await client.post('/v1/ConversationWithParticipants', { UniqueName: 'group' });
    expect(sameName).toMatchObject({ status: 409, body: { code: 50353 } });
    // A retry under another name can succeed: the first pair is free again.
    const retry = await client.post('/v1/ConversationWithParticipants', {
      UniqueName: 'group-2',
      Participant: [sms('+15550001')],
    });
    expect(retry.status).toBe(201);
    client.emulator.background.flush();
    expect(await stateOf(client, retry.body.sid)).toBe('active');
  });

  describe('1000 open conversations per identity (50214; D-EMU-USER-LIMIT)', () => {
    /** Puts `identity` in `count` new open conversations. */
    async function join(c: TestClient, identity: string, count: number): Promise<void> {
      for (let i = 0; i < count; i++) {
        const sid = (await c.post('/v1/Conversations')).body.sid;
        expect((await c.post(`/v1/Conversations/${sid}/Participants`, { Identity: identity })).status).toBe(201);
      }
    }

    test('an identity already in 1000 open conversations is refused before the answer', async () => {
      client = setup({ cwpParticipantDelayMs: 60_000 });
      await join(client, 'busy', 1000);
      const response = await client.post('/v1/ConversationWithParticipants', {
        UniqueName: 'too-many',
        Participant: [chat('free'), chat('busy')],
      });
      expect(response).toMatchObject({ status: 409, body: { code: 50214 } });
      expect((await client.get('/v1/Conversations/too-many')).status).toBe(404);
      // The same rule as adding the participant on its own.
      const sid = (await client.post('/v1/Conversations')).body.sid;
      const alone = await client.post(`/v1/Conversations/${sid}/Participants`, { Identity: 'busy' });
      expect(alone).toMatchObject({ status: 409, body: { code: 50214 } });
    });

    test('an identity that reaches 1000 while the conversation initializes closes it (50427)', async () => {
      client = setup({ cwpParticipantDelayMs: 60_000 });
      const errors: { code: number; cause: { code: number } }[] = [];
      client.emulator.events.on((e) => {
        if (e.name === 'errorLogged') errors.push(e.data as (typeof errors)[number]);
      });
      await join(client, 'busy', 999);
      const created = await client.post('/v1/ConversationWithParticipants', { Participant: [chat('busy')] });
      expect(created.status).toBe(201);
      await join(client, 'busy', 1);
      client.emulator.background.flush();
      expect(await stateOf(client, created.body.sid)).toBe('closed');
      expect(errors).toEqual([
        expect.objectContaining({ code: 50427, cause: expect.objectContaining({ code: 50214 }) }),
      ]);
    });
  });

  test('deleting the conversation while it initializes cancels the participant step', async () => {
    client = setup({ cwpParticipantDelayMs: 60_000 });
    const { sid } = (await client.post('/v1/ConversationWithParticipants', { Participant: [sms('+15550001')] })).body;
    expect((await client.delete(`/v1/Conversations/${sid}`)).status).toBe(204);
    client.emulator.background.flush();
    const other = (await client.post('/v1/Conversations')).body.sid;
    const pair = { 'MessagingBinding.Address': '+15550001', 'MessagingBinding.ProxyAddress': '+15559999' };
    expect((await client.post(`/v1/Conversations/${other}/Participants`, pair)).status).toBe(201);
  });

  test('close() drops pending participant steps so nothing runs after shutdown', async () => {
    client = setup({ cwpParticipantDelayMs: 60_000 });
    await client.post('/v1/ConversationWithParticipants', { Participant: [chat('a')] });
    expect(client.emulator.background.pending()).toBe(1);
    await client.emulator.close();
    expect(client.emulator.background.pending()).toBe(0);
  });
});
