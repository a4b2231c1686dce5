// @module-tag messages
import { describe, expect, test } from '../../src/runtime/index.ts';
import type { TwilioError } from '../support/errors.ts';
import { addChatParticipant, createConversation, FORMS, type Message, sendMessage } from '../support/messages.ts';
import { sendMessages } from './support.ts';

// Conversation Message: create / fetch / list / update / delete in both forms (004:L4623-5821; service form
// 004:L19073-20343). Properties 004:L4540-4621. Order and index rules: D-MSG-8.

interface MessagePage {
  meta: { next_page_url: string | null; page_size: number };
  messages: Message[];
}

describe.each(FORMS)('createConversationMessage ($label)', (form) => {
  test('the author defaults to system with no participant_sid when Author is omitted', async ({ api }) => {
    // "Defaults to system" (004:L4569); participant_sid "Null in case of system sent message" (004:L4589); example
    // 004:L4931-4934.
    const conversation = await createConversation(api, form);
    const message = await sendMessage(api, conversation, { Body: 'from the backend' });
    expect(message.author).toBe('system');
    expect(message.participant_sid).toBeNull();
    expect(message.body).toBe('from the backend');
    expect(message.conversation_sid).toBe(conversation.sid);
  });

  test("an Author equal to a participant's identity links that participant", async ({ api, data }) => {
    // participant_sid: "The unique ID of messages's author participant" (004:L4587-4589); REST example with an author
    // that is a participant identity (004:L27299, L27324).
    const conversation = await createConversation(api, form);
    const identity = data.unique('author');
    const participant = await addChatParticipant(api, conversation, identity);
    const message = await sendMessage(api, conversation, { Author: identity, Body: 'hello' });
    expect(message.author).toBe(identity);
    expect(message.participant_sid).toBe(participant.sid);
  });

  test('an Author that is no participant is kept with a null participant_sid', async ({ api, data }) => {
    // author is "the channel specific identifier of the message's author" (004:L4569); only a participant author has
    // a participant_sid (004:L4587-4589).
    const conversation = await createConversation(api, form);
    await addChatParticipant(api, conversation, data.unique('member'));
    const stranger = data.unique('stranger');
    const message = await sendMessage(api, conversation, { Author: stranger, Body: 'hi' });
    expect(message.author).toBe(stranger);
    expect(message.participant_sid).toBeNull();
  });

  test('the first message has index 0 and later ones strictly increasing indices', async ({ api }) => {
    // "Indices may skip numbers, but will always be in order of when the message was received" (004:L4563); first
    // index 0 (004:L4564, L4790; D-MSG-8).
    const conversation = await createConversation(api, form);
    const sent = await sendMessages(api, conversation, 4);
    expect(sent[0]?.index).toBe(0);
    for (let i = 1; i < sent.length; i++) {
      expect(sent[i]?.index ?? -1).toBeGreaterThan(sent[i - 1]?.index ?? Number.POSITIVE_INFINITY);
    }
  });

  test('the service form names the service; the links lead to the delivery receipts', async ({ api }) => {
    // chat_service_sid in the service form (004:L19164); links.delivery_receipts (004:L4823-4832; D-MSG-7).
    const conversation = await createConversation(api, form);
    const message = await sendMessage(api, conversation, { Body: 'links' });
    if (form.serviceScoped) expect(message.chat_service_sid).toBe(conversation.chat_service_sid);
    expect(message.url).toBe(`${conversation.links.messages}/${message.sid}`);
    expect(message.links.delivery_receipts).toBe(`${message.url}/Receipts`);
  });
});

describe.each(FORMS)('listConversationMessage ($label)', (form) => {
  test('messages are listed in ascending index order by default', async ({ api }) => {
    // "Can be: asc (ascending) or desc (descending), with asc as the default" (004:L5003-5008).
    const conversation = await createConversation(api, form);
    const sent = await sendMessages(api, conversation, 3);
    const listed = await api.listAll<Message>(conversation.links.messages, 'messages');
    expect(listed.map((m) => m.sid)).toEqual(sent.map((m) => m.sid));
    expect(listed.map((m) => m.index)).toEqual(sent.map((m) => m.index));
  });

  test('Order=desc lists the newest message first', async ({ api }) => {
    // 004:L5003-5008; the "latest message" example uses Order=desc&PageSize=1 (004:L5466).
    const conversation = await createConversation(api, form);
    const sent = await sendMessages(api, conversation, 3);
    const listed = await api.listAll<Message>(conversation.links.messages, 'messages', { Order: 'desc' });
    expect(listed.map((m) => m.sid)).toEqual(sent.map((m) => m.sid).reverse());
  });

  test('Order=desc with PageSize=1 answers the latest message only', async ({ api }) => {
    // The "latest message" recipe (004:L5466).
    const conversation = await createConversation(api, form);
    const sent = await sendMessages(api, conversation, 3);
    const page = await api.get<MessagePage>(
      conversation.links.messages,
      { Order: 'desc', PageSize: 1 },
      { expect: 200 },
    );
    expect(page.body.messages.map((m) => m.sid)).toEqual([sent[2]?.sid]);
  });

  test.for([
    ['asc', false],
    ['desc', true],
  ] as const)(
    'paging with PageSize=2 in %s order keeps the order with no gaps or repeats',
    async ([order, reversed], { api }) => {
      // Paging (004:L5010-5025) over an ordered list (004:L5003-5008): the walk equals the whole list.
      const conversation = await createConversation(api, form);
      const sent = (await sendMessages(api, conversation, 5)).map((m) => m.sid);
      const walked: string[] = [];
      let pages = 0;
      let next: string | null = conversation.links.messages;
      let query: Record<string, string | number> | undefined = { Order: order, PageSize: 2 };
      while (next !== null && pages < 10) {
        const res: { body: MessagePage } = await api.get<MessagePage>(next, query, { expect: 200 });
        expect(res.body.messages.length).toBeLessThanOrEqual(2);
        walked.push(...res.body.messages.map((m) => m.sid));
        next = res.body.meta.next_page_url;
        query = undefined;
        pages++;
      }
      expect(pages).toBeGreaterThanOrEqual(3);
      expect(walked).toEqual(reversed ? [...sent].reverse() : sent);
    },
  );

  test('an Order outside asc|desc is rejected', async ({ api }) => {
    // `Order` is the enum asc|desc (004:L5003-5008); an invalid parameter value is 20422 (error-codes.md §2).
    const conversation = await createConversation(api, form);
    const res = await api.get<TwilioError>(conversation.links.messages, { Order: 'sideways' }, { expect: 400 });
    expect(res.body.code).toBe(20422);
  });
});

describe.each(FORMS)('fetchConversationMessage ($label)', (form) => {
  test('a message is fetched by SID as it was created', async ({ api }) => {
    // 004:L4837-4850.
    const conversation = await createConversation(api, form);
    const sent = await sendMessage(api, conversation, { Body: 'fetch me', Attributes: '{"n":1}' });
    const fetched = (await api.get<Message>(sent.url, undefined, { expect: 200 })).body;
    expect(fetched).toMatchObject({
      sid: sent.sid,
      index: sent.index,
      author: sent.author,
      body: 'fetch me',
      attributes: '{"n":1}',
      date_created: sent.date_created,
    });
  });

  test('an unknown message SID answers 404 with code 20404', async ({ api }) => {
    const conversation = await createConversation(api, form);
    const res = await api.get<TwilioError>(`${conversation.links.messages}/IM${'0'.repeat(32)}`, undefined, {
      expect: 404,
    });
    expect(res.body.code).toBe(20404);
  });
});

describe.each(FORMS)('updateConversationMessage ($label)', (form) => {
  test('Body is replaced and date_updated is set', async ({ api }) => {
    // Update params 004:L5620-5648; date_updated is "null if the message has not been edited" (004:L4600), so an
    // edited message has one (D-MSG-4).
    const conversation = await createConversation(api, form);
    const sent = await sendMessage(api, conversation, { Body: 'first draft' });
    const updated = (await api.post<Message>(sent.url, { Body: 'final text' }, { expect: 200 })).body;
    expect(updated.body).toBe('final text');
    expect(updated.index).toBe(sent.index);
    expect(updated.date_updated).not.toBeNull();
    expect((await api.get<Message>(sent.url, undefined, { expect: 200 })).body.body).toBe('final text');
  });

  test('Attributes are replaced and the body is kept', async ({ api }) => {
    // 004:L5640-5643.
    const conversation = await createConversation(api, form);
    const sent = await sendMessage(api, conversation, { Body: 'keep me', Attributes: '{"v":1}' });
    const updated = (await api.post<Message>(sent.url, { Attributes: '{"v":2,"tag":"x"}' }, { expect: 200 })).body;
    expect(updated.attributes).toBe('{"v":2,"tag":"x"}');
    expect(updated.body).toBe('keep me');
  });

  test("changing Author to a participant's identity links that participant", async ({ api, data }) => {
    // Author is updatable (004:L5620-5623); participant_sid names the author participant (004:L4587-4589; D-EMU-MSG-4).
    const conversation = await createConversation(api, form);
    const identity = data.unique('editor');
    const participant = await addChatParticipant(api, conversation, identity);
    const sent = await sendMessage(api, conversation, { Body: 'by the system' });
    expect(sent.participant_sid).toBeNull();
    const updated = (await api.post<Message>(sent.url, { Author: identity }, { expect: 200 })).body;
    expect(updated.author).toBe(identity);
    expect(updated.participant_sid).toBe(participant.sid);
  });
});

describe.each(FORMS)('deleteConversationMessage ($label)', (form) => {
  test('a deleted message answers 204, then 404', async ({ api }) => {
    // 004:L5800-5821.
    const conversation = await createConversation(api, form);
    const sent = await sendMessage(api, conversation, { Body: 'short-lived' });
    await api.delete(sent.url, { expect: 204 });
    const res = await api.get<TwilioError>(sent.url, undefined, { expect: 404 });
    expect(res.body.code).toBe(20404);
  });

  test('the index of a deleted last message is not given to the next message', async ({ api }) => {
    // Indices "will always be in order of when the message was received" (004:L4563): a later message sorts after
    // every earlier one, deleted or not (D-EMU-MSG-5).
    const conversation = await createConversation(api, form);
    const [first, last] = await sendMessages(api, conversation, 2);
    if (!first || !last) throw new Error('two messages expected');
    await api.delete(last.url, { expect: 204 });
    const next = await sendMessage(api, conversation, { Body: 'after the delete' });
    expect(next.index).toBeGreaterThan(last.index);
    const listed = await api.listAll<Message>(conversation.links.messages, 'messages');
    expect(listed.map((m) => m.sid)).toEqual([first.sid, next.sid]);
  });
});
