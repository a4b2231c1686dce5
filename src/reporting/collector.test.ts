import { describe, expect, test } from 'vitest';
import { isSelected } from './collector.ts';

describe('isSelected', () => {
  const scenario = { fullName: 'Conversation > createConversation > rejects a long name', tags: ['limits'] };
  test.each([
    ['no selection', {}, true],
    ['grep matching the describe chain', { grep: 'createConversation > rejects' }, true],
    ['grep not matching', { grep: 'listConversation' }, false],
    ['a matching tag', { tags: ['limits'] }, true],
    ['any of several tags', { tags: ['paging', 'limits'] }, true],
    ['a tag expression that excludes it', { tags: ['limits && !conversations', 'paging'] }, true],
    ['no tag matches', { tags: ['paging'] }, false],
    ['grep and tags must both hold', { grep: 'long', tags: ['paging'] }, false],
  ])('%s → %s', (_name, selection, want) => {
    expect(isSelected(scenario, selection)).toBe(want);
  });
});
