import { afterEach, describe, expect, test } from 'vitest';
import { buildHar, harEntry, SCENARIO_HEADER, STEP_HEADER } from '../client/har.ts';
import { applyMapping, type CassetteServer, differingValues, startCassetteServer } from './cassette.ts';

describe('differingValues', () => {
  const cases: Array<
    [string, { given: [{ url: string; body?: string }, { url: string; body?: string }]; want: string[][] }]
  > = [
    [
      'a unique name in the form',
      {
        given: [
          { url: 'http://a:1/v1/Conversations', body: 'UniqueName=conv-aaa-1&FriendlyName=x' },
          { url: 'http://b:2/v1/Conversations', body: 'UniqueName=conv-bbb-7&FriendlyName=x' },
        ],
        want: [['conv-aaa-1', 'conv-bbb-7']],
      },
    ],
    [
      'a path segment and a query value',
      {
        given: [
          { url: 'http://a:1/v1/Conversations/name-one?Identity=ident-1' },
          { url: 'http://b:2/v1/Conversations/name-two?Identity=ident-2' },
        ],
        want: [
          ['name-one', 'name-two'],
          ['ident-1', 'ident-2'],
        ],
      },
    ],
    [
      'short values are never mapped',
      { given: [{ url: 'http://a/v1/X?PageSize=1' }, { url: 'http://a/v1/X?PageSize=2' }], want: [] },
    ],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(differingValues(...given)).toEqual(want);
  });
});

describe('applyMapping', () => {
  test('replaces raw, JSON-escaped and URL-encoded forms, longest first', () => {
    const mapping = new Map([
      ['http://127.0.0.1:1111', 'http://127.0.0.1:2222'],
      ['a "quoted" name', 'b "quoted" name'],
      ['x y z!', 'u v w!'],
    ]);
    const text = JSON.stringify({ url: 'http://127.0.0.1:1111/v1/X/x%20y%20z!', name: 'a "quoted" name' });
    expect(JSON.parse(applyMapping(text, mapping))).toEqual({
      url: 'http://127.0.0.1:2222/v1/X/u%20v%20w!',
      name: 'b "quoted" name',
    });
  });
});

describe('startCassetteServer', () => {
  let server: CassetteServer | undefined;
  afterEach(async () => server?.close());

  const recorded = (step: number, body: string, requestBody: string) =>
    harEntry(
      {
        startedAt: new Date(0).toISOString(),
        durationMs: 1,
        request: {
          method: 'POST',
          url: 'http://127.0.0.1:9/v1/Conversations',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: requestBody,
        },
        response: { status: 201, headers: { 'content-type': 'application/json' }, text: body },
      },
      { kind: 'exchange', scenario: 'f.suite.ts > creates', role: 'api', step },
    );

  test('answers by scenario and step, mapping what the replay sent differently and the origin', async () => {
    server = await startCassetteServer(
      buildHar([
        recorded(
          0,
          '{"unique_name":"conv-rec-1","url":"http://127.0.0.1:9/v1/Conversations/CH1"}',
          'UniqueName=conv-rec-1',
        ),
        recorded(1, '{"n":2}', ''),
      ]),
    );
    const headers = (step: number) => ({
      'content-type': 'application/x-www-form-urlencoded',
      [SCENARIO_HEADER]: `${encodeURIComponent('f.suite.ts > creates')}|api`,
      [STEP_HEADER]: String(step),
    });
    const first = await fetch(`${server.url}/v1/Conversations`, {
      method: 'POST',
      headers: headers(0),
      body: 'UniqueName=conv-new-9',
    });
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ unique_name: 'conv-new-9', url: `${server.url}/v1/Conversations/CH1` });
    const second = await fetch(`${server.url}/v1/Conversations`, { method: 'POST', headers: headers(1), body: '' });
    expect(await second.json()).toEqual({ n: 2 });
    const none = await fetch(`${server.url}/v1/Conversations`, { method: 'POST', headers: headers(5), body: '' });
    expect(none.status).toBe(404);
    expect(((await none.json()) as { message: string }).message).toContain('step 5): nothing recorded');
    expect(server.stats).toEqual({ served: 2, missing: 1 });
  });
});
