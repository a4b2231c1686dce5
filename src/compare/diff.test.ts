import { describe, expect, test } from 'vitest';
import type { RecordedExchange } from '../client/har.ts';
import { diffRuns, withoutNoise } from './diff.ts';
import { normaliseScenario } from './normalise.ts';

const HEX = '0123456789abcdef0123456789abcdef';
const OTHER = 'fedcba9876543210fedcba9876543210';

function step(step: number, status: number, body: unknown, origin = 'http://127.0.0.1:1000'): RecordedExchange {
  return {
    role: 'api',
    step,
    startedAt: '',
    durationMs: 0,
    request: { method: 'GET', url: `${origin}/v1/Conversations`, headers: {} },
    response: { status, headers: {}, text: JSON.stringify(body) },
  };
}

const run = (...steps: RecordedExchange[]) => [normaliseScenario({ scenario: 's', exchanges: steps }, ['run123'])];

describe('normalise and diff', () => {
  const cases: Array<[string, { a: RecordedExchange[]; b: RecordedExchange[]; want: unknown[] }]> = [
    [
      'SIDs by order of first appearance, timestamps, origins and run ids are not differences',
      {
        a: [
          step(0, 200, {
            sid: `CH${HEX}`,
            date_created: '2026-01-01T00:00:00Z',
            url: `http://127.0.0.1:1000/v1/Conversations/CH${HEX}`,
            unique_name: 'u-run123-1',
          }),
        ],
        b: [
          step(
            0,
            200,
            {
              sid: `CH${OTHER}`,
              date_created: '2027-05-05T10:00:00Z',
              url: `http://localhost:9/v1/Conversations/CH${OTHER}`,
              unique_name: 'u-run456-1',
            },
            'http://localhost:9',
          ),
        ],
        want: [['body', '/unique_name']],
      },
    ],
    [
      'the order of an undocumented list is not a difference; of messages it is',
      {
        a: [step(0, 200, { conversations: [{ x: 1 }, { x: 2 }], messages: [{ i: 1 }, { i: 2 }] })],
        b: [step(0, 200, { conversations: [{ x: 2 }, { x: 1 }], messages: [{ i: 2 }, { i: 1 }] })],
        want: [
          ['body', '/messages/0/i'],
          ['body', '/messages/1/i'],
        ],
      },
    ],
    [
      'status, error code, a state and a missing step are differences',
      {
        a: [step(0, 200, { state: 'active' }), step(1, 400, { code: 50100 })],
        b: [step(0, 200, { state: 'closed' }), step(1, 404, { code: 20404 }), step(2, 200, {})],
        want: [
          ['body', '/state'],
          ['status', undefined],
          ['error-code', undefined],
          ['body', '/code'],
          ['missing-step', undefined],
        ],
      },
    ],
  ];
  test.each(cases)('%s', (_name, { a, b, want }) => {
    expect(diffRuns(run(...a), run(...b)).map((d) => [d.aspect, d.field])).toEqual(want);
  });

  test('what two runs of A already differ on is noise', () => {
    const a = run(step(0, 200, { n: 'x-1', state: 'active' }));
    const a2 = run(step(0, 200, { n: 'x-2', state: 'active' }));
    const b = run(step(0, 200, { n: 'x-3', state: 'closed' }));
    const { real, noise } = withoutNoise(diffRuns(a, b), diffRuns(a, a2));
    expect(real.map((d) => d.field)).toEqual(['/state']);
    expect(noise.map((d) => d.field)).toEqual(['/n']);
  });
});
