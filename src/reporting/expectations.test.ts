import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { urlIdentity } from '../targets/url.ts';
import {
  applyExpectations,
  type Expectations,
  expectationKey,
  expectationsPathFor,
  NEW_ENTRY_REASON,
  parseExpectations,
  runExpectations,
  updateExpectations,
} from './expectations.ts';
import { renderJunit } from './junit.ts';
import type { RunSummary, ScenarioOutcome, ScenarioResult } from './model.ts';

function result(name: string, outcome: ScenarioOutcome, suite = 'S'): ScenarioResult {
  return {
    file: 'suites/x/a.suite.ts',
    suite,
    name,
    outcome,
    durationMs: 1,
    ...(outcome === 'failed' ? { message: `${name} broke` } : {}),
  };
}

function run(...results: ScenarioResult[]): RunSummary {
  return { target: 'http://t', startedAt: '2024-01-01T00:00:00Z', durationMs: 5, results, runErrors: [] };
}

const key = (name: string) => `suites/x/a.suite.ts > S > ${name}`;

describe('expectationKey', () => {
  test('is file > suite > test, without an empty suite', () => {
    expect(expectationKey(result('t', 'passed'))).toBe('suites/x/a.suite.ts > S > t');
    expect(expectationKey(result('t', 'passed', ''))).toBe('suites/x/a.suite.ts > t');
  });
});

describe('applyExpectations', () => {
  const expectations: Expectations = {
    [key('known')]: { reason: 'vendor answers 400' },
    [key('flaky-fails')]: { reason: 'timer jitter', flaky: true },
    [key('flaky-passes')]: { reason: 'timer jitter', flaky: true },
    [key('fixed')]: { reason: 'was broken' },
    [key('errored')]: { reason: 'listed' },
  };

  test.each<
    [string, ScenarioOutcome, Partial<ScenarioResult>, keyof ReturnType<typeof applyExpectations>['notes'] | null]
  >([
    ['known', 'failed', { outcome: 'skipped', skipReason: 'known: vendor answers 400' }, 'known'],
    ['flaky-fails', 'failed', { outcome: 'skipped', skipReason: 'known flaky: timer jitter' }, 'flaky'],
    [
      'flaky-passes',
      'passed',
      { outcome: 'passed', expectation: { status: 'flaky', reason: 'timer jitter' } },
      'flaky',
    ],
    ['fixed', 'passed', { outcome: 'passed', expectation: { status: 'fixed', reason: 'was broken' } }, 'fixed'],
    ['unlisted', 'failed', { outcome: 'failed' }, 'unlisted'],
    ['errored', 'error', { outcome: 'error' }, null],
    ['other', 'passed', { outcome: 'passed' }, null],
  ])('%s (%s)', (name, outcome, want, note) => {
    const { summary, notes } = applyExpectations(run(result(name, outcome)), expectations);
    expect(summary.results[0]).toMatchObject(want);
    for (const [bucket, keys] of Object.entries(notes)) expect(keys).toEqual(bucket === note ? [key(name)] : []);
  });

  test('does not change the summary it is given', () => {
    const input = run(result('known', 'failed'));
    applyExpectations(input, expectations);
    expect(input.results[0]?.outcome).toBe('failed');
  });

  test('JUnit shows a known failure as skipped "known: …" and a fixed one as a property', () => {
    const { summary } = applyExpectations(run(result('known', 'failed'), result('fixed', 'passed')), expectations);
    const xml = renderJunit(summary);
    expect(xml).toContain('<skipped message="known: vendor answers 400"/>');
    expect(xml).toContain(
      '<property name="conformance.expectation" value="fixed: remove from baseline (was broken)"/>',
    );
    expect(xml).not.toContain('<failure');
  });
});

describe('updateExpectations', () => {
  test('keeps reasons of entries still failing, adds new failures, drops fixed ones, keeps flaky and unrun ones', () => {
    const previous: Expectations = {
      [key('still')]: { reason: 'kept reason' },
      [key('fixed')]: { reason: 'gone' },
      [key('flaky')]: { reason: 'sometimes', flaky: true },
      [key('not-run')]: { reason: 'filtered out' },
      [key('skipped')]: { reason: 'no clock' },
    };
    const next = updateExpectations(
      previous,
      run(
        result('still', 'failed'),
        result('fixed', 'passed'),
        result('flaky', 'passed'),
        result('skipped', 'skipped'),
        result('brand-new', 'failed'),
        result('kit-error', 'error'),
      ),
    );
    expect(next).toEqual({
      [key('brand-new')]: { reason: NEW_ENTRY_REASON },
      [key('flaky')]: { reason: 'sometimes', flaky: true },
      [key('not-run')]: { reason: 'filtered out' },
      [key('skipped')]: { reason: 'no clock' },
      [key('still')]: { reason: 'kept reason' },
    });
    expect(Object.keys(next)).toEqual(Object.keys(next).sort());
  });
});

describe('parseExpectations', () => {
  test('accepts reason and flaky', () => {
    expect(parseExpectations({ a: { reason: 'r', flaky: true }, b: { reason: 'r', flaky: false } }, 'f')).toEqual({
      a: { reason: 'r', flaky: true },
      b: { reason: 'r' },
    });
  });

  test.each<[string, unknown]>([
    ['not an object', []],
    ['an entry without reason', { a: {} }],
    ['an empty reason', { a: { reason: ' ' } }],
    ['a non-boolean flaky', { a: { reason: 'r', flaky: 'yes' } }],
    ['an unknown field', { a: { reason: 'r', why: 'x' } }],
  ])('refuses %s with CONFORMANCE_ERR_BAD_ARGUMENTS', (_why, value) => {
    expect(() => parseExpectations(value, 'file.json')).toThrow(/CONFORMANCE_ERR_BAD_ARGUMENTS.*file\.json/);
  });
});

describe('expectationsPathFor', () => {
  test('emulator.json for the embedded emulator, <host>_<port>.json for a URL target', () => {
    expect(expectationsPathFor('/r', { identity: 'emulator' })).toBe('/r/suites/expectations/emulator.json');
    expect(
      expectationsPathFor('/r', { identity: urlIdentity(new URL('https://conversations.example.com:8443/x')) }),
    ).toBe('/r/suites/expectations/conversations.example.com_8443.json');
    // Two targets on one host keep separate baselines; the scheme's default port is written out.
    expect(urlIdentity(new URL('http://127.0.0.1:4010'))).not.toBe(urlIdentity(new URL('http://127.0.0.1:4011')));
    expect(urlIdentity(new URL('https://api.example.com'))).toBe('api.example.com_443');
  });
});

describe('runExpectations (files)', () => {
  test('a missing auto-picked file changes nothing; a missing explicit one is a bad argument', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'expectations-'));
    const summary = run(result('a', 'failed'));
    const log = () => {};
    expect(await runExpectations(summary, { path: join(dir, 'none.json'), explicit: false, update: false, log })).toBe(
      summary,
    );
    await expect(
      runExpectations(summary, { path: join(dir, 'none.json'), explicit: true, update: false, log }),
    ).rejects.toThrow(/CONFORMANCE_ERR_BAD_ARGUMENTS/);
  });

  test('--update-expectations writes the file and the run then passes with notes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'expectations-'));
    const path = join(dir, 'target.json');
    await writeFile(path, JSON.stringify({ [key('a')]: { reason: 'known' } }));
    const lines: string[] = [];
    const applied = await runExpectations(run(result('a', 'failed'), result('b', 'failed')), {
      path,
      explicit: true,
      update: true,
      log: (line) => lines.push(line),
    });
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({
      [key('a')]: { reason: 'known' },
      [key('b')]: { reason: NEW_ENTRY_REASON },
    });
    expect(applied.results.map((r) => r.outcome)).toEqual(['skipped', 'skipped']);
    expect(lines.join('\n')).toMatch(/2 known failure\(s\)/);
  });
});
