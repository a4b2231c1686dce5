// A realistic failing run, shaped after real runs against the emulator with deliberate faults
// (`--fault null-fields-omitted`: a create answers without its null keys, and every scenario that creates one in setup
// is blocked; `--fault messages-newest-first`: a hand-written ordering assertion fails with a diff). The HTML report's
// tests (unit and browser) render it; it also carries what a hostile or broken target can send back: markup in a body,
// a body over the evidence cap.
import type { ExchangeEvidence, ReportedFinding, RunSummary, ScenarioResult } from './model.ts';
import { assignRootCauses } from './root-causes.ts';

const HOST = 'http://127.0.0.1:43069';
/** The client's default evidence cap (EVIDENCE_BODY_CAP in src/client/evidence.ts, a layer reporting does not import). */
const EVIDENCE_BODY_CAP = 4_096;

/** A body that would run script if a report pasted it in unescaped. */
export const HOSTILE_BODY = '<html><body>upstream error</script><script>alert(1)</script></body></html>';

function conversation(sid: string, friendlyName: string | undefined): string {
  const url = `${HOST}/v1/Conversations/${sid}`;
  return JSON.stringify({
    sid,
    account_sid: 'ACd774ef212a78d7f93c70b5f48606963e',
    chat_service_sid: 'IS44d8f0574b8053d7e5e56896179dd0cd',
    messaging_service_sid: 'MGe9ca5f9b613e9e96078cc5713f482aac',
    ...(friendlyName ? { friendly_name: friendlyName } : {}),
    attributes: '{}',
    date_created: '2026-12-04T16:06:42Z',
    date_updated: '2026-12-04T16:06:42Z',
    state: 'active',
    timers: {},
    bindings: {},
    url,
    links: { participants: `${url}/Participants`, messages: `${url}/Messages`, webhooks: `${url}/Webhooks` },
  });
}

function evidence(
  method: string,
  path: string,
  form: [string, string][] | undefined,
  status: number,
  body: string,
  contentType = 'application/json; charset=utf-8',
): ExchangeEvidence {
  const url = `${HOST}${path}`;
  const capped = body.length > EVIDENCE_BODY_CAP;
  return {
    request: {
      method,
      url,
      headers: {
        'user-agent': 'twilio-conversations-conformance/0.1',
        accept: 'application/json',
        authorization: 'Basic ***',
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(form ? { form } : {}),
    },
    response: {
      status,
      headers: { 'content-type': contentType, 'content-length': String(body.length), connection: 'keep-alive' },
      body: capped ? body.slice(0, EVIDENCE_BODY_CAP) : body,
      ...(capped ? { truncated: true as const } : {}),
      bytes: body.length,
    },
    curl: [
      `curl -sS -X ${method}`,
      `'${url}'`,
      '-u "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN"',
      ...(form ?? []).map(([k, v]) => `--data-urlencode '${k}=${v}'`),
    ].join(' \\\n  '),
  };
}

const SCHEMA_RULE =
  'every documented response key is present — Twilio returns every key, with null when unset ("Optional" in the docs means nullable, not absent)';

function missing(operationId: string, resource: string, property: string): ReportedFinding {
  return {
    checkId: 'response-schema',
    operationId,
    message: `(root) must have required property '${property}'`,
    instancePath: '',
    schemaPath: '#/required',
    source: {
      operationId,
      resource,
      docs: ['004:L16550', '004:L31033'],
      decisions: ['D-SCHEMA-2', 'D-CONV-1'],
      rule: SCHEMA_RULE,
    },
  };
}

/** A scenario whose `createConversation` call came back without `friendly_name`; blocked when that was setup. */
function createConversationFailure(
  file: string,
  suite: string,
  name: string,
  tags: string[],
  blocked: boolean,
  i: number,
): ScenarioResult {
  const sid = `CH${String(i).padStart(2, '0')}52f28807ee5b3e477db6fd1d89cb54`;
  const finding = missing('createConversation', 'Conversation', 'friendly_name');
  return {
    file,
    suite,
    name,
    durationMs: 6 + i * 3,
    tags,
    operations: [{ operationId: 'createConversation', status: 201 }],
    outcome: 'failed',
    message: `[response-schema] createConversation: ${finding.message}`,
    detail: `1 finding(s) on POST ${HOST}/v1/Conversations → 201\n  [response-schema] createConversation: ${finding.message}\nat /work/kit/${file}:40:21`,
    checkId: 'response-schema',
    operationId: 'createConversation',
    resource: 'Conversation',
    findings: [finding],
    evidence: [evidence('POST', '/v1/Conversations', [['Attributes', '{}']], 201, conversation(sid, undefined))],
    attribution: blocked ? 'prerequisite' : 'subject',
  };
}

function passed(file: string, suite: string, name: string, tags: string[], operationId: string, ms: number) {
  return {
    file,
    suite,
    name,
    durationMs: ms,
    tags,
    operations: [{ operationId, status: 200 }],
    outcome: 'passed',
  } satisfies ScenarioResult;
}

/** The list of messages, newest first where the docs say ascending index order: more than the evidence cap. */
function messagesPage(): string {
  const messages = Array.from({ length: 24 }, (_, i) => ({
    sid: `IM${String(24 - i).padStart(2, '0')}faae1a04f6965f437c363bc154a87d`,
    index: 23 - i,
    author: 'system',
    body: `message ${23 - i} ${'lorem ipsum '.repeat(8)}`,
    date_created: '2026-12-04T16:08:43Z',
  }));
  return JSON.stringify({ messages, meta: { page: 0, page_size: 50, key: 'messages' } });
}

/** The sample run: 3 root causes (one blocking scenarios of other areas), an error, a skip, passes, a schema warning. */
export function sampleFailingRun(): RunSummary {
  const results: ScenarioResult[] = [
    createConversationFailure(
      'suites/conversations/crud.suite.ts',
      'createConversation',
      'a new conversation has every documented key',
      ['conversations'],
      false,
      1,
    ),
    createConversationFailure(
      'suites/conversations/crud.suite.ts',
      'createConversation',
      'FriendlyName is echoed back',
      ['conversations'],
      false,
      2,
    ),
    createConversationFailure(
      'suites/participants/crud.suite.ts',
      'createConversationParticipant',
      'a chat participant is added with its identity',
      ['participants'],
      true,
      3,
    ),
    createConversationFailure(
      'suites/participants/crud.suite.ts',
      'listConversationParticipant',
      'participants are listed in the order they joined',
      ['participants', 'paging'],
      true,
      4,
    ),
    createConversationFailure(
      'suites/webhooks/conversation-scoped.suite.ts',
      'createConversationScopedWebhook',
      'a webhook target receives onMessageAdded',
      ['webhooks'],
      true,
      5,
    ),
    {
      file: 'suites/messages/crud.suite.ts',
      suite: 'listConversationMessage (default service)',
      name: 'messages are listed in ascending index order by default',
      durationMs: 61,
      tags: ['messages'],
      operations: [
        { operationId: 'createConversation', status: 201 },
        { operationId: 'createConversationMessage', status: 201 },
        { operationId: 'listConversationMessage', status: 200 },
      ],
      outcome: 'failed',
      message: 'expected [ …(3) ] to deeply equal [ …(3) ]',
      detail: 'expected [ …(3) ] to deeply equal [ …(3) ]\nat /work/kit/suites/messages/crud.suite.ts:75:38',
      checkId: 'scenario-assertion',
      operationId: 'listConversationMessage',
      resource: 'ConversationMessage',
      evidence: [
        evidence(
          'GET',
          '/v1/Conversations/CH51fadd6d5ea7dfc51065422153b7db4c/Messages',
          undefined,
          200,
          messagesPage(),
        ),
      ],
      diff: '\u001b[32m- Expected\u001b[39m\n\u001b[31m+ Received\u001b[39m\n\n  [\n-   "IM2dfaae1a04f6965f437c363bc154a87d",\n    "IMde0322a156d5e60612dc391d22ddcb43",\n+   "IM2dfaae1a04f6965f437c363bc154a87d",\n  ]',
      attribution: 'subject',
    },
    {
      file: 'suites/conversations/crud.suite.ts',
      suite: 'fetchConversation',
      name: 'an unknown SID answers 404 with error 20404',
      durationMs: 9,
      tags: ['conversations'],
      operations: [{ operationId: 'fetchConversation', status: 502 }],
      outcome: 'failed',
      message: '[status-documented] fetchConversation: status 502 is not documented for this operation',
      checkId: 'status-documented',
      operationId: 'fetchConversation',
      resource: 'Conversation',
      findings: [
        {
          checkId: 'status-documented',
          operationId: 'fetchConversation',
          message: 'status 502 is not documented for this operation',
          source: {
            operationId: 'fetchConversation',
            resource: 'Conversation',
            docs: ['004:L17020'],
            decisions: ['D-STATUS-2'],
            rule: 'success statuses: create 201, fetch/list/update 200, delete 204 (D-STATUS-1); error statuses as declared per operation',
          },
        },
      ],
      evidence: [
        evidence(
          'GET',
          '/v1/Conversations/CH00000000000000000000000000000000',
          undefined,
          502,
          HOSTILE_BODY,
          'text/html',
        ),
      ],
      attribution: 'subject',
    },
    {
      file: 'suites/limits/attributes.suite.ts',
      suite: 'Attributes',
      name: 'Attributes of 16 KiB are accepted',
      durationMs: 8,
      tags: ['limits'],
      outcome: 'error',
      message:
        'CONFORMANCE_ERR_UNKNOWN_OPERATION: no operation of the spec matches POST /v1/Conversations/{sid}/Attributes',
      detail:
        'KitError: CONFORMANCE_ERR_UNKNOWN_OPERATION: no operation of the spec matches POST /v1/Conversations/{sid}/Attributes\n    at ScenarioApi.call (src/runtime/api.ts:210:13)',
    },
    {
      file: 'suites/states-timers/transitions.suite.ts',
      suite: 'Conversation timer transitions',
      name: 'the inactive timer moves an active conversation to inactive',
      durationMs: 0,
      tags: ['states', 'timers'],
      outcome: 'skipped',
      skipReason: 'needs clock control or --real-timers (the target has neither)',
    },
    {
      ...passed(
        'suites/paging/paging.suite.ts',
        'listConversation',
        'lists every item exactly once and in order with PageSize=50',
        ['paging', 'slow'],
        'listConversation',
        4_210,
      ),
      warnings: [
        {
          step: 2,
          operationId: 'listConversation',
          resource: 'Conversation',
          findings: [missing('listConversation', 'Conversation', 'unique_name')],
          evidence: evidence('GET', '/v1/Conversations?PageSize=50', undefined, 200, '{"conversations":[],"meta":{}}'),
        },
      ],
    },
    passed(
      'suites/conversations/crud.suite.ts',
      'fetchConversation',
      'a conversation is fetched by its SID',
      ['conversations'],
      'fetchConversation',
      12,
    ),
    passed(
      'suites/auth/authentication.suite.ts',
      'Authentication',
      'a request without credentials answers 401',
      ['auth'],
      'listConversation',
      5,
    ),
    {
      // A failure the target's expectations baseline lists: a skip with its reason, evidence kept.
      ...createConversationFailure(
        'suites/users/user-conversations.suite.ts',
        'listUserConversation',
        'a user lists the conversations they joined',
        ['users'],
        true,
        6,
      ),
      outcome: 'skipped',
      skipReason: 'known: the friendly name is omitted until it is set (#12)',
      expectation: { status: 'known', reason: 'the friendly name is omitted until it is set (#12)' },
    },
    {
      ...passed('suites/users/crud.suite.ts', 'fetchUser', 'a user is fetched by identity', ['users'], 'fetchUser', 14),
      expectation: { status: 'fixed', reason: 'identity lookup was case-sensitive (#9)' },
    },
    passed('suites/roles/crud.suite.ts', 'listRole', 'the default roles are listed', ['roles'], 'listRole', 1_380),
  ];
  const grouped = assignRootCauses(results);
  return {
    target: HOST,
    startedAt: '2026-12-04T16:06:41.512Z',
    durationMs: 36_480,
    results: grouped.results,
    rootCauses: grouped.rootCauses,
    runErrors: [],
    notSelected: 3,
    settings: {
      seed: 2075251282,
      runId: 'mx96exhy50',
      capabilities: { clockControl: false, webhookDelivery: true, realTimers: false, live: false },
    },
  };
}
