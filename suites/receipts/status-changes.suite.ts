// @module-tag receipts
import { describe, expect, type ScenarioApi, type ScenarioData, test } from '../../src/runtime/index.ts';
import {
  addChatParticipant,
  createConversation,
  FORMS,
  type Message,
  type MessagesForm,
  sendMessage,
} from '../support/messages.ts';
import { addMessagingParticipant, listReceipts, type Receipt, refetch, summaryOf } from './support.ts';

// Receipt status changes. A carrier reports them to Twilio (004:L26179-26189); the emulator stands in for the carrier
// with its control endpoint `POST /__emulator/receipts/{DY…}` (form Status, ErrorCode; D-EMU-RCPT-1), which is not part
// of the Twilio API, so these scenarios run against the emulator only. What they check is the Twilio API: the receipt
// holds the latest status only (004:L26662), failed and undelivered carry an error code (004:L26186; D-RCPT-4), and the
// message's `delivery` summary follows its receipts (004:L26340-26364; D-EMU-MSG-2).

/** Moves a receipt to `status` through the emulator's control endpoint (outside the spec: sent unchecked). */
async function report(api: ScenarioApi, receipt: Receipt, status: string, errorCode?: number): Promise<void> {
  const form: Record<string, string> = { Status: status };
  if (errorCode !== undefined) form.ErrorCode = String(errorCode);
  const exchange = await api.client.send({ method: 'POST', path: `/__emulator/receipts/${receipt.sid}`, form });
  if (exchange.response.status !== 200) {
    throw new Error(`receipt control answered ${exchange.response.status}: ${exchange.response.text}`);
  }
}

/** A chat-authored message to `channels` non-chat participants; returns it with its receipts in `channels` order. */
async function deliver(
  api: ScenarioApi,
  data: ScenarioData,
  form: MessagesForm,
  channels: ('sms' | 'whatsapp')[],
): Promise<{ message: Message; receipts: Receipt[] }> {
  const conversation = await createConversation(api, form);
  const agent = data.unique('agent');
  await addChatParticipant(api, conversation, agent);
  const recipients = [];
  for (const channel of channels) recipients.push(await addMessagingParticipant(api, conversation, data, channel));
  const message = await sendMessage(api, conversation, { Author: agent, Body: 'status, please' });
  const listed = await listReceipts(api, message);
  const receipts = recipients.map((p) => listed.find((r) => r.participant_sid === p.sid));
  if (receipts.some((r) => r === undefined)) throw new Error('one receipt per recipient expected');
  return { message, receipts: receipts as Receipt[] };
}

async function refetchReceipt(api: ScenarioApi, receipt: Receipt): Promise<Receipt> {
  return (await api.get<Receipt>(receipt.url, undefined, { expect: 200 })).body;
}

describe.each(FORMS)('Delivery receipt status changes ($label)', (form) => {
  test.beforeEach(({ target, skip }) => {
    if (target.kind !== 'emulator') skip('needs receipt control (the emulator stands in for the carrier)');
  });

  test('a delivered report moves the receipt to delivered and the summary to delivered: some', async ({
    api,
    data,
  }) => {
    const { message, receipts } = await deliver(api, data, form, ['sms', 'sms']);
    const [first] = receipts;
    if (!first) throw new Error('receipt expected');
    expect(first.date_updated).toBeNull();
    await report(api, first, 'delivered');
    const updated = await refetchReceipt(api, first);
    expect(updated.status).toBe('delivered');
    expect(updated.error_code).toBeNull();
    expect(updated.date_updated).not.toBeNull();
    expect((await refetch(api, message)).delivery).toEqual({
      total: 2,
      sent: 'all',
      delivered: 'some',
      read: 'none',
      failed: 'none',
      undelivered: 'none',
    });
  });

  test('when every receipt is delivered the summary says delivered: all', async ({ api, data }) => {
    const { message, receipts } = await deliver(api, data, form, ['sms', 'sms']);
    for (const receipt of receipts) await report(api, receipt, 'delivered');
    expect((await refetch(api, message)).delivery).toMatchObject({ total: 2, sent: 'all', delivered: 'all' });
  });

  test('a failed report carries its error code and is not counted as sent', async ({ api, data }) => {
    // "For failed and undelivered statuses, Twilio provides an error code" (004:L26186); example 004:L12254.
    const { message, receipts } = await deliver(api, data, form, ['sms', 'sms']);
    const [first] = receipts;
    if (!first) throw new Error('receipt expected');
    await report(api, first, 'failed', 30003);
    const updated = await refetchReceipt(api, first);
    expect(updated).toMatchObject({ status: 'failed', error_code: 30003 });
    expect((await refetch(api, message)).delivery).toMatchObject({ total: 2, sent: 'some', failed: 'some' });
  });

  test('an undelivered report without a code still carries an error code', async ({ api, data }) => {
    // 004:L26186; the emulator's default is 30008 "Unknown error" (D-EMU-RCPT-1).
    const { message, receipts } = await deliver(api, data, form, ['sms']);
    const [only] = receipts;
    if (!only) throw new Error('receipt expected');
    await report(api, only, 'undelivered');
    expect(await refetchReceipt(api, only)).toMatchObject({ status: 'undelivered', error_code: 30008 });
    expect((await refetch(api, message)).delivery).toMatchObject({ total: 1, sent: 'none', undelivered: 'all' });
  });

  test('the latest status replaces the previous one', async ({ api, data }) => {
    // "the most recent status information overrides the previous status" (004:L26662).
    const { message, receipts } = await deliver(api, data, form, ['sms']);
    const [only] = receipts;
    if (!only) throw new Error('receipt expected');
    await report(api, only, 'delivered');
    await report(api, only, 'failed', 30005);
    const listed = await listReceipts(api, message);
    expect(listed.map((r) => [r.sid, r.status, r.error_code])).toEqual([[only.sid, 'failed', 30005]]);
    expect((await refetch(api, message)).delivery).toMatchObject({ delivered: 'none', failed: 'all' });
  });

  test('a WhatsApp read report counts as read, delivered and sent', async ({ api, data }) => {
    // read applies to OTT channels such as WhatsApp (004:L26181); the guide's summary of five receipts reads
    // "sent: all, delivered: some, read: some" (004:L26340-26364). Channel SIDs: SM… for SMS, WA… for WhatsApp
    // (004:L12108-12112).
    const { message, receipts } = await deliver(api, data, form, ['sms', 'whatsapp']);
    const [sms, whatsapp] = receipts;
    if (!sms || !whatsapp) throw new Error('two receipts expected');
    expect(sms.channel_message_sid?.startsWith('SM')).toBe(true);
    expect(whatsapp.channel_message_sid?.startsWith('WA')).toBe(true);
    await report(api, whatsapp, 'read');
    const after = await refetch(api, message);
    expect(after.delivery).toEqual({
      total: 2,
      sent: 'all',
      delivered: 'some',
      read: 'some',
      failed: 'none',
      undelivered: 'none',
    });
    expect(after.delivery).toEqual(summaryOf(await listReceipts(api, message)));
  });
});
