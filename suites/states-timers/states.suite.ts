// @module-tag conversations
// @module-tag states
import { describe, expect, test } from '../../src/runtime/index.ts';
import { createConversation, FORMS, fetchConversation, updateConversation } from '../support/conversations.ts';
import { conflictStatus, type TwilioError } from '../support/errors.ts';

// Conversation states set through the REST API (States and Timers guide, 004:L25740-25895; D-CONV-2, D-CONV-11):
// active and inactive "can be manipulated back and forth" (004:L25760); "once a Conversation is closed, it cannot be
// restarted" (004:L25892) — any update of a closed conversation is 50377; only Twilio sets `initializing`;
// the initial state cannot be `closed` (50384). Codes: error-codes.md §3.5.

describe.each(FORMS)('Conversation state on create ($label)', (form) => {
  test('State=inactive creates an inactive conversation', async ({ api }) => {
    const created = await createConversation(api, { State: 'inactive' }, form);
    expect(created.state).toBe('inactive');
    expect((await fetchConversation(api, created.url)).state).toBe('inactive');
  });

  test('State=closed is rejected with 50384', async ({ api }) => {
    const res = await api.post<TwilioError>(
      await form.collection(api),
      { State: 'closed' },
      { expect: 400, cleanup: true },
    );
    expect(res.body.code).toBe(50384);
  });

  test('State=initializing is rejected with 50378', async ({ api }) => {
    // The request enum is active|inactive|closed (004:L16606); initializing is Twilio's own state (001:L149).
    const res = await api.post<TwilioError>(
      await form.collection(api),
      { State: 'initializing' },
      { expect: 400, cleanup: true },
    );
    expect(res.body.code).toBe(50378);
  });

  test('a State outside the enum is rejected with 50378', async ({ api }) => {
    const res = await api.post<TwilioError>(
      await form.collection(api),
      { State: 'archived' },
      { expect: 400, cleanup: true },
    );
    expect(res.body.code).toBe(50378);
  });
});

describe.each(FORMS)('Conversation state transitions by update ($label)', (form) => {
  test.for([
    ['active', 'inactive'],
    ['inactive', 'active'],
    ['active', 'closed'],
    ['inactive', 'closed'],
  ] as const)('%s → %s is allowed', async ([from, to], { api }) => {
    // Transitions 004:L25749-25760 (active ⇄ inactive), 004:L25892 (→ closed).
    const created = await createConversation(api, { State: from }, form);
    expect(created.state).toBe(from);
    const updated = await updateConversation(api, created.url, { State: to });
    expect(updated.state).toBe(to);
    expect((await fetchConversation(api, created.url)).state).toBe(to);
  });

  test('setting the state it already has keeps the conversation active', async ({ api }) => {
    const created = await createConversation(api, {}, form);
    const updated = await updateConversation(api, created.url, { State: 'active' });
    expect(updated.state).toBe('active');
  });

  test('State=initializing is rejected with 50378 and the state is kept', async ({ api }) => {
    const created = await createConversation(api, {}, form);
    const res = await api.post<TwilioError>(created.url, { State: 'initializing' }, { expect: 400 });
    expect(res.body.code).toBe(50378);
    expect((await fetchConversation(api, created.url)).state).toBe('active');
  });

  test('an empty State is rejected with 50374', async ({ api }) => {
    // error-codes.md §3.5 "'State' field can't be empty".
    const created = await createConversation(api, {}, form);
    const res = await api.post<TwilioError>(created.url, { State: '' }, { expect: 400 });
    expect(res.body.code).toBe(50374);
  });
});

describe('Closed is final', () => {
  test.for(['active', 'inactive', 'closed'])(
    'updating a closed conversation to State=%s is refused with 50377',
    async (state, { api, target }) => {
      const created = await createConversation(api, {});
      await updateConversation(api, created.url, { State: 'closed' });
      const res = await api.post<TwilioError>(created.url, { State: state }, { expect: conflictStatus(target) });
      expect(res.body.code).toBe(50377);
      expect((await fetchConversation(api, created.url)).state).toBe('closed');
    },
  );

  test('updating any other field of a closed conversation is refused with 50377', async ({ api, data, target }) => {
    const name = data.unique('closed');
    const created = await createConversation(api, { FriendlyName: name });
    await updateConversation(api, created.url, { State: 'closed' });
    const res = await api.post<TwilioError>(
      created.url,
      { FriendlyName: data.unique('reopen'), Attributes: '{"x":1}' },
      { expect: conflictStatus(target) },
    );
    expect(res.body.code).toBe(50377);
    const after = await fetchConversation(api, created.url);
    expect(after.friendly_name).toBe(name);
    expect(after.attributes).toBe('{}');
  });

  test('a closed conversation has no pending timers', async ({ api }) => {
    // D-EMU-TIMERS: `timers` is {} once closed (nothing is left to fire).
    // Long timers, so no parallel clock advance can fire them before the update.
    const created = await createConversation(api, { 'Timers.Inactive': 'P30D', 'Timers.Closed': 'P60D' });
    expect(Object.keys(created.timers)).toEqual(expect.arrayContaining(['date_inactive', 'date_closed']));
    const closed = await updateConversation(api, created.url, { State: 'closed' });
    expect(closed.timers).toEqual({});
  });

  test('a closed conversation can still be fetched, listed by state and deleted', async ({ api }) => {
    const created = await createConversation(api, {});
    await updateConversation(api, created.url, { State: 'closed' });
    expect((await fetchConversation(api, created.url)).state).toBe('closed');
    const closedOnes = await api.listAll<{ sid: string }>('/v1/Conversations', 'conversations', { State: 'closed' });
    expect(closedOnes.map((c) => c.sid)).toContain(created.sid);
    await api.delete(created.url, { expect: 204 });
    await api.get(created.url, undefined, { expect: 404 });
  });
});

describe('Conversation reactivation by a message', () => {
  test('a new message moves an inactive conversation back to active', async ({ api }) => {
    // "The Conversation will automatically move from an inactive to active state when a new text or media message
    // arrives" (004:L25752). Message create with Body: 004:L4624-4651.
    const created = await createConversation(api, { State: 'inactive' });
    await api.post(created.links.messages, { Body: 'hello again' }, { expect: 201 });
    expect((await fetchConversation(api, created.url)).state).toBe('active');
  });
});
