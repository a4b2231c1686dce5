import { describe, expect, test } from 'vitest';
import { renderJunit } from './junit.ts';
import type { RunSummary } from './model.ts';

const summary: RunSummary = {
  target: 'http://127.0.0.1:1',
  startedAt: '2026-01-01T00:00:00Z',
  durationMs: 1234,
  runErrors: [],
  results: [
    { file: 'suites/a.suite.ts', suite: 'Flow', name: 'passes', outcome: 'passed', durationMs: 5 },
    {
      file: 'suites/a.suite.ts',
      suite: 'Flow',
      name: 'breaks <contract>',
      outcome: 'failed',
      durationMs: 7,
      message: '1 finding(s)\n  [response-schema] x: /sid must match "&"',
    },
    {
      file: 'suites/b.suite.ts',
      suite: '',
      name: 'cannot run',
      outcome: 'error',
      durationMs: 1,
      message: '[CONFORMANCE_ERR_TIMEOUT] late',
    },
    {
      file: 'suites/b.suite.ts',
      suite: '',
      name: 'no clock',
      outcome: 'skipped',
      durationMs: 0,
      skipReason: 'needs clock control',
    },
  ],
};

describe('renderJunit', () => {
  const xml = renderJunit(summary);
  test('one testcase per scenario with totals on the root', () => {
    expect(xml.match(/<testcase /g)).toHaveLength(4);
    expect(xml).toContain('tests="4" failures="1" errors="1" skipped="1"');
  });
  test('findings become <failure>, kit errors <error>, skips carry their reason', () => {
    expect(xml).toContain('<failure message="1 finding(s)" type="ContractFinding">');
    expect(xml).toContain('<error message="[CONFORMANCE_ERR_TIMEOUT] late" type="KitError">');
    expect(xml).toContain('<skipped message="needs clock control"/>');
  });
  test('escapes XML metacharacters', () => {
    expect(xml).toContain('name="breaks &lt;contract&gt;"');
    expect(xml).toContain('must match &quot;&amp;&quot;');
  });
});
