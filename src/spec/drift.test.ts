import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { compileValidators } from '../validation/validators.ts';
import { compareSpecs, DRIFT_ASPECTS, type DriftAspect, formatDriftReport, type SpecDriftFinding } from './drift.ts';
import { type LoadedSpec, loadSpec, type OpenApiDocument } from './load.ts';
import { buildOperationIndex } from './operations.ts';
import { PACKAGE_ROOT } from './paths.ts';

const VENDOR_30 = resolve(PACKAGE_ROOT, 'src', 'spec', 'fixtures', 'vendor-conversations-3.0.yaml');
const VENDOR_31 = resolve(PACKAGE_ROOT, 'src', 'spec', 'fixtures', 'vendor-conversations-3.1.yaml');

const ours = await loadSpec();
const vendor30 = await loadSpec(VENDOR_30);
const vendor31 = await loadSpec(VENDOR_31);

const tempDir = await mkdtemp(join(tmpdir(), 'drift-test-'));
afterAll(() => rm(tempDir, { recursive: true, force: true }));

/** The paths (normalised) a fixture covers: our spec is extended by others, so assertions stay inside these. */
function within(findings: SpecDriftFinding[], paths: string[]): SpecDriftFinding[] {
  return findings.filter((f) => paths.includes(f.operation.slice(f.operation.indexOf(' ') + 1)));
}

function pick(f: SpecDriftFinding) {
  return { operation: f.operation, aspect: f.aspect, location: f.location, ours: f.ours, theirs: f.theirs };
}

function vendorConversation(): Record<string, unknown> {
  const sid = `CH${'d'.repeat(32)}`;
  return {
    account_sid: `AC${'a'.repeat(32)}`,
    chat_service_sid: `IS${'b'.repeat(32)}`,
    messaging_service_sid: null,
    sid,
    friendly_name: null,
    unique_name: null,
    attributes: '{}',
    state: 'active',
    date_created: '2015-12-16T22:18:37Z',
    date_updated: '2015-12-16T22:18:37Z',
    timers: {},
    url: `https://conversations.twilio.com/v1/Conversations/${sid}`,
    links: { participants: `https://conversations.twilio.com/v1/Conversations/${sid}/Participants` },
    bindings: null,
  };
}

function vendorParticipant(): Record<string, unknown> {
  return {
    account_sid: `AC${'a'.repeat(32)}`,
    conversation_sid: `CH${'d'.repeat(32)}`,
    sid: `MB${'e'.repeat(32)}`,
    identity: 'alice',
    attributes: '{}',
    messaging_binding: null,
    role_sid: null,
    date_created: '2015-12-16T22:18:37Z',
    date_updated: '2015-12-16T22:18:37Z',
    url: 'https://conversations.twilio.com/v1/Conversations/CH/Participants/MB',
    last_read_message_index: null,
  };
}

function formatsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) formatsIn(v, into);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'format' && typeof v === 'string') into.add(v);
      else formatsIn(v, into);
    }
  }
  return into;
}

describe('vendor 3.0 fixture', () => {
  test('loads through loadSpec as OpenAPI 3.0 with its operations', () => {
    expect(vendor30.version).toBe('3.0.1');
    expect([...vendor30.operations.byId.keys()].sort()).toEqual([
      'CreateConversation',
      'CreateConversationParticipant',
      'CreateConversationWithParticipants',
      'DeleteConversation',
      'FetchConversation',
      'ListConversation',
      'ListConversationParticipant',
    ]);
  });

  test('uses the non-standard formats and 3.0 idioms it is meant to exercise', () => {
    expect([...formatsIn(vendor30.document.paths)]).toEqual(
      expect.arrayContaining(['int64', 'int32', 'uri-map', 'date-time-rfc-2822', 'phone-number', 'uri']),
    );
    const text = JSON.stringify(vendor30.document.paths);
    expect(text).toContain('"nullable":true');
    expect(text).toContain('"x-twilio"');
    expect(text).toContain('"x-maturity"');
  });

  test('its validators compile (nullable, x- keywords and vendor formats are registered)', () => {
    expect(compileValidators(vendor30).size).toBeGreaterThan(vendor30.operations.all.length);
  });

  const validators = compileValidators(vendor30);

  test.each([
    ['a conversation whose nullable fields are null', 'FetchConversation', 200, vendorConversation(), true],
    [
      'a participant with a null messaging_binding and role_sid',
      'CreateConversationParticipant',
      201,
      vendorParticipant(),
      true,
    ],
    [
      'a participant with a null identity (not nullable in this document)',
      'CreateConversationParticipant',
      201,
      { ...vendorParticipant(), identity: null },
      false,
    ],
    [
      'links of type object declared format uri-map',
      'FetchConversation',
      200,
      { ...vendorConversation(), links: 'x' },
      false,
    ],
  ])('response: %s → valid %s', (_name, operationId, status, body, valid) => {
    expect(validators.validateResponse(operationId, status, body)?.valid).toBe(valid);
  });

  test('a form with phone-number, date-time-rfc-2822 and a nullable int32 field validates', () => {
    const form = {
      'MessagingBinding.Address': '+15558675310',
      DateCreated: 'Wed, 16 Dec 2015 22:18:37 +0000',
      LastReadMessageIndex: null,
    };
    expect(validators.validateRequest('CreateConversationParticipant', form)?.valid).toBe(true);
  });
});

describe('vendor 3.1 fixture', () => {
  test('loads through loadSpec and its validators compile', () => {
    expect(vendor31.version).toBe('3.1.0');
    const validators = compileValidators(vendor31);
    const page = {
      meta: {
        page: 0,
        page_size: 50,
        first_page_url: 'https://conversations.twilio.com/v1/Conversations/CH/Participants?PageSize=50&Page=0',
        previous_page_url: null,
        url: 'https://conversations.twilio.com/v1/Conversations/CH/Participants?PageSize=50&Page=0',
        next_page_url: null,
        key: 'participants',
      },
      participants: [{ ...vendorParticipant(), last_read_message_index: '3', last_read_timestamp: null }],
    };
    expect(validators.validateResponse('ListConversationParticipant', 200, page)?.valid).toBe(true);
  });
});

describe('an unknown non-standard format', () => {
  test.each([
    ['on a string', 'string'],
    ['on an object', 'object'],
  ])('fails loudly with CONFORMANCE_ERR_SPEC_COMPILE %s', async (_name, type) => {
    const path = join(tempDir, `unknown-format-${type}.yaml`);
    await writeFile(
      path,
      [
        'openapi: 3.0.1',
        'info: {title: x, version: "1"}',
        'paths:',
        '  /x:',
        '    get:',
        '      operationId: getX',
        '      responses:',
        "        '200':",
        '          description: ok',
        '          content:',
        '            application/json:',
        `              schema: {type: ${type}, format: made-up-format}`,
        '',
      ].join('\n'),
    );
    const spec = await loadSpec(path);
    expect(() => compileValidators(spec, { eager: true })).toThrow(
      expect.objectContaining({
        code: 'CONFORMANCE_ERR_SPEC_COMPILE',
        message: expect.stringMatching(/getX: unknown format "made-up-format"/),
      }),
    );
  });
});

type Want = { location: string; ours: unknown; theirs: unknown };

describe('compareSpecs(ours, vendor 3.0)', () => {
  const covered = [
    '/v1/Conversations',
    '/v1/Conversations/{}',
    '/v1/Conversations/{}/Participants',
    '/v1/ConversationWithParticipants',
  ];
  const findings = within(compareSpecs(ours, vendor30), covered);
  const cases: Array<[string, { given: { operation: string; aspect: DriftAspect }; want: Want[] }]> = [
    [
      'DRIFT-1 missing operation (update)',
      {
        given: { operation: 'POST /v1/Conversations/{}', aspect: 'operation-only-in-ours' },
        want: [{ location: '', ours: 'updateConversation', theirs: null }],
      },
    ],
    [
      'DRIFT-2 missing property, in the create body',
      {
        given: { operation: 'POST /v1/Conversations/{}/Participants', aspect: 'response-property-only-in-ours' },
        want: [{ location: '201 /last_read_timestamp', ours: 'string|null', theirs: null }],
      },
    ],
    [
      'DRIFT-2 missing property, in list items',
      {
        given: { operation: 'GET /v1/Conversations/{}/Participants', aspect: 'response-property-only-in-ours' },
        want: [{ location: '200 /participants/[]/last_read_timestamp', ours: 'string|null', theirs: null }],
      },
    ],
    [
      'DRIFT-3 different enum',
      {
        given: { operation: 'POST /v1/ConversationWithParticipants', aspect: 'parameter-enum' },
        want: [
          {
            location: 'form:State',
            ours: ['active', 'closed', 'inactive'],
            theirs: ['active', 'closed', 'inactive', 'initializing'],
          },
        ],
      },
    ],
    [
      'DRIFT-4 type difference (nullability), in the create body',
      {
        given: { operation: 'POST /v1/Conversations/{}/Participants', aspect: 'response-property-type' },
        want: [{ location: '201 /identity', ours: ['string', 'null'], theirs: ['string'] }],
      },
    ],
    [
      'DRIFT-4 type difference (nullability), in list items',
      {
        given: { operation: 'GET /v1/Conversations/{}/Participants', aspect: 'response-property-type' },
        want: [{ location: '200 /participants/[]/identity', ours: ['string', 'null'], theirs: ['string'] }],
      },
    ],
    [
      'DRIFT-5 param only they have',
      {
        given: { operation: 'POST /v1/Conversations/{}/Participants', aspect: 'parameter-only-in-theirs' },
        want: [{ location: 'form:LastReadMessageIndex', ours: null, theirs: 'integer|null' }],
      },
    ],
    ...(
      [
        ['POST /v1/Conversations', '201 /links'],
        ['GET /v1/Conversations/{}', '200 /links'],
        ['GET /v1/Conversations', '200 /conversations/[]/links'],
        ['POST /v1/ConversationWithParticipants', '201 /links'],
      ] as const
    ).map(([operation, location]): [string, { given: { operation: string; aspect: DriftAspect }; want: Want[] }] => [
      `DRIFT-6 format difference (${operation})`,
      {
        given: { operation, aspect: 'response-property-format' },
        want: [{ location, ours: null, theirs: 'uri-map' }],
      },
    ]),
    [
      'DRIFT-7 limit difference',
      {
        given: { operation: 'GET /v1/Conversations', aspect: 'parameter-maximum' },
        want: [{ location: 'query:PageSize', ours: 100, theirs: 1000 }],
      },
    ],
    [
      'DRIFT-8 status difference',
      {
        given: { operation: 'POST /v1/ConversationWithParticipants', aspect: 'success-statuses' },
        want: [{ location: '', ours: ['201', '202'], theirs: ['201'] }],
      },
    ],
  ];

  test.each(cases)('%s', (_name, { given, want }) => {
    const got = findings
      .filter((f) => f.operation === given.operation && f.aspect === given.aspect)
      .map(({ location, ours: o, theirs: t }) => ({ location, ours: o, theirs: t }));
    expect(got).toEqual(want);
  });

  test('reports exactly the planted differences on the covered operations, nothing else', () => {
    const planted = cases.flatMap(([, { given, want }]) => want.map((w) => ({ ...given, ...w })));
    expect(findings.map(pick)).toEqual(expect.arrayContaining(planted));
    expect(findings).toHaveLength(planted.length);
  });

  test('names both operationIds (matched by method + path, not by id)', () => {
    const f = findings.find((x) => x.aspect === 'parameter-maximum');
    expect(f?.operationIds).toEqual({ ours: 'listConversation', theirs: 'ListConversation' });
  });

  test('every message is one line and names what differs', () => {
    for (const f of findings) {
      expect(f.message).not.toMatch(/\n/);
      expect(f.kind).toBe('spec-drift');
    }
    expect(findings.find((f) => f.aspect === 'parameter-enum')?.message).toBe(
      'form:State enum differs: only theirs: initializing',
    );
  });
});

describe('compareSpecs(ours, vendor 3.1)', () => {
  const findings = within(compareSpecs(ours, vendor31), ['/v1/Conversations/{}', '/v1/Conversations/{}/Participants']);
  const inFixture = findings.filter((f) => f.aspect !== 'operation-only-in-ours');

  test.each([
    [
      'DRIFT-31-1 response enum',
      {
        given: { operation: 'GET /v1/Conversations/{}', aspect: 'response-property-enum' },
        want: {
          location: '200 /state',
          ours: ['active', 'closed', 'inactive', 'initializing'],
          theirs: ['active', 'closed', 'inactive'],
        },
      },
    ],
    [
      'DRIFT-31-2 response type',
      {
        given: { operation: 'GET /v1/Conversations/{}/Participants', aspect: 'response-property-type' },
        want: {
          location: '200 /participants/[]/last_read_message_index',
          ours: ['integer', 'null'],
          theirs: ['string', 'null'],
        },
      },
    ],
  ] as const)('%s', (_name, { given, want }) => {
    expect(inFixture.map(pick)).toContainEqual({ ...given, ...want });
  });

  test('reports nothing else on the operations the 3.1 fixture documents', () => {
    expect(inFixture).toHaveLength(2);
  });
});

describe('compareSpecs on identical documents', () => {
  test('ours vs ours reports nothing', () => {
    expect(compareSpecs(ours, ours)).toEqual([]);
  });

  test('ours vs a second load of ours reports nothing', async () => {
    expect(compareSpecs(ours, await loadSpec())).toEqual([]);
  });

  test.each([
    ['vendor 3.0', vendor30],
    ['vendor 3.1', vendor31],
  ])('%s vs itself reports nothing', (_name, spec) => {
    expect(compareSpecs(spec, spec)).toEqual([]);
  });
});

// ----------------------------------------------------------------------------------------------------------------
// Synthetic one-operation documents: every aspect can be produced, and the normalisation rules hold.

interface OpShape {
  path?: string;
  method?: string;
  server?: string;
  version?: string;
  parameters?: unknown[];
  form?: Record<string, unknown>;
  responses?: Record<string, unknown>;
}

function ok(schema?: unknown): Record<string, unknown> {
  return schema === undefined
    ? { description: 'ok' }
    : { description: 'ok', content: { 'application/json': { schema } } };
}

function single(shape: OpShape): LoadedSpec {
  const operation: Record<string, unknown> = {
    operationId: 'op',
    parameters: shape.parameters ?? [],
    responses: shape.responses ?? { '200': ok({ type: 'object' }) },
  };
  if (shape.form) {
    operation.requestBody = { content: { 'application/x-www-form-urlencoded': { schema: shape.form } } };
  }
  const version = shape.version ?? '3.1.0';
  const document = {
    openapi: version,
    servers: [{ url: shape.server ?? 'https://api.example' }],
    paths: { [shape.path ?? '/v1/x']: { [shape.method ?? 'get']: operation } },
  } as unknown as OpenApiDocument;
  return { source: 'memory', version, document, operations: buildOperationIndex(document) };
}

const obj = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: 'object',
  properties,
  required,
});
const query = (schema: Record<string, unknown>, required = false) => [{ name: 'Q', in: 'query', required, schema }];
const form = (schema: Record<string, unknown>) => ({ type: 'object', properties: { F: schema } });

const aspectCases: Array<[DriftAspect, { given: { ours: OpShape; theirs: OpShape }; want: string }]> = [
  ['operation-only-in-ours', { given: { ours: { path: '/v1/a' }, theirs: { path: '/v1/b' } }, want: '' }],
  ['operation-only-in-theirs', { given: { ours: { path: '/v1/a' }, theirs: { path: '/v1/b' } }, want: '' }],
  [
    'success-statuses',
    { given: { ours: { responses: { '200': ok() } }, theirs: { responses: { '201': ok() } } }, want: '' },
  ],
  [
    'parameter-only-in-ours',
    { given: { ours: { parameters: query({ type: 'string' }) }, theirs: {} }, want: 'query:Q' },
  ],
  ['parameter-only-in-theirs', { given: { ours: {}, theirs: { form: form({ type: 'string' }) } }, want: 'form:F' }],
  [
    'parameter-required',
    {
      given: {
        ours: { parameters: query({ type: 'string' }, true) },
        theirs: { parameters: query({ type: 'string' }) },
      },
      want: 'query:Q',
    },
  ],
  [
    'parameter-enum',
    {
      given: {
        ours: { form: form({ type: 'string', enum: ['a'] }) },
        theirs: { form: form({ type: 'string', enum: ['b'] }) },
      },
      want: 'form:F',
    },
  ],
  [
    'parameter-max-length',
    {
      given: { ours: { form: form({ type: 'string', maxLength: 10 }) }, theirs: { form: form({ type: 'string' }) } },
      want: 'form:F',
    },
  ],
  [
    'parameter-maximum',
    {
      given: {
        ours: { parameters: query({ type: 'integer', maximum: 5 }) },
        theirs: { parameters: query({ type: 'integer', maximum: 6 }) },
      },
      want: 'query:Q',
    },
  ],
  [
    'parameter-pattern',
    {
      // Path parameters are matched by position: their names differ here.
      given: {
        ours: {
          path: '/v1/x/{A}',
          parameters: [{ name: 'A', in: 'path', required: true, schema: { type: 'string', pattern: '^A' } }],
        },
        theirs: {
          path: '/v1/x/{B}',
          parameters: [{ name: 'B', in: 'path', required: true, schema: { type: 'string', pattern: '^B' } }],
        },
      },
      want: 'path:A',
    },
  ],
  [
    'response-schema-only-in-ours',
    {
      given: { ours: { responses: { '200': ok({ type: 'object' }) } }, theirs: { responses: { '200': ok() } } },
      want: '200',
    },
  ],
  [
    'response-schema-only-in-theirs',
    {
      given: { ours: { responses: { '200': ok() } }, theirs: { responses: { '200': ok({ type: 'object' }) } } },
      want: '200',
    },
  ],
  [
    'response-property-only-in-ours',
    {
      given: {
        ours: { responses: { '200': ok(obj({ a: { type: 'string' } })) } },
        theirs: { responses: { '200': ok(obj({})) } },
      },
      want: '200 /a',
    },
  ],
  [
    'response-property-only-in-theirs',
    {
      given: {
        ours: { responses: { '200': ok(obj({})) } },
        theirs: { responses: { '200': ok(obj({ a: { type: 'string' } })) } },
      },
      want: '200 /a',
    },
  ],
  [
    'response-property-type',
    {
      given: {
        ours: { responses: { '200': ok({ type: 'array', items: obj({ a: { type: 'string' } }) }) } },
        theirs: { responses: { '200': ok({ type: 'array', items: obj({ a: { type: 'integer' } }) }) } },
      },
      want: '200 /[]/a',
    },
  ],
  [
    'response-property-enum',
    {
      given: {
        ours: { responses: { '200': ok(obj({ a: { type: 'string', enum: ['x', 'y'] } })) } },
        theirs: { responses: { '200': ok(obj({ a: { type: 'string', enum: ['x'] } })) } },
      },
      want: '200 /a',
    },
  ],
  [
    'response-property-format',
    {
      given: {
        ours: { responses: { '200': ok(obj({ a: obj({ b: { type: 'string', format: 'date-time' } }) })) } },
        theirs: { responses: { '200': ok(obj({ a: obj({ b: { type: 'string', format: 'date-time-rfc-2822' } }) })) } },
      },
      want: '200 /a/b',
    },
  ],
  [
    'response-property-pattern',
    {
      given: {
        ours: { responses: { '200': ok(obj({ a: { type: 'string', pattern: '^CH' } })) } },
        theirs: { responses: { '200': ok(obj({ a: { type: 'string' } })) } },
      },
      want: '200 /a',
    },
  ],
  [
    'response-property-required',
    {
      given: {
        ours: { responses: { '200': ok(obj({ a: { type: 'string' } }, ['a'])) } },
        theirs: { responses: { '200': ok(obj({ a: { type: 'string' } })) } },
      },
      want: '200 /a',
    },
  ],
];

describe('drift aspects', () => {
  test.each(aspectCases)('%s can be produced', (aspect, { given, want }) => {
    const findings = compareSpecs(single(given.ours), single(given.theirs));
    expect(findings.filter((f) => f.aspect === aspect).map((f) => f.location)).toEqual([want]);
  });

  test('the cases cover every aspect of the closed table', () => {
    expect(aspectCases.map(([aspect]) => aspect).sort()).toEqual(Object.keys(DRIFT_ASPECTS).sort());
  });
});

describe('normalisation before comparing', () => {
  const response = (schema: unknown, version = '3.1.0'): OpShape => ({ version, responses: { '200': ok(schema) } });

  test.each([
    [
      '3.0 nullable ≡ 3.1 type array (enum null ignored)',
      {
        given: {
          ours: response(obj({ a: { type: ['string', 'null'], enum: ['x', null] } })),
          theirs: response(obj({ a: { type: 'string', nullable: true, enum: ['x'] } }), '3.0.3'),
        },
        want: [],
      },
    ],
    [
      '3.1 oneOf [schema, null] ≡ type array',
      {
        given: {
          ours: response(obj({ a: { type: ['object', 'null'], properties: { b: { type: 'string' } } } })),
          theirs: response(obj({ a: { oneOf: [obj({ b: { type: 'string' } }), { type: 'null' }] } })),
        },
        want: [],
      },
    ],
    [
      'allOf members are merged',
      {
        given: {
          ours: response(obj({ a: { type: 'string' }, b: { type: 'integer' } }, ['a', 'b'])),
          theirs: response({ allOf: [obj({ a: { type: 'string' } }, ['a']), obj({ b: { type: 'integer' } }, ['b'])] }),
        },
        want: [],
      },
    ],
    [
      'a free-form object on one side is not compared member by member',
      {
        given: {
          ours: response(obj({ a: obj({ b: { type: 'string' } }) })),
          theirs: response(obj({ a: { type: 'object' } })),
        },
        want: [],
      },
    ],
    [
      'server base path joined: https://h/v1 + /x ≡ https://h + /v1/x',
      { given: { ours: { path: '/v1/x' }, theirs: { server: 'https://h/v1', path: '/x' } }, want: [] },
    ],
    [
      'a different base path falls back to the path template',
      { given: { ours: { path: '/v1/x' }, theirs: { server: 'https://h/api', path: '/v1/x' } }, want: [] },
    ],
    [
      'header names compare case-insensitively',
      {
        given: {
          ours: { parameters: [{ name: 'X-Twilio-Webhook-Enabled', in: 'header', schema: { type: 'string' } }] },
          theirs: { parameters: [{ name: 'x-twilio-webhook-enabled', in: 'header', schema: { type: 'string' } }] },
        },
        want: [],
      },
    ],
    [
      'a nullable 3.0 integer differs from a plain 3.1 integer',
      {
        given: { ours: response({ type: 'integer' }), theirs: response({ type: 'integer', nullable: true }, '3.0.0') },
        want: ['response-property-type'],
      },
    ],
  ] satisfies Array<[string, { given: { ours: OpShape; theirs: OpShape }; want: DriftAspect[] }]>)(
    '%s',
    (_name, { given, want }) => {
      expect(compareSpecs(single(given.ours), single(given.theirs)).map((f) => f.aspect)).toEqual(want);
    },
  );

  test('never throws on documents with odd shapes', () => {
    const odd = single({ parameters: [{ name: 'p', in: 'query' }], responses: { '200': ok(true), '201': {} } });
    const empty = single({ responses: {} });
    expect(() => compareSpecs(odd, empty)).not.toThrow();
    expect(() => compareSpecs(empty, odd)).not.toThrow();
  });

  test('a self-referencing schema terminates', () => {
    const node: Record<string, unknown> = { type: 'object', properties: {} };
    (node.properties as Record<string, unknown>).child = node;
    expect(compareSpecs(single(response(node)), single(response(node)))).toEqual([]);
  });
});

describe('formatDriftReport', () => {
  test('says so when there is no drift', () => {
    expect(formatDriftReport([])).toBe('Spec drift: none.\n');
  });

  test('groups findings by operation, one row each, in a stable order', () => {
    const findings = within(compareSpecs(ours, vendor30), ['/v1/Conversations', '/v1/ConversationWithParticipants']);
    const report = formatDriftReport([...findings].reverse());
    expect(report).toBe(formatDriftReport(findings));
    const lines = report.trimEnd().split('\n');
    expect(lines[0]).toBe('Spec drift: 6 finding(s) in 3 operation(s)');
    const header = 'POST /v1/ConversationWithParticipants  [ours createConversationWithParticipants';
    expect(lines).toContain(`${header} | theirs CreateConversationWithParticipants]`);
    expect(lines.find((l) => l.includes('parameter-maximum'))).toMatch(
      /^ {2}parameter-maximum +query:PageSize +ours 100; theirs 1000$/,
    );
    expect(lines.find((l) => l.includes('form:State'))).toMatch(
      /ours \[active, closed, inactive\]; theirs \[active, closed, inactive, initializing\]$/,
    );
  });
});
