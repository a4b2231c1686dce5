// @module-tag messages
// @module-tag states
import { describe, expect, test } from '../../src/runtime/index.ts';
import { conflictStatus, type TwilioError } from '../support/errors.ts';
import { WINDOW_ATTEMPTS, withinInitializingWindow } from '../support/initializing.ts';
import { type Conversation, createConversation, FORMS, type Message, sendMessage } from '../support/messages.ts';
import { ms } from '../support/values.ts';
import { fetchConversation } from './support.ts';

// Messages and conversation states (D-EMU-MSG-1, D-EMU-MSG-5):
// - `initializing`: "may not be updated or used for message sending" (50386, error-codes.md §3.5; 001:L149);
// - `closed` is final, "cannot be restarted" (004:L25892): new and edited messages are refused with 50377, a delete
//   is still allowed;
// - "The Conversation will automatically move from an inactive to active state when a new text or media message
//   arrives" (004:L25752); a message is activity, so the timers count again from it (004:L26074, L26098).

const CWP = '/v1/ConversationWithParticipants';

describe('createConversationMessage on an initializing conversation', () => {
  test('a message is refused with 50386 while the conversation is initializing', async ({
    api,
    clock,
    data,
    target,
    skip,
  }) => {
    // With clock control the conversation stays initializing until the clock moves (D-EMU-CWP); otherwise a 201
    // means the real-time window was missed and a fresh conversation is tried (suites/support/initializing.ts).
    const observed = await withinInitializingWindow(clock, async () => {
      const user = data.unique('cwp-msg');
      api.track(`/v1/Users/${encodeURIComponent(user)}`);
      const created = await api.post<Conversation>(
        CWP,
        { Participant: [JSON.stringify({ identity: user })] },
        { expect: [201, 202], cleanup: true },
      );
      expect(created.body.state).toBe('initializing');
      const res = await api.post<TwilioError>(
        `${created.body.url}/Messages`,
        { Body: 'too early' },
        { expect: [201, ...conflictStatus(target)], cleanup: true },
      );
      if (res.status === 201) return 'missed';
      expect(res.body.code).toBe(50386);
      return 'done';
    });
    if (!observed) skip(`the conversation left initializing before the message in ${WINDOW_ATTEMPTS} attempts`);
  });
});

describe.each(FORMS)('Messages of a closed conversation ($label)', (form) => {
  test('a new message is refused with 50377', async ({ api, target }) => {
    const conversation = await createConversation(api, form);
    await api.post(conversation.url, { State: 'closed' }, { expect: 200 });
    const res = await api.post<TwilioError>(
      conversation.links.messages,
      { Body: 'anyone there?' },
      { expect: conflictStatus(target), cleanup: true },
    );
    expect(res.body.code).toBe(50377);
    expect(await api.listAll<Message>(conversation.links.messages, 'messages')).toEqual([]);
  });

  test('editing an earlier message is refused with 50377 and the message is kept', async ({ api, target }) => {
    const conversation = await createConversation(api, form);
    const sent = await sendMessage(api, conversation, { Body: 'before closing' });
    await api.post(conversation.url, { State: 'closed' }, { expect: 200 });
    const res = await api.post<TwilioError>(sent.url, { Body: 'after closing' }, { expect: conflictStatus(target) });
    expect(res.body.code).toBe(50377);
    expect((await api.get<Message>(sent.url, undefined, { expect: 200 })).body.body).toBe('before closing');
  });

  test('an earlier message can still be deleted', async ({ api }) => {
    // Closed means archived (004:L26069); deleting is not an update of the conversation (D-EMU-MSG-1).
    const conversation = await createConversation(api, form);
    const sent = await sendMessage(api, conversation, { Body: 'to remove' });
    await api.post(conversation.url, { State: 'closed' }, { expect: 200 });
    await api.delete(sent.url, { expect: 204 });
    await api.get(sent.url, undefined, { expect: 404 });
  });
});

describe.each(FORMS)('Messages of an inactive conversation ($label)', (form) => {
  test('a new message moves the conversation back to active', async ({ api }) => {
    const conversation = await createConversation(api, form);
    await api.post(conversation.url, { State: 'inactive' }, { expect: 200 });
    expect((await fetchConversation(api, conversation.url)).state).toBe('inactive');
    await sendMessage(api, conversation, { Body: 'wake up' });
    expect((await fetchConversation(api, conversation.url)).state).toBe('active');
  });

  test('the timers of the reactivated conversation count from the new message', async ({ api, clock, skip }) => {
    // Timers are measured from the last activity (004:L26074); the timers are long so that parallel scenarios moving
    // the shared clock cannot fire them meanwhile.
    if (!clock.available) skip(clock.reason);
    const conversation = await createConversation(api, form, { 'Timers.Inactive': 'P30D', 'Timers.Closed': 'P60D' });
    const before = (await api.post<Conversation>(conversation.url, { State: 'inactive' }, { expect: 200 })).body;
    await clock.advance('PT2M');
    const message = await sendMessage(api, conversation, { Body: 'back again' });
    const after = await fetchConversation(api, conversation.url);
    expect(after.state).toBe('active');
    expect(ms(after.timers.date_inactive)).toBeGreaterThan(ms(before.timers.date_inactive));
    const day = 86_400_000;
    expect(Math.abs(ms(after.timers.date_inactive) - (ms(message.date_created) + 30 * day))).toBeLessThanOrEqual(2000);
    expect(Math.abs(ms(after.timers.date_closed) - (ms(message.date_created) + 60 * day))).toBeLessThanOrEqual(2000);
  });

  test('editing a message does not reactivate the conversation', async ({ api }) => {
    // Only "a new text or media message" reactivates (004:L25752; D-EMU-MSG-5).
    const conversation = await createConversation(api, form);
    const sent = await sendMessage(api, conversation, { Body: 'old news' });
    await api.post(conversation.url, { State: 'inactive' }, { expect: 200 });
    await api.post(sent.url, { Body: 'edited news' }, { expect: 200 });
    expect((await fetchConversation(api, conversation.url)).state).toBe('inactive');
  });
});
