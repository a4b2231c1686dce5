import { describe, expect, test } from 'vitest';
import { createStore } from '../store/store.ts';
import { effectiveSettings, triggerMatches } from './routing.ts';

describe('webhook routing', () => {
  test('trigger keywords match anywhere in the body, ignoring case', () => {
    expect(triggerMatches({ triggers: ['help', 'agent'] }, 'I need an AGENT now')).toBe(true);
    expect(triggerMatches({ triggers: ['help'] }, 'hello')).toBe(false);
    expect(triggerMatches({ triggers: ['help'] }, null)).toBe(false);
  });

  test('a service with a webhook URL overrides the account; an account routed to Flex sends nothing', () => {
    const spec = { accountSid: `AC${'a'.repeat(32)}`, authToken: 'a'.repeat(32) };
    const account = createStore([spec], () => new Date()).accounts.get(spec.accountSid)!;
    const service = account.services.get(account.defaultServiceSid)!;
    expect(effectiveSettings(account, service)).toBe(account.webhooks);
    service.webhooks.postWebhookUrl = 'http://127.0.0.1:9/post';
    expect(effectiveSettings(account, service)).toBe(service.webhooks);
    service.webhooks.postWebhookUrl = null;
    account.webhooks.target = 'flex';
    expect(effectiveSettings(account, service)).toBeNull();
  });
});
