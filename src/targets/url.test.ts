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

describe('urlTarget signing token', () => {
  test('an API-key run signs-checks with TWILIO_AUTH_TOKEN when given, else has no signing token', async () => {
    const key = { sid: `SK${'a'.repeat(32)}`, secret: 'b'.repeat(32) };
    const running = await startEmulator({
      accounts: [{ accountSid: `AC${'1'.repeat(32)}`, authToken: 'c'.repeat(32), apiKeys: [key] }],
    });
    try {
      const keyEnv = { TWILIO_API_KEY: key.sid, TWILIO_API_SECRET: key.secret };
      const both = await urlTarget(running.url, { env: { ...keyEnv, TWILIO_AUTH_TOKEN: 'c'.repeat(32) } });
      expect(both.credentials.username).toBe(key.sid);
      expect(both.signingToken).toBe('c'.repeat(32));
      const keyOnly = await urlTarget(running.url, { env: keyEnv });
      expect(keyOnly.credentials.username).toBe(key.sid);
      expect(keyOnly).not.toHaveProperty('signingToken');
    } finally {
      await running.close();
    }
  });
});
