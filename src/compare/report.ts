// The comparison's outputs: `compare.json`, the console table, JUnit (one testcase per scenario, the diff as its
// failure) and a self-contained HTML side-by-side view (every value escaped).
import type { Difference } from './diff.ts';

/** The whole comparison, as `compare.json` holds it. */
export interface CompareReport {
  a: string;
  b: string;
  seed: number;
  /** Scenarios both sides ran. */
  scenarios: string[];
  differences: Difference[];
  /** Differences suppressed because two runs of side A already differ there. */
  noise: Difference[];
  /** Scenarios only one side ran. */
  onlyA: string[];
  onlyB: string[];
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function where(d: Difference): string {
  return `${d.step} ${d.aspect}${d.field ? ` ${d.field}` : ''}`;
}

/** The console table: one row per difference (capped), then the totals. */
export function consoleTable(report: CompareReport, max = 40): string[] {
  const lines = [
    `conformance compare: ${report.scenarios.length} scenario(s), ${report.differences.length} difference(s), ${report.noise.length} suppressed as noise (A vs A)`,
  ];
  if (report.differences.length === 0) return lines;
  const rows = report.differences.slice(0, max).map((d) => [d.scenario.slice(-70), where(d), show(d.a), show(d.b)]);
  const widths = [70, 34, 28, 28];
  const cell = (text: string, i: number) => text.slice(0, widths[i]).padEnd(widths[i] ?? 0);
  lines.push(['scenario', 'step / aspect / field', 'A', 'B'].map(cell).join(' │ '));
  for (const row of rows) lines.push(row.map(cell).join(' │ '));
  if (report.differences.length > max) lines.push(`… ${report.differences.length - max} more in compare.json`);
  return lines;
}

function xml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JUnit: one testcase per scenario both sides ran; a scenario with differences fails with the diff as text. */
export function compareJunit(report: CompareReport): string {
  const byScenario = new Map<string, Difference[]>();
  for (const d of report.differences) byScenario.set(d.scenario, [...(byScenario.get(d.scenario) ?? []), d]);
  const cases = report.scenarios.map((scenario) => {
    const diffs = byScenario.get(scenario);
    const name = xml(scenario);
    if (!diffs) return `    <testcase classname="compare" name="${name}"/>`;
    const text = diffs.map((d) => `${where(d)}\n  A: ${show(d.a)}\n  B: ${show(d.b)}`).join('\n');
    return `    <testcase classname="compare" name="${name}">\n      <failure message="${diffs.length} difference(s)">${xml(text)}</failure>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="conformance compare" tests="${report.scenarios.length}" failures="${byScenario.size}">`,
    `  <testsuite name="compare ${xml(report.a)} vs ${xml(report.b)}" tests="${report.scenarios.length}" failures="${byScenario.size}">`,
    `    <properties><property name="seed" value="${report.seed}"/><property name="noise" value="${report.noise.length}"/></properties>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

function html(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A self-contained HTML page: per scenario with differences, a table of field, A and B side by side. */
export function compareHtml(report: CompareReport): string {
  const byScenario = new Map<string, Difference[]>();
  for (const d of report.differences) byScenario.set(d.scenario, [...(byScenario.get(d.scenario) ?? []), d]);
  const sections = [...byScenario].map(
    ([scenario, diffs]) =>
      `<section><h2>${html(scenario)}</h2><table><tr><th>step / aspect / field</th><th>A</th><th>B</th></tr>${diffs
        .map(
          (d) =>
            `<tr><td>${html(where(d))}</td><td><pre>${html(show(d.a))}</pre></td><td><pre>${html(show(d.b))}</pre></td></tr>`,
        )
        .join('')}</table></section>`,
  );
  return `<!doctype html><html><head><meta charset="utf-8"><title>conformance compare</title><style>
body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px;vertical-align:top;text-align:left}td:nth-child(2){background:#eef}td:nth-child(3){background:#fee}pre{margin:0;white-space:pre-wrap}
</style></head><body><h1>A: ${html(report.a)} — B: ${html(report.b)}</h1><p>seed ${report.seed}; ${report.scenarios.length} scenario(s); ${report.differences.length} difference(s); ${report.noise.length} suppressed as noise (two runs of A already differ there)</p>${sections.join('') || '<p>No differences.</p>'}</body></html>\n`;
}
