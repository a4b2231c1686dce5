import { describe, expect, test } from 'vitest';
import type { ScenarioOutcome, ScenarioResult } from '../reporting/model.ts';
import { loadSelftestBaseline, parseSelftestBaseline, SELFTEST_BASELINE_PATH } from './baseline.ts';
import type { SuiteRun, SuiteRunOptions } from './runner.ts';
import { renderSelftestText, runSelftest, spreadSample } from './selftest.ts';

function scenario(file: string, name: string, outcome: ScenarioOutcome): ScenarioResult {
  return { file, suite: 'S', name, outcome, durationMs: 1 };
}

/** A fake runner: each fault breaks the scenarios listed for it; the clean emulator breaks `cleanBreaks`. */
function fakeRun(breaks: Record<string, ScenarioResult[]>, calls: SuiteRunOptions[] = [], cleanBreaks: string[] = []) {
  return async (options: SuiteRunOptions): Promise<SuiteRun> => {
    calls.push(options);
    const fault = options.faults[0];
    const results =
      fault === undefined
        ? [
            scenario('suites/a/x.suite.ts', 'ok', 'passed'),
            ...cleanBreaks.map((n) => scenario('suites/a/x.suite.ts', n, 'failed')),
          ]
        : (breaks[fault] ?? [scenario('suites/a/x.suite.ts', 'ok', 'passed')]);
    return { results, runErrors: [], durationMs: 3 };
  };
}

const FILES = ['suites/auth/authentication.suite.ts', 'suites/participants/p.suite.ts', 'suites/paging/p.suite.ts'];

describe('runSelftest (fake runner)', () => {
  test('a fault is caught by a failing related scenario; unrelated failures are reported, not counted', async () => {
    const calls: SuiteRunOptions[] = [];
    const report = await runSelftest({
      faults: ['auth-any-password', 'auth-missing-accepted'],
      repeat: 2,
      fullSample: 0,
      suiteFiles: FILES,
      seed: 7,
      run: fakeRun(
        {
          'auth-any-password': [
            scenario('suites/auth/authentication.suite.ts', 'wrong token refused', 'failed'),
            scenario('suites/participants/p.suite.ts', 'collateral', 'failed'),
          ],
          // Only an unrelated scenario fails: not a kill.
          'auth-missing-accepted': [scenario('suites/participants/p.suite.ts', 'collateral', 'failed')],
        },
        calls,
      ),
    });
    expect(report.faults.map((f) => [f.fault, f.caught])).toEqual([
      ['auth-any-password', true],
      ['auth-missing-accepted', false],
    ]);
    expect(report.faults[0]?.caughtBy).toEqual(['suites/auth/authentication.suite.ts > S > wrong token refused']);
    expect(report.faults[0]?.unrelatedFailures).toEqual(['suites/participants/p.suite.ts > S > collateral']);
    expect(report).toMatchObject({ killed: 1, total: 2, killRate: 0.5, ok: false, seed: 7 });
    expect(report.unexpectedSurvivors).toEqual(['auth-missing-accepted']);
    // Two clean full runs, then one kill run per fault over its related files only, with bail.
    expect(calls.map((c) => [c.faults, c.files, c.bail ?? false])).toEqual([
      [[], [], false],
      [[], [], false],
      [['auth-any-password'], ['suites/auth/authentication.suite.ts'], true],
      [['auth-missing-accepted'], ['suites/auth/authentication.suite.ts'], true],
    ]);
  });

  test('a baseline survivor passes; a caught baseline entry is reported stale', async () => {
    const report = await runSelftest({
      faults: ['auth-any-password', 'auth-missing-accepted'],
      repeat: 0,
      fullSample: 0,
      suiteFiles: FILES,
      baseline: {
        survivors: { 'auth-missing-accepted': 'no scenario sends no credentials', 'auth-any-password': 'x' },
      },
      run: fakeRun({ 'auth-any-password': [scenario('suites/auth/authentication.suite.ts', 'refused', 'failed')] }),
    });
    expect(report.ok).toBe(true);
    expect(report.unexpectedSurvivors).toEqual([]);
    expect(report.staleBaseline).toEqual(['auth-any-password']);
    expect(renderSelftestText(report)).toMatch(/known +auth-missing-accepted +no scenario sends no credentials/);
  });

  test('a clean-run failure fails the self-test even when every fault is caught', async () => {
    const report = await runSelftest({
      faults: ['auth-any-password'],
      repeat: 3,
      fullSample: 0,
      suiteFiles: FILES,
      run: fakeRun(
        { 'auth-any-password': [scenario('suites/auth/authentication.suite.ts', 'refused', 'failed')] },
        [],
        ['flaky'],
      ),
    });
    expect(report.killRate).toBe(1);
    expect(report.ok).toBe(false);
    expect(report.clean.failures).toHaveLength(3);
    expect(report.clean.failures[0]).toMatch(/^run 1: suites\/a\/x\.suite\.ts > S > flaky/);
  });

  test('a scenario that also fails on the clean emulator never counts as a catcher', async () => {
    const report = await runSelftest({
      faults: ['auth-any-password'],
      repeat: 1,
      fullSample: 0,
      suiteFiles: FILES,
      run: async (options) => ({
        results: [scenario('suites/auth/authentication.suite.ts', 'broken anyway', 'failed')],
        runErrors: [],
        durationMs: options.faults.length,
      }),
    });
    expect(report.faults[0]).toMatchObject({ caught: false, caughtBy: [] });
    expect(report.clean.failures).toHaveLength(1);
  });

  test('a fault whose related suites match no file survives with a note, without a run', async () => {
    const calls: SuiteRunOptions[] = [];
    const report = await runSelftest({
      faults: ['message-index-reused'],
      repeat: 0,
      suiteFiles: FILES,
      fullSample: 0,
      run: fakeRun({}, calls),
    });
    expect(calls).toEqual([]);
    expect(report.faults[0]).toMatchObject({ caught: false, note: expect.stringMatching(/no suite file matches/) });
  });

  test('sampled faults run the full suite without bail', async () => {
    const calls: SuiteRunOptions[] = [];
    await runSelftest({
      faults: ['auth-any-password', 'auth-missing-accepted', 'cross-account-leak'],
      repeat: 0,
      fullSample: 2,
      suiteFiles: FILES,
      run: fakeRun({}, calls),
    });
    expect(calls.map((c) => [c.faults[0], c.files.length === 0, c.bail ?? false])).toEqual([
      ['auth-any-password', true, false],
      ['auth-missing-accepted', false, true],
      ['cross-account-leak', true, false],
    ]);
  });

  test('an unknown fault is a bad argument', async () => {
    await expect(runSelftest({ faults: ['nope'], run: fakeRun({}) })).rejects.toThrow(/CONFORMANCE_ERR_BAD_ARGUMENTS/);
  });

  test('spreadSample picks evenly, first and last included', () => {
    expect(spreadSample([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([1, 4, 7]);
    expect(spreadSample([1, 2], 5)).toEqual([1, 2]);
    expect(spreadSample([1, 2, 3], 1)).toEqual([1]);
    expect(spreadSample([1, 2, 3], 0)).toEqual([]);
  });
});

describe('selftest baseline', () => {
  test('the committed baseline parses and names only catalogue faults, each with a reason', async () => {
    await expect(loadSelftestBaseline(SELFTEST_BASELINE_PATH)).resolves.toMatchObject({
      survivors: expect.any(Object),
    });
  });

  test('an unknown fault or an empty reason is refused', () => {
    expect(() => parseSelftestBaseline({ survivors: { nope: 'r' } }, 'b.json')).toThrow(/"nope" is not a fault/);
    expect(() => parseSelftestBaseline({ survivors: { 'create-returns-200': '' } }, 'b.json')).toThrow(
      /needs a reason/,
    );
  });
});
