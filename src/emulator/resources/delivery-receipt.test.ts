import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { ValidatorSet } from '../../validation/validators.ts';
import { generateAccount } from '../app.ts';
import type { EmulatorEvent } from '../events.ts';
import { expectValid, tagValidators } from '../spec-support.ts';
import { defaultServiceSid, ISO, setup, type TestClient, type TestResponse } from '../test-support.ts';

// One emulator for the file, reset before each test.
let client: TestClient;
let validators: ValidatorSet;
const unsubscribes: Array<() => void> = [];
const other = generateAccount();
beforeAll(async () => {
  validators = await tagValidators('ConversationMessageReceipt');
  client = setup({ accounts: [generateAccount(), other] });
});
beforeEach(() => {
  client.emulator.reset();
});
afterEach(() => {
  for (const unsubscribe of unsubscribes.splice(0)) unsubscribe();
});
afterAll(async () => {
  await client.emulator.close();
});

function conforms(operationId: string, response: TestResponse): void {
  expectValid(validators, operationId, response);
}

/** A message from chat participant alice to an SMS and a WhatsApp participant. */
async function sent(): Promise<{ ch: string; im: string; sms: string; wa: string }> {
  const ch = (await client.post('/v1/Conversations')).body.sid;
  await client.post(`/v1/Conversations/${ch}/Participants`, { Identity: 'alice' });
  const sms = await client.post(`/v1/Conversations/${ch}/Participants`, {
    'MessagingBinding.Address': '+15550001',
    'MessagingBinding.ProxyAddress': '+15559999',
  });
  const wa = await client.post(`/v1/Conversations/${ch}/Participants`, {
    'MessagingBinding.Address': 'whatsapp:+15550002',
    'MessagingBinding.ProxyAddress': 'whatsapp:+15559998',
  });
  const message = await client.post(`/v1/Conversations/${ch}/Messages`, { Author: 'alice', Body: 'hi' });
  return { ch, im: message.body.sid, sms: sms.body.sid, wa: wa.body.sid };
}

async function receiptOf(ch: string, im: string, participantSid: string): Promise<string> {
  const list = await client.get(`/v1/Conversations/${ch}/Messages/${im}/Receipts`);
  return list.body.delivery_receipts.find((r: { participant_sid: string }) => r.participant_sid === participantSid).sid;
}

describe('listConversationMessageReceipt / fetchConversationMessageReceipt', () => {
  test('one sent receipt per non-chat recipient, SM… for SMS and WA… for WhatsApp, in both forms', async () => {
    const { ch, im, sms, wa } = await sent();
    const list = await client.get(`/v1/Conversations/${ch}/Messages/${im}/Receipts`);
    expect(list.status).toBe(200);
    conforms('listConversationMessageReceipt', list);
    expect(list.body.meta).toMatchObject({ key: 'delivery_receipts', page_size: 50 });
    const [first, second] = list.body.delivery_receipts;
    expect(first).toEqual({
      account_sid: client.account.accountSid,
      conversation_sid: ch,
      sid: expect.stringMatching(/^DY[0-9a-f]{32}$/),
      message_sid: im,
      channel_message_sid: expect.stringMatching(/^SM[0-9a-f]{32}$/),
      participant_sid: sms,
      status: 'sent',
      error_code: null,
      date_created: expect.stringMatching(ISO),
      date_updated: null,
      url: `http://localhost:80/v1/Conversations/${ch}/Messages/${im}/Receipts/${first.sid}`,
    });
    expect(second).toMatchObject({ participant_sid: wa, channel_message_sid: expect.stringMatching(/^WA/) });

    const is = defaultServiceSid(client);
    const fetched = await client.get(`/v1/Services/${is}/Conversations/${ch}/Messages/${im}/Receipts/${first.sid}`);
    conforms('fetchServiceConversationMessageReceipt', fetched);
    expect(fetched.body).toMatchObject({
      chat_service_sid: is,
      sid: first.sid,
      url: `http://localhost:80/v1/Services/${is}/Conversations/${ch}/Messages/${im}/Receipts/${first.sid}`,
    });
    const serviceList = await client.get(`/v1/Services/${is}/Conversations/${ch}/Messages/${im}/Receipts?PageSize=1`);
    conforms('listServiceConversationMessageReceipt', serviceList);
    expect(serviceList.body.delivery_receipts).toHaveLength(1);
    expect(serviceList.body.meta.next_page_url).toContain('PageSize=1');
    const short = await client.get(`/v1/Conversations/${ch}/Messages/${im}/Receipts/${first.sid}`);
    conforms('fetchConversationMessageReceipt', short);
  });

  test.each([
    [
      'an unknown receipt',
      (ch: string, im: string) => `/v1/Conversations/${ch}/Messages/${im}/Receipts/DY${'0'.repeat(32)}`,
    ],
    ['an unknown message', (ch: string) => `/v1/Conversations/${ch}/Messages/IM${'0'.repeat(32)}/Receipts`],
    [
      'an unknown conversation',
      (_ch: string, im: string) => `/v1/Conversations/CH${'0'.repeat(32)}/Messages/${im}/Receipts`,
    ],
  ])('%s is 404', async (_name, path) => {
    const { ch, im } = await sent();
    const response = await client.get(path(ch, im));
    expect(response.status).toBe(404);
    expect(response.body.code).toBe(20404);
  });

  test('PageSize is at most 50 (400 above)', async () => {
    const { ch, im } = await sent();
    const response = await client.get(`/v1/Conversations/${ch}/Messages/${im}/Receipts?PageSize=51`);
    expect(response.status).toBe(400);
    conforms('listConversationMessageReceipt', response);
  });

  test('receipts are read-only: POST and DELETE are 405', async () => {
    const { ch, im, sms } = await sent();
    const dy = await receiptOf(ch, im, sms);
    expect(
      (await client.post(`/v1/Conversations/${ch}/Messages/${im}/Receipts/${dy}`, { Status: 'read' })).status,
    ).toBe(405);
    expect((await client.delete(`/v1/Conversations/${ch}/Messages/${im}/Receipts/${dy}`)).status).toBe(405);
  });
});

describe('POST /__emulator/receipts/{Sid}', () => {
  test('moves a receipt, keeps only the latest status, updates the summary and publishes onDeliveryUpdated', async () => {
    const { ch, im, sms, wa } = await sent();
    const smsReceipt = await receiptOf(ch, im, sms);
    const waReceipt = await receiptOf(ch, im, wa);
    const events: EmulatorEvent[] = [];
    unsubscribes.push(client.emulator.events.on((event) => events.push(event)));

    const delivered = await client.post(`/__emulator/receipts/${smsReceipt}`, { Status: 'delivered' });
    expect(delivered.status).toBe(200);
    expect(delivered.body).toMatchObject({ sid: smsReceipt, status: 'delivered', error_code: null });
    expect(delivered.body.delivery).toMatchObject({ total: 2, sent: 'all', delivered: 'some', read: 'none' });

    // JSON bodies work too.
    const read = await client.request({
      method: 'POST',
      url: `/__emulator/receipts/${waReceipt}`,
      payload: JSON.stringify({ Status: 'read' }),
      headers: { 'content-type': 'application/json' },
    });
    expect(read.body.delivery).toEqual({
      total: 2,
      sent: 'all',
      delivered: 'all',
      read: 'some',
      failed: 'none',
      undelivered: 'none',
    });

    const failed = await client.post(`/__emulator/receipts/${smsReceipt}`, {
      Status: 'undelivered',
      ErrorCode: '30003',
    });
    expect(failed.body).toMatchObject({ status: 'undelivered', error_code: 30003 });
    expect(failed.body.delivery).toMatchObject({ sent: 'some', delivered: 'some', read: 'some', undelivered: 'some' });

    const receipt = await client.get(`/v1/Conversations/${ch}/Messages/${im}/Receipts/${smsReceipt}`);
    conforms('fetchConversationMessageReceipt', receipt);
    expect(receipt.body).toMatchObject({
      status: 'undelivered',
      error_code: 30003,
      date_updated: expect.stringMatching(ISO),
    });
    const message = await client.get(`/v1/Conversations/${ch}/Messages/${im}`);
    expect(message.body.delivery).toEqual(failed.body.delivery);

    expect(events.map((e) => [e.name, e.source, e.data.status])).toEqual([
      ['onDeliveryUpdated', 'system', 'delivered'],
      ['onDeliveryUpdated', 'system', 'read'],
      ['onDeliveryUpdated', 'system', 'undelivered'],
    ]);
    expect(events[2]?.data).toMatchObject({
      conversation_sid: ch,
      message_sid: im,
      delivery_receipt_sid: smsReceipt,
      participant_sid: sms,
      error_code: 30003,
      channel_message_sid: expect.stringMatching(/^SM/),
    });
  });

  test('failed without ErrorCode gets 30008 (unknown error)', async () => {
    const { ch, im, sms } = await sent();
    const dy = await receiptOf(ch, im, sms);
    const response = await client.post(`/__emulator/receipts/${dy}`, { Status: 'failed' });
    expect(response.body).toMatchObject({ status: 'failed', error_code: 30008 });
    expect(response.body.delivery).toMatchObject({ sent: 'some', failed: 'some' });
  });

  test.each<[string, Record<string, string>]>([
    ['no Status', {}],
    ['an unknown Status', { Status: 'queued' }],
    ['read on an SMS receipt', { Status: 'read' }],
    ['ErrorCode with a non-failure status', { Status: 'delivered', ErrorCode: '30003' }],
    ['a malformed ErrorCode', { Status: 'failed', ErrorCode: 'x' }],
  ])('rejects %s (400)', async (_name, fields) => {
    const { ch, im, sms } = await sent();
    const dy = await receiptOf(ch, im, sms);
    const response = await client.post(`/__emulator/receipts/${dy}`, fields);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe(20422);
  });

  test("an unknown receipt, or another account's, is 404", async () => {
    const { ch, im, sms } = await sent();
    const dy = await receiptOf(ch, im, sms);
    expect((await client.post(`/__emulator/receipts/DY${'0'.repeat(32)}`, { Status: 'sent' })).status).toBe(404);
    expect((await client.as(other).post(`/__emulator/receipts/${dy}`, { Status: 'sent' })).status).toBe(404);
  });
});
