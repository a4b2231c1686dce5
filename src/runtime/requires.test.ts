import { describe, expect, test } from 'vitest';
import type { TargetCapabilities, TargetInfo } from '../targets/types.ts';
import { REQUIREMENTS, type Requirement, requires, unmetRequirement } from './requires.ts';

function target(capabilities: Partial<TargetCapabilities> = {}, other = false, signingToken?: string): TargetInfo {
  return {
    ...(signingToken ? { signingToken } : {}),
    kind: 'url',
    url: 'https://conversations.twilio.com',
    identity: 'conversations.twilio.com_443',
    credentials: { username: 'AC1', password: 'x' },
    ...(other ? { otherCredentials: { username: 'AC2', password: 'y' } } : {}),
    capabilities: { clockControl: false, live: false, webhookDelivery: false, realTimers: false, ...capabilities },
    specPath: 'spec.yaml',
    timeoutMs: 1000,
  };
}

describe('requires', () => {
  test.each<[string, Partial<TargetCapabilities>, boolean, Requirement[], RegExp | undefined]>([
    ['clock control present', { clockControl: true }, false, ['clockControl'], undefined],
    ['clock control absent', {}, false, ['clockControl'], /^needs clockControl: .*twilio\.com/],
    ['timers met by real timers', { realTimers: true }, false, ['timers'], undefined],
    ['timers met by clock control', { clockControl: true }, false, ['timers'], undefined],
    ['timers unmet', {}, false, ['timers'], /--real-timers/],
    ['webhook delivery absent', {}, false, ['webhookDelivery'], /--webhook-url PUBLIC_URL/],
    ['notLive on a live target', { live: true }, false, ['notLive'], /^not run against a live vendor/],
    ['live on the emulator', {}, false, ['live'], /^needs a live vendor/],
    ['second account absent', {}, false, ['otherAccount'], /CONFORMANCE_OTHER_ACCOUNT_SID/],
    ['second account present', {}, true, ['otherAccount'], undefined],
    ['no signing token (an API key only)', {}, false, ['signingToken'], /^needs signingToken: .*TWILIO_AUTH_TOKEN/],
    ['the first unmet need is named', { clockControl: true }, false, ['clockControl', 'webhookDelivery'], /webhook/],
  ])('%s', (_name, caps, other, needs, want) => {
    const reason = unmetRequirement(target(caps, other), needs);
    if (want === undefined) expect(reason).toBeUndefined();
    else expect(reason).toMatch(want);
  });

  test('a known signing token meets signingToken', () => {
    expect(unmetRequirement(target({}, false, 'tok'), ['signingToken'])).toBeUndefined();
  });

  test('calls skip with the reason only when a need is unmet', () => {
    const notes: string[] = [];
    const skip = (note: string) => {
      notes.push(note);
    };
    requires({ target: target({ clockControl: true }), skip }, 'clockControl');
    requires({ target: target(), skip }, 'clockControl', 'notLive');
    expect(notes).toEqual([REQUIREMENTS.clockControl.reason(target())]);
  });
});
