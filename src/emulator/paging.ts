// One paging helper for every list: `PageSize` (min 1, per-resource maximum), `Page` ("simply for client state"),
// `PageToken` ("provided by the API") — 004:L5010-5025; envelope `{meta, <key>}` — 004:L5088-5109.
// The token is opaque to clients: base64url JSON of the next offset and the key of the last item served, so a page
// resumes after that item even when earlier items were deleted or inserted meanwhile.
import type { FastifyRequest } from 'fastify';
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
}

interface TokenBody {
  o: number;
  k: string | null;
}

const TOKEN_PREFIX = 'PT';

/** Encode a page token. */
export function encodePageToken(offset: number, afterKey: string | null): string {
  const body: TokenBody = { o: offset, k: afterKey };
  return TOKEN_PREFIX + Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

/** Decode a page token; anything malformed is a 400 (Twilio 21481, error-codes.md §2). */
export function decodePageToken(token: string): { offset: number; afterKey: string | null } {
  if (!token.startsWith(TOKEN_PREFIX)) throw twilioError('INVALID_PAGE_TOKEN');
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(token.slice(TOKEN_PREFIX.length), 'base64url').toString('utf8'));
  } catch {
    throw twilioError('INVALID_PAGE_TOKEN');
  }
  const { o, k } = (body ?? {}) as Partial<TokenBody>;
  if (!Number.isSafeInteger(o) || (o as number) < 0 || !(k === null || typeof k === 'string')) {
    throw twilioError('INVALID_PAGE_TOKEN');
  }
  return { offset: o as number, afterKey: k };
}

/** Read and validate `PageSize`, `Page`, `PageToken` for a list whose documented maximum is `maxPageSize`. */
export function readPageRequest(request: FastifyRequest, maxPageSize: number, defaultPageSize = 50): PageRequest {
  const rawSize = queryParam(request, 'PageSize');
  const pageSize =
    rawSize === undefined ? Math.min(defaultPageSize, maxPageSize) : nonNegativeInteger(rawSize, 'PageSize');
  if (pageSize < 1 || pageSize > maxPageSize) {
    throw twilioError('INVALID_PARAMETER', {
      param: 'PageSize',
      detail: `must be an integer between 1 and ${maxPageSize}`,
    });
  }
  const rawPage = queryParam(request, 'Page');
  const page = rawPage === undefined ? 0 : nonNegativeInteger(rawPage, 'Page');
  const rawToken = queryParam(request, 'PageToken');
  const { offset, afterKey } = rawToken === undefined ? { offset: 0, afterKey: null } : decodePageToken(rawToken);
  return { pageSize, page, offset, afterKey };
}

/** Inputs of {@link buildPage}. */
export interface PageInput<T> {
  /** Every matching item, already filtered and in list order. */
  readonly items: readonly T[];
  readonly keyOf: (item: T) => string;
  readonly render: (item: T) => unknown;
  readonly request: PageRequest;
  /** Absolute URL of the list without query, e.g. `http://host/v1/Conversations`. */
  readonly listUrl: string;
  /** Filter parameters to keep in the paging URLs, in order. */
  readonly filters?: ReadonlyArray<readonly [string, string]>;
  /** Array key, e.g. `conversations` (seed-inventory §2.0). */
  readonly key: string;
}

/** Build `{meta, [key]: items}` with absolute first/previous/current/next page URLs. */
export function buildPage<T>(input: PageInput<T>): Record<string, unknown> {
  const { items, keyOf, request, key } = input;
  let start = Math.min(request.offset, items.length);
  if (request.afterKey !== null) {
    const at = items.findIndex((item) => keyOf(item) === request.afterKey);
    if (at >= 0) start = at + 1;
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

  return {
    meta: {
      page: request.page,
      page_size: request.pageSize,
      first_page_url: url(0, null),
      previous_page_url: hasPrevious
        ? url(Math.max(request.page - 1, 0), encodePageToken(Math.max(start - request.pageSize, 0), null))
        : null,
      url: url(request.page, currentToken),
      next_page_url: hasNext ? url(request.page + 1, encodePageToken(end, keyOf(last))) : null,
      key,
    },
    [key]: slice.map(input.render),
  };
}
