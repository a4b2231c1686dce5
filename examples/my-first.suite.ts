// A scenario of your own, with the kit's fixtures: run it with `npx conformance run --suites examples`.
// A file outside this repository imports the same module by its path (…/src/runtime/index.ts of the installed kit).
import { describe, expect, requires, test } from '../src/runtime/index.ts';

interface Conversation {
  sid: string;
  friendly_name: string | null;
  state: string;
  url: string;
}

describe('my first scenarios', () => {
  // `cost` is what the scenario creates on a live vendor (one conversation); `--budget` sums these.
  test('a conversation keeps the friendly name it was created with', {
    tags: ['conversations'],
    meta: { cost: 1 },
  }, async ({ api, data }) => {
    const name = data.unique('my-first');
    // Every call is matched to its spec operation and validated; `cleanup` deletes it when the test ends.
    const created = await api.post<Conversation>(
      '/v1/Conversations',
      { FriendlyName: name },
      { expect: 201, cleanup: true },
    );
    const read = await api.get<Conversation>(created.body.url, undefined, { expect: 200 });
    expect(read.body.friendly_name).toBe(name);
  });

  // A need declared in `meta.requires` skips the test, with the reason, on targets without it.
  test('the clock moves only where the target lets the kit move it', {
    tags: ['timers'],
    meta: { cost: 0, requires: ['clockControl'] },
  }, async ({ clock }) => {
    const before = await clock.now();
    await clock.advance('PT1H');
    expect((await clock.now()).getTime() - before.getTime()).toBeGreaterThanOrEqual(3_600_000);
  });

  test('a need can also be checked in the body', { meta: { cost: 0 } }, async ({ target, skip, otherApi }) => {
    // Destructure what you pass: vitest sets up only the fixtures a test names.
    requires({ target, skip }, 'otherAccount');
    expect(otherApi).toBeDefined();
  });

  test('the webhook sink receives what is posted to it', { tags: ['webhooks'], meta: { cost: 0 } }, async ({
    webhooks,
  }) => {
    // A test that uses `webhooks` is skipped (with the reason) when the target cannot reach the sink.
    await fetch(`${webhooks.url}/post`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'EventType=onConversationAdded',
    });
    const hook = await webhooks.waitFor((r) => r.form.EventType === 'onConversationAdded', { timeoutMs: 5_000 });
    expect(hook.path).toBe('/post');
  });
});
