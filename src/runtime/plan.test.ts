import { describe, expect, test } from 'vitest';
import { buildRunPlan, CONSOLE_REPORTERS, chooseReporters, parseShard, REPORT_FORMATS } from './plan.ts';

describe('chooseReporters (--reporter)', () => {
  test.each<[string, string[], NodeJS.ProcessEnv, string[], string[]]>([
    ['none: every file and the default console', [], {}, ['junit', 'json', 'html'], ['default']],
    ['a file and a console reporter: only those', ['junit', 'dot'], {}, ['junit'], ['dot']],
    ['a console reporter only: every file', ['verbose'], {}, ['junit', 'json', 'html'], ['verbose']],
    ['files only: the default console', ['html', 'json'], {}, ['json', 'html'], ['default']],
    [
      'GitHub Actions adds github-actions',
      [],
      { GITHUB_ACTIONS: 'true' },
      ['junit', 'json', 'html'],
      ['default', 'github-actions'],
    ],
    [
      '… also beside a chosen console reporter',
      ['dot'],
      { GITHUB_ACTIONS: 'true' },
      ['junit', 'json', 'html'],
      ['dot', 'github-actions'],
    ],
    [
      '… once when also named',
      ['github-actions'],
      { GITHUB_ACTIONS: 'true' },
      ['junit', 'json', 'html'],
      ['github-actions'],
    ],
    [
      'GITHUB_ACTIONS other than true adds nothing',
      [],
      { GITHUB_ACTIONS: 'false' },
      ['junit', 'json', 'html'],
      ['default'],
    ],
    ['a repeated name counts once', ['junit', 'junit'], {}, ['junit'], ['default']],
  ])('%s', (_name, names, env, reports, consoleReporters) => {
    expect(chooseReporters(names, env)).toEqual({ reports, consoleReporters });
  });

  test('an unknown name is a bad argument listing every valid one', () => {
    const fail = () => chooseReporters(['junit', 'fancy', 'xml'], {});
    expect(fail).toThrow(/CONFORMANCE_ERR_BAD_ARGUMENTS/);
    expect(fail).toThrow(
      `--reporter 'fancy', 'xml': unknown reporter (report files: ${REPORT_FORMATS.join(', ')}; console (vitest): ${CONSOLE_REPORTERS.join(', ')})`,
    );
  });

  test('the plan carries the choice', async () => {
    const plan = await buildRunPlan({ defaultSpecPath: 'spec.yaml', reporters: ['json', 'tap'], env: {} });
    expect(plan).toMatchObject({ reports: ['json'], consoleReporters: ['tap'] });
    const ci = await buildRunPlan({ defaultSpecPath: 'spec.yaml', env: { GITHUB_ACTIONS: 'true' } });
    expect(ci.consoleReporters).toEqual(['default', 'github-actions']);
  });
});

describe('--shard i/n', () => {
  test.each([
    ['1/2', { index: 1, count: 2 }],
    ['3/3', { index: 3, count: 3 }],
  ])('%s is shard %o', (given, want) => {
    expect(parseShard(given)).toEqual(want);
  });

  test.each(['0/2', '3/2', '1/0', '1', '1/2/3', 'a/b', ' 1/2'])('%s is a bad argument', (given) => {
    expect(() => parseShard(given)).toThrow(/CONFORMANCE_ERR_BAD_ARGUMENTS.*--shard must be i\/n/);
  });

  test('the plan carries the shard; --update-expectations needs the whole run', async () => {
    expect((await buildRunPlan({ defaultSpecPath: 'spec.yaml', shard: '2/4', env: {} })).shard).toEqual({
      index: 2,
      count: 4,
    });
    await expect(
      buildRunPlan({ defaultSpecPath: 'spec.yaml', shard: '1/2', updateExpectations: true, env: {} }),
    ).rejects.toThrow(/--update-expectations needs the whole run/);
  });
});
