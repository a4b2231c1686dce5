// Every list a walk can be interrupted in resumes after the last item it served, even when that item was deleted
// between two pages (other scenarios delete what they created while a walk of an account-wide list is under way):
// the page token carries the item's sort key (paging.ts), so the next page never skips an item still in the list.
import { afterEach, describe, expect, test } from 'vitest';
import { setup, type TestClient } from '../test-support.ts';

let client: TestClient;
afterEach(async () => {
  await client?.emulator.close();
});

interface Listed {
  meta: { next_page_url: string | null };
  [key: string]: unknown;
}

/** Creates five items, reads the first page of two, deletes both served items, and reads the next page. */
async function walkAcrossDeletion(
  c: TestClient,
  create: (i: number) => Promise<{ sid: string; url: string }>,
  list: string,
  key: string,
): Promise<{ made: string[]; second: string[] }> {
  const made: { sid: string; url: string }[] = [];
  for (let i = 0; i < 5; i++) made.push(await create(i));
  const first = (await c.get(`${list}${list.includes('?') ? '&' : '?'}PageSize=2`)).body as Listed;
  const served = (first[key] as { sid: string }[]).map((item) => item.sid);
  expect(served).toEqual(made.slice(0, 2).map((m) => m.sid));
  for (const item of made.slice(0, 2)) expect((await c.delete(item.url)).status).toBe(204);
  const next = first.meta.next_page_url;
  expect(next).not.toBeNull();
  const second = ((await c.get(next as string)).body as Listed)[key] as { sid: string }[];
  return { made: made.map((m) => m.sid), second: second.map((item) => item.sid) };
}

describe('a list walk resumes after a deleted item without skipping', () => {
  test('users', async () => {
    client = setup();
    const c = client;
    const { made, second } = await walkAcrossDeletion(
      c,
      async (i) => (await c.post('/v1/Users', { Identity: `resume-${i}` })).body as { sid: string; url: string },
      '/v1/Users',
      'users',
    );
    expect(second).toEqual(made.slice(2, 4));
  });

  test('roles', async () => {
    client = setup();
    const c = client;
    const before = ((await c.get('/v1/Roles?PageSize=50')).body.roles as unknown[]).length;
    const made: { sid: string; url: string }[] = [];
    for (let i = 0; i < 5; i++) {
      const body = { FriendlyName: `resume-${i}`, Type: 'conversation', Permission: ['sendMessage'] };
      made.push((await c.post('/v1/Roles', body)).body as { sid: string; url: string });
    }
    // Walk from the first created role: skip the built-in roles with a page as large as they are.
    const first = (await c.get(`/v1/Roles?PageSize=${before + 2}`)).body as Listed;
    expect((first.roles as { sid: string }[]).slice(-2).map((r) => r.sid)).toEqual(made.slice(0, 2).map((m) => m.sid));
    for (const role of made.slice(0, 2)) expect((await c.delete(role.url)).status).toBe(204);
    const second = ((await c.get(first.meta.next_page_url as string)).body.roles as { sid: string }[]).map(
      (r) => r.sid,
    );
    expect(second.slice(0, 3)).toEqual(made.slice(2).map((m) => m.sid));
  });

  test.each(['asc', 'desc'])('messages, Order=%s', async (order) => {
    client = setup();
    const c = client;
    const conversation = (await c.post('/v1/Conversations', {})).body as { sid: string };
    const list = `/v1/Conversations/${conversation.sid}/Messages`;
    const made: { sid: string; url: string }[] = [];
    for (let i = 0; i < 5; i++) made.push((await c.post(list, { Body: `m${i}` })).body as { sid: string; url: string });
    const ordered = order === 'asc' ? made : [...made].reverse();
    const first = (await c.get(`${list}?Order=${order}&PageSize=2`)).body as Listed;
    expect((first.messages as { sid: string }[]).map((m) => m.sid)).toEqual(ordered.slice(0, 2).map((m) => m.sid));
    for (const message of ordered.slice(0, 2)) expect((await c.delete(message.url)).status).toBe(204);
    const second = ((await c.get(first.meta.next_page_url as string)).body.messages as { sid: string }[]).map(
      (m) => m.sid,
    );
    expect(second).toEqual(ordered.slice(2, 4).map((m) => m.sid));
  });
});
