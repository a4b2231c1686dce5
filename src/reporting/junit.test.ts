import { describe, expect, test } from 'vitest';
import { renderJunit } from './junit.ts';
import type { RunSummary } from './model.ts';

const summary: RunSummary = {
  target: 'http://127.0.0.1:1',
  startedAt: '2026-01-01T00:00:00Z',
  durationMs: 1234,
  runErrors: [],
  results: [
    { file: 'suites/a.suite.ts', suite: 'Flow', name: 'passes', outcome: 'passed', durationMs: 5 },
    {
      file: 'suites/a.suite.ts',
      suite: 'Flow',
      name: 'breaks <contract>',
      outcome: 'failed',
      durationMs: 7,
      message: '1 finding(s)\n  [response-schema] x: /sid must match "&"',
    },
    {
      file: 'suites/b.suite.ts',
      suite: '',
      name: 'cannot run',
      outcome: 'error',
      durationMs: 1,
      message: '[CONFORMANCE_ERR_TIMEOUT] late',
    },
    {
      file: 'suites/b.suite.ts',
      suite: '',
      name: 'no clock',
      outcome: 'skipped',
      durationMs: 0,
      skipReason: 'needs clock control',
    },
  ],
};

describe('renderJunit', () => {
  const xml = renderJunit(summary);
  test('one testcase per scenario with totals on the root', () => {
    expect(xml.match(/<testcase /g)).toHaveLength(4);
    expect(xml).toContain('tests="4" failures="1" errors="1" skipped="1"');
  });
  test('findings become <failure>, kit errors <error>, skips carry their reason', () => {
    expect(xml).toContain('<failure message="1 finding(s)" type="failed">');
    expect(xml).toContain('<error message="[CONFORMANCE_ERR_TIMEOUT] late" type="KitError">');
    expect(xml).toContain('<skipped message="needs clock control"/>');
  });
  test('escapes XML metacharacters', () => {
    expect(xml).toContain('name="breaks &lt;contract&gt;"');
    expect(xml).toContain('must match &quot;&amp;&quot;');
  });
});

describe('renderJunit evidence', () => {
  const evidence = {
    request: {
      method: 'POST',
      url: 'http://t/v1/Conversations',
      headers: {},
      form: [['FriendlyName', 'x']] as [string, string][],
    },
    response: { status: 201, headers: { 'content-type': 'application/json' }, body: '{"sid":"CH1"}', bytes: 13 },
    curl: "curl -sS -X POST 'http://t/v1/Conversations'",
  };
  const failed: RunSummary = {
    ...summary,
    results: [
      {
        file: 'suites/p.suite.ts',
        suite: 'createConversationParticipant',
        name: 'adds a chat participant',
        outcome: 'failed',
        durationMs: 3,
        message: "[response-schema] createConversation: (root) must have required property 'unique_name'",
        checkId: 'response-schema',
        operationId: 'createConversation',
        attribution: 'prerequisite',
        rootCause: 'RC1',
        findings: [
          {
            checkId: 'response-schema',
            operationId: 'createConversation',
            message: "(root) must have required property 'unique_name'",
            source: {
              operationId: 'createConversation',
              resource: 'Conversation',
              docs: ['004:L16550'],
              decisions: ['D-SCHEMA-2'],
            },
          },
        ],
        evidence: [evidence],
      },
    ],
  };
  const xml = renderJunit(failed);
  test('a failure names its check as type, is marked blocked, and carries body, source and a curl reproducer', () => {
    expect(xml).toContain('type="blocked:response-schema"');
    expect(xml).toContain('message="blocked by RC1: [response-schema] createConversation');
    expect(xml).toContain('{&quot;sid&quot;:&quot;CH1&quot;}');
    expect(xml).toContain('spec/DECISIONS.md D-SCHEMA-2');
    expect(xml).toContain('Twilio docs 004:L16550');
    expect(xml).toContain('replay:\ncurl -sS -X POST');
    expect(xml).toContain('  FriendlyName=x');
  });
});

describe('renderJunit run settings and spec drift', () => {
  const withSettings: RunSummary = {
    ...summary,
    settings: {
      seed: 4242,
      runId: 'r1',
      capabilities: { clockControl: true, live: false },
      tags: ['limits'],
      budget: { budget: 10, spent: 7, skipped: 2 },
    },
  };
  const drift = (operation: string, aspect: 'parameter-required' | 'response-property-type', message: string) => ({
    kind: 'spec-drift' as const,
    operation,
    operationIds: { ours: 'createConversation', theirs: 'CreateConversation' },
    aspect,
    location: 'form:FriendlyName',
    ours: true,
    theirs: false,
    message,
  });

  test('every testsuite carries the seed, capabilities, tags and budget as <properties>', () => {
    const xml = renderJunit(withSettings);
    expect(xml.match(/<properties>/g)).toHaveLength(2);
    expect(xml).toContain('<property name="seed" value="4242"/>');
    expect(xml).toContain('<property name="capability.clockControl" value="true"/>');
    expect(xml).toContain('<property name="tags" value="limits"/>');
    expect(xml).toContain('<property name="budget.skipped" value="2"/>');
  });

  test('spec drift is a separate testsuite: one SpecDrift failure per drifting operation', () => {
    const xml = renderJunit(withSettings, {
      specDrift: [
        drift('POST /v1/Conversations', 'parameter-required', 'form:FriendlyName is required in ours'),
        drift('POST /v1/Conversations', 'response-property-type', '201 /sid type differs <x>'),
        drift('GET /v1/Conversations/{}', 'response-property-type', '200 /sid type differs'),
      ],
    });
    const suite = xml.slice(xml.indexOf('<testsuite name="spec-drift"'));
    expect(suite).toMatch(/^<testsuite name="spec-drift" tests="2" failures="2" errors="0"/);
    expect(suite.match(/<failure [^>]*type="SpecDrift"/g)).toHaveLength(2);
    expect(suite).toContain('name="POST /v1/Conversations"');
    expect(suite).toContain('[response-property-type] form:FriendlyName: 201 /sid type differs &lt;x&gt;');
    // Root totals count the drift testcases, so JUnit consumers add up.
    expect(xml).toContain('tests="6" failures="3" errors="1" skipped="1"');
  });

  test('an empty comparison still shows the spec-drift testsuite with no testcases', () => {
    expect(renderJunit(summary, { specDrift: [] })).toContain('<testsuite name="spec-drift" tests="0" failures="0"');
  });

  test('a run that could not start or finish is a run testsuite whose <error> testcase is named by the kit error', () => {
    const xml = renderJunit({
      ...summary,
      results: [],
      runErrors: [
        '[CONFORMANCE_ERR_TARGET_UNREACHABLE] target http://127.0.0.1:9 is unreachable (ECONNREFUSED); the run did not start',
        'suites/x.suite.ts: cannot load',
      ],
    });
    expect(xml).toContain('<testsuites name="conformance: http://127.0.0.1:1" tests="2" failures="0" errors="2"');
    expect(xml).toMatch(
      /<testcase classname="run" name="CONFORMANCE_ERR_TARGET_UNREACHABLE" time="0">\n {6}<error message="\[CONFORMANCE_ERR_TARGET_UNREACHABLE\] target http:\/\/127\.0\.0\.1:9 is unreachable/,
    );
    expect(xml).toContain('<testcase classname="run" name="run error 2" time="0">');
  });
});
