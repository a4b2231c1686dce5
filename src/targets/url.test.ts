import { describe, expect, test } from 'vitest';
import { startEmulator } from '../emulator/index.ts';
import { isLoopbackUrl, urlTarget } from './url.ts';

describe('isLoopbackUrl', () => {
  test.each([
    ['http://127.0.0.1:4010', true],
    ['http://127.8.0.1', true],
    ['http://localhost:4010/', true],
    ['http://api.localhost', true],
    ['http://[::1]:4010', true],
    ['https://conversations.twilio.com', false],
    ['http://10.0.0.5:4010', false],
    ['http://127.0.0.1.example.com', false],
  ])('%s → %s', (url, want) => {
    expect(isLoopbackUrl(url)).toBe(want);
  });
});

describe('urlTarget capabilities', () => {
  test('a loopback target gets webhook delivery; real timers only when asked', async () => {
    const running = await startEmulator({ clock: 'virtual' });
    try {
      const account = running.accounts[0]!;
      const env = { TWILIO_ACCOUNT_SID: account.accountSid, TWILIO_AUTH_TOKEN: account.authToken };
      const plain = await urlTarget(running.url, { env });
      expect(plain.capabilities).toEqual({
        clockControl: true,
        live: false,
        webhookDelivery: true,
        realTimers: false,
      });
      const real = await urlTarget(running.url.replace('127.0.0.1', 'localhost'), { env, realTimers: true });
      expect(real.capabilities.realTimers).toBe(true);
    } finally {
      await running.close();
    }
  });
});
