// The fault → related suites map is as closed as the fault catalogue, and every pattern in it still selects a suite
// file: a renamed or deleted suite folder would otherwise leave a fault with nothing to catch it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FAULT_NAMES, isFaultName } from '../emulator/index.ts';
import { PACKAGE_ROOT } from '../spec/paths.ts';
import { listSuiteFiles, relatedFiles } from './related.ts';
import { RELATED_SUITES } from './related-suites.ts';

describe('RELATED_SUITES', () => {
  test('every catalogue fault has an entry, in catalogue order, and every entry names a catalogue fault', () => {
    expect(Object.keys(RELATED_SUITES)).toEqual([...FAULT_NAMES]);
    expect(Object.keys(RELATED_SUITES).filter((name) => !isFaultName(name))).toEqual([]);
  });

  test('every pattern is a suite glob or a tag and selects at least one existing suite file', () => {
    const files = listSuiteFiles(PACKAGE_ROOT);
    const source = (file: string): string => readFileSync(join(PACKAGE_ROOT, file), 'utf8');
    const empty: string[] = [];
    for (const [fault, patterns] of Object.entries(RELATED_SUITES)) {
      expect(patterns.length, fault).toBeGreaterThan(0);
      for (const pattern of patterns) {
        expect(pattern, fault).toMatch(/^(suites\/|tag:)/);
        if (relatedFiles([pattern], files, source).length === 0) empty.push(`${fault}: ${pattern}`);
      }
    }
    expect(empty).toEqual([]);
  });
});
