// @module-tag paging
import { describe, expect, requires, test } from '../../src/runtime/index.ts';
import type { TwilioError } from '../support/errors.ts';
import { duplicates, LIST_KINDS, only, readPage, sidsOf, walk } from './lists.ts';

// Paging of every list endpoint, one table row per list (lists.ts). Facts: `PageSize` (min 1, per-list default and
// maximum), `Page` ("simply for client state"), `PageToken` ("provided by the API") — 004:L5010-5025; the envelope
// `{meta, <key>}` and its meta keys — 004:L5088-5109; `next_page_url`/`previous_page_url` are null when there is no
// such page (seed-inventory §2.0). Error codes are the emulator catalogue's (src/emulator/twilio-errors.ts): 20422 for
// an invalid parameter, 21481 for an invalid PageToken (error-codes.md §2; DECISIONS D-EMU-STATUS).

/** The page sizes every walk is tried with (those above a list's maximum are left out). */
const WALK_SIZES = [1, 2, 7, 50];

/**
 * Pages a scenario reads of a list it does not own: enough to see page 0, 1 and 2, bounded because an account-wide
 * list on a live target may hold thousands of items.
 */
const FEW_PAGES = 3;

describe.each(LIST_KINDS)('$name: paging', (kind) => {
  const { key } = kind;
  const fill = (wanted: number) => Math.min(wanted, kind.capacity);
  /** `meta.cost` of a test that adds `items` to the list (the live budget, src/runtime/budget.ts). */
  const cost = (items: number) => ({ meta: { cost: kind.openCost + fill(items) } });

  test('a page holds at most PageSize items when the list has more', cost(3), async ({ api, data }) => {
    const scope = await kind.open(api, data);
    await scope.add(fill(3));
    const page = await readPage(api, key, scope.path, { ...scope.query, PageSize: 2 });
    expect(page.meta.page_size).toBe(2);
    expect(page.sids.length).toBeGreaterThan(0);
    expect(page.sids.length).toBeLessThanOrEqual(2);
    expect(page.meta.next_page_url).not.toBeNull();
  });

  test(
    `the page size is ${kind.defaultPageSize} when PageSize is omitted`,
    cost(kind.defaultPageSize + 1),
    async ({ api, data }) => {
      const scope = await kind.open(api, data);
      const made = await scope.add(fill(kind.defaultPageSize + 1));
      const page = await readPage(api, key, scope.path, scope.query);
      expect(page.meta.page_size).toBe(kind.defaultPageSize);
      if (made.length > kind.defaultPageSize) {
        expect(page.sids).toHaveLength(kind.defaultPageSize);
        expect(page.meta.next_page_url).not.toBeNull();
      } else {
        // A capped list (five webhooks) cannot exceed its default page: everything fits on the one page.
        expect(page.sids).toEqual(expect.arrayContaining(made));
        expect(page.meta.next_page_url).toBeNull();
      }
    },
  );

  test(`PageSize ${kind.maxPageSize} (the documented maximum) is accepted`, cost(1), async ({ api, data }) => {
    const scope = await kind.open(api, data);
    await scope.add(1);
    const page = await readPage(api, key, scope.path, { ...scope.query, PageSize: kind.maxPageSize });
    expect(page.meta.page_size).toBe(kind.maxPageSize);
    expect(page.sids.length).toBeGreaterThan(0);
    expect(page.sids.length).toBeLessThanOrEqual(kind.maxPageSize);
  });

  test(
    `PageSize ${kind.maxPageSize + 1} (above the maximum) is refused, or clamped to the maximum`,
    cost(1),
    async ({ api, data, target }) => {
      // D-PAGE-1: the docs state the maximum but not what happens above it, so a target may clamp; the reference
      // emulator refuses with 400 / 20422, and 20007 "Page size too large" is the dictionary's code (error-codes.md §2).
      const scope = await kind.open(api, data);
      await scope.add(1);
      const res = await api.get<TwilioError & { meta?: { page_size: number } } & Record<string, unknown>>(
        scope.path,
        { ...scope.query, PageSize: kind.maxPageSize + 1 },
        { expect: target.kind === 'emulator' ? 400 : [200, 400] },
      );
      if (res.status === 400) {
        expect(target.kind === 'emulator' ? [20422] : [20422, 20007]).toContain(res.body.code);
      } else {
        expect(res.body.meta?.page_size).toBeLessThanOrEqual(kind.maxPageSize);
        expect((res.body[key] as unknown[]).length).toBeLessThanOrEqual(kind.maxPageSize);
      }
    },
  );

  test('PageSize 0 is rejected with 400 and code 20422', cost(0), async ({ api, data }) => {
    // "Minimum: 1" (004:L5013).
    const scope = await kind.open(api, data);
    const res = await api.get<TwilioError>(scope.path, { ...scope.query, PageSize: 0 }, { expect: 400 });
    expect(res.body.code).toBe(20422);
  });

  test('a non-numeric PageSize is rejected with 400 and code 20422', cost(0), async ({ api, data }) => {
    // `PageSize` is an integer<int64> (004:L5010).
    const scope = await kind.open(api, data);
    const res = await api.get<TwilioError>(scope.path, { ...scope.query, PageSize: 'ten' }, { expect: 400 });
    expect(res.body.code).toBe(20422);
  });

  test('an invalid PageToken is rejected with 400 and code 21481', cost(0), async ({ api, data }) => {
    // The token "is provided by the API" (004:L5022-5025); one the API never issued is refused.
    const scope = await kind.open(api, data);
    const res = await api.get<TwilioError>(
      scope.path,
      { ...scope.query, PageSize: 1, Page: 1, PageToken: 'PAnot-a-token-the-api-issued' },
      { expect: 400 },
    );
    expect(res.body.code).toBe(21481);
  });

  describe('following next_page_url', () => {
    for (const size of WALK_SIZES.filter((candidate) => candidate <= kind.maxPageSize)) {
      // More items than one page holds, so the walk crosses at least one page boundary.
      const items = size === 50 ? 51 : 9;
      test(
        `lists every item exactly once and in order with PageSize=${size}`,
        cost(items),
        async ({ api, data, target, skip }) => {
          // A full walk of an account-wide list costs one request per page: not against a live account.
          if (!kind.isolated) requires({ target, skip }, 'notLive');
          const scope = await kind.open(api, data);
          const made = await scope.add(fill(items));
          const pages = await walk(api, key, scope, size);
          const seen = sidsOf(pages);
          for (const page of pages) expect(page.sids.length).toBeLessThanOrEqual(size);
          expect(duplicates(seen)).toEqual([]);
          expect([...only(seen, made)].sort()).toEqual([...made].sort());
          // The same list read in the largest pages is the reference order: paging must not reorder it.
          const reference = sidsOf(await walk(api, key, scope, kind.maxPageSize));
          if (kind.isolated) {
            expect(seen).toEqual(reference);
            for (const page of pages.slice(0, -1)) expect(page.sids).toHaveLength(size);
          } else {
            expect(only(seen, made)).toEqual(only(reference, made));
          }
          if (kind.opensEmpty) expect([...seen].sort()).toEqual([...made].sort());
          if (kind.documentedOrder) {
            // The order the docs state (kind.documentedOrder.source).
            const want = kind.documentedOrder.order === 'creation' ? made : [...made].reverse();
            expect(only(seen, made)).toEqual(want);
          }
        },
      );
    }
  });

  test('meta.key names the array and meta.page counts up from 0', cost(5), async ({ api, data }) => {
    const scope = await kind.open(api, data);
    await scope.add(fill(5));
    const pages = await walk(api, key, scope, 2, FEW_PAGES);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.map((page) => page.meta.key)).toEqual(pages.map(() => key));
    expect(pages.map((page) => page.meta.page)).toEqual(pages.map((_, index) => index));
    expect(pages.map((page) => page.meta.page_size)).toEqual(pages.map(() => 2));
  });

  test('previous_page_url is null on the first page and set on later pages', cost(5), async ({ api, data }) => {
    const scope = await kind.open(api, data);
    await scope.add(fill(5));
    const pages = await walk(api, key, scope, 2, FEW_PAGES);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]?.meta.previous_page_url).toBeNull();
    for (const page of pages.slice(1)) expect(page.meta.previous_page_url).toEqual(expect.any(String));
  });

  test('first_page_url leads back to the first page', cost(5), async ({ api, data }) => {
    const scope = await kind.open(api, data);
    await scope.add(fill(5));
    const pages = await walk(api, key, scope, 2, FEW_PAGES);
    const last = pages.at(-1);
    expect(pages.length).toBeGreaterThan(1);
    const first = await readPage(api, key, last?.meta.first_page_url ?? '');
    expect(first.meta.page).toBe(0);
    expect(first.meta.page_size).toBe(2);
    expect(first.meta.previous_page_url).toBeNull();
    if (kind.isolated) expect(first.sids).toEqual(pages[0]?.sids);
  });

  if (kind.isolated) {
    test('next_page_url is null on the page that holds the last item', cost(4), async ({ api, data }) => {
      const scope = await kind.open(api, data);
      // Fill the list to an exact multiple of the page size: the edge where a trailing empty page could appear.
      const before = sidsOf(await walk(api, key, scope, kind.maxPageSize)).length;
      await scope.add(fill(before % 2 === 0 ? 4 : 3));
      const total = sidsOf(await walk(api, key, scope, kind.maxPageSize)).length;
      const pages = await walk(api, key, scope, 2);
      expect(total % 2).toBe(0);
      expect(pages).toHaveLength(total / 2);
      expect(pages.at(-1)?.sids).toHaveLength(2);
      expect(pages.at(-1)?.meta.next_page_url).toBeNull();
      for (const page of pages.slice(0, -1)) expect(page.meta.next_page_url).toEqual(expect.any(String));
    });

    test('previous_page_url of the second page leads back to the first page', cost(5), async ({ api, data }) => {
      const scope = await kind.open(api, data);
      await scope.add(fill(5));
      const first = await readPage(api, key, scope.path, { ...scope.query, PageSize: 2 });
      const second = await readPage(api, key, first.meta.next_page_url ?? '');
      const back = await readPage(api, key, second.meta.previous_page_url ?? '');
      expect(back.sids).toEqual(first.sids);
      expect(back.meta.page).toBe(0);
    });

    test('meta.url reads the same page again', cost(5), async ({ api, data }) => {
      const scope = await kind.open(api, data);
      await scope.add(fill(5));
      const first = await readPage(api, key, scope.path, { ...scope.query, PageSize: 2 });
      const second = await readPage(api, key, first.meta.next_page_url ?? '');
      const again = await readPage(api, key, second.meta.url);
      expect(again.sids).toEqual(second.sids);
      expect(again.meta.page).toBe(second.meta.page);
    });
  }

  if (kind.opensEmpty) {
    test('an empty list is one page with no previous or next page', cost(0), async ({ api, data }) => {
      const scope = await kind.open(api, data);
      const page = await readPage(api, key, scope.path, scope.query);
      expect(page.sids).toEqual([]);
      expect(page.meta.page).toBe(0);
      expect(page.meta.key).toBe(key);
      expect(page.meta.previous_page_url).toBeNull();
      expect(page.meta.next_page_url).toBeNull();
    });
  }
});
