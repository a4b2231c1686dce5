import { describe, expect, test } from 'vitest';
import { PACKAGE_ROOT } from '../spec/paths.ts';
import { globToRegExp, isRelated, listSuiteFiles, relatedFiles } from './related.ts';

describe('globToRegExp', () => {
  test.each<[string, string, boolean]>([
    ['suites/participants/**', 'suites/participants/chat.suite.ts', true],
    ['suites/participants/**', 'suites/participants/deep/x.suite.ts', true],
    ['suites/participants/**', 'suites/participants-extra/x.suite.ts', false],
    ['suites/**/*.suite.ts', 'suites/a.suite.ts', true],
    ['suites/**/*.suite.ts', 'suites/a/b/c.suite.ts', true],
    ['suites/*/limits.suite.ts', 'suites/conversations/limits.suite.ts', true],
    ['suites/*/limits.suite.ts', 'suites/a/b/limits.suite.ts', false],
    ['suites/a?.suite.ts', 'suites/ab.suite.ts', true],
    ['suites/a.suite.ts', 'suites/aXsuite.ts', false],
  ])('%s vs %s → %s', (glob, path, want) => {
    expect(globToRegExp(glob).test(path)).toBe(want);
  });
});

describe('isRelated', () => {
  test('matches a file glob or a tag', () => {
    const scenario = { file: 'suites/limits/participant-limits.suite.ts', tags: ['limits'] };
    expect(isRelated(scenario, ['suites/participants/**'])).toBe(false);
    expect(isRelated(scenario, ['suites/participants/**', 'suites/limits/**'])).toBe(true);
    expect(isRelated(scenario, ['tag:limits'])).toBe(true);
    expect(isRelated(scenario, ['tag:paging'])).toBe(false);
  });
});

describe('relatedFiles', () => {
  const files = ['suites/a/one.suite.ts', 'suites/b/two.suite.ts', 'suites/c/three.suite.ts'];
  // Built at run time: vitest reads a literal file-tag comment in this very file as its own tag.
  const moduleTag = `// @module${'-'}tag limits`;
  const source = (file: string) =>
    file.includes('two') ? "test('x', { tags: ['paging'] }, …)" : file.includes('three') ? moduleTag : '';

  test('selects files by glob and by the tags their source declares', () => {
    expect(relatedFiles(['suites/a/**'], files, source)).toEqual(['suites/a/one.suite.ts']);
    expect(relatedFiles(['tag:paging'], files, source)).toEqual(['suites/b/two.suite.ts']);
    expect(relatedFiles(['tag:limits', 'suites/a/**'], files, source)).toEqual([
      'suites/a/one.suite.ts',
      'suites/c/three.suite.ts',
    ]);
    expect(relatedFiles(['suites/none/**'], files, source)).toEqual([]);
  });

  test('the repository has suite files to select from', () => {
    const found = listSuiteFiles(PACKAGE_ROOT);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => /^suites\/.+\.suite\.ts$/.test(f))).toBe(true);
  });
});
