import { describe, expect, test } from 'vitest';
import { RenderCache } from './json-body.ts';

describe('RenderCache', () => {
  test('reuses a text while the inputs are equal and renders again when one changes', () => {
    let renders = 0;
    const cache = new RenderCache<{ name: string }, string>((item, prefix) => {
      renders++;
      return { name: `${prefix}${item.name}` };
    });
    const item = { name: 'a' };
    expect(cache.bytes(item, 'x-', ['x-', item.name]).toString()).toBe('{"name":"x-a"}');
    expect(cache.bytes(item, 'x-', ['x-', item.name]).toString()).toBe('{"name":"x-a"}');
    expect(renders).toBe(1);
    item.name = 'b';
    expect(cache.bytes(item, 'x-', ['x-', item.name]).toString()).toBe('{"name":"x-b"}');
    expect(cache.bytes(item, 'y-', ['y-', item.name]).toString()).toBe('{"name":"y-b"}');
    expect(renders).toBe(3);
  });

  test('keeps one entry per record', () => {
    const cache = new RenderCache<{ n: number }, null>((item) => item);
    const a = { n: 1 };
    const b = { n: 2 };
    expect(cache.bytes(a, null, [a.n]).toString()).toBe('{"n":1}');
    expect(cache.bytes(b, null, [b.n]).toString()).toBe('{"n":2}');
    expect(cache.bytes(a, null, [a.n]).toString()).toBe('{"n":1}');
  });
});
