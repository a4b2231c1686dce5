/**
 * The closed list of scenario tags (vitest test tags). Scenarios declare them with vitest's own options —
 * `test('…', { tags: ['limits'] }, fn)`, `describe('…', { tags: ['webhooks'] }, …)` or a file-level
 * `// @module-tag participants` comment — and `conformance run --tag NAME` selects by them. vitest.config.ts registers
 * this list (strict: an unknown tag in a suite fails the run), and the CLI checks `--tag` names against it.
 */
export const SCENARIO_TAGS = [
  { name: 'conversations', description: 'the Conversation resource' },
  { name: 'participants', description: 'Conversation Participants' },
  { name: 'cwp', description: 'ConversationWithParticipants' },
  { name: 'gmms', description: 'group MMS conversations' },
  { name: 'states', description: 'conversation states and their transitions' },
  { name: 'timers', description: 'inactive/closed timers (need clock control or --real-timers)' },
  { name: 'limits', description: 'documented limits (lengths, counts, sizes)' },
  { name: 'paging', description: 'list paging (PageSize, next_page_url)' },
  { name: 'auth', description: 'authentication and account isolation' },
  { name: 'messages', description: 'Conversation Messages' },
  { name: 'receipts', description: 'delivery receipts' },
  { name: 'media', description: 'message media' },
  { name: 'webhooks', description: 'webhook configuration and delivery (need webhookDelivery)' },
  { name: 'users', description: 'Users and User Conversations' },
  { name: 'roles', description: 'Roles and permissions' },
  { name: 'credentials', description: 'push Credentials' },
  { name: 'bindings', description: 'push Bindings' },
  { name: 'services', description: 'Conversation Services' },
  { name: 'configuration', description: 'account and service Configuration' },
  { name: 'addresses', description: 'Address Configurations' },
  { name: 'deletion', description: 'deleting resources and what goes with them' },
  { name: 'slow', description: 'takes more than a few seconds' },
  { name: 'live-cost', description: 'sends messages or creates resources a live vendor bills' },
] as const;

/** One scenario tag name. */
export type ScenarioTag = (typeof SCENARIO_TAGS)[number]['name'];

const OPERATORS = new Set(['and', 'or', 'not']);

/** The tag names an expression (`limits`, `limits && !slow`, `web*`) mentions that match no known tag. */
export function unknownTags(expression: string, known: readonly string[] = SCENARIO_TAGS.map((t) => t.name)): string[] {
  const words = expression.split(/[\s()!&|]+/).filter((w) => w !== '' && !OPERATORS.has(w.toLowerCase()));
  return words.filter((word) => {
    if (!word.includes('*')) return !known.includes(word);
    const pattern = new RegExp(`^${word.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    return !known.some((name) => pattern.test(name));
  });
}

type Token = { kind: 'tag'; value: string } | { kind: 'and' | 'or' | 'not' | '(' | ')' | 'end' };

function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:(&&|\band\b)|(\|\||\bor\b)|(!|\bnot\b)|(\()|(\))|([^\s()!&|]+))/giy;
  let at = 0;
  while (at < expression.length) {
    const m = re.exec(expression);
    if (!m) break;
    at = re.lastIndex;
    if (m[1]) tokens.push({ kind: 'and' });
    else if (m[2]) tokens.push({ kind: 'or' });
    else if (m[3]) tokens.push({ kind: 'not' });
    else if (m[4]) tokens.push({ kind: '(' });
    else if (m[5]) tokens.push({ kind: ')' });
    else if (m[6]) tokens.push({ kind: 'tag', value: m[6] });
  }
  if (expression.slice(at).trim() !== '') throw new Error(`invalid tag expression '${expression}'`);
  tokens.push({ kind: 'end' });
  return tokens;
}

/**
 * Whether a scenario with `tags` matches a tag expression, in vitest's syntax (`a && !b`, `a or (b and not c)`,
 * `web*`). The collector uses it to tell scenarios `--tag` left out from ones skipped for a reason.
 */
export function matchesTagExpression(expression: string, tags: readonly string[]): boolean {
  const tokens = tokenize(expression);
  let i = 0;
  const peek = () => tokens[i] as Token;
  const fail = (): never => {
    throw new Error(`invalid tag expression '${expression}'`);
  };
  const primary = (): boolean => {
    const t = tokens[i++] as Token;
    if (t.kind === 'not') return !primary();
    if (t.kind === '(') {
      const v = or();
      if ((tokens[i++] as Token).kind !== ')') fail();
      return v;
    }
    if (t.kind !== 'tag') return fail();
    const pattern = new RegExp(`^${t.value.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    return tags.some((tag) => pattern.test(tag));
  };
  const and = (): boolean => {
    let v = primary();
    while (peek().kind === 'and') {
      i++;
      v = primary() && v;
    }
    return v;
  };
  const or = (): boolean => {
    let v = and();
    while (peek().kind === 'or') {
      i++;
      v = and() || v;
    }
    return v;
  };
  const value = or();
  if (peek().kind !== 'end') fail();
  return value;
}

/** vitest's `tagsFilter` for repeated `--tag` values: a scenario runs when it matches any of them (OR). */
export function tagsFilterFor(values: readonly string[]): string[] | undefined {
  if (values.length === 0) return undefined;
  return [values.map((v) => (values.length > 1 ? `(${v})` : v)).join(' || ')];
}

declare module 'vitest' {
  interface TestTags {
    conformance: ScenarioTag;
  }
}

/**
 * The spec resources (operation tags) each area tag is about: a scenario's failure on an operation outside the
 * resources of its area tags happened in a setup step (a prerequisite), not in the behaviour it exists to check.
 * `*` = every resource (cross-cutting areas such as auth or deletion check whatever they call). Tags absent here
 * (limits, slow, live-cost, …) say nothing about the subject.
 */
export const TAG_SUBJECTS: Partial<Record<ScenarioTag, readonly string[]>> = {
  conversations: ['Conversation'],
  participants: ['ConversationParticipant', 'ParticipantConversation'],
  cwp: ['ConversationWithParticipants'],
  gmms: ['ConversationParticipant', 'ConversationWithParticipants'],
  states: ['Conversation', 'ConversationWithParticipants'],
  timers: ['Conversation', 'ConversationWithParticipants', 'Configuration', 'ServiceConfiguration'],
  paging: ['*list'],
  auth: ['*'],
  deletion: ['*'],
  messages: ['ConversationMessage'],
  receipts: ['ConversationMessageReceipt'],
  media: ['Media', 'ConversationMessage'],
  webhooks: ['ConversationScopedWebhook', 'ConfigurationWebhook', 'ServiceWebhookConfiguration'],
  users: ['User', 'UserConversation'],
  roles: ['Role'],
  credentials: ['Credential'],
  bindings: ['Binding'],
  services: ['Service'],
  configuration: [
    'Configuration',
    'ServiceConfiguration',
    'ServiceNotification',
    'ConfigurationWebhook',
    'ServiceWebhookConfiguration',
  ],
  addresses: ['AddressConfiguration'],
};

/**
 * Whether a failing call of `operationId` on `resource` is the subject of a scenario tagged `tags` (true when the
 * tags name no subject at all: then nothing can be called a mere setup step).
 */
export function isSubject(tags: readonly string[], resource: string, operationId: string): boolean {
  const subjects = tags.flatMap((t) => TAG_SUBJECTS[t as ScenarioTag] ?? []);
  if (subjects.length === 0 || subjects.includes('*')) return true;
  if (subjects.includes('*list') && operationId.startsWith('list')) return true;
  return subjects.includes(resource);
}
