// Which account a piece of emulator work belongs to. Route handlers run inside `runInAccount` (routes.ts) so the
// per-account services (the account's clock, its background tasks) need no extra argument; timers and tasks keep the
// account they were scheduled in (AsyncLocalStorage follows setTimeout and promises; callbacks fired by hand are bound
// with `bindToScope`).
import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';

const current = new AsyncLocalStorage<string>();

/** Run `fn(...args)` as work of `accountSid` (arguments passed through, so callers need no closure per call). */
export function runInAccount<A extends unknown[], T>(accountSid: string, fn: (...args: A) => T, ...args: A): T {
  return current.run(accountSid, fn, ...args);
}

/** The account of the work running now, or undefined outside any (start-up, tests driving the emulator directly). */
export function currentAccountSid(): string | undefined {
  return current.getStore();
}

/** `fn` bound to the async context it is created in, so calling it later (flush, a virtual-clock advance) keeps it. */
export function bindToScope(fn: () => void): () => void {
  return AsyncResource.bind(fn);
}
