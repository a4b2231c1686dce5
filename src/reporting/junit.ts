import type { SpecDriftFinding } from '../spec/drift.ts';
import { failureText } from './failure-text.ts';
import { countOutcomes, type RunSummary, type ScenarioResult } from './model.ts';
import { driftByOperation } from './spec-drift.ts';

function escapeXml(text: string): string {
  // Also drops characters XML 1.0 cannot carry (ANSI escapes and other control characters).
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping ANSI colour codes is the point
      .replace(/\u001b\[[0-9;]*m/g, '')
      .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/gu, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function testcase(r: ScenarioResult): string {
  const classname = r.suite ? `${r.file} > ${r.suite}` : r.file;
  const open = `    <testcase classname="${escapeXml(classname)}" name="${escapeXml(r.name)}" time="${seconds(r.durationMs)}"`;
  const first = (r.message ?? '').split('\n')[0] ?? '';
  const message = escapeXml(
    r.attribution === 'prerequisite' ? `blocked by ${r.rootCause ?? 'a setup step'}: ${first}` : first,
  );
  const body = escapeXml(failureText(r));
  switch (r.outcome) {
    case 'passed': {
      // A baseline entry that passed: flaky, or fixed (remove it from the baseline) — a property, not a failure.
      const expectation = r.expectation;
      if (!expectation) return `${open}/>`;
      const note =
        expectation.status === 'fixed'
          ? `fixed: remove from baseline (${expectation.reason})`
          : `known flaky: ${expectation.reason}`;
      return `${open}>\n      <properties>\n        <property name="conformance.expectation" value="${escapeXml(note)}"/>\n      </properties>\n    </testcase>`;
    }
    case 'skipped':
      return `${open}>\n      <skipped message="${escapeXml(r.skipReason ?? 'skipped')}"/>\n    </testcase>`;
    case 'failed':
      return `${open}>\n      <failure message="${message}" type="${escapeXml(`${r.attribution === 'prerequisite' ? 'blocked:' : ''}${r.checkId ?? 'failed'}`)}">${body}</failure>\n    </testcase>`;
    case 'error':
      return `${open}>\n      <error message="${message}" type="KitError">${body}</error>\n    </testcase>`;
  }
}

/** `<property>` lines of the run's settings (seed first: it is what replays a failure). */
function properties(summary: RunSummary): string[] {
  const settings = summary.settings;
  if (!settings) return [];
  const entries: Array<[string, string]> = [
    ['seed', String(settings.seed)],
    ['runId', settings.runId],
    ['target', summary.target],
    ...Object.entries(settings.capabilities).map(([name, on]): [string, string] => [`capability.${name}`, String(on)]),
  ];
  if (settings.tags?.length) entries.push(['tags', settings.tags.join(' | ')]);
  if (settings.budget) {
    entries.push(
      ['budget', String(settings.budget.budget)],
      ['budget.spent', String(settings.budget.spent)],
      ['budget.skipped', String(settings.budget.skipped)],
    );
  }
  return [
    '    <properties>',
    ...entries.map(([name, value]) => `      <property name="${escapeXml(name)}" value="${escapeXml(value)}"/>`),
    '    </properties>',
  ];
}

/** The `spec-drift` testsuite: one testcase per drifting operation, each a `<failure type="SpecDrift">`. */
function specDriftSuite(findings: readonly SpecDriftFinding[], summary: RunSummary): string {
  const groups = driftByOperation(findings);
  return [
    `  <testsuite name="spec-drift" tests="${groups.length}" failures="${groups.length}" errors="0" skipped="0" time="0" timestamp="${summary.startedAt}">`,
    ...properties(summary),
    ...groups.map((g) => {
      const ids = `ours ${g.operationIds.ours ?? '-'}, theirs ${g.operationIds.theirs ?? '-'}`;
      const message = `${g.findings.length} drift finding(s) (${ids}): ${g.findings[0]?.message ?? ''}`;
      const body = g.findings.map((f) => `[${f.aspect}] ${f.location || '-'}: ${f.message}`).join('\n');
      return `    <testcase classname="spec-drift" name="${escapeXml(g.operation)}" time="0">\n      <failure message="${escapeXml(message)}" type="SpecDrift">${escapeXml(body)}</failure>\n    </testcase>`;
    }),
    '  </testsuite>',
  ].join('\n');
}

/** Extra sections of the JUnit report. */
export interface JunitOptions {
  /** Spec drift findings (`--spec`): a separate `spec-drift` testsuite, kept apart from behaviour findings. */
  specDrift?: readonly SpecDriftFinding[];
}

/**
 * Renders a run as JUnit XML: one `<testsuite>` per suite file, one `<testcase>` per scenario; contract findings as
 * `<failure>`, kit errors as `<error>`, skips with their reason.
 */
export function renderJunit(summary: RunSummary, options: JunitOptions = {}): string {
  const byFile = new Map<string, ScenarioResult[]>();
  for (const r of summary.results) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
  const total = countOutcomes(summary.results);
  const suites = [...byFile.entries()].map(([file, results]) => {
    const c = countOutcomes(results);
    const time = results.reduce((s, r) => s + r.durationMs, 0);
    return [
      `  <testsuite name="${escapeXml(file)}" tests="${results.length}" failures="${c.failed}" errors="${c.error}" skipped="${c.skipped}" time="${seconds(time)}" timestamp="${summary.startedAt}">`,
      ...properties(summary),
      ...results.map(testcase),
      '  </testsuite>',
    ].join('\n');
  });
  if (summary.runErrors.length > 0) {
    suites.push(
      [
        `  <testsuite name="run" tests="${summary.runErrors.length}" failures="0" errors="${summary.runErrors.length}" skipped="0" time="0">`,
        ...properties(summary),
        // A kit error names its testcase by its code (CONFORMANCE_ERR_RUN_DEADLINE, _TARGET_UNREACHABLE, …): a CI
        // test tab then shows why the run could not finish without opening the message.
        ...summary.runErrors.map(
          (e, i) =>
            `    <testcase classname="run" name="${escapeXml(/^\[(CONFORMANCE_ERR_[A-Z_]+)\]/.exec(e)?.[1] ?? `run error ${i + 1}`)}" time="0">\n      <error message="${escapeXml(e.split('\n')[0] ?? '')}" type="KitError">${escapeXml(e)}</error>\n    </testcase>`,
        ),
        '  </testsuite>',
      ].join('\n'),
    );
  }
  const drifting = options.specDrift ? driftByOperation(options.specDrift).length : 0;
  if (options.specDrift) suites.push(specDriftSuite(options.specDrift, summary));
  const tests = summary.results.length + summary.runErrors.length + drifting;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="conformance: ${escapeXml(summary.target)}" tests="${tests}" failures="${total.failed + drifting}" errors="${total.error + summary.runErrors.length}" skipped="${total.skipped}" time="${seconds(summary.durationMs)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
