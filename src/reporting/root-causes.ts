// Root causes, after RESTler's bug buckets: failures whose first failing step has the same signature — operation,
// check, and message with SIDs, hosts, numbers and dates normalised — are one bug of the target, however many
// scenarios it breaks. Reports lead with these, most scenarios first.
import type { RootCause, ScenarioResult } from './model.ts';

/** The message with what varies between occurrences of one bug replaced by placeholders. */
export function normaliseMessage(message: string): string {
  return (
    message
      // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes from assertion diffs
      .replace(/\u001b\[[0-9;]*m/g, '')
      .replace(/https?:\/\/[^\s'"`)]+/g, '{url}')
      .replace(/\b[A-Z]{2}[0-9a-f]{32}\b/g, '{sid}')
      .replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z\b/g, '{date}')
      .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '{uuid}')
      .replace(/\b(?:[a-z]+-)+[a-z0-9]{6,}\b/g, '{name}')
      // Long numbers vary (counts, sizes, ports); HTTP statuses and small counts name the bug and stay.
      .replace(/\d{4,}/g, '{n}')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The first line of the failure as reports summarise it. */
function headline(r: ScenarioResult): string {
  const finding = r.findings?.[0];
  if (finding) return finding.message;
  return (r.message ?? 'failed').split('\n')[0] ?? 'failed';
}

/** Statuses a server gives a route it does not have. */
const NO_ROUTE_STATUSES = new Set([404, 405, 501]);

/**
 * A step answered 404/405/501 with a body that is not Twilio's error: the target has no such route (a framework's
 * own answer), whatever the operation — one cause, "not implemented", listing the operations.
 */
export function isUnimplemented(r: ScenarioResult): boolean {
  const response = r.evidence?.[0]?.response;
  if (!response || !NO_ROUTE_STATUSES.has(response.status)) return false;
  try {
    const body = JSON.parse(response.body) as { code?: unknown };
    return typeof body?.code !== 'number';
  } catch {
    return true;
  }
}

const REQUIRED = /must have required property '([^']+)'/;

/** The signature of a failed scenario: what makes two failures the same bug. */
export function failureSignature(r: ScenarioResult): string {
  if (isUnimplemented(r)) return `unimplemented | ${r.evidence?.[0]?.response.status}`;
  // Missing keys of one response are one habit of the target (leaving null keys out), whichever key came first.
  const message = normaliseMessage(headline(r)).replace(REQUIRED, "must have required property '{key}'");
  return [r.operationId ?? '-', r.checkId ?? '-', message].join(' | ');
}

/** Distinct values, by descending frequency, as `a (3), b (1)`. */
function tally(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([v, n]) => `${v} (${n})`)
    .join(', ');
}

function summarise(first: ScenarioResult, members: readonly ScenarioResult[]): string {
  if (isUnimplemented(first)) {
    const operations = tally(members.map((m) => m.operationId ?? '?'));
    return `not implemented: ${new Set(members.map((m) => m.operationId)).size} operation(s) answer ${first.evidence?.[0]?.response.status} without Twilio's error body — ${operations}`;
  }
  const keys = members.flatMap((m) => {
    const found = REQUIRED.exec(headline(m));
    return found?.[1] ? [found[1]] : [];
  });
  if (keys.length === members.length && keys.length > 0) {
    return `${first.operationId}: [${first.checkId}] response leaves out required keys (null keys must be present, D-SCHEMA-2): ${tally(keys)}`;
  }
  return (
    `${first.operationId ?? '(no call)'}: [${first.checkId ?? 'failed'}] ${normaliseMessage(headline(first))}` +
    (first.checkId === 'scenario-assertion' ? ` (e.g. "${first.name}")` : '')
  );
}

/** `file > suite > name`. */
function scenarioName(r: ScenarioResult): string {
  return [r.file, r.suite, r.name].filter(Boolean).join(' > ');
}

/**
 * Groups the failed scenarios by signature: returns the root causes (ids by descending count, ties by first
 * appearance) and the results with `rootCause` set on each failure.
 */
export function assignRootCauses(results: readonly ScenarioResult[]): {
  results: ScenarioResult[];
  rootCauses: RootCause[];
} {
  const groups = new Map<string, ScenarioResult[]>();
  for (const r of results) {
    if (r.outcome !== 'failed') continue;
    const key = failureSignature(r);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
  const idOf = new Map<string, string>();
  const rootCauses = ordered.map(([key, members], i): RootCause => {
    const id = `RC${i + 1}`;
    idOf.set(key, id);
    const first = members[0] as ScenarioResult;
    return {
      id,
      summary: summarise(first, members),
      count: members.length,
      blocked: members.filter((m) => m.attribution === 'prerequisite').length,
      operationId: first.operationId ?? '',
      operations: [...new Set(members.map((m) => m.operationId ?? '').filter(Boolean))],
      checkId: first.checkId ?? '',
      example: {
        scenario: scenarioName(first),
        ...(first.evidence?.[0] ? { evidence: first.evidence[0] } : {}),
        ...(first.findings ? { findings: first.findings } : {}),
        ...(first.diff ? { diff: first.diff } : {}),
      },
    };
  });
  return {
    results: results.map((r) => (r.outcome === 'failed' ? { ...r, rootCause: idOf.get(failureSignature(r)) } : r)),
    rootCauses,
  };
}
