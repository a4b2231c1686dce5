import { describe, expect, test } from 'vitest';
import { suitesProject } from './suites-project.ts';
import { matchesTagExpression, SCENARIO_TAGS, tagsFilterFor, unknownTags } from './tags.ts';

describe('SCENARIO_TAGS', () => {
  test('names are unique and kebab-case', () => {
    const names = SCENARIO_TAGS.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
  test('the suites project registers exactly this list, strictly', () => {
    const project = suitesProject().test;
    expect(project?.tags?.map((t) => t.name)).toEqual(SCENARIO_TAGS.map((t) => t.name));
    expect(project?.strictTags).toBe(true);
  });
});

describe('unknownTags', () => {
  test.each([
    ['a known tag', 'limits', []],
    ['an expression of known tags', 'limits && !slow', []],
    ['word operators and parentheses', '(webhooks or messages) and not live-cost', []],
    ['a wildcard that matches', 'web*', []],
    ['a typo', 'limts', ['limts']],
    ['a wildcard that matches nothing', 'zz*', ['zz*']],
    ['one bad among good', 'limits || nope', ['nope']],
  ])('%s', (_name, given, want) => {
    expect(unknownTags(given)).toEqual(want);
  });
});

describe('tagsFilterFor', () => {
  test.each([
    ['no tags: no filter', [], undefined],
    ['one tag as given', ['limits'], ['limits']],
    ['several tags are OR-ed', ['limits', 'paging && !slow'], ['(limits) || (paging && !slow)']],
  ])('%s', (_name, given, want) => {
    expect(tagsFilterFor(given)).toEqual(want);
  });
});

describe('matchesTagExpression (vitest tag syntax)', () => {
  test.each([
    ['limits', ['limits'], true],
    ['limits', ['paging'], false],
    ['limits && !slow', ['limits'], true],
    ['limits && !slow', ['limits', 'slow'], false],
    ['limits and not slow', ['limits', 'slow'], false],
    ['limits || paging', ['paging'], true],
    ['limits or paging and slow', ['paging'], false],
    ['(limits or paging) and slow', ['paging', 'slow'], true],
    ['web*', ['webhooks'], true],
    ['!web*', ['webhooks'], false],
    ['not (a || b)', [], true],
  ])('%s on %j → %s', (expression, tags, want) => {
    expect(matchesTagExpression(expression, tags)).toBe(want);
  });
  test.each(['limits &&', '(limits', 'limits )', '&& limits', ''])('rejects %j', (expression) => {
    expect(() => matchesTagExpression(expression, [])).toThrow(/invalid tag expression/);
  });
});
