// One paging helper for every list: `PageSize` (min 1, per-resource maximum), `Page` ("simply for client state"),
// `PageToken` ("provided by the API") — 004:L5010-5025; envelope `{meta, <key>}` — 004:L5088-5109.
// The token is opaque to clients: base64url JSON of the next offset, the key of the last item served and (when the list
// gives one) that item's sort key, so a page resumes after that item even when earlier items, or that item itself, were
// deleted or inserted meanwhile: a walk never skips or repeats an item that stays in the list.
import type { FastifyRequest } from 'fastify';
import type { FaultSet } from './faults.ts';
import { JsonBody } from './json-body.ts';
import { queryParam } from './scope.ts';
import { twilioError } from './twilio-errors.ts';
import { nonNegativeInteger } from './validate.ts';

/** A decoded page request. */
export interface PageRequest {
  readonly pageSize: number;
  readonly page: number;
  /** Index of the first item to serve if `afterKey` is not found. */
  readonly offset: number;
  /** Key of the item served just before this page (resume point), or null. */
  readonly afterKey: string | null;
  /** Sort key of that item, used when the item itself is gone (see {@link PageInput.sortKey}). */
  readonly afterSort?: SortKey | null;
}

/** Where an item sits in its list: compared element by element, numbers numerically, strings by code unit. */
export type SortKey = readonly (number | string)[];

interface TokenBody {
  o: number;
  k: string | null;
  s?: SortKey;
}

const TOKEN_PREFIX = 'PT';

/** Encode a page token. */
export function encodePageToken(offset: number, afterKey: string | null, afterSort?: SortKey): string {
  const body: TokenBody = { o: offset, k: afterKey, ...(afterSort ? { s: afterSort } : {}) };
  return TOKEN_PREFIX + Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

function isSortKey(value: unknown): value is SortKey {
  return (
    Array.isArray(value) &&
    value.every((part) => typeof part === 'string' || (typeof part === 'number' && Number.isFinite(part)))
  );
}

/** Negative, zero or positive as `a` sorts before, with or after `b`. */
export function compareSortKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

/** Decode a page token; anything malformed is a 400 (Twilio 21481, error-codes.md §2). */
export function decodePageToken(token: string): { offset: number; afterKey: string | null; afterSort?: SortKey } {
  if (!token.startsWith(TOKEN_PREFIX)) throw twilioError('INVALID_PAGE_TOKEN');
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(token.slice(TOKEN_PREFIX.length), 'base64url').toString('utf8'));
  } catch {
    throw twilioError('INVALID_PAGE_TOKEN');
  }
  const { o, k, s } = (body ?? {}) as Partial<TokenBody>;
  if (!Number.isSafeInteger(o) || (o as number) < 0 || !(k === null || typeof k === 'string')) {
    throw twilioError('INVALID_PAGE_TOKEN');
  }
  if (s !== undefined && !isSortKey(s)) throw twilioError('INVALID_PAGE_TOKEN');
  return { offset: o as number, afterKey: k, ...(s !== undefined ? { afterSort: s } : {}) };
}

/** Read and validate `PageSize`, `Page`, `PageToken` for a list whose documented maximum is `maxPageSize`. */
export function readPageRequest(
  request: FastifyRequest,
  maxPageSize: number,
  faults: FaultSet,
  defaultPageSize = 50,
): PageRequest {
  const rawSize = faults.has('paging-page-size-ignored') ? undefined : queryParam(request, 'PageSize');
  const pageSize =
    rawSize === undefined ? Math.min(defaultPageSize, maxPageSize) : nonNegativeInteger(rawSize, 'PageSize');
  if (pageSize < 1 || (pageSize > maxPageSize && !faults.has('paging-max-not-enforced'))) {
    throw twilioError('INVALID_PARAMETER', {
      param: 'PageSize',
      detail: `must be an integer between 1 and ${maxPageSize}`,
    });
  }
  const rawPage = queryParam(request, 'Page');
  const page = rawPage === undefined ? 0 : nonNegativeInteger(rawPage, 'Page');
  const rawToken = queryParam(request, 'PageToken');
  const { offset, afterKey, afterSort } =
    rawToken === undefined ? { offset: 0, afterKey: null, afterSort: undefined } : decodePageToken(rawToken);
  return { pageSize, page, offset, afterKey, afterSort: afterSort ?? null };
}

/** Inputs of {@link buildPage}. */
export interface PageInput<T> {
  /** Every matching item, already filtered and in list order. */
  readonly items: readonly T[];
  readonly keyOf: (item: T) => string;
  readonly render: (item: T) => unknown;
  readonly request: PageRequest;
  /** The emulator's faults (faults.ts): `paging-duplicate-item`, `paging-next-url-never-null`. */
  readonly faults: FaultSet;
  /** Absolute URL of the list without query, e.g. `http://host/v1/Conversations`. */
  readonly listUrl: string;
  /** Filter parameters to keep in the paging URLs, in order. */
  readonly filters?: ReadonlyArray<readonly [string, string]>;
  /** Array key, e.g. `conversations` (seed-inventory §2.0). */
  readonly key: string;
  /**
   * The item's place in `items` order (ascending by this key; negate numbers for a descending list). When given, a
   * page whose resume item was deleted meanwhile starts at the first item sorting after it, not at a stale offset.
   */
  readonly sortKey?: (item: T) => SortKey;
}

/** A page's `meta` and the items it serves. */
interface PageFrame<T> {
  readonly meta: Record<string, unknown>;
  readonly slice: readonly T[];
}

/** Build `{meta, [key]: items}` with absolute first/previous/current/next page URLs. */
export function buildPage<T>(input: PageInput<T>): Record<string, unknown> {
  const { meta, slice } = pageFrame(input);
  return { meta, [input.key]: slice.map(input.render) };
}

const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']}');

// The last pages built, by their text before the items (meta and key): a page asked again while its meta and every
// item's bytes are the same objects is sent from the same bytes, without a new 40 KB allocation (off-heap allocations
// per request made the garbage collector run often once the heap is large). Bounded, dropped wholesale when full.
const PAGE_CACHE_LIMIT = 16;
const recentPages = new Map<string, { readonly items: readonly Buffer[]; readonly bytes: Buffer }>();

function sameBuffers(a: readonly Buffer[], b: readonly Buffer[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * {@link buildPage} already serialized: the same bytes as `JSON.stringify(buildPage(input))`, with each item's bytes
 * from `renderBytes` (which must be those of `JSON.stringify(render(item))`; a {@link RenderCache} remembers them).
 */
export function buildPageBody<T>(
  input: Omit<PageInput<T>, 'render'> & { readonly renderBytes: (item: T) => Buffer },
): JsonBody {
  const { meta, slice } = pageFrame(input);
  const head = `{"meta":${JSON.stringify(meta)},${JSON.stringify(input.key)}:[`;
  const items = new Array<Buffer>(slice.length);
  for (let i = 0; i < slice.length; i++) items[i] = input.renderBytes(slice[i] as T);
  const recent = recentPages.get(head);
  if (recent !== undefined && sameBuffers(recent.items, items)) return new JsonBody(recent.bytes);
  const parts: Buffer[] = [Buffer.from(head, 'utf8')];
  for (let i = 0; i < items.length; i++) {
    if (i > 0) parts.push(COMMA);
    parts.push(items[i] as Buffer);
  }
  parts.push(CLOSE);
  const bytes = Buffer.concat(parts);
  if (recentPages.size >= PAGE_CACHE_LIMIT) recentPages.clear();
  recentPages.set(head, { items, bytes });
  return new JsonBody(bytes);
}

function pageFrame<T>(input: Omit<PageInput<T>, 'render'>): PageFrame<T> {
  const { items, keyOf, request, key, faults } = input;
  let start = Math.min(request.offset, items.length);
  if (request.afterKey !== null) {
    const at = items.findIndex((item) => keyOf(item) === request.afterKey);
    const { sortKey } = input;
    const afterSort = request.afterSort;
    if (at >= 0) start = at + 1;
    else if (sortKey && afterSort) {
      const next = items.findIndex((item) => compareSortKeys(sortKey(item), afterSort) > 0);
      start = next < 0 ? items.length : next;
    }
  }
  const slice = items.slice(start, start + request.pageSize);
  const end = start + slice.length;
  const last = slice.at(-1);

  const url = (page: number, token: string | null): string => {
    const query = new URLSearchParams((input.filters ?? []).map(([k, value]): [string, string] => [k, value]));
    query.set('PageSize', String(request.pageSize));
    query.set('Page', String(page));
    if (token !== null) query.set('PageToken', token);
    return `${input.listUrl}?${query.toString()}`;
  };
  const currentToken = start === 0 && request.afterKey === null ? null : encodePageToken(start, null);
  const hasNext = end < items.length && last !== undefined;
  const hasPrevious = start > 0;
  // Fault `paging-duplicate-item`: the next page resumes after the second-to-last item, repeating the last one.
  const duplicate = faults.has('paging-duplicate-item') && slice.length > 1;
  const resume = duplicate ? slice.at(-2) : last;
  const nextToken =
    resume === undefined
      ? encodePageToken(end, request.afterKey, request.afterSort ?? undefined)
      : encodePageToken(duplicate ? end - 1 : end, keyOf(resume), input.sortKey?.(resume));
  // Fault `paging-next-url-never-null`: a next page is announced past the end too.
  const announceNext = hasNext || faults.has('paging-next-url-never-null');

  return {
    slice,
    meta: {
      page: request.page,
      page_size: request.pageSize,
      first_page_url: url(0, null),
      previous_page_url: hasPrevious
        ? url(Math.max(request.page - 1, 0), encodePageToken(Math.max(start - request.pageSize, 0), null))
        : null,
      url: url(request.page, currentToken),
      next_page_url: announceNext ? url(request.page + 1, nextToken) : null,
      key,
    },
  };
}
