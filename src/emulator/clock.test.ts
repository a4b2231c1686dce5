import { describe, expect, test } from 'vitest';
import { createClock } from './clock.ts';

describe('virtual clock', () => {
  test('starts near the real time and only moves when told', () => {
    const before = Date.now();
    const clock = createClock('virtual');
    const start = clock.now().getTime();
    expect(start).toBeGreaterThanOrEqual(before);
    expect(clock.now().getTime()).toBe(start);
    clock.advance(1500);
    expect(clock.now().getTime()).toBe(start + 1500);
  });

  test('advance fires due timers synchronously, in time order, with now() at each due time', () => {
    const clock = createClock('virtual');
    const t0 = clock.now().getTime();
    const fired: [string, number][] = [];
    clock.schedule(new Date(t0 + 300), () => fired.push(['c', clock.now().getTime() - t0]));
    clock.schedule(new Date(t0 + 100), () => fired.push(['a', clock.now().getTime() - t0]));
    clock.schedule(new Date(t0 + 100), () => fired.push(['b', clock.now().getTime() - t0]));
    const late = clock.schedule(new Date(t0 + 1000), () => fired.push(['late', 0]));
    clock.advance(500);
    expect(fired).toEqual([
      ['a', 100],
      ['b', 100],
      ['c', 300],
    ]);
    expect(clock.pending()).toBe(1);
    clock.cancel(late);
    clock.advance(1000);
    expect(fired).toHaveLength(3);
  });

  test('timers scheduled by a firing timer fire in the same advance when due', () => {
    const clock = createClock('virtual');
    const t0 = clock.now().getTime();
    const fired: number[] = [];
    clock.schedule(new Date(t0 + 10), () => {
      fired.push(1);
      clock.schedule(new Date(clock.now().getTime() + 10), () => fired.push(2));
    });
    clock.advance(30);
    expect(fired).toEqual([1, 2]);
  });

  test('set moves forward firing timers, backward firing none; a throwing timer does not stop the others', () => {
    const errors: unknown[] = [];
    const clock = createClock('virtual', (e) => errors.push(e));
    const t0 = clock.now().getTime();
    const fired: string[] = [];
    clock.schedule(new Date(t0 + 10), () => {
      throw new Error('boom');
    });
    clock.schedule(new Date(t0 + 20), () => fired.push('x'));
    clock.set(new Date(t0 - 1000));
    expect(fired).toEqual([]);
    clock.set(new Date(t0 + 20));
    expect(fired).toEqual(['x']);
    expect(errors).toHaveLength(1);
    expect(() => clock.advance(-1)).toThrow(RangeError);
  });
});

describe('wall clock', () => {
  test('fires real timers, cancels, and refuses advance/set', async () => {
    const clock = createClock('wall');
    const fired: string[] = [];
    clock.schedule(new Date(Date.now() + 5), () => fired.push('a'));
    const cancelled = clock.schedule(new Date(Date.now() + 5), () => fired.push('b'));
    clock.cancel(cancelled);
    for (let i = 0; i < 200 && fired.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
    expect(fired).toEqual(['a']);
    clock.schedule(new Date(Date.now() + 10 * 365 * 86_400_000), () => fired.push('far'));
    expect(clock.pending()).toBe(1);
    clock.cancelAll();
    expect(clock.pending()).toBe(0);
    expect(() => clock.advance(1)).toThrow();
    expect(() => clock.set(new Date())).toThrow();
  });
});
