import { describe, expect, test } from 'vitest';
import { createFaultSet, NO_FAULTS } from './faults.ts';
import { jsonBytes } from './json-body.ts';
import {
  buildPage,
  buildPageBody,
  compareSortKeys,
  decodePageToken,
  encodePageToken,
  type PageInput,
  type PageRequest,
} from './paging.ts';
import { TwilioApiError } from './twilio-errors.ts';

const items = Array.from({ length: 7 }, (_, i) => ({ id: `K${i}` }));
const base = {
  keyOf: (x: { id: string }) => x.id,
  render: (x: { id: string }) => x.id,
  listUrl: 'http://h/v1/Things',
  key: 'things',
  faults: NO_FAULTS,
};

function request(url: string | null, pageSize = 3): PageRequest {
  if (url === null) return { pageSize, page: 0, offset: 0, afterKey: null };
  const query = new URL(url).searchParams;
  const token = query.get('PageToken');
  const decoded = token ? decodePageToken(token) : { offset: 0, afterKey: null };
  return { pageSize: Number(query.get('PageSize')), page: Number(query.get('Page')), ...decoded };
}

describe('page tokens', () => {
  test('round-trip', () => {
    expect(decodePageToken(encodePageToken(40, 'CHx'))).toEqual({ offset: 40, afterKey: 'CHx' });
  });

  test.each([
    'garbage',
    'PT!!!',
    `PT${Buffer.from('{"o":-1,"k":null}').toString('base64url')}`,
    `PT${Buffer.from('[]').toString('base64url')}`,
  ])('rejects %s with 21481', (token) => {
    expect(() => decodePageToken(token)).toThrow(TwilioApiError);
    try {
      decodePageToken(token);
    } catch (error) {
      expect((error as TwilioApiError).toBody()).toMatchObject({ code: 21481, status: 400 });
    }
  });
});

describe('buildPage', () => {
  test('walks to the end following next_page_url, without gaps or repeats', () => {
    const seen: string[] = [];
    let next: string | null = null;
    let pages = 0;
    do {
      const page = buildPage({ ...base, items, request: request(next) }) as {
        meta: Record<string, unknown>;
        things: string[];
      };
      seen.push(...page.things);
      expect(page.meta.page).toBe(pages);
      expect(page.meta.key).toBe('things');
      next = page.meta.next_page_url as string | null;
      pages++;
    } while (next !== null);
    expect(seen).toEqual(items.map((x) => x.id));
    expect(pages).toBe(3);
  });

  test('first and previous page URLs', () => {
    const first = buildPage({ ...base, items, request: request(null) }) as { meta: Record<string, string | null> };
    expect(first.meta.first_page_url).toBe('http://h/v1/Things?PageSize=3&Page=0');
    expect(first.meta.url).toBe('http://h/v1/Things?PageSize=3&Page=0');
    expect(first.meta.previous_page_url).toBeNull();
    const second = buildPage({ ...base, items, request: request(first.meta.next_page_url!) }) as {
      meta: Record<string, string | null>;
      things: string[];
    };
    expect(second.things).toEqual(['K3', 'K4', 'K5']);
    const back = buildPage({ ...base, items, request: request(second.meta.previous_page_url!) }) as {
      things: string[];
    };
    expect(back.things).toEqual(['K0', 'K1', 'K2']);
  });

  test('resumes after the last served item when earlier items were deleted meanwhile', () => {
    const first = buildPage({ ...base, items, request: request(null) }) as { meta: Record<string, string> };
    const after = buildPage({ ...base, items: items.slice(1), request: request(first.meta.next_page_url!) }) as {
      things: string[];
    };
    expect(after.things).toEqual(['K3', 'K4', 'K5']);
  });

  test('resumes after the last served item when that item itself was deleted meanwhile (sort key)', () => {
    const ranked = items.map((item, index) => ({ ...item, rank: index }));
    const input = { ...base, sortKey: (x: { rank: number }) => [x.rank] };
    const first = buildPage({ ...input, items: ranked, request: request(null) }) as { meta: Record<string, string> };
    // K2 (the last item of page one) and K0 are deleted before page two is read.
    const remaining = ranked.filter((x) => x.id !== 'K2' && x.id !== 'K0');
    const after = buildPage({ ...input, items: remaining, request: request(first.meta.next_page_url!) }) as {
      things: string[];
    };
    expect(after.things).toEqual(['K3', 'K4', 'K5']);
  });

  test('orders mixed sort keys element by element', () => {
    expect(compareSortKeys([1, 'b'], [1, 'a'])).toBeGreaterThan(0);
    expect(compareSortKeys([-5], [-3])).toBeLessThan(0);
    expect(compareSortKeys([2], [2, 0])).toBeLessThan(0);
    expect(compareSortKeys(['x'], ['x'])).toBe(0);
  });

  test('keeps filters in the URLs and answers an empty list', () => {
    const page = buildPage({ ...base, items: [], request: request(null), filters: [['State', 'active']] }) as {
      meta: Record<string, string | null>;
      things: string[];
    };
    expect(page.things).toEqual([]);
    expect(page.meta.url).toBe('http://h/v1/Things?State=active&PageSize=3&Page=0');
    expect(page.meta.next_page_url).toBeNull();
  });
});

describe('buildPageBody', () => {
  test('is byte for byte JSON.stringify(buildPage(...)) on every page, with filters and faults', () => {
    type Rich = { id: string; text: string };
    const rich: Rich[] = Array.from({ length: 7 }, (_, i) => ({ id: `K${i}`, text: `é "${i}" \u2028 <${i}>` }));
    const render = (x: Rich) => ({ sid: x.id, text: x.text, n: null });
    for (const faults of [NO_FAULTS, createFaultSet(['paging-duplicate-item', 'paging-next-url-never-null'])]) {
      let url: string | null = null;
      for (let page = 0; page < 5; page++) {
        const input: PageInput<Rich> = {
          ...base,
          items: rich,
          render,
          faults,
          request: request(url),
          filters: [['State', 'a b&c']] as [string, string][],
        };
        const text = buildPageBody({ ...input, renderBytes: (x: Rich) => jsonBytes(render(x)) }).bytes.toString('utf8');
        const object: Record<string, unknown> = buildPage(input);
        expect(text).toBe(JSON.stringify(object));
        url = (object.meta as { next_page_url: string | null }).next_page_url;
        if (url === null) break;
      }
    }
  });
});

describe('buildPageBody, a page asked again', () => {
  test('reuses the bytes while every item is the same, and builds anew when one changes', () => {
    const bytes = new Map(items.map((x) => [x.id, jsonBytes({ sid: x.id })]));
    const input = { ...base, items, request: request(null), renderBytes: (x: { id: string }) => bytes.get(x.id)! };
    const first = buildPageBody(input).bytes;
    expect(buildPageBody(input).bytes).toBe(first);
    bytes.set('K1', jsonBytes({ sid: 'K1', changed: true }));
    const third = buildPageBody(input).bytes;
    expect(third).not.toBe(first);
    expect(third.toString()).toBe(
      JSON.stringify(buildPage({ ...input, render: (x) => JSON.parse(bytes.get(x.id)!.toString()) })),
    );
  });
});
