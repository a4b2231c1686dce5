import { describe, expect, test } from 'vitest';
import { NO_FAULTS } from './faults.ts';
import { TwilioApiError } from './twilio-errors.ts';
import * as v from './validate.ts';

function codeOf(fn: () => unknown): number | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof TwilioApiError) return error.code;
    throw error;
  }
  return undefined;
}

describe('parseDuration', () => {
  test.each<[string, number | undefined]>([
    ['PT1M', 60_000],
    ['PT10M', 600_000],
    ['PT60000S', 60_000_000],
    ['P180D', 180 * 86_400_000],
    ['P1DT2H3M4S', (86_400 + 7_200 + 180 + 4) * 1000],
    ['PT0S', 0],
    ['P6M', undefined], // months are invalid (004:L25906)
    ['P1Y', undefined],
    ['P1W', undefined],
    ['PT1.5S', undefined],
    ['P', undefined],
    ['PT', undefined],
    ['P1DT', undefined],
    ['10M', undefined],
  ])('%s → %s', (given, want) => {
    expect(v.parseDuration(given)).toBe(want);
  });
});

describe('timer', () => {
  test.each<[string, 'inactive' | 'closed', number | null | { code: number }]>([
    ['PT1M', 'inactive', 60_000],
    ['PT59S', 'inactive', { code: 50375 }],
    ['PT10M', 'closed', 600_000],
    ['PT9M', 'closed', { code: 50376 }],
    ['PT0S', 'closed', null],
    ['P1Y', 'inactive', { code: 50379 }],
    ['soon', 'closed', { code: 50380 }],
  ])('%s as %s', (given, kind, want) => {
    if (want !== null && typeof want === 'object')
      expect(codeOf(() => v.timer(given, kind, NO_FAULTS))).toBe(want.code);
    else expect(v.timer(given, kind, NO_FAULTS)).toBe(want);
  });
});

describe('field validators', () => {
  test('friendly name ≤ 256 characters, counted as code points', () => {
    expect(v.friendlyName('é'.repeat(256), NO_FAULTS)).toHaveLength(256);
    expect(codeOf(() => v.friendlyName('x'.repeat(257), NO_FAULTS))).toBe(50003);
  });

  test('attributes must be JSON within the byte limit', () => {
    expect(v.attributes('{"a":1}', 4096, NO_FAULTS)).toBe('{"a":1}');
    expect(codeOf(() => v.attributes('{nope', 4096, NO_FAULTS))).toBe(50304);
    expect(codeOf(() => v.attributes(JSON.stringify({ a: 'x'.repeat(4096) }), 4096, NO_FAULTS))).toBe(50303);
  });

  test('dates accept ISO 8601 with Z or an offset', () => {
    expect(v.dateTime('2015-12-16T22:18:37Z', 'D').toISOString()).toBe('2015-12-16T22:18:37.000Z');
    expect(v.dateTime('2023-05-04T09:42:00+00:00', 'D').toISOString()).toBe('2023-05-04T09:42:00.000Z');
    expect(codeOf(() => v.dateTime('yesterday', 'D'))).toBe(20422);
    expect(codeOf(() => v.dateTime('2015-13-45T00:00:00Z', 'D', 'DATE_CREATED_INVALID'))).toBe(50308);
    expect(v.dateFilter('2020-01-02', 'EndDate', 'end').toISOString()).toBe('2020-01-02T23:59:59.000Z');
  });

  test('SIDs, enums, integers', () => {
    expect(v.sid(`MG${'a'.repeat(32)}`, 'MG', 'X')).toHaveLength(34);
    expect(codeOf(() => v.sid('MG123', 'MG', 'X', 'MESSAGING_SERVICE_SID_INVALID'))).toBe(50341);
    expect(codeOf(() => v.sid('RL123', 'RL', 'RoleSid'))).toBe(20423);
    expect(v.oneOf('active', ['active', 'closed'], 'State')).toBe('active');
    expect(codeOf(() => v.oneOf('nope', ['active'], 'State', 'STATE_INVALID'))).toBe(50378);
    expect(v.nonNegativeInteger('42', 'N')).toBe(42);
    expect(codeOf(() => v.nonNegativeInteger('-1', 'N'))).toBe(20422);
  });
});
