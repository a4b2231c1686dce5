import { describe, expect, test } from 'vitest';
import { suitesProject } from './suites-project.ts';
import { isSubject, matchesTagExpression, SCENARIO_TAGS, TAG_SUBJECTS, tagsFilterFor, unknownTags } from './tags.ts';

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

describe('isSubject', () => {
  test.each([
    [
      'a participant scenario failing on createParticipant',
      ['participants'],
      'ConversationParticipant',
      'createConversationParticipant',
      true,
    ],
    [
      'a participant scenario failing on its conversation setup',
      ['participants'],
      'Conversation',
      'createConversation',
      false,
    ],
    [
      'a conversation scenario failing on fetching Configuration',
      ['conversations'],
      'Configuration',
      'fetchConfiguration',
      false,
    ],
    ['a paging scenario failing on a list', ['paging'], 'Conversation', 'listConversation', true],
    ['a paging scenario failing on a create', ['paging'], 'Conversation', 'createConversation', false],
    ['an auth scenario fails on anything', ['auth'], 'Role', 'createRole', true],
    ['a scenario tagged only limits names no subject', ['limits'], 'Conversation', 'createConversation', true],
  ])('%s → %s', (_name, tags, resource, operationId, want) => {
    expect(isSubject(tags, resource, operationId)).toBe(want);
  });

  test('every resource named is a tag of the spec', async () => {
    const { loadSpec } = await import('../spec/load.ts');
    const spec = await loadSpec();
    const resources = new Set(spec.operations.all.flatMap((o) => o.tags));
    for (const names of Object.values(TAG_SUBJECTS)) {
      for (const name of names ?? []) if (!name.startsWith('*')) expect(resources, name).toContain(name);
    }
  });
});
