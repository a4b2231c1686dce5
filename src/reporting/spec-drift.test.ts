import { describe, expect, test } from 'vitest';
import { type DriftAspect, type DriftValue, type SpecDriftFinding, withObservedDrift } from '../spec/drift.ts';
import { driftSummaryText, summarizeDrift } from './spec-drift.ts';

function finding(
  aspect: DriftAspect,
  ours: DriftValue,
  theirs: DriftValue,
  extra: Partial<SpecDriftFinding> = {},
): SpecDriftFinding {
  return {
    kind: 'spec-drift',
    operation: 'GET /v1/Conversations/{}',
    operationIds: { ours: 'fetchConversation', theirs: 'FetchConversation' },
    aspect,
    location: '200 /sid',
    ours,
    theirs,
    message: aspect,
    ...extra,
  };
}

describe('summarizeDrift', () => {
  test.each([
    [
      'required-ness is counted by direction',
      {
        given: [
          finding('response-property-required', true, false),
          finding('response-property-required', true, false, { location: '200 /url' }),
          finding('response-property-required', false, true),
        ],
        want: [
          { phrase: 'response properties required in ours, optional in theirs', count: 2 },
          { phrase: 'response properties optional in ours, required in theirs', count: 1 },
        ],
      },
    ],
    [
      'a type difference that is only null says which side is nullable',
      {
        given: [
          finding('response-property-type', ['string'], ['string', 'null']),
          finding('response-property-type', ['integer', 'null'], ['integer']),
          finding('response-property-type', ['string'], ['integer']),
        ],
        want: [
          { phrase: 'response values nullable in ours only', count: 1 },
          { phrase: 'response values nullable in theirs only', count: 1 },
          { phrase: 'response values of another type', count: 1 },
        ],
      },
    ],
    [
      'observed aspects add up the responses that showed them',
      {
        given: [
          finding('status-only-in-ours', '404', ['200'], { location: '404', seen: 3 }),
          finding('status-only-in-ours', '401', ['200'], { location: '401', seen: 2 }),
        ],
        want: [
          { phrase: 'statuses the target answered that only ours declares, validated with ours', count: 2, seen: 5 },
        ],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(summarizeDrift(given)).toEqual(want);
  });
});

describe('driftSummaryText', () => {
  test('one line per aspect, counts aligned, the rest folded past eight lines', () => {
    const many = (aspect: DriftAspect, n: number, ours: DriftValue = null, theirs: DriftValue = null) =>
      Array.from({ length: n }, (_, i) => finding(aspect, ours, theirs, { location: `200 /p${i}` }));
    const lines = driftSummaryText([
      ...many('response-property-required', 1960, true, false),
      ...many('operation-only-in-ours', 2),
      ...many('parameter-only-in-ours', 1),
      ...many('parameter-only-in-theirs', 1),
      ...many('parameter-enum', 1),
      ...many('parameter-pattern', 1),
      ...many('response-property-enum', 1),
      ...many('response-property-format', 1),
      ...many('response-property-pattern', 1),
      ...many('success-statuses', 1),
    ]);
    expect(lines).toHaveLength(9);
    expect(lines[0]).toBe('  1,960 response properties required in ours, optional in theirs');
    expect(lines[1]).toBe('      2 operations only in ours');
    expect(lines[8]).toBe('      2 more in 2 other aspect(s)');
  });

  test('no drift is one line', () => {
    expect(driftSummaryText([])).toEqual(['  none: the documents agree on everything compared']);
  });
});

describe('withObservedDrift', () => {
  test('merges repeats of one observation, states how often it was seen, and sorts with the comparison', () => {
    const compared = [finding('response-property-required', true, false)];
    const note = finding('status-only-in-ours', '404', ['200'], { location: '404', message: 'answered 404', seen: 1 });
    const merged = withObservedDrift(compared, [note, { ...note }, { ...note, location: '401' }]);
    expect(merged.map((f) => [f.location, f.aspect, f.seen, f.message])).toEqual([
      ['200 /sid', 'response-property-required', undefined, 'response-property-required'],
      ['401', 'status-only-in-ours', 1, 'answered 404 (1 response in this run)'],
      ['404', 'status-only-in-ours', 2, 'answered 404 (2 responses in this run)'],
    ]);
  });
});
