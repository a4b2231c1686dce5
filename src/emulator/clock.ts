// The emulator's notion of time. Conversation timers (004:L25896-25924) are scheduled here so a virtual clock can move
// ten minutes forward and the conversation is closed when the call returns. Each account has its own clock
// (`createAccountClocks`, D-EMU-CONTROL-1): moving one account's virtual time leaves the other accounts' alone.
import { bindToScope, currentAccountSid } from './account-scope.ts';
import { MAX_CLOCK_MS, MIN_DATE_MS } from './dates.ts';

/** Opaque handle of a scheduled callback. */
export interface TimerHandle {
  readonly id: number;
}

/** Wall or virtual clock with timers. */
export interface Clock {
  readonly mode: 'wall' | 'virtual';
  /** The current time. */
  now(): Date;
  /** Run `fn` once the clock reaches `at` (immediately-due timers fire on the next tick / next advance). */
  schedule(at: Date, fn: () => void): TimerHandle;
  /** Cancel a pending timer; unknown or fired handles are ignored. */
  cancel(handle: TimerHandle | null | undefined): void;
  /** Virtual only: move forward by `ms`, firing every due timer in time order, synchronously. */
  advance(ms: number): void;
  /** Virtual only: jump to `date` (forward fires due timers in order; backward fires none). */
  set(date: Date): void;
  /** Number of pending timers. */
  pending(): number;
  /** Cancel every pending timer (shutdown, reset). */
  cancelAll(): void;
}

/** Called when a timer callback throws; the clock keeps going. */
export type TimerErrorHandler = (error: unknown) => void;

// setTimeout's delay is a signed 32-bit int; longer waits are re-armed in steps.
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** Build a clock. `virtual` starts at `startMs` (default: the real current time) and only moves when told. */
export function createClock(
  mode: 'wall' | 'virtual',
  onError: TimerErrorHandler = () => {},
  startMs: number = Date.now(),
  ids: () => number = counter(),
): Clock {
  return mode === 'virtual' ? createVirtualClock(onError, startMs, ids) : createWallClock(onError, ids);
}

function counter(): () => number {
  let next = 1;
  return () => next++;
}

/**
 * One clock per account behind the {@link Clock} interface: every call acts on the clock of the account whose work is
 * running (account-scope.ts); outside any account (start-up, tests driving the emulator directly) on the default
 * account's. `pending()` and `cancelAll()` outside an account cover every clock.
 */
export interface AccountClocks extends Clock {
  /** The clock of `accountSid` (created on first use, at the time the clocks started). */
  of(accountSid: string): Clock;
}

/** Per-account clocks; virtual ones all start at the same instant. */
export function createAccountClocks(
  mode: 'wall' | 'virtual',
  defaultAccountSid: string,
  onError: TimerErrorHandler = () => {},
): AccountClocks {
  const startMs = Date.now();
  const ids = counter();
  const clocks = new Map<string, Clock>();
  const of = (accountSid: string): Clock => {
    let clock = clocks.get(accountSid);
    if (!clock) {
      clock = createClock(mode, onError, startMs, ids);
      clocks.set(accountSid, clock);
    }
    return clock;
  };
  const active = (): Clock => of(currentAccountSid() ?? defaultAccountSid);
  return {
    mode,
    of,
    now: () => active().now(),
    // Handle ids are unique across the clocks, so a handle is cancelled on whichever clock holds it.
    schedule: (at, fn) => active().schedule(at, bindToScope(fn)),
    cancel(handle) {
      for (const clock of clocks.values()) clock.cancel(handle);
    },
    advance: (ms) => active().advance(ms),
    set: (date) => active().set(date),
    pending() {
      const sid = currentAccountSid();
      if (sid !== undefined) return of(sid).pending();
      let total = 0;
      for (const clock of clocks.values()) total += clock.pending();
      return total;
    },
    cancelAll() {
      const sid = currentAccountSid();
      if (sid !== undefined) of(sid).cancelAll();
      else for (const clock of clocks.values()) clock.cancelAll();
    },
  };
}

function createWallClock(onError: TimerErrorHandler, ids: () => number): Clock {
  const timers = new Map<number, NodeJS.Timeout>();

  const arm = (id: number, at: number, fn: () => void): void => {
    const delay = Math.min(Math.max(at - Date.now(), 0), MAX_TIMEOUT_MS);
    const timeout = setTimeout(() => {
      if (Date.now() < at) {
        arm(id, at, fn);
        return;
      }
      timers.delete(id);
      try {
        fn();
      } catch (error) {
        onError(error);
      }
    }, delay);
    timeout.unref();
    timers.set(id, timeout);
  };

  return {
    mode: 'wall',
    now: () => new Date(),
    schedule(at, fn) {
      const id = ids();
      arm(id, at.getTime(), fn);
      return { id };
    },
    cancel(handle) {
      if (!handle) return;
      const timeout = timers.get(handle.id);
      if (timeout) clearTimeout(timeout);
      timers.delete(handle.id);
    },
    advance() {
      throw new Error('the wall clock cannot be advanced');
    },
    set() {
      throw new Error('the wall clock cannot be set');
    },
    pending: () => timers.size,
    cancelAll() {
      for (const timeout of timers.values()) clearTimeout(timeout);
      timers.clear();
    },
  };
}

interface VirtualTimer {
  id: number;
  at: number;
  fn: () => void;
}

function createVirtualClock(onError: TimerErrorHandler, startMs: number, ids: () => number): Clock {
  let nowMs = startMs;
  const timers = new Map<number, VirtualTimer>();

  // Earliest due timer at or before `limit`; ties fire in scheduling order (ids grow monotonically).
  const nextDue = (limit: number): VirtualTimer | undefined => {
    let best: VirtualTimer | undefined;
    for (const timer of timers.values()) {
      if (timer.at > limit) continue;
      if (!best || timer.at < best.at || (timer.at === best.at && timer.id < best.id)) best = timer;
    }
    return best;
  };

  const runUntil = (target: number): void => {
    for (let timer = nextDue(target); timer; timer = nextDue(target)) {
      timers.delete(timer.id);
      nowMs = Math.max(nowMs, timer.at);
      try {
        timer.fn();
      } catch (error) {
        onError(error);
      }
    }
    nowMs = target;
  };

  return {
    mode: 'virtual',
    now: () => new Date(nowMs),
    schedule(at, fn) {
      const id = ids();
      timers.set(id, { id, at: at.getTime(), fn });
      return { id };
    },
    cancel(handle) {
      if (handle) timers.delete(handle.id);
    },
    // Bounded so every date the emulator derives from `now` (plus at most a timer's maximum) can be rendered.
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0 || nowMs + ms > MAX_CLOCK_MS)
        throw new RangeError(`cannot advance by ${ms} ms`);
      runUntil(nowMs + ms);
    },
    set(date) {
      const target = date.getTime();
      if (Number.isNaN(target) || target < MIN_DATE_MS || target > MAX_CLOCK_MS) throw new RangeError('invalid date');
      if (target >= nowMs) runUntil(target);
      else nowMs = target;
    },
    pending: () => timers.size,
    cancelAll() {
      timers.clear();
    },
  };
}
