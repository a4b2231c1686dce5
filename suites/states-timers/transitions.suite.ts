// @module-tag conversations
// @module-tag states
// @module-tag timers
import { describe, expect, test } from '../../src/runtime/index.ts';
import { createConversation, fetchConversation, SERVICE_FORM, updateConversation } from '../support/conversations.ts';
import { conflictStatus, type TwilioError } from '../support/errors.ts';
import { ms } from '../support/values.ts';
import { observeBefore, plusSeconds } from './support.ts';

// Timer-driven state transitions (States and Timers guide 004:L25896-25924, scenarios 004:L26070-26089), driven by
// the target's clock: every scenario skips when the target offers no clock control. Both timers count from the last
// activity — create, any update, a manual state change (004:L25924), a new message (004:L25752) — and a timer firing
// does not restart them (D-EMU-TIMERS). The clock is shared with every file running in parallel, so advances here are
// kept short (at most P1D), deadlines that must already have passed are checked only after generous advances, and a
// "not yet" check is skipped as inconclusive when another scenario moved the clock past its deadline meanwhile.

describe('Conversation timer transitions', () => {
  test('the inactive timer moves an active conversation to inactive', async ({ api, clock, skip }) => {
    if (!clock.available) skip(clock.reason);
    const created = await createConversation(api, { 'Timers.Inactive': 'PT1M' });
    await clock.advance('PT2M');
    expect((await fetchConversation(api, created.url)).state).toBe('inactive');
  });

  test('the conversation stays active until the inactive timer elapses', async ({ api, clock, skip }) => {
    if (!clock.available) skip(clock.reason);
    const created = await createConversation(api, { 'Timers.Inactive': 'PT2M' });
    await clock.advance('PT1M');
    const seen = await observeBefore(api, clock, skip, created.url, created.timers.date_inactive);
    expect(seen.state).toBe('active');
  });

  test('the closed timer closes the conversation and clears its timers', async ({ api, clock, skip }) => {
    if (!clock.available) skip(clock.reason);
    const created = await createConversation(api, { 'Timers.Inactive': 'PT1M', 'Timers.Closed': 'PT10M' });
    await clock.advance('PT11M');
    const closed = await fetchConversation(api, created.url);
    expect(closed.state).toBe('closed');
    expect(closed.timers).toEqual({});
  });

  test('with both timers the conversation is inactive between the two deadlines', async ({ api, clock, skip }) => {
    if (!clock.available) skip(clock.reason);
    const created = await createConversation(api, { 'Timers.Inactive': 'PT1M', 'Timers.Closed': 'PT10M' });
    await clock.advance('PT2M');
    const seen = await observeBefore(api, clock, skip, created.url, created.timers.date_closed);
    expect(seen.state).toBe('inactive');
  });

  test('a timer-driven move to inactive does not restart the closed timer', async ({ api, clock, skip }) => {
    if (!clock.available) skip(clock.reason);
    const created = await createConversation(api, { 'Timers.Inactive': 'PT1M', 'Timers.Closed': 'PT10M' });
    await clock.advance('PT2M');
    const seen = await observeBefore(api, clock, skip, created.url, created.timers.date_closed);
    expect(seen.state).toBe('inactive');
    expect(seen.timers.date_closed).toBe(created.timers.date_closed);
  });

  test('only a closed timer: the conversation stays active, then closes', async ({ api, clock, skip }) => {
    // Scenario #4: "the Conversation never becomes inactive … timers.closed closes the Conversation" (004:L26085-26089).
    if (!clock.available) skip(clock.reason);
    const created = await createConversation(api, { 'Timers.Closed': 'PT10M' });
    await clock.advance('PT5M');
    const seen = await observeBefore(api, clock, skip, created.url, created.timers.date_closed);
    expect(seen.state).toBe('active');
    await clock.advance('PT6M');
    expect((await fetchConversation(api, created.url)).state).toBe('closed');
  });

  test('only an inactive timer: the conversation becomes inactive and never closes', async ({ api, clock, skip }) => {
    // Scenario #3: "inactive is the last possible state that the Conversation can have" (004:L26080-26084).
    if (!clock.available) skip(clock.reason);
    const created = await createConversation(api, { 'Timers.Inactive': 'PT1M' });
    await clock.advance('P1D');
    expect((await fetchConversation(api, created.url)).state).toBe('inactive');
  });

  test('no timers: the conversation is still active after a long advance', async ({ api, clock, skip }) => {
    // Scenario #2: "The Conversation's state is always active" (004:L26076-26079).
    if (!clock.available) skip(clock.reason);
    const created = await createConversation(api, {});
    if (Object.keys(created.timers).length > 0) skip('the account has default timers configured');
    await clock.advance('P1D');
    expect((await fetchConversation(api, created.url)).state).toBe('active');
  });

  test('a conversation closed by its timer refuses updates with 50377', async ({ api, clock, skip, target }) => {
    if (!clock.available) skip(clock.reason);
    const created = await createConversation(api, { 'Timers.Closed': 'PT10M' });
    await clock.advance('PT11M');
    const res = await api.post<TwilioError>(created.url, { State: 'active' }, { expect: conflictStatus(target) });
    expect(res.body.code).toBe(50377);
  });

  test('the inactive timer fires again after the conversation is reactivated', async ({ api, clock, skip }) => {
    if (!clock.available) skip(clock.reason);
    const created = await createConversation(api, { 'Timers.Inactive': 'PT1M' });
    await clock.advance('PT2M');
    expect((await fetchConversation(api, created.url)).state).toBe('inactive');
    const reactivated = await updateConversation(api, created.url, { State: 'active' });
    expect(reactivated.state).toBe('active');
    await clock.advance('PT2M');
    expect((await fetchConversation(api, created.url)).state).toBe('inactive');
  });

  test('timers set in the service-scoped form fire the same way', async ({ api, clock, skip }) => {
    if (!clock.available) skip(clock.reason);
    const created = await createConversation(api, { 'Timers.Inactive': 'PT1M' }, SERVICE_FORM);
    await clock.advance('PT2M');
    expect((await fetchConversation(api, `/v1/Conversations/${created.sid}`)).state).toBe('inactive');
  });
});

describe('Conversation timer restarts', () => {
  test('a manual change back to active restarts both timers', async ({ api, clock, skip }) => {
    // "When you manually change the state of a Conversation … the timer counter resets to zero" (004:L25924).
    if (!clock.available) skip(clock.reason);
    const created = await createConversation(api, { 'Timers.Inactive': 'PT1M', 'Timers.Closed': 'PT10M' });
    await clock.advance('PT5M');
    const reset = await updateConversation(api, created.url, { State: 'active' });
    expect(ms(reset.timers.date_inactive)).toBe(plusSeconds(reset.date_updated, 60));
    expect(ms(reset.timers.date_closed)).toBe(plusSeconds(reset.date_updated, 600));
    // Past the original closing deadline, before the restarted one: inactive again, not closed.
    await clock.advance('PT6M');
    const seen = await observeBefore(api, clock, skip, created.url, reset.timers.date_closed);
    expect(seen.state).toBe('inactive');
  });

  test('a manual change to inactive restarts the closed timer', async ({ api, clock, skip }) => {
    if (!clock.available) skip(clock.reason);
    const created = await createConversation(api, { 'Timers.Inactive': 'PT5M', 'Timers.Closed': 'PT10M' });
    await clock.advance('PT4M');
    const manual = await updateConversation(api, created.url, { State: 'inactive' });
    expect(ms(manual.timers.date_closed)).toBe(plusSeconds(manual.date_updated, 600));
    await clock.advance('PT7M');
    const seen = await observeBefore(api, clock, skip, created.url, manual.timers.date_closed);
    expect(seen.state).toBe('inactive');
  });

  test('any update restarts the timers', async ({ api, clock, skip, data }) => {
    // "no update for 300 seconds" (004:L26074); D-EMU-TIMERS counts any conversation update as activity.
    if (!clock.available) skip(clock.reason);
    const created = await createConversation(api, { 'Timers.Inactive': 'PT2M' });
    await clock.advance('PT90S');
    const updated = await updateConversation(api, created.url, { FriendlyName: data.unique('activity') });
    expect(ms(updated.timers.date_inactive)).toBe(plusSeconds(updated.date_updated, 120));
    expect(ms(updated.timers.date_inactive)).toBeGreaterThan(ms(created.timers.date_inactive));
    await clock.advance('PT90S');
    const seen = await observeBefore(api, clock, skip, created.url, updated.timers.date_inactive);
    expect(seen.state).toBe('active');
  });

  test('a new message restarts the timers', async ({ api, clock, skip }) => {
    // Activity is "new text or media messages" (004:L26098).
    if (!clock.available) skip(clock.reason);
    const created = await createConversation(api, { 'Timers.Inactive': 'PT2M' });
    await clock.advance('PT90S');
    await api.post(created.links.messages, { Body: 'still here' }, { expect: 201 });
    const after = await fetchConversation(api, created.url);
    expect(ms(after.timers.date_inactive)).toBeGreaterThan(ms(created.timers.date_inactive));
    await clock.advance('PT90S');
    const seen = await observeBefore(api, clock, skip, created.url, after.timers.date_inactive);
    expect(seen.state).toBe('active');
  });

  test('a new message reactivates a conversation the inactive timer moved to inactive', async ({
    api,
    clock,
    skip,
  }) => {
    if (!clock.available) skip(clock.reason);
    const created = await createConversation(api, { 'Timers.Inactive': 'PT1M' });
    await clock.advance('PT2M');
    expect((await fetchConversation(api, created.url)).state).toBe('inactive');
    await api.post(created.links.messages, { Body: 'wake up' }, { expect: 201 });
    expect((await fetchConversation(api, created.url)).state).toBe('active');
  });
});
