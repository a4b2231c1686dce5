// @module-tag deletion
import { describe, expect, test } from '../../src/runtime/index.ts';
import { conflictStatus, type TwilioError } from '../support/errors.ts';
import type { Message } from '../support/resources.ts';
import { addWebhook, createConversation, sendMessage } from './resources.ts';

// Deleting a message removes it and its media (004:L22532, L33788); indices "may skip numbers, but will always be in
// order of when the message was received" (004:L4563). A conversation holds "as many as five" webhooks (004:L11172;
// 50361, D-WH-5). Anything addressed after the delete answers 404 / 20404 (error-codes.md §2).

describe('deleteConversationMessage', { tags: ['messages'] }, () => {
  test('a deleted message is not found', { meta: { cost: 2 } }, async ({ api, data }) => {
    const conversation = await createConversation(api, data);
    const message = await sendMessage(api, conversation, 'author', 'to be deleted');
    await api.delete(message.url, { expect: 204 });
    const res = await api.get<TwilioError>(message.url, undefined, { expect: 404 });
    expect(res.body.code).toBe(20404);
  });

  test('a second delete answers 404', { meta: { cost: 2 } }, async ({ api, data }) => {
    const conversation = await createConversation(api, data);
    const message = await sendMessage(api, conversation, 'author', 'to be deleted');
    await api.delete(message.url, { expect: 204 });
    const res = await api.delete<TwilioError>(message.url, { expect: 404 });
    expect(res.body.code).toBe(20404);
  });

  test('an update after the delete answers 404', { meta: { cost: 2 } }, async ({ api, data }) => {
    const conversation = await createConversation(api, data);
    const message = await sendMessage(api, conversation, 'author', 'to be deleted');
    await api.delete(message.url, { expect: 204 });
    const res = await api.post<TwilioError>(message.url, { Body: 'edited after delete' }, { expect: 404 });
    expect(res.body.code).toBe(20404);
  });

  test('a deleted message is no longer listed, the others stay in order', { meta: { cost: 4 } }, async ({
    api,
    data,
  }) => {
    const conversation = await createConversation(api, data);
    const first = await sendMessage(api, conversation, 'author', 'first');
    const middle = await sendMessage(api, conversation, 'author', 'middle');
    const last = await sendMessage(api, conversation, 'author', 'last');
    await api.delete(middle.url, { expect: 204 });
    const listed = await api.listAll<Message>(conversation.links.messages, 'messages');
    expect(listed.map((m) => m.sid)).toEqual([first.sid, last.sid]);
  });

  test('the index of a deleted message is not given to a later message', { meta: { cost: 4 } }, async ({
    api,
    data,
  }) => {
    const conversation = await createConversation(api, data);
    await sendMessage(api, conversation, 'author', 'first');
    const removed = await sendMessage(api, conversation, 'author', 'removed');
    await api.delete(removed.url, { expect: 204 });
    const later = await sendMessage(api, conversation, 'author', 'later');
    expect(later.index).toBeGreaterThan(removed.index);
  });
});

describe('deleteConversationScopedWebhook', { tags: ['webhooks'] }, () => {
  test('a deleted webhook is not found', { meta: { cost: 2 } }, async ({ api, data }) => {
    const conversation = await createConversation(api, data);
    const webhook = await addWebhook(api, conversation, data);
    await api.delete(webhook.url, { expect: 204 });
    const res = await api.get<TwilioError>(webhook.url, undefined, { expect: 404 });
    expect(res.body.code).toBe(20404);
  });

  test('a second delete answers 404', { meta: { cost: 2 } }, async ({ api, data }) => {
    const conversation = await createConversation(api, data);
    const webhook = await addWebhook(api, conversation, data);
    await api.delete(webhook.url, { expect: 204 });
    const res = await api.delete<TwilioError>(webhook.url, { expect: 404 });
    expect(res.body.code).toBe(20404);
  });

  test('an update after the delete answers 404', { meta: { cost: 2 } }, async ({ api, data }) => {
    const conversation = await createConversation(api, data);
    const webhook = await addWebhook(api, conversation, data);
    await api.delete(webhook.url, { expect: 204 });
    const res = await api.post<TwilioError>(
      webhook.url,
      { 'Configuration.Url': 'https://hooks.example.com/after-delete' },
      { expect: 404 },
    );
    expect(res.body.code).toBe(20404);
  });

  test('deleting one of five webhooks frees a place for another', { meta: { cost: 7 } }, async ({
    api,
    data,
    target,
  }) => {
    const conversation = await createConversation(api, data);
    const webhooks = [];
    for (let i = 0; i < 5; i++) webhooks.push(await addWebhook(api, conversation, data));
    const sixth = await api.post<TwilioError>(
      conversation.links.webhooks,
      {
        Target: 'webhook',
        'Configuration.Url': 'https://hooks.example.com/sixth',
        'Configuration.Filters': ['onMessageAdded'],
      },
      { expect: conflictStatus(target), cleanup: true },
    );
    expect(sixth.body.code).toBe(50361);
    await api.delete(webhooks[0]?.url ?? '', { expect: 204 });
    await addWebhook(api, conversation, data);
  });
});
