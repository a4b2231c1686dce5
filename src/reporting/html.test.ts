import { describe, expect, test } from 'vitest';
import { renderHtml } from './html.ts';
import type { RunSummary } from './model.ts';

const summary: RunSummary = {
  target: 'http://127.0.0.1:1',
  startedAt: '2026-01-01T00:00:00Z',
  durationMs: 1500,
  runErrors: [],
  settings: { seed: 7, runId: 'r', capabilities: { clockControl: true, live: false } },
  results: [
    { file: 'suites/a.suite.ts', suite: 'Flow', name: 'passes', outcome: 'passed', durationMs: 5, tags: ['limits'] },
    {
      file: 'suites/a.suite.ts',
      suite: 'Flow',
      name: 'breaks <contract>',
      outcome: 'failed',
      durationMs: 7,
      message: '1 finding(s)\n  [response-schema] x',
      detail: 'stack <here>',
    },
    { file: 'suites/b.suite.ts', suite: '', name: 'no clock', outcome: 'skipped', durationMs: 0, skipReason: 'budget' },
  ],
};

describe('renderHtml', () => {
  const html = renderHtml(summary, { specDrift: [] });
  test('is one self-contained page: no external scripts, styles or images', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|<img |url\(/);
    expect(html).toContain('<script>');
  });
  test('shows counts per outcome as filter buttons and the run settings', () => {
    expect(html).toContain('data-outcome="failed" aria-pressed="true"><b>1</b>');
    expect(html).toContain('data-outcome="passed" aria-pressed="true"><b>1</b>');
    expect(html).toContain('seed <code>7</code>');
    expect(html).toContain('clockControl, no live');
  });
  test('one row per scenario, failures first, with reason, escaped', () => {
    const rows = html.match(/<tr data-outcome="(\w+)"/g) ?? [];
    expect(rows).toEqual(['<tr data-outcome="failed"', '<tr data-outcome="skipped"', '<tr data-outcome="passed"']);
    expect(html).toContain('breaks &lt;contract&gt;');
    expect(html).toContain('<td>budget</td>');
    expect(html).toContain('stack &lt;here&gt;');
    expect(html).toContain('<span class="tag">limits</span>');
  });
  test('says when spec drift was compared and found nothing', () => {
    expect(html).toContain('No drift between the two documents.');
    expect(renderHtml(summary)).not.toContain('Spec drift');
  });
});

describe('renderHtml filter script', () => {
  // No browser here: run the inline script against a minimal stand-in of the DOM it touches.
  test('hides rows of an outcome whose button is released, and rows not matching the search', () => {
    const html = renderHtml(summary);
    const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
    const listeners = new Map<object, () => void>();
    const buttons = ['failed', 'error', 'skipped', 'passed'].map((outcome) => {
      const attrs: Record<string, string> = { 'aria-pressed': 'true' };
      const b = {
        dataset: { outcome },
        getAttribute: (n: string) => attrs[n],
        setAttribute: (n: string, v: string) => {
          attrs[n] = v;
        },
        addEventListener: (_t: string, fn: () => void) => listeners.set(b, fn),
      };
      return b;
    });
    const rows = summary.results.map((r) => ({ dataset: { outcome: r.outcome }, textContent: r.name, hidden: false }));
    const search = { value: '', addEventListener: (_t: string, fn: () => void) => listeners.set(search, fn) };
    const shown = { textContent: '' };
    const document = {
      querySelectorAll: (q: string) => (q === '.counts button' ? buttons : rows),
      getElementById: (id: string) => (id === 'q' ? search : shown),
    };
    new Function('document', script)(document);
    expect(shown.textContent).toBe('showing 3');
    listeners.get(buttons[3]!)?.(); // release "passed"
    expect(rows.map((r) => r.hidden)).toEqual([true, false, false]);
    search.value = 'CONTRACT';
    listeners.get(search)?.();
    expect(rows.map((r) => r.hidden)).toEqual([true, false, true]);
    expect(shown.textContent).toBe('showing 1');
  });
});
