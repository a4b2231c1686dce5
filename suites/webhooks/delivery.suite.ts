// @module-tag webhooks
import { describe, expect, type ReceivedWebhook, test } from '../../src/runtime/index.ts';
import {
  addParticipant,
  createConversation,
  eventsOf,
  ownServicePostingTo,
  paramsOf,
  sendMessage,
  WEBHOOK_ENABLED,
} from './support.ts';

// Post-event webhooks of the service level (Conversations Webhooks page 004:L22789-24544): each event in the
// service's filters goes to its post-event URL (004:L21541, L22858) with the documented parameters (common ones
// 004:L23645-23660, per event 004:L24032-24534), form-encoded (004:L23662), signed with X-Twilio-Signature (Twilio's
// scheme, not in the seeds: D-EMU-WH-13). REST actions cause webhooks only with `X-Twilio-Webhook-Enabled: true`
// (004:L22912-22913). Every scenario works in a service of its own whose webhooks point at its sink (support.ts), so
// the account's settings and other files play no part. Conversation-scoped delivery: conversation-scoped-delivery.
//
// Absence is never waited for: a scenario that checks an event was NOT sent performs a later action in the same
// conversation whose webhook is sent, and checks once that one arrived (deliveries of one conversation keep the
// order of its events, as the sequence of 004:L28766-28775 shows).

/** Matches a webhook of `eventType` about conversation `sid`. */
function event(eventType: string, sid: string) {
  return (r: ReceivedWebhook) => paramsOf(r).EventType === eventType && paramsOf(r).ConversationSid === sid;
}

const ORDERED = ['onConversationAdded', 'onParticipantAdded', 'onMessageAdded'];

describe('Post-event webhooks', () => {
  test('a conversation, a participant and a message arrive in the order they happened', async ({
    api,
    data,
    webhooks,
  }) => {
    const service = await ownServicePostingTo(api, data, webhooks, ORDERED);
    const conversation = await createConversation(api, service.conversations, {}, WEBHOOK_ENABLED);
    const identity = data.unique('author');
    await addParticipant(api, conversation, identity, WEBHOOK_ENABLED);
    await sendMessage(api, conversation, { Author: identity, Body: 'hello' }, WEBHOOK_ENABLED);
    await webhooks.waitFor(event('onMessageAdded', conversation.sid), { description: 'onMessageAdded' });
    expect(eventsOf(webhooks, conversation.sid)).toEqual(ORDERED);
  });

  test('onConversationAdded carries the conversation fields', async ({ api, data, webhooks }) => {
    // 004:L24032-24077.
    const service = await ownServicePostingTo(api, data, webhooks, ['onConversationAdded']);
    const unique = data.unique('added');
    const conversation = await createConversation(
      api,
      service.conversations,
      { UniqueName: unique, FriendlyName: 'Added', Attributes: '{"k":1}' },
      WEBHOOK_ENABLED,
    );
    const hook = paramsOf(await webhooks.waitFor(event('onConversationAdded', conversation.sid)));
    expect(hook).toMatchObject({
      EventType: 'onConversationAdded',
      ConversationSid: conversation.sid,
      ChatServiceSid: service.sid,
      FriendlyName: 'Added',
      UniqueName: unique,
      Attributes: '{"k":1}',
      State: 'active',
    });
    expect(Date.parse(hook.DateCreated ?? '')).not.toBeNaN();
  });

  test('onParticipantAdded carries the participant fields', async ({ api, data, webhooks }) => {
    // 004:L24299-24337; a chat participant has an Identity and no addresses (004:L24337).
    const service = await ownServicePostingTo(api, data, webhooks, ['onParticipantAdded']);
    const conversation = await createConversation(api, service.conversations);
    const identity = data.unique('participant');
    const participant = await addParticipant(api, conversation, identity, WEBHOOK_ENABLED);
    const hook = paramsOf(await webhooks.waitFor(event('onParticipantAdded', conversation.sid)));
    expect(hook).toMatchObject({
      ParticipantSid: participant.sid,
      Identity: identity,
      'MessagingBinding.Type': 'CHAT',
    });
    expect(hook['MessagingBinding.Address']).toBeUndefined();
  });

  test('onMessageAdded carries the message fields and the common parameters', async ({ api, data, webhooks }) => {
    // 004:L24182-24218; AccountSid, EventType, Source (SDK or API) on every request (004:L23645-23660).
    const service = await ownServicePostingTo(api, data, webhooks, ['onMessageAdded']);
    const conversation = await createConversation(api, service.conversations);
    const identity = data.unique('author');
    const participant = await addParticipant(api, conversation, identity);
    await sendMessage(api, conversation, { Author: identity, Body: 'first' });
    const message = await sendMessage(api, conversation, { Author: identity, Body: 'second' }, WEBHOOK_ENABLED);
    const hook = paramsOf(await webhooks.waitFor(event('onMessageAdded', conversation.sid)));
    const account = await api.get<{ account_sid: string }>('/v1/Configuration', undefined, { expect: 200 });
    expect(hook).toMatchObject({
      AccountSid: account.body.account_sid,
      EventType: 'onMessageAdded',
      Source: 'API',
      ConversationSid: conversation.sid,
      MessageSid: message.sid,
      Index: String(message.index),
      Body: 'second',
      Author: identity,
      ParticipantSid: participant.sid,
    });
  });

  test('deleting a message sends onMessageRemoved with its index and the removal date', async ({
    api,
    data,
    webhooks,
  }) => {
    // 004:L24258-24297.
    const service = await ownServicePostingTo(api, data, webhooks, ['onMessageRemoved']);
    const conversation = await createConversation(api, service.conversations);
    const message = await sendMessage(api, conversation, { Author: 'system', Body: 'to remove' });
    await api.delete(message.url, { ...WEBHOOK_ENABLED, expect: 204 });
    const hook = paramsOf(await webhooks.waitFor(event('onMessageRemoved', conversation.sid)));
    expect(hook).toMatchObject({ MessageSid: message.sid, Index: String(message.index), Body: 'to remove' });
    expect(Date.parse(hook.DateRemoved ?? '')).not.toBeNaN();
  });

  test('a state change through the API sends onConversationStateUpdated with Reason API', async ({
    api,
    data,
    webhooks,
  }) => {
    // 004:L24153-24180.
    const service = await ownServicePostingTo(api, data, webhooks, ['onConversationStateUpdated']);
    const conversation = await createConversation(api, service.conversations);
    await api.post(conversation.url, { State: 'inactive' }, { ...WEBHOOK_ENABLED, expect: 200 });
    const hook = paramsOf(await webhooks.waitFor(event('onConversationStateUpdated', conversation.sid)));
    expect(hook).toMatchObject({
      StateFrom: 'active',
      StateTo: 'inactive',
      Reason: 'API',
      ChatServiceSid: service.sid,
    });
  });
});

// X-Twilio-Signature is keyed with the account's auth token (never an API key's secret): the signature checks need it.
const SIGNED = { meta: { requires: ['signingToken' as const] } };

describe('Webhook requests', () => {
  test('are form-encoded POSTs', async ({ api, data, webhooks }) => {
    // "Each HTTP request is issued with the Content-Type header application/x-www-form-urlencoded" (004:L23662).
    const service = await ownServicePostingTo(api, data, webhooks, ['onConversationAdded']);
    const conversation = await createConversation(api, service.conversations, {}, WEBHOOK_ENABLED);
    const hook = await webhooks.waitFor(event('onConversationAdded', conversation.sid));
    expect(hook.method).toBe('POST');
    expect(hook.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
  });

  test('are signed with the account auth token', SIGNED, async ({ api, data, webhooks }) => {
    const service = await ownServicePostingTo(api, data, webhooks, ['onConversationAdded']);
    const conversation = await createConversation(api, service.conversations, {}, WEBHOOK_ENABLED);
    const hook = await webhooks.waitFor(event('onConversationAdded', conversation.sid));
    expect(webhooks.validSignature(hook)).toBe(true);
  });

  test('a signature does not validate with another token', SIGNED, async ({ api, data, webhooks, target }) => {
    const service = await ownServicePostingTo(api, data, webhooks, ['onConversationAdded']);
    const conversation = await createConversation(api, service.conversations, {}, WEBHOOK_ENABLED);
    const hook = await webhooks.waitFor(event('onConversationAdded', conversation.sid));
    expect(hook.headers['x-twilio-signature']).toBeTruthy();
    expect(webhooks.validSignature(hook, `${target.signingToken}x`)).toBe(false);
  });

  test(
    'with Method GET carry their parameters in the query string, signed',
    SIGNED,
    async ({ api, data, webhooks }) => {
      // Method GET|POST (004:L21547-21548, L21692).
      const service = await ownServicePostingTo(api, data, webhooks, ['onConversationAdded'], 'GET');
      const conversation = await createConversation(api, service.conversations, {}, WEBHOOK_ENABLED);
      const hook = await webhooks.waitFor(event('onConversationAdded', conversation.sid));
      expect(hook.method).toBe('GET');
      expect(hook.query).toMatchObject({ EventType: 'onConversationAdded', ConversationSid: conversation.sid });
      expect(webhooks.validSignature(hook)).toBe(true);
    },
  );
});

describe('Webhook gating', () => {
  test('a REST action without X-Twilio-Webhook-Enabled sends no webhook', async ({ api, data, webhooks }) => {
    // "only actions from SDK-driven clients … or SMS-based Participants will cause webhooks" (004:L22912).
    const service = await ownServicePostingTo(api, data, webhooks, ['onConversationAdded', 'onConversationUpdated']);
    const conversation = await createConversation(api, service.conversations);
    await api.post(conversation.url, { FriendlyName: 'marker' }, { ...WEBHOOK_ENABLED, expect: 200 });
    await webhooks.waitFor(event('onConversationUpdated', conversation.sid), { description: 'the marker' });
    expect(eventsOf(webhooks, conversation.sid)).toEqual(['onConversationUpdated']);
  });

  test('X-Twilio-Webhook-Enabled with another value than true sends no webhook', async ({ api, data, webhooks }) => {
    // The header must say `true` (004:L22913).
    const service = await ownServicePostingTo(api, data, webhooks, ['onConversationAdded', 'onConversationUpdated']);
    const conversation = await createConversation(
      api,
      service.conversations,
      {},
      { headers: { 'X-Twilio-Webhook-Enabled': 'false' } },
    );
    await api.post(conversation.url, { FriendlyName: 'marker' }, { ...WEBHOOK_ENABLED, expect: 200 });
    await webhooks.waitFor(event('onConversationUpdated', conversation.sid), { description: 'the marker' });
    expect(eventsOf(webhooks, conversation.sid)).toEqual(['onConversationUpdated']);
  });

  test('events outside the filters are not sent', async ({ api, data, webhooks }) => {
    // "Events not configured here will not fire" (004:L21541).
    const service = await ownServicePostingTo(api, data, webhooks, ['onMessageAdded']);
    const conversation = await createConversation(api, service.conversations, {}, WEBHOOK_ENABLED);
    const identity = data.unique('author');
    await addParticipant(api, conversation, identity, WEBHOOK_ENABLED);
    await sendMessage(api, conversation, { Author: identity, Body: 'only this' }, WEBHOOK_ENABLED);
    await webhooks.waitFor(event('onMessageAdded', conversation.sid));
    expect(eventsOf(webhooks, conversation.sid)).toEqual(['onMessageAdded']);
  });

  test('after the post-event URL changes, webhooks go to the new URL only', async ({ api, data, webhooks }) => {
    // Updates replace the stored URL (004:L21674-21682; D-CFG-10).
    const service = await ownServicePostingTo(api, data, webhooks, ['onConversationAdded']);
    await api.post(service.webhooks, { PostWebhookUrl: `${webhooks.url}/moved` }, { expect: 200 });
    const conversation = await createConversation(api, service.conversations, {}, WEBHOOK_ENABLED);
    await webhooks.waitFor((r) => r.path === '/moved' && event('onConversationAdded', conversation.sid)(r));
    expect(eventsOf(webhooks, conversation.sid, '/post')).toEqual([]);
  });
});

describe('Timer-driven webhooks', () => {
  test('the inactive timer sends onConversationStateUpdated with Reason TIMER', { tags: ['timers'] }, async ({
    api,
    data,
    webhooks,
    clock,
    skip,
  }) => {
    // Timer transitions are not REST actions: no header is involved (004:L24153-24180, L25896-25924).
    if (!clock.available) skip(clock.reason);
    const service = await ownServicePostingTo(api, data, webhooks, ['onConversationStateUpdated']);
    const conversation = await createConversation(api, service.conversations, { 'Timers.Inactive': 'PT1M' });
    await clock.advance('PT2M');
    const hook = paramsOf(await webhooks.waitFor(event('onConversationStateUpdated', conversation.sid)));
    expect(hook).toMatchObject({ StateFrom: 'active', StateTo: 'inactive', Reason: 'TIMER' });
    expect(Date.parse(hook.StateUpdated ?? '')).not.toBeNaN();
  });
});
