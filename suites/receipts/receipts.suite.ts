// @module-tag receipts
// @module-tag live-cost
import { describe, expect, type ScenarioApi, type ScenarioData, test } from '../../src/runtime/index.ts';
import type { TwilioError } from '../support/errors.ts';
import {
  addChatParticipant,
  type Conversation,
  createConversation,
  FORMS,
  type MessagesForm,
  type Participant,
  sendMessage,
} from '../support/messages.ts';
import {
  addMessagingParticipant,
  listReceipts,
  type Receipt,
  type ReceiptPage,
  refetch,
  summaryOf,
} from './support.ts';

// Delivery Receipts (DY): fetch 004:L12148-12167, list 004:L12271-12302, properties 004:L12082-12146; service form
// derived from the shortened-URL note 004:L12078-12080 (D-RCPT-1), adding chat_service_sid (004:L20419-20423).
// Receipts exist for messages to non-chat participants only (004:L26171, L26749-26753).

interface Room {
  conversation: Conversation;
  agent: Participant;
  sms: Participant[];
}

/** A conversation with one chat participant (the agent) and `smsCount` SMS participants (004:L26745). */
async function room(api: ScenarioApi, data: ScenarioData, form: MessagesForm, smsCount: number): Promise<Room> {
  const conversation = await createConversation(api, form);
  const agent = await addChatParticipant(api, conversation, data.unique('agent'));
  const sms: Participant[] = [];
  for (let i = 0; i < smsCount; i++) sms.push(await addMessagingParticipant(api, conversation, data));
  return { conversation, agent, sms };
}

describe.each(FORMS)('Delivery receipts of a message ($label)', (form) => {
  test('a chat-authored message gets one receipt per SMS participant', async ({ api, data }) => {
    // "visibility into the messages sent to your Participants in non-Chat channels" (004:L26171); chat recipients
    // "do not appear in the delivery_receipts sub-resource" (004:L26753).
    const { conversation, agent, sms } = await room(api, data, form, 2);
    const message = await sendMessage(api, conversation, { Author: agent.identity ?? '', Body: 'hello SMS' });
    const receipts = await listReceipts(api, message);
    expect(receipts.map((r) => r.participant_sid).sort()).toEqual(sms.map((p) => p.sid).sort());
    for (const receipt of receipts) {
      expect(receipt).toMatchObject({ message_sid: message.sid, conversation_sid: conversation.sid });
      if (form.serviceScoped) expect(receipt.chat_service_sid).toBe(conversation.chat_service_sid);
    }
  });

  test('the message delivery summary counts its receipts', async ({ api, data, target }) => {
    // `delivery` sums up the receipts (004:L4607-4610, L26340-26364; D-MSG-5). A new receipt is `sent` on the emulator
    // (D-EMU-RCPT-1); elsewhere it may still be null ("still within Twilio", 004:L26185).
    const { conversation, agent } = await room(api, data, form, 2);
    const sent = await sendMessage(api, conversation, { Author: agent.identity ?? '', Body: 'count me' });
    const receipts = await listReceipts(api, sent);
    const message = await refetch(api, sent);
    expect(message.delivery?.total).toBe(2);
    expect(message.delivery).toEqual(summaryOf(receipts));
    if (target.kind === 'emulator') {
      expect(receipts.map((r) => r.status)).toEqual(['sent', 'sent']);
      expect(message.delivery).toMatchObject({ sent: 'all', delivered: 'none', read: 'none', failed: 'none' });
    }
  });

  test('a receipt is fetched by SID as it is listed', async ({ api, data }) => {
    // 004:L12148-12167.
    const { conversation, agent } = await room(api, data, form, 1);
    const message = await sendMessage(api, conversation, { Author: agent.identity ?? '', Body: 'fetch the receipt' });
    const [listed] = await listReceipts(api, message);
    if (!listed) throw new Error('one receipt expected');
    expect(listed.url).toBe(`${message.links.delivery_receipts}/${listed.sid}`);
    const fetched = (await api.get<Receipt>(listed.url, undefined, { expect: 200 })).body;
    expect(fetched).toEqual(listed);
  });

  test('a system message to an SMS participant gets a receipt too', async ({ api, data }) => {
    // The default author is system (004:L4569); the SMS participant is still a non-chat recipient (004:L26171).
    const { conversation, sms } = await room(api, data, form, 1);
    const message = await sendMessage(api, conversation, { Body: 'from the backend' });
    expect((await listReceipts(api, message)).map((r) => r.participant_sid)).toEqual([sms[0]?.sid]);
  });

  test('a message authored by an SMS participant gets no receipt for its author', async ({ api, data }) => {
    // "verify that a message sent from one SMS end user reached the other" (004:L26745): receipts are for the
    // recipients (D-EMU-RCPT-1).
    const { conversation, sms } = await room(api, data, form, 2);
    const [author, other] = sms;
    const address = author?.messaging_binding?.address;
    if (!author || !other || !address) throw new Error('two SMS participants expected');
    const message = await sendMessage(api, conversation, { Author: address, Body: 'from a phone' });
    expect(message.participant_sid).toBe(author.sid);
    expect((await listReceipts(api, message)).map((r) => r.participant_sid)).toEqual([other.sid]);
    expect((await refetch(api, message)).delivery?.total).toBe(1);
  });

  test('a message in a chat-only conversation has no receipts and a null delivery', async ({ api, data }) => {
    // "Delivery Receipts information is only available for messages sent to non-Chat (SMS or WhatsApp)
    // Participants" (004:L26752); `delivery` null without non-chat recipients (D-MSG-5).
    const conversation = await createConversation(api, form);
    const agent = await addChatParticipant(api, conversation, data.unique('agent'));
    await addChatParticipant(api, conversation, data.unique('customer'));
    const message = await sendMessage(api, conversation, { Author: agent.identity ?? '', Body: 'chat only' });
    expect(await listReceipts(api, message)).toEqual([]);
    expect((await refetch(api, message)).delivery).toBeNull();
  });

  test('an unknown receipt SID answers 404 with code 20404', async ({ api, data }) => {
    const { conversation, agent } = await room(api, data, form, 1);
    const message = await sendMessage(api, conversation, { Author: agent.identity ?? '', Body: 'x' });
    const res = await api.get<TwilioError>(`${message.links.delivery_receipts}/DY${'0'.repeat(32)}`, undefined, {
      expect: 404,
    });
    expect(res.body.code).toBe(20404);
  });

  test('the receipts of an unknown message answer 404', async ({ api }) => {
    const conversation = await createConversation(api, form);
    const res = await api.get<TwilioError>(`${conversation.links.messages}/IM${'0'.repeat(32)}/Receipts`, undefined, {
      expect: 404,
    });
    expect(res.body.code).toBe(20404);
  });
});

describe.each(FORMS)('listConversationMessageReceipt paging ($label)', (form) => {
  test('PageSize=1 walks every receipt once, in pages of one', async ({ api, data }) => {
    // Paging 004:L12287-12302; envelope key `delivery_receipts`.
    const { conversation, agent } = await room(api, data, form, 3);
    const message = await sendMessage(api, conversation, { Author: agent.identity ?? '', Body: 'page me' });
    const walked: string[] = [];
    let next: string | null = message.links.delivery_receipts;
    let query: Record<string, number> | undefined = { PageSize: 1 };
    for (let pages = 0; next !== null && pages < 10; pages++) {
      const res: { body: ReceiptPage } = await api.get<ReceiptPage>(next, query, { expect: 200 });
      expect(res.body.meta.key).toBe('delivery_receipts');
      expect(res.body.delivery_receipts.length).toBeLessThanOrEqual(1);
      walked.push(...res.body.delivery_receipts.map((r) => r.sid));
      next = res.body.meta.next_page_url;
      query = undefined;
    }
    expect(walked).toHaveLength(3);
    expect(new Set(walked).size).toBe(3);
    expect(walked.sort()).toEqual((await listReceipts(api, message)).map((r) => r.sid).sort());
  });

  test('PageSize 50, the documented maximum, is accepted', async ({ api, data }) => {
    // "The default is 50, and the maximum is 50" (004:L12290-12291).
    const { conversation, agent } = await room(api, data, form, 1);
    const message = await sendMessage(api, conversation, { Author: agent.identity ?? '', Body: 'x' });
    const res = await api.get<ReceiptPage>(message.links.delivery_receipts, { PageSize: 50 }, { expect: 200 });
    expect(res.body.meta.page_size).toBe(50);
    expect(res.body.delivery_receipts).toHaveLength(1);
  });

  test('PageSize 51 is refused, or clamped to 50', async ({ api, data, target }) => {
    // D-PAGE-1: the docs give the maximum but not what happens above it; the emulator refuses with 20422.
    const { conversation, agent } = await room(api, data, form, 1);
    const message = await sendMessage(api, conversation, { Author: agent.identity ?? '', Body: 'x' });
    const res = await api.get<ReceiptPage & TwilioError>(
      message.links.delivery_receipts,
      { PageSize: 51 },
      { expect: target.kind === 'emulator' ? 400 : [200, 400] },
    );
    if (res.status === 400) expect(target.kind === 'emulator' ? [20422] : [20422, 20007]).toContain(res.body.code);
    else expect(res.body.meta.page_size).toBeLessThanOrEqual(50);
  });
});
