import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSpec } from './load.ts';
import type { OperationSpec } from './operations.ts';
import { PACKAGE_ROOT } from './paths.ts';
import {
  type ParameterLocation,
  parseBulletSeed,
  parseJsonSchemaSeed,
  parseRenderedTables,
  type SeedEntry,
  splitPages,
  toSnakeCase,
  toWireName,
} from './seed-coverage.ts';
import {
  deriveSeedFacts,
  formatSeedFacts,
  readSeedFacts,
  SEED_DOCS_DIR_ENV,
  SEED_FACTS_PATH,
  seedDocsDir,
  seedDocsPresent,
} from './seed-facts.ts';

// Issue "The spec" is done when every property in the seed docs' property tables is in the spec. The rows come from
// spec/seed-facts.json, derived from the docs (../shared/seeds) by `npm run seed-facts`, so the coverage checks run in
// any clone; the comparison with the docs themselves runs only where they are (and says so when it is skipped).
const FACTS_FILE = relative(PACKAGE_ROOT, SEED_FACTS_PATH);

/** Default form and service form of a path (both address the same resource, seed-inventory §2.0). */
function bothForms(path: string): string[] {
  return [path, `/v1/Services/{ChatServiceSid}${path.slice('/v1'.length)}`];
}

/**
 * The spec paths whose responses each REST reference page of seed 004 documents (page ranges: seed-inventory §1.2).
 * Where the docs show both the default and the service form of a resource, both are checked. `[]` means the page
 * documents nothing in this API.
 */
const PAGE_PATHS: Record<string, string[]> = {
  // 004:L4465-5883; both forms 004:L4531-4538
  'Conversation Message Resource': [
    ...bothForms('/v1/Conversations/{ConversationSid}/Messages'),
    ...bothForms('/v1/Conversations/{ConversationSid}/Messages/{Sid}'),
  ],
  // 004:L5884-6023; MCS, service form only (D-MED-1)
  'Conversations Media Resource': ['/v1/Services/{ChatServiceSid}/Media', '/v1/Services/{ChatServiceSid}/Media/{Sid}'],
  // 004:L6024-7298; both forms 004:L6094-6101
  'Conversation Participant Resource': [
    ...bothForms('/v1/Conversations/{ConversationSid}/Participants'),
    ...bothForms('/v1/Conversations/{ConversationSid}/Participants/{Sid}'),
  ],
  // 004:L7299-7813; both forms 004:L7354-7359
  'Conversation with Participants Resource': bothForms('/v1/ConversationWithParticipants'),
  // 004:L7814-8651; both forms 004:L7888-7895
  'Conversations User Resource': [...bothForms('/v1/Users'), ...bothForms('/v1/Users/{Sid}')],
  // 004:L8652-9459; both forms 004:L8725-8730
  'Role Resource': [...bothForms('/v1/Roles'), ...bothForms('/v1/Roles/{Sid}')],
  // 004:L9460-9766
  'Configuration Resource': ['/v1/Configuration'],
  // 004:L9767-10773
  'Address Configuration Resource': ['/v1/Configuration/Addresses', '/v1/Configuration/Addresses/{Sid}'],
  // 004:L10774-11112
  'Webhook Configuration Resource': ['/v1/Configuration/Webhooks'],
  // 004:L11113-12014; both forms 004:L11183-11190
  'Conversation Scoped Webhook Resource': [
    ...bothForms('/v1/Conversations/{ConversationSid}/Webhooks'),
    ...bothForms('/v1/Conversations/{ConversationSid}/Webhooks/{Sid}'),
  ],
  // 004:L12015-12527; both forms 004:L12073-12080
  'Conversation Message Receipt Resource': [
    ...bothForms('/v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts'),
    ...bothForms('/v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts/{Sid}'),
  ],
  // 004:L12528-13386; default form only (the service form is derived, D-UCONV-1)
  'User Conversation Resource': [
    '/v1/Users/{UserSid}/Conversations',
    '/v1/Users/{UserSid}/Conversations/{ConversationSid}',
  ],
  // 004:L13387-13768; default form only (the service form is derived, D-PCONV-1)
  'Participant Conversation Resource': ['/v1/ParticipantConversations'],
  // 004:L13769-14245
  'Service-Scoped Notification Resource': ['/v1/Services/{ChatServiceSid}/Configuration/Notifications'],
  // 004:L14246-14755
  'Service Binding Resource': [
    '/v1/Services/{ChatServiceSid}/Bindings',
    '/v1/Services/{ChatServiceSid}/Bindings/{Sid}',
  ],
  // 004:L14756-15440
  'Credential Resource': ['/v1/Credentials', '/v1/Credentials/{Sid}'],
  // 004:L15441-15783
  'Service Configuration Resource': ['/v1/Services/{ChatServiceSid}/Configuration'],
  // 004:L15784-16388
  'Conversation Service Resource': ['/v1/Services', '/v1/Services/{Sid}'],
  // 004:L16389-17416; the default form has no page of its own and is derived from this one (D-CONV-1)
  'Service-Scoped Conversation Resource': [...bothForms('/v1/Conversations'), ...bothForms('/v1/Conversations/{Sid}')],
  // 004:L17417-18540
  'Service-Scoped Conversation Participant Resource': [
    '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants',
    '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants/{Sid}',
  ],
  // 004:L18541-19072
  'Service-Scoped Conversation with Participants Resource': [
    '/v1/Services/{ChatServiceSid}/ConversationWithParticipants',
  ],
  // 004:L19073-20343
  'Service-Scoped Conversation Message Resource': [
    '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages',
    '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{Sid}',
  ],
  // 004:L20344-20490; properties only, no endpoints on the page (D-RCPT-1)
  'Service-Scoped Delivery Receipt Resource': [
    '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts',
    '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts/{Sid}',
  ],
  // 004:L20491-21448
  'Service-Scoped Conversation-Scoped Webhook Resource': [
    '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks',
    '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks/{Sid}',
  ],
  // 004:L21449-21812
  'Per-Service Webhook Resource': ['/v1/Services/{ChatServiceSid}/Configuration/Webhooks'],
  // 004:L21813-22122: the Programmable Chat v3 API on chat.twilio.com/v3 (004:L21867), not Conversations v1.
  'Chat Channel Migration Resource': [],
};

/** The spec paths each single-page seed documents (its page title: SEED_SOURCES in seed-facts.ts). */
const SINGLE_PAGE_PATHS: Record<string, string[]> = {
  // 000:L1 Service-Scoped Conversation with Participants Resource (raw JSON schema)
  '000': bothForms('/v1/ConversationWithParticipants').slice(1),
  // 001:L3 Conversation with Participants Resource (rendered tables)
  '001': ['/v1/ConversationWithParticipants'],
  // 003:L1-3 service-scoped Participant create (OpenAPI render with bullets)
  '003': ['/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants'],
};

/** A documented row deliberately left out of the spec; each cites the DECISIONS.md id that explains it. */
interface Allowed {
  seed: string;
  page: string;
  kind: SeedEntry['kind'];
  /** The name as documented. */
  name: string;
  /** e.g. `D-MED-2`. */
  decision: string;
}

/**
 * Deliberate omissions, kept minimal; a stale entry fails the test. Empty today: every documented name is in the spec
 * (even the MCS page's `file_name`, kept beside `filename` by D-MED-2). The Chat v3 page is outside the API, so it is
 * mapped to no paths in PAGE_PATHS rather than listed here.
 */
const ALLOWED: Allowed[] = [];

function isAllowed(entry: SeedEntry): Allowed | undefined {
  return ALLOWED.find(
    (a) => a.seed === entry.seed && a.page === entry.page && a.kind === entry.kind && a.name === entry.name,
  );
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** The property names of a (dereferenced) schema, `allOf` merged. */
function propertyNames(schema: unknown): Set<string> {
  const names = new Set<string>(Object.keys(asRecord(asRecord(schema).properties)));
  const allOf = asRecord(schema).allOf;
  if (Array.isArray(allOf)) for (const part of allOf) for (const name of propertyNames(part)) names.add(name);
  return names;
}

/** The instance schema(s) of an operation's JSON success responses: a list's items, or the body itself. */
function instanceSchemas(operation: OperationSpec): unknown[] {
  const schemas: unknown[] = [];
  for (const response of operation.responses) {
    if (!/^2\d\d$/.test(response.status)) continue;
    const schema = response.content['application/json']?.schema;
    if (!schema) continue;
    const properties = asRecord(asRecord(schema).properties);
    if ('meta' in properties) {
      // `{ meta, <key>: [...] }`: the instances are the items of the list key.
      for (const [key, value] of Object.entries(properties)) {
        if (key !== 'meta') schemas.push(asRecord(value).items);
      }
    } else {
      schemas.push(schema);
    }
  }
  return schemas;
}

function cite(entry: SeedEntry): string {
  return `${entry.seed}:L${entry.lineNumber}`;
}

const spec = await loadSpec();

function operationsAt(paths: string[]): OperationSpec[] {
  return spec.operations.all.filter((op) => paths.includes(op.path));
}

function templateSegments(path: string): string[] {
  return path.split('/').map((segment) => (/^\{.*\}$/.test(segment) ? '{}' : segment));
}

/** The spec operation for a documented `METHOD path` (placeholders match by position, whatever their names). */
function specOperation(documented: string): OperationSpec | undefined {
  const [method, ...rest] = documented.split(' ');
  let path = rest.join(' ');
  // The MCS page writes paths relative to its base URL https://mcs.us1.twilio.com/v1 (004:L5937, L5989).
  if (!path.startsWith('/v1/') && !path.startsWith('/v3/')) path = `/v1${path}`;
  const wanted = templateSegments(path).join('/');
  return spec.operations.all.find((op) => op.method === method && templateSegments(op.path).join('/') === wanted);
}

/** Whether the spec operation takes a documented parameter, by its wire name. */
function takesParameter(operation: OperationSpec, entry: SeedEntry): boolean {
  const wire = toWireName(entry.name);
  switch (entry.location) {
    case 'header':
      // OpenAPI ignores a header parameter named Content-Type: the request body's media type says it (OAS 3.1 §4.8.12).
      if (wire.toLowerCase() === 'content-type') return operation.requestBody !== undefined;
      return operation.parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === wire.toLowerCase());
    case 'path':
    case 'query':
      return operation.parameters.some((p) => p.in === entry.location && p.name === wire);
    case 'body': {
      const schema = operation.requestBody?.['application/x-www-form-urlencoded']?.schema;
      return propertyNames(schema).has(wire);
    }
    default:
      return false;
  }
}

/** Spec paths whose responses the entry's page documents; `undefined` for a page not mapped at all. */
function pathsOf(entry: SeedEntry): string[] | undefined {
  return entry.seed === '004' ? PAGE_PATHS[entry.page] : SINGLE_PAGE_PATHS[entry.seed];
}

function inScope(entry: SeedEntry): boolean {
  return (pathsOf(entry)?.length ?? 0) > 0;
}

/** Documented response properties (in-scope rows) missing from the response schemas of their page's operations. */
function missingProperties(entries: SeedEntry[]): { missing: string[]; checks: number } {
  const missing: string[] = [];
  let checks = 0;
  for (const entry of entries) {
    if (entry.kind !== 'property' || !inScope(entry) || isAllowed(entry)) continue;
    const name = toSnakeCase(entry.name);
    const operations = operationsAt(pathsOf(entry) ?? []);
    // A page whose paths give no response schema would pass every row unchecked.
    if (!operations.some((op) => instanceSchemas(op).length > 0)) missing.push(`${cite(entry)} ${name}: no schema`);
    for (const operation of operations) {
      for (const schema of instanceSchemas(operation)) {
        checks++;
        if (!propertyNames(schema).has(name)) missing.push(`${cite(entry)} ${name} not in ${operation.operationId}`);
      }
    }
  }
  return { missing, checks };
}

/** Documented request parameters (in-scope rows) that their spec operation does not take. */
function missingParameters(entries: SeedEntry[]): string[] {
  const missing: string[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'parameter' || !inScope(entry) || isAllowed(entry)) continue;
    const operation = entry.operation ? specOperation(entry.operation) : undefined;
    if (!operation) {
      missing.push(`${cite(entry)} ${entry.name}: no spec operation for '${entry.operation ?? '(none)'}'`);
    } else if (!takesParameter(operation, entry)) {
      missing.push(`${cite(entry)} ${entry.location ?? '?'} ${toWireName(entry.name)} not in ${operation.operationId}`);
    }
  }
  return missing;
}

const entries = readSeedFacts().entries;

function bySeed(rows: SeedEntry[]): string {
  const counts = new Map<string, number>();
  for (const e of rows) counts.set(e.seed, (counts.get(e.seed) ?? 0) + 1);
  return [...counts].map(([seed, n]) => `${seed}: ${n}`).join(', ');
}

describe(`seed facts (${FACTS_FILE})`, () => {
  test('the committed file is in canonical form: sorted, fixed key order, as the script writes it', () => {
    expect(readFileSync(SEED_FACTS_PATH, 'utf8')).toBe(formatSeedFacts(readSeedFacts()));
  });

  test('the committed file is what the seed docs say, when they are present', (ctx) => {
    const dir = seedDocsDir();
    if (!seedDocsPresent(dir)) {
      ctx.skip(`seed docs not found at ${dir} (set ${SEED_DOCS_DIR_ENV} to compare): checked ${FACTS_FILE} only`);
    }
    expect(
      formatSeedFacts(deriveSeedFacts(dir)),
      `${FACTS_FILE} differs from the seed docs in ${dir}: run npm run seed-facts and review the diff`,
    ).toBe(readFileSync(SEED_FACTS_PATH, 'utf8'));
  });
});

describe('seed coverage: the spec has every documented property and parameter', () => {
  test('every page with a property or parameter table is mapped to spec paths', () => {
    const unmapped = [...new Set(entries.filter((e) => pathsOf(e) === undefined).map((e) => `${e.seed} ${e.page}`))];
    expect(unmapped).toEqual([]);
    for (const paths of Object.values(PAGE_PATHS)) {
      for (const path of paths) expect(operationsAt([path]).length, `${path} is not in the spec`).toBeGreaterThan(0);
    }
    // A page mapped to nothing may only document operations outside /v1 (the Chat v3 page).
    const outside = entries.filter((e) => pathsOf(e)?.length === 0 && e.kind === 'parameter');
    expect(outside.filter((e) => !/^[A-Z]+ \/v3\//.test(e.operation ?? '')).map(cite)).toEqual([]);
    // Each seed contributes rows: a parser that silently finds nothing would make the other tests vacuous.
    for (const seed of ['000', '001', '003', '004']) {
      expect(entries.filter((e) => e.seed === seed).length, `no rows from seed ${seed}`).toBeGreaterThan(0);
    }
  });

  test('every response property in a properties table is in the response schema of its page’s operations', () => {
    const properties = entries.filter((e) => e.kind === 'property' && inScope(e));
    const { missing, checks } = missingProperties(entries);
    console.log(
      `seed coverage: ${properties.length} documented response properties (${bySeed(properties)}), ${checks} checks against response schemas`,
    );
    expect(missing).toEqual([]);
  });

  test('every documented request parameter is in its spec operation', () => {
    const parameters = entries.filter((e) => e.kind === 'parameter' && inScope(e));
    const missing = missingParameters(entries);
    console.log(`seed coverage: ${parameters.length} documented request parameters checked (${bySeed(parameters)})`);
    expect(missing).toEqual([]);
  });

  test('a documented row the spec lacks is reported with its citation', () => {
    const row = { seed: '004', page: 'Role Resource', lineNumber: 1 } as const;
    expect(missingProperties([{ ...row, kind: 'property', name: 'noSuchProperty' }]).missing).toEqual([
      '004:L1 no_such_property not in listRole',
      '004:L1 no_such_property not in createRole',
      '004:L1 no_such_property not in fetchRole',
      '004:L1 no_such_property not in updateRole',
      '004:L1 no_such_property not in listServiceRole',
      '004:L1 no_such_property not in createServiceRole',
      '004:L1 no_such_property not in fetchServiceRole',
      '004:L1 no_such_property not in updateServiceRole',
    ]);
    const param = { ...row, kind: 'parameter', location: 'body' } as const;
    expect(
      missingParameters([
        { ...param, operation: 'POST /v1/Roles', name: 'noSuchParameter' },
        { ...param, operation: 'POST /v1/NoSuchResource', name: 'friendlyName' },
      ]),
    ).toEqual([
      '004:L1 body NoSuchParameter not in createRole',
      "004:L1 friendlyName: no spec operation for 'POST /v1/NoSuchResource'",
    ]);
  });

  test('every allow-list entry is still needed and cites a decision', () => {
    const decisions = readFileSync(resolve(PACKAGE_ROOT, 'spec', 'DECISIONS.md'), 'utf8');
    for (const allowed of ALLOWED) {
      expect(decisions, `${allowed.decision} is not in DECISIONS.md`).toContain(allowed.decision);
      expect(
        entries.some((e) => isAllowed(e) === allowed),
        `allow-list entry ${allowed.seed} ${allowed.page} ${allowed.name} matches nothing`,
      ).toBe(true);
    }
  });
});

describe('seed table parsers', () => {
  const param = (lineNumber: number, location: ParameterLocation, name: string, operation: string) =>
    ({ lineNumber, kind: 'parameter', operation, location, name }) satisfies Partial<SeedEntry>;
  const rendered: [string, { given: string; want: Partial<SeedEntry>[] }][] = [
    [
      'a properties table: the second "X Properties" heading, camelCase names glued to their type (004:L16472)',
      {
        given: [
          'Conversation Properties',
          'Headers',
          'Conversation Properties',
          'Property nameTypeRequiredDescriptionChild properties',
          'accountSidSID<AC>',
          'Optional',
          'Not PII',
          'The unique ID of the Account.',
          '',
          'stateenum<string>',
          'Optional',
          'linksobject<uri-map>',
          'Optional',
        ].join('\n'),
        want: [
          { lineNumber: 5, kind: 'property', name: 'accountSid' },
          { lineNumber: 10, kind: 'property', name: 'state' },
          { lineNumber: 12, kind: 'property', name: 'links' },
        ],
      },
    ],
    [
      'parameter tables under an operation line, by heading (004:L16550-16620)',
      {
        given: [
          'POST https://conversations.twilio.com/v1/Services/{ChatServiceSid}/Conversations',
          'Headers',
          'Property nameTypeRequiredPIIDescription',
          'x-Twilio-Webhook-Enabledenum<string>',
          'Optional',
          'Path parameters',
          'chatServiceSidSID<IS>',
          'required',
          'Request body parameters',
          'Encoding type:application/x-www-form-urlencoded',
          'timers.inactivestring',
          'Optional',
          'messagingBinding.proxyAddressstring',
          'required',
        ].join('\n'),
        want: [
          param(4, 'header', 'x-Twilio-Webhook-Enabled', 'POST /v1/Services/{ChatServiceSid}/Conversations'),
          param(7, 'path', 'chatServiceSid', 'POST /v1/Services/{ChatServiceSid}/Conversations'),
          param(11, 'body', 'timers.inactive', 'POST /v1/Services/{ChatServiceSid}/Conversations'),
          param(13, 'body', 'messagingBinding.proxyAddress', 'POST /v1/Services/{ChatServiceSid}/Conversations'),
        ],
      },
    ],
    [
      '001 style: blank line before Optional, header and body told apart without headings (001:L155-170)',
      {
        given: [
          'POST https://conversations.twilio.com/v1/ConversationWithParticipants',
          'X-Twilio-Webhook-Enabledenum<string>',
          '',
          'Optional',
          'Encoding type:application/x-www-form-urlencoded',
          'Participantarray[string]',
          '',
          'Optional',
          'bindingsnull',
          '',
          'Optional',
        ].join('\n'),
        want: [
          param(2, 'header', 'X-Twilio-Webhook-Enabled', 'POST /v1/ConversationWithParticipants'),
          param(6, 'body', 'Participant', 'POST /v1/ConversationWithParticipants'),
          param(9, 'body', 'bindings', 'POST /v1/ConversationWithParticipants'),
        ],
      },
    ],
    [
      'the MCS two-column table, wrapped descriptions skipped (004:L5954-5978)',
      {
        given: [
          'Properties',
          'Each Media resource instance has these properties:',
          'name',
          'description',
          'sid',
          'A 34-character string that uniquely identifies this resource.',
          'content_type',
          'The MIME type of the file. Please refer to the MIME Types',
          ' for a list of valid MIME types.',
          'file_name',
          'The filename of the underlying media file',
          '',
          'POST /Services/{Chat Service SID}/Media',
          'Headers',
          'name',
          'description',
          'Content-Size',
          'The size of the media in bytes',
        ].join('\n'),
        want: [
          { lineNumber: 5, kind: 'property', name: 'sid' },
          { lineNumber: 7, kind: 'property', name: 'content_type' },
          { lineNumber: 10, kind: 'property', name: 'file_name' },
          param(17, 'header', 'Content-Size', 'POST /Services/{Chat Service SID}/Media'),
        ],
      },
    ],
    [
      'a row-like line outside any table is not a row',
      { given: ['Parameter', 'Required', 'friendlyNamestring', 'Optional'].join('\n'), want: [] },
    ],
  ];

  test.each(rendered)('parseRenderedTables: %s', (_name, { given, want }) => {
    const got = parseRenderedTables(given, { seed: 'x', page: 'p' });
    expect(got).toEqual(want.map((w) => ({ seed: 'x', page: 'p', ...w })));
  });

  test('parseJsonSchemaSeed reads properties, headers, path and body parameters (000:L21-53)', () => {
    const given = [
      '## ConversationWithParticipant Properties',
      '```json',
      '{"type":"object","properties":{"account_sid":{"type":"string"},"bindings":{"nullable":true}}}',
      '```',
      '`POST https://conversations.twilio.com/v1/Services/{ChatServiceSid}/ConversationWithParticipants`',
      '### Headers',
      '[{"name":"X-Twilio-Webhook-Enabled","in":"header"}]',
      '### Path parameters',
      '[{"name":"ChatServiceSid","in":"path"}]',
      '### Request body parameters',
      '{"schema":{"type":"object","properties":{"Timers.Inactive":{"type":"string"}}}}',
    ].join('\n');
    const operation = 'POST /v1/Services/{ChatServiceSid}/ConversationWithParticipants';
    const row = (lineNumber: number, name: string, location?: ParameterLocation): SeedEntry => ({
      seed: '000',
      page: 'p',
      lineNumber,
      name,
      ...(location ? { kind: 'parameter', operation, location } : { kind: 'property' }),
    });
    expect(parseJsonSchemaSeed(given, '000', 'p')).toEqual([
      row(3, 'account_sid'),
      row(3, 'bindings'),
      row(7, 'X-Twilio-Webhook-Enabled', 'header'),
      row(9, 'ChatServiceSid', 'path'),
      row(11, 'Timers.Inactive', 'body'),
    ]);
  });

  test('parseBulletSeed reads bullets and the request and response examples (003)', () => {
    const given = [
      'POST /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants',
      'Body',
      '  • An optional string metadata field you can use to store any data you wish.',
      '  • DateCreated string(date-time)',
      'Responses',
      '    • account_sid string | null',
      '# Headers',
      'X-Twilio-Webhook-Enabled: true',
      '# Payload',
      '{',
      '  "MessagingBinding.Address": "string",',
      '}',
      'Response examples (201)',
      '{',
      '  "last_read_message_index": 42,',
      '}',
    ].join('\n');
    const operation = 'POST /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants';
    const row = (lineNumber: number, name: string, location?: ParameterLocation): SeedEntry => ({
      seed: '003',
      page: 'p',
      lineNumber,
      name,
      ...(location ? { kind: 'parameter', operation, location } : { kind: 'property' }),
    });
    expect(parseBulletSeed(given, '003', 'p')).toEqual([
      row(4, 'DateCreated', 'body'),
      row(6, 'account_sid'),
      row(8, 'X-Twilio-Webhook-Enabled', 'header'),
      row(11, 'MessagingBinding.Address', 'body'),
      row(15, 'last_read_message_index'),
    ]);
  });

  test('splitPages ends each page on its title line (seed-inventory §0)', () => {
    expect(splitPages(['a', 'First | Twilio', 'b', 'c', 'Second | Twilio', 'tail'].join('\n'))).toEqual([
      { title: 'First', startLine: 1, endLine: 2 },
      { title: 'Second', startLine: 3, endLine: 5 },
    ]);
  });

  const snake: [string, { given: string; want: string }][] = [
    ['camelCase', { given: 'lastReadMessageIndex', want: 'last_read_message_index' }],
    ['already snake_case (000, 001, 003)', { given: 'account_sid', want: 'account_sid' }],
    ['one word', { given: 'url', want: 'url' }],
  ];

  test.each(snake)('toSnakeCase: %s', (_name, { given, want }) => {
    expect(toSnakeCase(given)).toBe(want);
  });

  const wire: [string, { given: string; want: string }][] = [
    ['camelCase', { given: 'friendlyName', want: 'FriendlyName' }],
    ['dotted', { given: 'messagingBinding.proxyAddress', want: 'MessagingBinding.ProxyAddress' }],
    ['three levels', { given: 'newMessage.withMedia.enabled', want: 'NewMessage.WithMedia.Enabled' }],
    ['already the wire name (000, 001, 003)', { given: 'Timers.Inactive', want: 'Timers.Inactive' }],
    ['a header, compared case-insensitively', { given: 'x-Twilio-Webhook-Enabled', want: 'X-Twilio-Webhook-Enabled' }],
  ];

  test.each(wire)('toWireName: %s', (_name, { given, want }) => {
    expect(toWireName(given)).toBe(want);
  });
});
