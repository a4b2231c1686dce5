// @module-tag conversations
import { describe, expect, type ScenarioData, test } from '../../src/runtime/index.ts';
import { type Conversation, createConversation, FORMS } from '../support/conversations.ts';
import type { TwilioError } from '../support/errors.ts';

// Conversation list and its filters (004:L16905-16947): StartDate "created on or after", EndDate "created on or
// before", either one sorts "by latest conversation creation date in descending order" (004:L16918, L16923), State
// (004:L16925-16930). The default form takes the same filters (D-CONV-9). The scenarios place their conversations on
// days of their own with `DateCreated` (004:L16590-16594), so other scenarios' conversations never fall in the range,
// and use whole-day boundaries as the docs write them (`YYYY-MM-DDT00:00:00Z` / `…T23:59:59Z`).

const DAY_MS = 86_400_000;

/** A UTC day far in the past, distinct per scenario (seeded). */
function ownDay(data: ScenarioData): number {
  const days = data.faker.number.int({ min: 7_300, max: 14_600 }); // 1990 … 2009
  return days * DAY_MS;
}

const at = (dayMs: number, offsetDays: number, time = '12:00:00') =>
  `${new Date(dayMs + offsetDays * DAY_MS).toISOString().slice(0, 10)}T${time}Z`;
const startOf = (dayMs: number, offsetDays: number) => at(dayMs, offsetDays, '00:00:00');
const endOf = (dayMs: number, offsetDays: number) => at(dayMs, offsetDays, '23:59:59');

describe.each(FORMS)('Conversation list ($label)', (form) => {
  describe(form.op('list'), () => {
    test('lists a created conversation under the key "conversations"', async ({ api }) => {
      // List example with `key: "conversations"` (004:L35007-35066).
      const created = await createConversation(api, {}, form);
      const all = await api.listAll<Conversation>(await form.collection(api), 'conversations');
      expect(all.map((c) => c.sid)).toContain(created.sid);
    });

    test('StartDate and EndDate select the conversations created in the range', async ({ api, data }) => {
      const day = ownDay(data);
      const before = await createConversation(api, { DateCreated: at(day, 0) }, form);
      const inside = await createConversation(api, { DateCreated: at(day, 2) }, form);
      const after = await createConversation(api, { DateCreated: at(day, 4) }, form);
      const listed = await api.listAll<Conversation>(await form.collection(api), 'conversations', {
        StartDate: startOf(day, 1),
        EndDate: endOf(day, 3),
      });
      const sids = listed.map((c) => c.sid);
      expect(sids).toContain(inside.sid);
      expect(sids).not.toContain(before.sid);
      expect(sids).not.toContain(after.sid);
    });

    test('StartDate alone keeps only conversations created on or after it', async ({ api, data }) => {
      const day = ownDay(data);
      const older = await createConversation(api, { DateCreated: at(day, 0) }, form);
      const newer = await createConversation(api, { DateCreated: at(day, 1) }, form);
      const listed = await api.listAll<Conversation>(await form.collection(api), 'conversations', {
        StartDate: startOf(day, 1),
      });
      const sids = listed.map((c) => c.sid);
      expect(sids).toContain(newer.sid);
      expect(sids).not.toContain(older.sid);
    });

    test('both date bounds are inclusive', async ({ api, data }) => {
      const day = ownDay(data);
      const first = await createConversation(api, { DateCreated: startOf(day, 0) }, form);
      const last = await createConversation(api, { DateCreated: endOf(day, 0) }, form);
      const listed = await api.listAll<Conversation>(await form.collection(api), 'conversations', {
        StartDate: startOf(day, 0),
        EndDate: endOf(day, 0),
      });
      expect(listed.map((c) => c.sid)).toEqual(expect.arrayContaining([first.sid, last.sid]));
    });

    test('a date filter sorts the list by creation date, newest first', async ({ api, data }) => {
      const day = ownDay(data);
      // Created out of date order on purpose, so creation order and date order differ.
      const middle = await createConversation(api, { DateCreated: at(day, 1) }, form);
      const newest = await createConversation(api, { DateCreated: at(day, 2) }, form);
      const oldest = await createConversation(api, { DateCreated: at(day, 0) }, form);
      const listed = await api.listAll<Conversation>(await form.collection(api), 'conversations', {
        StartDate: startOf(day, 0),
        EndDate: endOf(day, 2),
      });
      const mine = listed.map((c) => c.sid).filter((sid) => [middle.sid, newest.sid, oldest.sid].includes(sid));
      expect(mine).toEqual([newest.sid, middle.sid, oldest.sid]);
    });

    test('State keeps only conversations in that state', async ({ api, data }) => {
      const day = ownDay(data);
      const active = await createConversation(api, { DateCreated: at(day, 0) }, form);
      const inactive = await createConversation(api, { DateCreated: at(day, 0), State: 'inactive' }, form);
      const range = { StartDate: startOf(day, 0), EndDate: endOf(day, 0) };
      const listed = await api.listAll<Conversation>(await form.collection(api), 'conversations', {
        ...range,
        State: 'inactive',
      });
      expect(listed.every((c) => c.state === 'inactive')).toBe(true);
      expect(listed.map((c) => c.sid)).toContain(inactive.sid);
      expect(listed.map((c) => c.sid)).not.toContain(active.sid);
    });

    test('State alone filters the whole list', async ({ api }) => {
      const inactive = await createConversation(api, { State: 'inactive' }, form);
      const listed = await api.listAll<Conversation>(await form.collection(api), 'conversations', {
        State: 'inactive',
      });
      expect(listed.map((c) => c.sid)).toContain(inactive.sid);
      expect(listed.filter((c) => c.state !== 'inactive')).toEqual([]);
    });

    test('PageSize limits a page and next_page_url leads to the rest', { tags: ['paging'] }, async ({ api, data }) => {
      // PageSize 004:L16932-16936; paging envelope `meta` (004:L5088-5109).
      const day = ownDay(data);
      const a = await createConversation(api, { DateCreated: at(day, 0, '10:00:00') }, form);
      const b = await createConversation(api, { DateCreated: at(day, 0, '11:00:00') }, form);
      const query = { StartDate: startOf(day, 0), EndDate: endOf(day, 0) };
      const first = await api.get<{
        conversations: Conversation[];
        meta: { page_size: number; next_page_url: string };
      }>(await form.collection(api), { ...query, PageSize: 1 }, { expect: 200 });
      expect(first.body.conversations).toHaveLength(1);
      expect(first.body.meta.page_size).toBe(1);
      expect(first.body.meta.next_page_url).toEqual(expect.any(String));
      const all = await api.listAll<Conversation>(await form.collection(api), 'conversations', {
        ...query,
        PageSize: 1,
      });
      expect(all.map((c) => c.sid)).toEqual([b.sid, a.sid]);
    });

    test('EndDate before StartDate is rejected with 50396', async ({ api, data }) => {
      // error-codes.md §3.4 "EndDate parameter should be greater than StartDate parameter"; D-CONV-9.
      const day = ownDay(data);
      const res = await api.get<TwilioError>(
        await form.collection(api),
        { StartDate: startOf(day, 1), EndDate: endOf(day, 0) },
        { expect: 400 },
      );
      expect(res.body.code).toBe(50396);
    });

    test('a State filter outside active, inactive and closed is rejected with 50378', async ({ api }) => {
      // "Can be active, inactive or closed" (004:L16927-16930); error 50378 (error-codes.md §3.5).
      const res = await api.get<TwilioError>(await form.collection(api), { State: 'archived' }, { expect: 400 });
      expect(res.body.code).toBe(50378);
    });
  });
});
