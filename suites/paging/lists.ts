// The list endpoints the paging scenarios run against, and the page walker they share.
// Paging facts (seed-inventory §2.0): query `PageSize` / `Page` / `PageToken` (004:L5010-5025); envelope
// `{meta, <key>}` with meta `page, page_size, first_page_url, previous_page_url, url, next_page_url, key`
// (004:L5088-5109); the default page size and maximum of each list come from its reference page (table rows below).
import type { ScenarioApi, ScenarioData } from '../../src/runtime/index.ts';
import { defaultServiceSid, type Form } from '../support/resources.ts';

/** Query parameters as the scenario API takes them. */
export type Query = NonNullable<Parameters<ScenarioApi['get']>[1]>;
/** The `meta` object of a list page (004:L5088-5109). */
export interface PageMeta {
  page: number;
  page_size: number;
  first_page_url: string;
  previous_page_url: string | null;
  url: string;
  next_page_url: string | null;
  key: string;
}

/** An item of any list: every listed resource has a `sid`. */
export interface ListItem {
  sid: string;
  [property: string]: unknown;
}

/** One page as read: its meta and the SIDs of its items, in order. */
export interface Page {
  meta: PageMeta;
  sids: string[];
}

/** A list a scenario works on, with a way to add items to it. */
export interface ListScope {
  /** The list URL (a path or an absolute URL of the target). */
  path: string;
  /** Query parameters that select the list (filters), sent on the first request of every walk. */
  query: Record<string, string>;
  /** Adds `n` items one after the other; returns their SIDs in creation order. */
  add(n: number): Promise<string[]>;
}

/** One list endpoint as a table row. */
export interface ListKind {
  name: string;
  /** The array key of the envelope (seed-inventory §2.0). */
  key: string;
  defaultPageSize: number;
  maxPageSize: number;
  /**
   * True when nothing but the scope's own items (and items present from the start) can be in the list, so a walk can
   * be compared item for item. False for account-wide lists other scenarios add to and delete from meanwhile.
   */
  isolated: boolean;
  /** How many items the list can hold (conversation-scoped webhooks: five, 004:L11172). */
  capacity: number;
  /** Where the docs state the order: the created items must come back in creation order or its reverse. */
  documentedOrder?: { order: 'creation' | 'reverse-creation'; source: string };
  /** True when `open` returns a list with no items. */
  opensEmpty: boolean;
  /** How many resources `open` creates (for the live budget: `meta.cost`). */
  openCost: number;
  /** Creates what the list needs (parent resources, cleaned up when the test ends) and returns it. */
  open(api: ScenarioApi, data: ScenarioData): Promise<ListScope>;
}

interface Created {
  sid: string;
  url: string;
  links?: Record<string, string>;
}

async function create(api: ScenarioApi, path: string, form: Form): Promise<Created> {
  return (await api.post<Created>(path, form, { expect: 201, cleanup: true })).body;
}

async function addEach(n: number, make: (i: number) => Promise<Created>): Promise<string[]> {
  const sids: string[] = [];
  for (let i = 0; i < n; i++) sids.push((await make(i)).sid);
  return sids;
}

/** A list at `path` with no filters; `add` POSTs the form `make(i)` to it for each new item, one after the other. */
function plainList(api: ScenarioApi, path: string, make: (i: number) => Form): ListScope {
  return { path, query: {}, add: (n) => addEach(n, (i) => create(api, path, make(i))) };
}

async function newConversation(api: ScenarioApi, data: ScenarioData): Promise<Required<Created>> {
  const conversation = await create(api, '/v1/Conversations', { FriendlyName: data.unique('paging') });
  return conversation as Required<Created>;
}

async function newService(api: ScenarioApi, data: ScenarioData): Promise<string> {
  return (await create(api, '/v1/Services', { FriendlyName: data.unique('paging') })).sid;
}

let windows = 0;

/**
 * A creation-date window nobody else uses: one UTC day between 1972 and ~1994, distinct per concurrently running
 * worker (VITEST_POOL_ID) and per call. The date filters work on whole days ("YYYY-MM-DDT00:00:00Z" …
 * "YYYY-MM-DDT23:59:59Z", 004:L16915-16925), so a day is the smallest window that behaves the same on every target.
 */
function creationDay(data: ScenarioData): Date {
  const slot = Number(process.env.VITEST_POOL_ID ?? process.pid) % 40;
  const day = 730 + (data.seed % 1000) + slot * 150 + (windows++ % 150);
  return new Date(day * 86_400_000);
}

/**
 * Conversations created with `DateCreated` inside one private day, listed with `StartDate`/`EndDate` on that day: the
 * list holds exactly this scope's conversations, newest first (004:L16915-16925). Each gets its own second.
 */
async function conversationWindow(api: ScenarioApi, data: ScenarioData, collection: string): Promise<ListScope> {
  const day = creationDay(data);
  const ymd = day.toISOString().slice(0, 10);
  let made = 0;
  return {
    path: collection,
    query: { StartDate: `${ymd}T00:00:00Z`, EndDate: `${ymd}T23:59:59Z` },
    add: (n) =>
      addEach(n, () =>
        create(api, collection, {
          FriendlyName: data.unique('paging'),
          DateCreated: new Date(day.getTime() + 1000 * made++).toISOString().replace('.000Z', 'Z'),
        }),
      ),
  };
}

/** Every list the paging scenarios cover, one row each. */
export const LIST_KINDS: readonly ListKind[] = [
  {
    // Shared: the account's default service holds every scenario's conversations. 004:L16932-16936 (50 / 100).
    name: 'Conversations (default service)',
    openCost: 0,
    isolated: false,
    capacity: Number.POSITIVE_INFINITY,
    key: 'conversations',
    defaultPageSize: 50,
    maxPageSize: 100,
    opensEmpty: false,
    open: async (api, data) => plainList(api, '/v1/Conversations', () => ({ FriendlyName: data.unique('paging') })),
  },
  {
    // Date filters sort "by latest conversation creation date in descending order" (004:L16915-16925).
    name: 'Conversations filtered by creation date',
    openCost: 0,
    isolated: true,
    capacity: Number.POSITIVE_INFINITY,
    key: 'conversations',
    defaultPageSize: 50,
    maxPageSize: 100,
    documentedOrder: { order: 'reverse-creation', source: '004:L16918' },
    opensEmpty: true,
    open: (api, data) => conversationWindow(api, data, '/v1/Conversations'),
  },
  {
    name: 'Service-scoped conversations filtered by creation date',
    openCost: 0,
    isolated: true,
    capacity: Number.POSITIVE_INFINITY,
    key: 'conversations',
    defaultPageSize: 50,
    maxPageSize: 100,
    documentedOrder: { order: 'reverse-creation', source: '004:L16918' },
    opensEmpty: true,
    open: async (api, data) =>
      conversationWindow(api, data, `/v1/Services/${await defaultServiceSid(api)}/Conversations`),
  },
  {
    // A fresh Conversation Service is a private partition (004:L97): its list starts empty.
    name: 'Conversations of a new service',
    openCost: 1,
    isolated: true,
    capacity: Number.POSITIVE_INFINITY,
    key: 'conversations',
    defaultPageSize: 50,
    maxPageSize: 100,
    opensEmpty: true,
    open: async (api, data) => {
      const collection = `/v1/Services/${await newService(api, data)}/Conversations`;
      return plainList(api, collection, () => ({ FriendlyName: data.unique('paging') }));
    },
  },
  {
    // 004:L6708-6712 (50 / 100).
    name: 'Participants',
    openCost: 1,
    isolated: true,
    capacity: Number.POSITIVE_INFINITY,
    key: 'participants',
    defaultPageSize: 50,
    maxPageSize: 100,
    opensEmpty: true,
    open: async (api, data) => {
      const collection = (await newConversation(api, data)).links.participants as string;
      return plainList(api, collection, () => ({ Identity: data.unique('paging') }));
    },
  },
  {
    // 004:L18033-18037 (50 / 100).
    name: 'Service-scoped participants',
    openCost: 1,
    isolated: true,
    capacity: Number.POSITIVE_INFINITY,
    key: 'participants',
    defaultPageSize: 50,
    maxPageSize: 100,
    opensEmpty: true,
    open: async (api, data) => {
      const service = await defaultServiceSid(api);
      const conversation = await create(api, `/v1/Services/${service}/Conversations`, {
        FriendlyName: data.unique('paging'),
      });
      const collection = `/v1/Services/${service}/Conversations/${conversation.sid}/Participants`;
      return plainList(api, collection, () => ({ Identity: data.unique('paging') }));
    },
  },
  {
    // 004:L5010-5014 (50 / 100); `Order` defaults to asc (004:L5003-5008) and indices follow
    // the order messages were received (004:L4563).
    name: 'Messages',
    openCost: 1,
    isolated: true,
    capacity: Number.POSITIVE_INFINITY,
    key: 'messages',
    defaultPageSize: 50,
    maxPageSize: 100,
    documentedOrder: { order: 'creation', source: '004:L4563, L5003-5008' },
    opensEmpty: true,
    open: async (api, data) => {
      const collection = (await newConversation(api, data)).links.messages as string;
      return plainList(api, collection, (i) => ({ Author: 'paging', Body: `message ${i}` }));
    },
  },
  {
    // At most five per conversation (004:L11172); PageSize 5 / 5
    // (004:L11532-11536).
    name: 'Conversation-scoped webhooks',
    openCost: 1,
    isolated: true,
    capacity: 5,
    key: 'webhooks',
    defaultPageSize: 5,
    maxPageSize: 5,
    opensEmpty: true,
    open: async (api, data) => {
      const collection = (await newConversation(api, data)).links.webhooks as string;
      return plainList(api, collection, () => ({
        Target: 'webhook',
        'Configuration.Url': `https://hooks.example.com/${data.unique('paging')}`,
        'Configuration.Method': 'POST',
        'Configuration.Filters': ['onMessageAdded'],
      }));
    },
  },
  {
    // 004:L8227-8231 (50 / 50); users of a new service (004:L7893-7895).
    name: 'Users of a new service',
    openCost: 1,
    isolated: true,
    capacity: Number.POSITIVE_INFINITY,
    key: 'users',
    defaultPageSize: 50,
    maxPageSize: 50,
    opensEmpty: true,
    open: async (api, data) => {
      const collection = `/v1/Services/${await newService(api, data)}/Users`;
      return plainList(api, collection, () => ({ Identity: data.unique('paging') }));
    },
  },
  {
    // 004:L9042-9046 (50 / 50). A new service comes with its default roles (D-CFG-1), so
    // the list is isolated but not empty.
    name: 'Roles of a new service',
    openCost: 1,
    isolated: true,
    capacity: Number.POSITIVE_INFINITY,
    key: 'roles',
    defaultPageSize: 50,
    maxPageSize: 50,
    opensEmpty: false,
    open: async (api, data) => {
      const collection = `/v1/Services/${await newService(api, data)}/Roles`;
      return plainList(api, collection, () => ({
        FriendlyName: data.unique('paging'),
        Type: 'conversation',
        Permission: ['sendMessage'],
      }));
    },
  },
  {
    // Account-wide, shared. 004:L16163-16167 (50 / 100).
    name: 'Services',
    openCost: 0,
    isolated: false,
    capacity: Number.POSITIVE_INFINITY,
    key: 'services',
    defaultPageSize: 50,
    maxPageSize: 100,
    opensEmpty: false,
    open: async (api, data) => plainList(api, '/v1/Services', () => ({ FriendlyName: data.unique('paging') })),
  },
  {
    // Account-wide, shared. 004:L15093-15097 (50 / 100).
    name: 'Credentials',
    openCost: 0,
    isolated: false,
    capacity: Number.POSITIVE_INFINITY,
    key: 'credentials',
    defaultPageSize: 50,
    maxPageSize: 100,
    opensEmpty: false,
    open: async (api, data) =>
      plainList(api, '/v1/Credentials', () => ({
        Type: 'fcm',
        FriendlyName: data.unique('paging').slice(0, 64),
        Secret: data.unique('secret'),
      })),
  },
  {
    // Account-wide, shared. 004:L10245-10246 (50 / 50).
    name: 'Address configurations',
    openCost: 0,
    isolated: false,
    capacity: Number.POSITIVE_INFINITY,
    key: 'address_configurations',
    defaultPageSize: 50,
    maxPageSize: 50,
    opensEmpty: false,
    open: async (api, data) =>
      plainList(api, '/v1/Configuration/Addresses', () => ({ Type: 'sms', Address: data.phone() })),
  },
];

/** Reads one page: the first page of `scope` (with `query`), or a page URL taken from a `meta`. */
export async function readPage(api: ScenarioApi, key: string, url: string, query?: Query): Promise<Page> {
  const res = await api.get<Record<string, unknown>>(url, query, { expect: 200 });
  const items = res.body[key];
  if (!Array.isArray(items)) throw new Error(`page ${url} has no array under '${key}'`);
  return { meta: res.body.meta as PageMeta, sids: (items as ListItem[]).map((item) => item.sid) };
}

/** Most pages a full walk reads before it gives up (a `next_page_url` that never ends). */
const MAX_WALK_PAGES = 2_000;

/**
 * Follows `next_page_url` from the first page: to the last page, or only the first `maxPages` pages (a bounded walk,
 * for lists shared with the whole account, which may be long on a live target). Returns the pages in order.
 */
export async function walk(
  api: ScenarioApi,
  key: string,
  scope: ListScope,
  pageSize?: number,
  maxPages?: number,
): Promise<Page[]> {
  const pages: Page[] = [
    await readPage(api, key, scope.path, { ...scope.query, ...(pageSize ? { PageSize: pageSize } : {}) }),
  ];
  for (let next = pages[0]?.meta.next_page_url; next; next = pages.at(-1)?.meta.next_page_url) {
    if (maxPages !== undefined && pages.length >= maxPages) break;
    if (pages.length >= MAX_WALK_PAGES) {
      throw new Error(`more than ${MAX_WALK_PAGES} pages under ${scope.path}: next_page_url never ends`);
    }
    pages.push(await readPage(api, key, next));
  }
  return pages;
}

/** Every SID of a walk, in order. */
export function sidsOf(pages: readonly Page[]): string[] {
  return pages.flatMap((page) => page.sids);
}

/** The SIDs of `all` that are in `wanted`, in the order `all` has them. */
export function only(all: readonly string[], wanted: readonly string[]): string[] {
  const set = new Set(wanted);
  return all.filter((sid) => set.has(sid));
}

/** The SIDs that occur more than once. */
export function duplicates(sids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const sid of sids) {
    if (seen.has(sid)) repeated.push(sid);
    seen.add(sid);
  }
  return repeated;
}
