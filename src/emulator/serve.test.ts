import { afterEach, describe, expect, test } from 'vitest';
import { type RunningEmulator, startEmulator } from './index.ts';
import { basic } from './test-support.ts';

let running: RunningEmulator | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe('startEmulator', () => {
  test('listens on 127.0.0.1, any free port; answers over a real socket with Basic auth', async () => {
    running = await startEmulator({ clock: 'virtual' });
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const [account] = running.accounts;
    const authorization = basic(account!.accountSid, account!.authToken);
    const created = await fetch(`${running.url}/v1/Conversations`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ FriendlyName: 'socket', 'Timers.Closed': 'PT10M' }),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await created.json()) as { sid: string; url: string };
    // URLs point back at the emulator, so they can be followed.
    expect(body.url).toBe(`${running.url}/v1/Conversations/${body.sid}`);
    const fetched = await fetch(body.url, { headers: { authorization } });
    expect(((await fetched.json()) as { friendly_name: string }).friendly_name).toBe('socket');
    const denied = await fetch(body.url);
    expect(denied.status).toBe(401);
    expect(denied.headers.get('www-authenticate')).toBe('Basic realm="Twilio API"');
  });

  test('close() stops pending timers', async () => {
    running = await startEmulator();
    const [account] = running.accounts;
    await fetch(`${running.url}/v1/Conversations`, {
      method: 'POST',
      headers: { authorization: basic(account!.accountSid, account!.authToken) },
      body: new URLSearchParams({ 'Timers.Inactive': 'PT1M' }),
    });
    expect(running.emulator.clock.pending()).toBe(1);
    await running.close();
    expect(running.emulator.clock.pending()).toBe(0);
    running = undefined;
  });
});
