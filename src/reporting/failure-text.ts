// One failure as plain text — the same words in JUnit, the console and the HTML report: what was checked, what came
// back, where the expectation comes from, and how to replay the request.
import type { ReportedFinding, ScenarioResult } from './model.ts';

/** Where an expectation comes from, in one line: `Conversation resource; Twilio docs 004:L16550; spec/DECISIONS.md D-SCHEMA-2`. */
export function sourceText(s: NonNullable<ReportedFinding['source']>): string {
  return [
    s.resource ? `${s.resource} resource` : '',
    s.docs.length ? `Twilio docs ${s.docs.join(', ')}` : '',
    s.decisions.length ? `spec/DECISIONS.md ${s.decisions.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

function sourceLine(f: ReportedFinding): string | undefined {
  const s = f.source;
  if (!s) return undefined;
  return `    from: ${sourceText(s)}${s.rule ? `\n    rule: ${s.rule}` : ''}`;
}

/** The failure of a scenario as text (empty for scenarios that did not fail). */
export function failureText(r: ScenarioResult): string {
  if (r.outcome !== 'failed' && r.outcome !== 'error') return '';
  const lines: string[] = [];
  if (r.attribution === 'prerequisite') {
    lines.push(
      `BLOCKED: a setup step (${r.operationId}) failed before the behaviour this scenario checks${r.rootCause ? ` — root cause ${r.rootCause}` : ''}`,
    );
  }
  if (r.findings?.length) {
    for (const f of r.findings) {
      lines.push(`[${f.checkId}] ${f.operationId}: ${f.message}`);
      const src = sourceLine(f);
      if (src) lines.push(src);
    }
  } else {
    lines.push(r.message ?? 'failed');
  }
  if (r.diff) lines.push('', 'expected vs actual:', r.diff);
  const ev = r.evidence?.[0];
  if (ev) {
    lines.push('', `request: ${ev.request.method} ${ev.request.url}`);
    for (const [k, v] of ev.request.form ?? []) lines.push(`  ${k}=${v}`);
    lines.push(
      `response: ${ev.response.status || '(no answer)'} ${ev.response.headers['content-type'] ?? ''}`.trimEnd(),
      ev.response.body +
        (ev.response.overCap
          ? `\n… (truncated; over the ${ev.response.overCap.capBytes}-byte cap${ev.response.overCap.declaredBytes !== undefined ? ` of Content-Length ${ev.response.overCap.declaredBytes}` : ''}, the rest was not read)`
          : ev.response.truncated
            ? `\n… (truncated; ${ev.response.bytes} bytes in all)`
            : ''),
      '',
      'replay:',
      ev.curl,
    );
  }
  if (r.outcome === 'error' && r.detail) lines.push('', r.detail);
  else if (r.detail && !r.findings?.length) {
    const where = r.detail.split('\n').find((l) => l.startsWith('at '));
    if (where) lines.push('', `scenario: ${where}`);
  }
  return lines.join('\n');
}
