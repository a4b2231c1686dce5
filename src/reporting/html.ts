import type { SpecDriftFinding } from '../spec/drift.ts';
import { countOutcomes, type RunSummary, type ScenarioOutcome, type ScenarioResult } from './model.ts';

function escapeHtml(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping ANSI colour codes is the point
      .replace(/\u001b\[[0-9;]*m/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

const OUTCOMES: ScenarioOutcome[] = ['failed', 'error', 'skipped', 'passed'];

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1b1f24;background:#fff}
h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:28px 0 8px}
.meta{color:#57606a;margin:0 0 16px}.meta code{background:#f3f4f6;padding:1px 4px;border-radius:3px}
.counts{display:flex;gap:8px;flex-wrap:wrap;margin:12px 0}
.counts button{border:1px solid #d0d7de;border-radius:6px;padding:6px 12px;background:#f6f8fa;cursor:pointer;font:inherit}
.counts button[aria-pressed=false]{opacity:.45;text-decoration:line-through}
.counts b{font-size:18px;margin-right:4px}
input[type=search]{padding:6px 8px;border:1px solid #d0d7de;border-radius:6px;min-width:280px}
table{border-collapse:collapse;width:100%;margin-top:8px}
th,td{text-align:left;vertical-align:top;padding:5px 8px;border-bottom:1px solid #eaeef2}
th{background:#f6f8fa;position:sticky;top:0}
td.num{text-align:right;white-space:nowrap;color:#57606a}
.o{display:inline-block;min-width:56px;text-align:center;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600}
.o-passed{background:#dafbe1;color:#116329}.o-failed{background:#ffebe9;color:#a40e26}
.o-error{background:#fff1c2;color:#7d4e00}.o-skipped{background:#eaeef2;color:#57606a}
.name small{color:#57606a;display:block}
pre{white-space:pre-wrap;margin:4px 0 0;font-size:12px;background:#f6f8fa;padding:6px;border-radius:4px;max-height:240px;overflow:auto}
.tag{font-size:11px;background:#ddf4ff;color:#0a3069;border-radius:8px;padding:0 6px;margin-left:4px}
#shown{color:#57606a;margin-left:8px}
`;

// Filters rows by the pressed outcome buttons and the search text; a few lines, no dependencies.
const SCRIPT = `
const buttons=[...document.querySelectorAll('.counts button')];
const search=document.getElementById('q');
function apply(){
  const on=new Set(buttons.filter(b=>b.getAttribute('aria-pressed')==='true').map(b=>b.dataset.outcome));
  const q=search.value.toLowerCase();let n=0;
  for(const row of document.querySelectorAll('#scenarios tbody tr')){
    const show=on.has(row.dataset.outcome)&&(!q||row.textContent.toLowerCase().includes(q));
    row.hidden=!show;if(show)n++;
  }
  document.getElementById('shown').textContent='showing '+n;
}
for(const b of buttons)b.addEventListener('click',()=>{b.setAttribute('aria-pressed',b.getAttribute('aria-pressed')==='true'?'false':'true');apply();});
search.addEventListener('input',apply);apply();
`;

function reasonOf(r: ScenarioResult): string {
  if (r.outcome === 'skipped') return r.skipReason ?? 'skipped';
  return r.message ?? '';
}

function row(r: ScenarioResult): string {
  const reason = reasonOf(r);
  const first = reason.split('\n')[0] ?? '';
  const detail = r.detail ?? (reason.includes('\n') ? reason : '');
  const tags = (r.tags ?? []).map((t) => `<span class="tag">${escapeHtml(t)}</span>`).join('');
  return [
    `<tr data-outcome="${r.outcome}">`,
    `<td><span class="o o-${r.outcome}">${r.outcome}</span></td>`,
    `<td class="name">${escapeHtml(r.name)}${tags}<small>${escapeHtml([r.file, r.suite].filter(Boolean).join(' › '))}</small></td>`,
    `<td>${escapeHtml(first)}${detail ? `<details><summary>detail</summary><pre>${escapeHtml(detail)}</pre></details>` : ''}</td>`,
    `<td class="num">${r.durationMs} ms</td>`,
    '</tr>',
  ].join('');
}

function driftSection(findings: readonly SpecDriftFinding[]): string {
  if (findings.length === 0) return '<h2>Spec drift</h2><p>No drift between the two documents.</p>';
  const rows = findings
    .map(
      (f) =>
        `<tr><td>${escapeHtml(f.operation)}</td><td>${escapeHtml(f.aspect)}</td><td>${escapeHtml(f.location || '-')}</td><td>${escapeHtml(f.message)}</td></tr>`,
    )
    .join('\n');
  return `<h2>Spec drift (${findings.length}; does not change the exit code)</h2>
<table><thead><tr><th>operation</th><th>aspect</th><th>where</th><th>finding</th></tr></thead><tbody>
${rows}
</tbody></table>`;
}

/** Renders the run as one self-contained HTML page (inline CSS and JS, no external assets): counts, a filterable
 * table of scenarios with outcome and reason, run errors, and spec drift when compared. */
export function renderHtml(summary: RunSummary, options: { specDrift?: readonly SpecDriftFinding[] } = {}): string {
  const c = countOutcomes(summary.results);
  const settings = summary.settings;
  const caps = settings
    ? Object.entries(settings.capabilities)
        .map(([name, on]) => `${on ? '' : 'no '}${name}`)
        .join(', ')
    : '';
  const meta = [
    `target <code>${escapeHtml(summary.target)}</code>`,
    `started ${escapeHtml(summary.startedAt)}`,
    `${(summary.durationMs / 1000).toFixed(1)} s`,
    ...(settings ? [`seed <code>${settings.seed}</code>`, escapeHtml(caps)] : []),
    ...(settings?.tags?.length ? [`tags <code>${escapeHtml(settings.tags.join(' | '))}</code>`] : []),
    ...(settings?.budget ? [`budget ${settings.budget.spent}/${settings.budget.budget}`] : []),
  ].join(' · ');
  const buttons = OUTCOMES.map(
    (o) =>
      `<button type="button" data-outcome="${o}" aria-pressed="true"><b>${c[o]}</b><span class="o o-${o}">${o}</span></button>`,
  ).join('');
  const errors = summary.runErrors.length
    ? `<h2>Run errors (${summary.runErrors.length})</h2>${summary.runErrors.map((e) => `<pre>${escapeHtml(e)}</pre>`).join('')}`
    : '';
  // Failures first, then errors, skips and passes, each in file order.
  const ordered = OUTCOMES.flatMap((o) => summary.results.filter((r) => r.outcome === o));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Conformance report: ${escapeHtml(summary.target)}</title><style>${STYLE}</style></head>
<body>
<h1>Conformance report</h1>
<p class="meta">${meta}</p>
<div class="counts">${buttons}<input type="search" id="q" placeholder="filter by name, file or reason" aria-label="filter"><span id="shown"></span></div>
${errors}
<table id="scenarios"><thead><tr><th>outcome</th><th>scenario</th><th>reason / message</th><th>time</th></tr></thead><tbody>
${ordered.map(row).join('\n')}
</tbody></table>
${options.specDrift ? driftSection(options.specDrift) : ''}
<script>${SCRIPT}</script>
</body></html>
`;
}
