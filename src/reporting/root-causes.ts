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
      .replace(/\d+/g, '{n}')
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

/** The signature of a failed scenario: what makes two failures the same bug. */
export function failureSignature(r: ScenarioResult): string {
  return [r.operationId ?? '-', r.checkId ?? '-', normaliseMessage(headline(r))].join(' | ');
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
      summary:
        `${first.operationId ?? '(no call)'}: [${first.checkId ?? 'failed'}] ${normaliseMessage(headline(first))}` +
        (first.checkId === 'scenario-assertion' ? ` (e.g. "${first.name}")` : ''),
      count: members.length,
      blocked: members.filter((m) => m.attribution === 'prerequisite').length,
      operationId: first.operationId ?? '',
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
