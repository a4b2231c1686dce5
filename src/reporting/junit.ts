import { countOutcomes, type RunSummary, type ScenarioResult } from './model.ts';

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
  const message = escapeXml((r.message ?? '').split('\n')[0] ?? '');
  const body = escapeXml(r.detail ?? r.message ?? '');
  switch (r.outcome) {
    case 'passed':
      return `${open}/>`;
    case 'skipped':
      return `${open}>\n      <skipped message="${escapeXml(r.skipReason ?? 'skipped')}"/>\n    </testcase>`;
    case 'failed':
      return `${open}>\n      <failure message="${message}" type="ContractFinding">${body}</failure>\n    </testcase>`;
    case 'error':
      return `${open}>\n      <error message="${message}" type="KitError">${body}</error>\n    </testcase>`;
  }
}

/**
 * Renders a run as JUnit XML: one `<testsuite>` per suite file, one `<testcase>` per scenario; contract findings as
 * `<failure>`, kit errors as `<error>`, skips with their reason.
 */
export function renderJunit(summary: RunSummary): string {
  const byFile = new Map<string, ScenarioResult[]>();
  for (const r of summary.results) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
  const total = countOutcomes(summary.results);
  const suites = [...byFile.entries()].map(([file, results]) => {
    const c = countOutcomes(results);
    const time = results.reduce((s, r) => s + r.durationMs, 0);
    return [
      `  <testsuite name="${escapeXml(file)}" tests="${results.length}" failures="${c.failed}" errors="${c.error}" skipped="${c.skipped}" time="${seconds(time)}" timestamp="${summary.startedAt}">`,
      ...results.map(testcase),
      '  </testsuite>',
    ].join('\n');
  });
  if (summary.runErrors.length > 0) {
    suites.push(
      [
        `  <testsuite name="run" tests="${summary.runErrors.length}" failures="0" errors="${summary.runErrors.length}" skipped="0" time="0">`,
        ...summary.runErrors.map(
          (e, i) =>
            `    <testcase classname="run" name="run error ${i + 1}" time="0">\n      <error message="${escapeXml(e.split('\n')[0] ?? '')}" type="KitError">${escapeXml(e)}</error>\n    </testcase>`,
        ),
        '  </testsuite>',
      ].join('\n'),
    );
  }
  const tests = summary.results.length + summary.runErrors.length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="conformance: ${escapeXml(summary.target)}" tests="${tests}" failures="${total.failed}" errors="${total.error + summary.runErrors.length}" skipped="${total.skipped}" time="${seconds(summary.durationMs)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
