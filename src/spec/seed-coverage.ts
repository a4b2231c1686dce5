/**
 * Reads the property and parameter tables out of the seed docs (`../shared/seeds/`), so a test can prove that every
 * documented property and parameter is in our spec. Pure text parsing: no file system, no spec (seed-facts.ts reads
 * the files and commits the rows as `spec/seed-facts.json`).
 *
 * Three renderings exist:
 * - rendered tables (seed 004, every REST reference page; seed 001): a `<name><type>` line, then `Optional` or
 *   `required` (001 puts a blank line between), under an `X Properties` heading or, after a `METHOD https://…` line,
 *   under `Headers` / `Path parameters` / `Query parameters` / `Request body parameters` (e.g. 004:L16472-16547,
 *   L16550-16620). The MCS Media page (004:L5954-6000) uses a two-column `name` / `description` table instead.
 * - raw JSON schema (seed 000: properties 000:L24, headers L41, path parameters L47, request body L53).
 * - an OpenAPI render with `• Name type` bullets and request/response examples (seed 003:L1-144).
 */

/** What a table row documents: a response property or a request parameter. */
export type SeedEntryKind = 'property' | 'parameter';

/** Where a request parameter goes. */
export type ParameterLocation = 'header' | 'path' | 'query' | 'body';

/** One row of a property or parameter table in a seed file. */
export interface SeedEntry {
  /** Seed file id, e.g. `004`. */
  seed: string;
  /** Page title the row is on. */
  page: string;
  /** 1-based line number in the seed file (cite as `<seed>:L<lineNumber>`). */
  lineNumber: number;
  kind: SeedEntryKind;
  /** For parameters: `METHOD path` as documented, host removed, e.g. `POST /v1/Services/{ChatServiceSid}/Conversations`. */
  operation?: string;
  /** For parameters: the table it was listed in, when the page says (or the name shows it is a header). */
  location?: ParameterLocation;
  /** The name as documented (004 renders camelCase: `timers.inactive`; 000/001/003 the wire name). */
  name: string;
}

/** One titled page of a concatenated seed (004): the title line comes last on the page (seed-inventory §0). */
export interface SeedPage {
  title: string;
  /** First line of the page (1-based, inclusive). */
  startLine: number;
  /** The page's title line (1-based, inclusive). */
  endLine: number;
}

/** Options for parsing one page (or a line range) of a rendered seed. */
export interface ParseOptions {
  seed: string;
  page: string;
  /** First line to read (1-based, inclusive); default 1. */
  fromLine?: number;
  /** Last line to read (1-based, inclusive); default the last line. */
  toLine?: number;
}

const TITLE_LINE = /^(.+) \| Twilio$/;
// The type column glued to the name: string<date-time>, SID<AC>, enum<string>, array[enum<string>], object<uri-map>…
const TYPE = String.raw`(?:string|integer|number|boolean|object|null|SID|enum)(?:<[^>]*>)?|array\[.*\]`;
const NAME_AND_TYPE = new RegExp(`^([A-Za-z][A-Za-z0-9_.-]*?)(${TYPE})$`);
const REQUIREDNESS = /^(Optional|required|Required)$/;
// `POST https://conversations.twilio.com/v1/…`, `POST /v1/…` (001:L24), `POST /Services/{Chat Service SID}/Media`.
const OPERATION_LINE = /^(GET|POST|PUT|PATCH|DELETE) (?:https?:\/\/[^/\s]+)?(\/.*)$/;
const LOCATION_HEADINGS: Record<string, ParameterLocation> = {
  Headers: 'header',
  'Path parameters': 'path',
  'Query parameters': 'query',
  'Request body parameters': 'body',
};
const TABLE_HEADER = /^Property nameType/;
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_.-]*$/;

/** Splits a concatenated seed into its pages: each page runs from after the previous title line to its own. */
export function splitPages(text: string): SeedPage[] {
  const pages: SeedPage[] = [];
  let start = 1;
  text.split('\n').forEach((line, index) => {
    const m = TITLE_LINE.exec(line);
    if (!m) return;
    pages.push({ title: m[1] ?? '', startLine: start, endLine: index + 1 });
    start = index + 2;
  });
  return pages;
}

type Context = { kind: 'property' } | { kind: 'parameter'; operation: string; location?: ParameterLocation };

function nextNonBlank(lines: string[], index: number): string | undefined {
  for (let i = index; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() !== '') return line.trim();
  }
  return undefined;
}

/** Parses the rendered property and parameter tables of one page or line range (seeds 004 and 001). */
export function parseRenderedTables(text: string, options: ParseOptions): SeedEntry[] {
  const lines = text.split('\n');
  const from = Math.max(1, options.fromLine ?? 1);
  const to = Math.min(lines.length, options.toLine ?? lines.length);
  const entries: SeedEntry[] = [];
  let context: Context | undefined;
  const push = (lineNumber: number, name: string): void => {
    if (!context) return;
    const entry: SeedEntry = { seed: options.seed, page: options.page, lineNumber, kind: context.kind, name };
    if (context.kind === 'parameter') {
      entry.operation = context.operation;
      // 001 lists the webhook header without a `Headers` heading (001:L155-158).
      const location = context.location ?? (/^x-/i.test(name) ? 'header' : undefined);
      if (location) entry.location = location;
    }
    entries.push(entry);
  };
  for (let n = from; n <= to; n++) {
    const line = (lines[n - 1] ?? '').trim();
    const operation = OPERATION_LINE.exec(line);
    if (operation) {
      context = { kind: 'parameter', operation: `${operation[1]} ${operation[2]}` };
      continue;
    }
    // `X Properties` / `AddressConfiguration properties` / `Properties`; the table header row also ends in
    // "Child properties", so it is excluded. The page's table of contents repeats the heading with no rows after it.
    if (/(^|\s)properties$/i.test(line) && !TABLE_HEADER.test(line)) {
      context = { kind: 'property' };
      continue;
    }
    const location = LOCATION_HEADINGS[line];
    if (location) {
      // Outside an operation these are table-of-contents lines.
      if (context?.kind === 'parameter') context.location = location;
      continue;
    }
    if (line.startsWith('Encoding type:') && context?.kind === 'parameter') {
      context.location = 'body';
      continue;
    }
    // The MCS Media page: `name` / `description` header, then name and description lines (004:L5956-5983).
    if (line === 'name' && (lines[n] ?? '').trim() === 'description') {
      n += 2;
      while (n <= to) {
        const name = (lines[n - 1] ?? '').trim();
        if (!IDENTIFIER.test(name)) break;
        push(n, name);
        n += 2; // the description line
        while (n <= to && /^\s+\S/.test(lines[n - 1] ?? '')) n++; // its wrapped continuation lines
      }
      n--;
      continue;
    }
    const row = NAME_AND_TYPE.exec(line);
    if (row && REQUIREDNESS.test(nextNonBlank(lines, n) ?? '')) push(n, row[1] ?? '');
  }
  return entries;
}

/** Parses every titled page of a concatenated rendered seed (004). */
export function parseRenderedPages(text: string, seed: string): SeedEntry[] {
  return splitPages(text).flatMap((page) =>
    parseRenderedTables(text, { seed, page: page.title, fromLine: page.startLine, toLine: page.endLine }),
  );
}

function jsonKeys(value: unknown): string[] {
  return typeof value === 'object' && value !== null ? Object.keys(value) : [];
}

/**
 * Parses a seed that carries raw JSON schema under Markdown headings (000): `## … Properties` → schema
 * `properties`; `### Headers` / `### Path parameters` → parameter arrays; `### Request body parameters` →
 * `schema.properties`. The operation is the last `` `METHOD https://…` `` line before the block.
 */
export function parseJsonSchemaSeed(text: string, seed: string, page: string): SeedEntry[] {
  const lines = text.split('\n');
  const entries: SeedEntry[] = [];
  let heading = '';
  let operation: string | undefined;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const lineNumber = index + 1;
    const op = /^`(GET|POST|PUT|PATCH|DELETE) (?:https?:\/\/[^/\s]+)?(\/[^`]*)`$/.exec(line);
    if (op) {
      operation = `${op[1]} ${op[2]}`;
      return;
    }
    const h = /^#{2,3} (.+)$/.exec(line);
    if (h) {
      heading = h[1] ?? '';
      return;
    }
    if (!line.startsWith('{') && !line.startsWith('[')) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      return; // a code sample, not a schema
    }
    const add = (kind: SeedEntryKind, name: string, location?: ParameterLocation): void => {
      const entry: SeedEntry = { seed, page, lineNumber, kind, name };
      if (kind === 'parameter' && operation) entry.operation = operation;
      if (location) entry.location = location;
      entries.push(entry);
    };
    if (/properties$/i.test(heading)) {
      for (const name of jsonKeys((json as { properties?: unknown }).properties)) add('property', name);
    } else if (LOCATION_HEADINGS[heading] === 'body') {
      const schema = (json as { schema?: { properties?: unknown } }).schema;
      for (const name of jsonKeys(schema?.properties)) add('parameter', name, 'body');
    } else if (LOCATION_HEADINGS[heading] && Array.isArray(json)) {
      for (const p of json as { name?: unknown; in?: unknown }[]) {
        const location = LOCATION_HEADINGS[heading];
        if (typeof p.name === 'string') add('parameter', p.name, location);
      }
    }
  });
  return entries;
}

/**
 * Parses an OpenAPI render with bullets (003): `• Name type` rows under `Body` (parameters) and `Responses`
 * (properties), the `# Headers` and `# Payload` request example, and the `Response examples` JSON. Rows whose name
 * the render dropped (003:L20, L32-36) are recovered from the examples. The operation is the first `METHOD /…` line.
 */
export function parseBulletSeed(text: string, seed: string, page: string): SeedEntry[] {
  const lines = text.split('\n');
  const entries: SeedEntry[] = [];
  let operation: string | undefined;
  let section: 'body' | 'responses' | 'example-headers' | 'payload' | 'response-example' | undefined;
  const add = (lineNumber: number, kind: SeedEntryKind, name: string, location?: ParameterLocation): void => {
    const entry: SeedEntry = { seed, page, lineNumber, kind, name };
    if (kind === 'parameter' && operation) entry.operation = operation;
    if (kind === 'parameter' && location) entry.location = location;
    entries.push(entry);
  };
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const lineNumber = index + 1;
    const op = OPERATION_LINE.exec(line);
    if (op && !operation) {
      operation = `${op[1]} ${op[2]}`;
      return;
    }
    if (line === 'Body') section = 'body';
    else if (line === 'Responses') section = 'responses';
    else if (line === '# Headers') section = 'example-headers';
    else if (line === '# Payload') section = 'payload';
    else if (/^Response examples/.test(line)) section = 'response-example';
    else if (section === 'body' || section === 'responses') {
      const bullet =
        /^• ([A-Za-z][A-Za-z0-9_.-]*) (string|integer|number|boolean|object|array)\b[^ ]*( \| null)?$/.exec(line);
      if (bullet) add(lineNumber, section === 'body' ? 'parameter' : 'property', bullet[1] ?? '', 'body');
    } else if (section === 'example-headers') {
      const header = /^([A-Za-z][A-Za-z0-9-]*): /.exec(line);
      if (header) add(lineNumber, 'parameter', header[1] ?? '', 'header');
    } else if (section === 'payload' || section === 'response-example') {
      const key = /^"([^"]+)":/.exec(line);
      if (key) add(lineNumber, section === 'payload' ? 'parameter' : 'property', key[1] ?? '', 'body');
    }
  });
  return entries;
}

/** The response wire name of a documented property: `dateCreated` → `date_created` (snake_case is kept). */
export function toSnakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** The request wire name of a documented parameter: `messagingBinding.address` → `MessagingBinding.Address`. */
export function toWireName(name: string): string {
  return name
    .split('.')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('.');
}
