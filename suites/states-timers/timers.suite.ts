// @module-tag conversations
// @module-tag timers
import { describe, expect, test } from '../../src/runtime/index.ts';
import {
  createConversation,
  DEFAULT_FORM,
  FORMS,
  fetchConversation,
  updateConversation,
} from '../support/conversations.ts';
import type { TwilioError } from '../support/errors.ts';
import { ms } from '../support/values.ts';
import { plusSeconds } from './support.ts';

// Timers.Inactive / Timers.Closed (004:L16608-16616; States and Timers guide 004:L25896-25924; D-CONV-5, D-CONV-6):
// ISO 8601 durations in days or smaller units (P6M, P1Y are an invalid format, 004:L25906), minimum 60 s and 600 s
// (004:L25923), PT0S disables a timer (004:L25919), one-second precision (004:L25922). Both timers count from the last
// activity, so `date_inactive` / `date_closed` are `date_updated` + the duration (000:L53, L285-290; D-EMU-TIMERS).
// Codes 50375/50376 (below the minimum), 50379/50380 (format), error-codes.md §3.5. None of these scenarios moves the
// clock: they only read the dates a create or update computes (transitions are in transitions.suite.ts), and a
// scenario that updates after creating uses timers long enough that a parallel clock advance cannot fire them first.

describe.each(FORMS)('Conversation timers on create ($label)', (form) => {
  test('the minimum timers (PT1M, PT10M) are accepted and dated from date_updated', async ({ api }) => {
    const created = await createConversation(api, { 'Timers.Inactive': 'PT1M', 'Timers.Closed': 'PT10M' }, form);
    expect(created.state).toBe('active');
    expect(ms(created.timers.date_inactive)).toBe(plusSeconds(created.date_updated, 60));
    expect(ms(created.timers.date_closed)).toBe(plusSeconds(created.date_updated, 600));
  });

  test('Timers.Inactive below one minute is rejected with 50375', async ({ api }) => {
    const res = await api.post<TwilioError>(
      await form.collection(api),
      { 'Timers.Inactive': 'PT59S' },
      { expect: 400, cleanup: true },
    );
    expect(res.body.code).toBe(50375);
  });

  test('Timers.Closed below ten minutes is rejected with 50376', async ({ api }) => {
    const res = await api.post<TwilioError>(
      await form.collection(api),
      { 'Timers.Closed': 'PT9M59S' },
      { expect: 400, cleanup: true },
    );
    expect(res.body.code).toBe(50376);
  });

  test('a Timers.Inactive in months (P6M) is an invalid format (50379)', async ({ api }) => {
    const res = await api.post<TwilioError>(
      await form.collection(api),
      { 'Timers.Inactive': 'P6M' },
      { expect: 400, cleanup: true },
    );
    expect(res.body.code).toBe(50379);
  });

  test('a Timers.Closed in years (P1Y) is an invalid format (50380)', async ({ api }) => {
    const res = await api.post<TwilioError>(
      await form.collection(api),
      { 'Timers.Closed': 'P1Y' },
      { expect: 400, cleanup: true },
    );
    expect(res.body.code).toBe(50380);
  });

  test('the day-based equivalents P180D and P365D are accepted', async ({ api }) => {
    // "to set a timer for 6 months, use P180D … and for 1 year, use P365D" (004:L25906).
    const created = await createConversation(api, { 'Timers.Inactive': 'P180D', 'Timers.Closed': 'P365D' }, form);
    expect(ms(created.timers.date_inactive)).toBe(plusSeconds(created.date_updated, 180 * 86_400));
    expect(ms(created.timers.date_closed)).toBe(plusSeconds(created.date_updated, 365 * 86_400));
  });

  test('PT0S for both timers means no timers', async ({ api }) => {
    const created = await createConversation(api, { 'Timers.Inactive': 'PT0S', 'Timers.Closed': 'PT0S' }, form);
    expect(created.timers.date_inactive ?? null).toBeNull();
    expect(created.timers.date_closed ?? null).toBeNull();
  });
});

describe('Conversation timer values', () => {
  test('a duration that is not ISO 8601 is an invalid format (50379)', async ({ api }) => {
    const res = await api.post<TwilioError>(
      '/v1/Conversations',
      { 'Timers.Inactive': '10 minutes' },
      { expect: 400, cleanup: true },
    );
    expect(res.body.code).toBe(50379);
  });

  test('timers have one-second precision (PT90S, PT601S)', async ({ api }) => {
    const created = await createConversation(api, { 'Timers.Inactive': 'PT90S', 'Timers.Closed': 'PT601S' });
    expect(ms(created.timers.date_inactive)).toBe(plusSeconds(created.date_updated, 90));
    expect(ms(created.timers.date_closed)).toBe(plusSeconds(created.date_updated, 601));
  });

  test('mixed units add up (P1DT2H3M4S)', async ({ api }) => {
    const created = await createConversation(api, { 'Timers.Closed': 'P1DT2H3M4S' });
    expect(ms(created.timers.date_closed)).toBe(plusSeconds(created.date_updated, 86_400 + 7_200 + 180 + 4));
    expect(created.timers.date_inactive ?? null).toBeNull();
  });

  test('only the inactive timer set: date_inactive without date_closed', async ({ api }) => {
    // Scenario #3 of the guide (004:L26080-26084).
    const created = await createConversation(api, { 'Timers.Inactive': 'PT10M' });
    expect(ms(created.timers.date_inactive)).toBe(plusSeconds(created.date_updated, 600));
    expect(created.timers.date_closed ?? null).toBeNull();
  });
});

describe('Conversation timers on update', () => {
  test('setting timers on update dates them from the update', async ({ api }) => {
    const created = await createConversation(api, {});
    const updated = await updateConversation(api, created.url, { 'Timers.Inactive': 'PT2M', 'Timers.Closed': 'P30D' });
    expect(ms(updated.timers.date_inactive)).toBe(plusSeconds(updated.date_updated, 120));
    expect(ms(updated.timers.date_closed)).toBe(plusSeconds(updated.date_updated, 30 * 86_400));
    expect((await fetchConversation(api, created.url)).timers).toEqual(updated.timers);
  });

  test('PT0S on update disables one timer and keeps the other', async ({ api }) => {
    const created = await createConversation(api, { 'Timers.Inactive': 'P10D', 'Timers.Closed': 'P30D' });
    const updated = await updateConversation(api, created.url, { 'Timers.Inactive': 'PT0S' });
    expect(updated.timers.date_inactive ?? null).toBeNull();
    expect(ms(updated.timers.date_closed)).toBe(plusSeconds(updated.date_updated, 30 * 86_400));
  });

  test('Timers.Inactive below one minute is rejected with 50375 and the timer is kept', async ({ api }) => {
    const created = await createConversation(api, { 'Timers.Inactive': 'PT5M' }, DEFAULT_FORM);
    const res = await api.post<TwilioError>(created.url, { 'Timers.Inactive': 'PT30S' }, { expect: 400 });
    expect(res.body.code).toBe(50375);
    expect((await fetchConversation(api, created.url)).timers.date_inactive).toBe(created.timers.date_inactive);
  });

  test('Timers.Closed below ten minutes is rejected with 50376', async ({ api }) => {
    const created = await createConversation(api, {}, DEFAULT_FORM);
    const res = await api.post<TwilioError>(created.url, { 'Timers.Closed': 'PT5M' }, { expect: 400 });
    expect(res.body.code).toBe(50376);
  });

  test('a Timers.Closed in months (P6M) is an invalid format (50380)', async ({ api }) => {
    const created = await createConversation(api, {}, DEFAULT_FORM);
    const res = await api.post<TwilioError>(created.url, { 'Timers.Closed': 'P6M' }, { expect: 400 });
    expect(res.body.code).toBe(50380);
  });
});
