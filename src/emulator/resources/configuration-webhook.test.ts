import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { ValidatorSet } from '../../validation/validators.ts';
import { expectValid, tagValidators } from '../spec-support.ts';
import { defaultServiceSid, setup, type TestClient, type TestResponse } from '../test-support.ts';
import { ACCOUNT_WEBHOOK_FILTERS } from './configuration-webhook.ts';
import { SERVICE_WEBHOOK_FILTERS } from './service-webhook-configuration.ts';

let client: TestClient;
let validators: ValidatorSet;
beforeAll(async () => {
  validators = await tagValidators('ConfigurationWebhook', 'ServiceWebhookConfiguration');
  client = setup();
});
beforeEach(() => client.emulator.reset());
afterAll(async () => {
  await client.emulator.close();
});

function conforms(operationId: string, response: TestResponse): void {
  expectValid(validators, operationId, response);
}

describe('fetchConfigurationWebhook / updateConfigurationWebhook', () => {
  test('a new account has null URLs, POST, no filters, target webhook (D-CFG-1)', async () => {
    const response = await client.get('/v1/Configuration/Webhooks');
    expect(response.status).toBe(200);
    conforms('fetchConfigurationWebhook', response);
    expect(response.body).toEqual({
      account_sid: client.account.accountSid,
      method: 'POST',
      filters: [],
      pre_webhook_url: null,
      post_webhook_url: null,
      target: 'webhook',
      url: 'http://localhost:80/v1/Configuration/Webhooks',
    });
  });

  test('update sets every field; Filters replace the list in the order sent; unsent fields are kept', async () => {
    const first = await client.post('/v1/Configuration/Webhooks', {
      Method: 'GET',
      Filters: ['onMessageAdd', 'onUserUpdated'],
      PreWebhookUrl: 'https://example.com/pre',
      PostWebhookUrl: 'https://example.com/post',
      Target: 'flex',
    });
    expect(first.status).toBe(200);
    conforms('updateConfigurationWebhook', first);
    expect(first.body).toMatchObject({
      method: 'GET',
      filters: ['onMessageAdd', 'onUserUpdated'],
      pre_webhook_url: 'https://example.com/pre',
      post_webhook_url: 'https://example.com/post',
      target: 'flex',
    });
    const second = await client.post('/v1/Configuration/Webhooks', { Filters: ['onConversationAdded'] });
    expect(second.body).toMatchObject({ method: 'GET', filters: ['onConversationAdded'], target: 'flex' });
    expect((await client.get('/v1/Configuration/Webhooks')).body).toEqual(second.body);
    expect((await client.post('/v1/Configuration/Webhooks')).body).toEqual(second.body);
  });

  test('accepts each of the 23 documented filters at once', async () => {
    const response = await client.post('/v1/Configuration/Webhooks', { Filters: ACCOUNT_WEBHOOK_FILTERS });
    expect(response.body.filters).toEqual([...ACCOUNT_WEBHOOK_FILTERS]);
    conforms('updateConfigurationWebhook', response);
  });

  test.each<[string, Record<string, string | string[]>, number]>([
    ['lowercase method (D-CFG-6)', { Method: 'post' }, 50055],
    ['unknown filter (D-CFG-5)', { Filters: ['onMessageSend'] }, 20422],
    ['relative pre-event URL (D-CFG-8)', { PreWebhookUrl: '/pre' }, 50077],
    ['non-http post-event URL', { PostWebhookUrl: 'ftp://example.com/post' }, 50078],
    ['unknown target', { Target: 'studio' }, 20422],
  ])('400 for %s, nothing changed', async (_name, fields, code) => {
    const response = await client.post('/v1/Configuration/Webhooks', { ...fields, Method: fields.Method ?? 'GET' });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe(code);
    conforms('updateConfigurationWebhook', response);
    expect((await client.get('/v1/Configuration/Webhooks')).body.method).toBe('POST');
  });
});

describe('fetchServiceWebhookConfiguration / updateServiceWebhookConfiguration', () => {
  test('exists with its service: null URLs, no filters, POST; no target', async () => {
    const is = defaultServiceSid(client);
    const response = await client.get(`/v1/Services/${is}/Configuration/Webhooks`);
    expect(response.status).toBe(200);
    conforms('fetchServiceWebhookConfiguration', response);
    expect(response.body).toEqual({
      account_sid: client.account.accountSid,
      chat_service_sid: is,
      pre_webhook_url: null,
      post_webhook_url: null,
      filters: [],
      method: 'POST',
      url: `http://localhost:80/v1/Services/${is}/Configuration/Webhooks`,
    });
  });

  test('update is partial and accepts the 20 service-level filters', async () => {
    const is = defaultServiceSid(client);
    const response = await client.post(`/v1/Services/${is}/Configuration/Webhooks`, {
      PostWebhookUrl: 'https://example.com/post',
      Filters: SERVICE_WEBHOOK_FILTERS,
    });
    expect(response.status).toBe(200);
    conforms('updateServiceWebhookConfiguration', response);
    expect(response.body).toMatchObject({ post_webhook_url: 'https://example.com/post', pre_webhook_url: null });
    expect(response.body.filters).toEqual([...SERVICE_WEBHOOK_FILTERS]);
    const again = await client.post(`/v1/Services/${is}/Configuration/Webhooks`, { Method: 'GET' });
    expect(again.body).toMatchObject({ method: 'GET', post_webhook_url: 'https://example.com/post' });
  });

  test('user events are not service-level filters (004:L21541)', async () => {
    const response = await client.post(`/v1/Services/${defaultServiceSid(client)}/Configuration/Webhooks`, {
      Filters: ['onUserAdded'],
    });
    expect(response.status).toBe(400);
    conforms('updateServiceWebhookConfiguration', response);
  });

  test('404 for an unknown service', async () => {
    const url = `/v1/Services/IS${'0'.repeat(32)}/Configuration/Webhooks`;
    const fetched = await client.get(url);
    expect(fetched.status).toBe(404);
    conforms('fetchServiceWebhookConfiguration', fetched);
    const updated = await client.post(url, { Method: 'GET' });
    expect(updated.status).toBe(404);
    conforms('updateServiceWebhookConfiguration', updated);
  });
});
