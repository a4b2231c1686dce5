// report.html: one self-contained page (inline CSS and a few lines of inline JS, nothing fetched) for someone who has
// never seen the kit. It leads with the root causes (one bug of the target, however many scenarios it broke), then the
// same failures by area (scenario tag) and by operation, the operation × status coverage, the slowest scenarios, and
// every scenario with its evidence. Everything that comes from the run — response bodies above all, which are the
// target's untrusted output — goes through `escapeHtml`; the only <script> is the static filter below.
import { SCENARIO_TAGS } from '../runtime/tags.ts';
import type { SpecDriftFinding } from '../spec/drift.ts';
import { buildCoverage, type CoverageOperation, isDocumented } from './coverage.ts';
import { sourceText } from './failure-text.ts';
import {
  countOutcomes,
  type ExchangeEvidence,
  type ReportedFinding,
  type RootCause,
  type RunSummary,
  type ScenarioResult,
} from './model.ts';

/** Text as HTML: ANSI colour codes dropped, markup characters escaped (safe in element content and quoted attributes). */
export function escapeHtml(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping ANSI colour codes is the point
      .replace(/\u001b\[[0-9;]*m/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
  );
}

/** A row's class in the report: a failure of the scenario's own behaviour and a blocked one are told apart. */
export type RowOutcome = 'failed' | 'blocked' | 'error' | 'skipped' | 'passed';

const ROW_OUTCOMES: RowOutcome[] = ['failed', 'blocked', 'error', 'skipped', 'passed'];

const OUTCOME_HELP: Record<RowOutcome, string> = {
  failed: 'the target broke the behaviour the scenario checks',
  blocked:
    'a setup call (another resource) failed first, so the behaviour itself was never checked; counts as a failure',
  error: 'the kit could not run the scenario',
  skipped: 'not run (reason given)',
  passed: 'behaved as documented',
};

/** The class of a scenario's row. */
export function rowOutcome(r: ScenarioResult): RowOutcome {
  return r.outcome === 'failed' && r.attribution === 'prerequisite' ? 'blocked' : r.outcome;
}

/** How many slowest scenarios the timing section lists. */
const SLOWEST = 15;

const STYLE = `
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2328;background:#fff}
main{padding:20px 28px 60px;max-width:1500px}
h1{font-size:22px;margin:0 0 6px}h2{font-size:17px;margin:34px 0 6px;padding-top:8px;border-top:2px solid #d0d7de}
h2 .n{color:#59636e;font-weight:400}
p.lead{color:#59636e;margin:0 0 10px;max-width:110ch}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
code{background:#eff2f5;padding:1px 5px;border-radius:4px;font-size:12.5px}
a{color:#0550ae}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:10px 0 14px}
.meta dt{color:#59636e}.meta dd{margin:0}
.cap{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;margin:0 4px 2px 0}
.cap-on{background:#dafbe1;color:#116329}.cap-off{background:#eff2f5;color:#59636e}
.cards{display:flex;gap:10px;flex-wrap:wrap;margin:6px 0 4px}
.card{border:1px solid #d0d7de;border-radius:8px;padding:8px 14px;min-width:120px}
.card b{font-size:24px;display:block;line-height:1.1}.card span{font-size:12px;color:#59636e}
.card.c-failed{border-color:#ff8182;background:#fff5f5}.card.c-blocked{border-color:#d4a72c;background:#fffbeb}
.card.c-passed{border-color:#6fdd8b;background:#f5fff7}.card.c-error{border-color:#d4a72c}
.verdict{font-size:15px;font-weight:600;margin:8px 0}.verdict.bad{color:#a40e26}.verdict.good{color:#116329}
nav.toc{margin:12px 0;display:flex;gap:6px 16px;flex-wrap:wrap}
table{border-collapse:collapse;width:100%;margin-top:6px}
th,td{text-align:left;vertical-align:top;padding:5px 8px;border-bottom:1px solid #e6e9ed}
th{background:#f6f8fa;font-weight:600;font-size:13px}
td.num,th.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
td.zero{color:#b0b7bf}
.o{display:inline-block;min-width:62px;text-align:center;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;white-space:nowrap}
.o-passed{background:#dafbe1;color:#116329}.o-failed{background:#ffebe9;color:#a40e26}
.o-blocked{background:#fff1c2;color:#7d4e00}.o-error{background:#ffd8b5;color:#762c00}.o-skipped{background:#eff2f5;color:#59636e}
.name small{color:#59636e;display:block}
.tag{font-size:11px;background:#ddf4ff;color:#0a3069;border-radius:8px;padding:0 6px;margin-left:4px;white-space:nowrap}
.rcid{font-weight:700;font-size:12px;background:#ffebe9;color:#a40e26;border-radius:4px;padding:0 5px;text-decoration:none;white-space:nowrap}
pre{white-space:pre-wrap;word-break:break-word;margin:4px 0;font-size:12px;background:#f6f8fa;padding:8px;border-radius:6px;max-height:320px;overflow:auto;border:1px solid #e6e9ed}
details{margin:4px 0}summary{cursor:pointer}
details.rc{border:1px solid #d0d7de;border-radius:8px;margin:8px 0;padding:0}
details.rc>summary{padding:8px 12px;background:#f6f8fa;border-radius:8px;list-style-position:outside}
details.rc[open]>summary{border-bottom:1px solid #d0d7de;border-radius:8px 8px 0 0}
details.rc>.body{padding:6px 14px 12px}
.rc-count{font-weight:600}.rc-blocked{color:#7d4e00}
.kv{display:grid;grid-template-columns:max-content 1fr;gap:3px 12px;margin:6px 0}
.kv>dt{color:#59636e;font-weight:600}.kv>dd{margin:0;min-width:0}
.ev{border-left:3px solid #d0d7de;padding-left:10px;margin:6px 0}
.ev .line{margin:2px 0}.ev .line code{word-break:break-all}.ev .method{font-weight:700}
.st{font-weight:700;border-radius:4px;padding:0 5px}.st-2{background:#dafbe1}.st-3{background:#ddf4ff}.st-4,.st-5,.st-0{background:#ffebe9}
.trunc{color:#7d4e00;font-weight:600;font-size:12px}
.diff .exp{color:#116329;background:#e6ffec}.diff .act{color:#a40e26;background:#ffebe9}
.src{color:#424a53}.src b{color:#1f2328}
ul.findings{margin:4px 0;padding-left:18px}ul.findings li{margin:2px 0}
.check{font-weight:600}
.blockednote{background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:4px 8px;margin:4px 0}
.chip{display:inline-block;font-size:12px;border-radius:4px;padding:0 5px;margin:1px 2px 1px 0;background:#dafbe1;color:#116329;white-space:nowrap}
.chip.undoc{background:#ffebe9;color:#a40e26}.chip.miss{background:#eff2f5;color:#59636e}
tr.uncalled td{color:#8c959f}
.bar{display:inline-block;height:10px;background:#8c959f;border-radius:2px;vertical-align:middle;margin-right:6px}
#filters{position:sticky;top:0;background:#fff;padding:8px 0;z-index:1;display:flex;gap:8px;flex-wrap:wrap;align-items:center;border-bottom:1px solid #d0d7de}
#filters button{border:1px solid #d0d7de;border-radius:6px;padding:4px 10px;background:#f6f8fa;cursor:pointer;font:inherit}
#filters button[aria-pressed=false]{opacity:.4}
#filters button b{margin-right:4px}
input[type=search]{padding:5px 8px;border:1px solid #d0d7de;border-radius:6px;min-width:300px;font:inherit}
#shown{color:#59636e}
tr:target>td{background:#fff8c5}
#scenarios td:first-child{width:80px}#scenarios td.name{width:30%;min-width:280px}#scenarios td:last-child{width:70px}
`;

// The filter of the scenario list, a few lines without dependencies: outcome buttons toggle, the search box matches
// a row's name, file, suite, tags, outcome, check, operation and root cause (its data-q). A link to a row the filter
// hides (from a root cause's list) clears the filter first and opens the row's evidence.
const SCRIPT = `
const buttons=[...document.querySelectorAll('#filters button[data-outcome]')];
const search=document.getElementById('q');
const rows=[...document.querySelectorAll('#scenarios>tbody>tr')];
function apply(){
  const on=new Set(buttons.filter(b=>b.getAttribute('aria-pressed')==='true').map(b=>b.dataset.outcome));
  const q=search.value.trim().toLowerCase();let n=0;
  for(const row of rows){
    const show=on.has(row.dataset.outcome)&&(!q||row.dataset.q.includes(q));
    row.hidden=!show;if(show)n++;
  }
  document.getElementById('shown').textContent='showing '+n+' of '+rows.length;
}
function reveal(){
  const row=location.hash?document.getElementById(decodeURIComponent(location.hash.slice(1))):null;
  if(row&&row.tagName==='DETAILS')row.open=true;
  if(!row||row.tagName!=='TR')return;
  if(row.hidden){for(const b of buttons)b.setAttribute('aria-pressed','true');search.value='';apply();row.scrollIntoView();}
  const d=row.querySelector('details');if(d)d.open=true;
}
for(const b of buttons)b.addEventListener('click',()=>{b.setAttribute('aria-pressed',b.getAttribute('aria-pressed')==='true'?'false':'true');apply();});
search.addEventListener('input',apply);
window.addEventListener('hashchange',reveal);
apply();reveal();
`;

/** `file > suite > name`, the way root causes name their example. */
function scenarioKey(r: ScenarioResult): string {
  return [r.file, r.suite, r.name].filter(Boolean).join(' > ');
}

function seconds(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(0)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms} ms`;
}

function num(n: number, extra = ''): string {
  return `<td class="num${n === 0 ? ' zero' : ''}${extra}">${n}</td>`;
}

function outcomeBadge(o: RowOutcome): string {
  return `<span class="o o-${o}" title="${escapeHtml(OUTCOME_HELP[o])}">${o}</span>`;
}

function rcLink(id: string | undefined): string {
  return id
    ? `<a class="rcid" href="#rc-${escapeHtml(id)}" title="root cause ${escapeHtml(id)}">${escapeHtml(id)}</a>`
    : '';
}

/**
 * JSON text indented two spaces per level without parsing it, so a body cut at the evidence cap still reads like the
 * rest: breaks after `{`, `[` and `,`, before `}` and `]`, nothing inside strings touched.
 */
export function indentJsonText(text: string): string {
  let out = '';
  let depth = 0;
  let inString = false;
  const newline = () => `\n${'  '.repeat(Math.max(depth, 0))}`;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (inString) {
      out += ch;
      if (ch === '\\') out += text[++i] ?? '';
      else if (ch === '"') inString = false;
    } else if (ch === '"') {
      inString = true;
      out += ch;
    } else if (ch === '{' || ch === '[') {
      if (text[i + 1] === (ch === '{' ? '}' : ']')) {
        out += ch + text[++i];
      } else {
        depth++;
        out += ch + newline();
      }
    } else if (ch === '}' || ch === ']') {
      depth--;
      out += newline() + ch;
    } else if (ch === ',') out += `,${newline()}`;
    else if (ch === ':') out += ': ';
    else if (!/\s/.test(ch)) out += ch;
  }
  return out;
}

/** The body as a reader wants it: JSON pretty-printed when it parses (or looks like JSON cut short), else as it came. */
function prettyBody(body: string, truncated: boolean): string {
  if (body === '') return '';
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return truncated && /^\s*[{[]/.test(body) ? indentJsonText(body) : body;
  }
}

function headerLines(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
}

/** One exchange: request line, form, status, headers, body (capped, marked when truncated) and the curl reproducer. */
function evidenceHtml(ev: ExchangeEvidence): string {
  const { request, response } = ev;
  const form = request.form?.length
    ? `<div class="line">form (application/x-www-form-urlencoded):</div><pre>${escapeHtml(request.form.map(([k, v]) => `${k}=${v}`).join('\n'))}</pre>`
    : '';
  const status = response.status
    ? `<span class="st st-${String(response.status)[0]}">${response.status}</span>`
    : '<span class="st st-0">no answer</span>';
  const type = response.headers['content-type'];
  const body = prettyBody(response.body, response.truncated === true);
  const truncated = response.truncated
    ? `<div class="trunc">truncated: the first ${response.body.length.toLocaleString('en')} characters of ${response.bytes.toLocaleString('en')} bytes are shown</div>`
    : '';
  return `<div class="ev">
<div class="line"><b>request</b> <span class="method">${escapeHtml(request.method)}</span> <code>${escapeHtml(request.url)}</code></div>
${form}<details><summary>request headers (${Object.keys(request.headers).length})</summary><pre>${escapeHtml(headerLines(request.headers))}</pre></details>
<div class="line"><b>response</b> ${status}${type ? ` <code>${escapeHtml(type)}</code>` : ''} ${response.bytes.toLocaleString('en')} bytes</div>
<details><summary>response headers (${Object.keys(response.headers).length})</summary><pre>${escapeHtml(headerLines(response.headers))}</pre></details>
${body ? `<pre class="body">${escapeHtml(body)}</pre>` : '<div class="line"><i>(empty body)</i></div>'}${truncated}
<div class="line"><b>reproduce</b> (credentials from the environment):</div><pre class="curl">${escapeHtml(ev.curl)}</pre>
</div>`;
}

/** Expected-vs-actual lines, coloured the way the diff's own header says (`- Expected`, `+ Received`). */
function diffHtml(diff: string): string {
  const lines = escapeHtml(diff)
    .split('\n')
    .map((l) =>
      l.startsWith('-') ? `<span class="exp">${l}</span>` : l.startsWith('+') ? `<span class="act">${l}</span>` : l,
    );
  return `<pre class="diff">${lines.join('\n')}</pre>`;
}

/** The findings with where each expectation comes from (said once while consecutive findings share it). */
function findingsHtml(findings: readonly ReportedFinding[]): string {
  let previous = '';
  const items = findings.map((f) => {
    const where = f.instancePath ? ` <span class="src">at <code>${escapeHtml(f.instancePath)}</code></span>` : '';
    const key = f.source ? JSON.stringify(f.source) : '';
    const source =
      f.source && key !== previous
        ? `<div class="src"><b>expected by</b> ${escapeHtml(sourceText(f.source))}${f.source.rule ? `<br><b>rule</b> ${escapeHtml(f.source.rule)}` : ''}</div>`
        : '';
    previous = key;
    return `<li><code class="check">${escapeHtml(f.checkId)}</code> ${escapeHtml(f.operationId)}: ${escapeHtml(f.message)}${where}${source}</li>`;
  });
  return `<ul class="findings">${items.join('')}</ul>`;
}

/** The assertion's place in the scenario file (not a stack into the kit), relative to the project when possible. */
function assertionSite(r: ScenarioResult): string | undefined {
  const at = r.detail?.split('\n').find((l) => l.startsWith('at '));
  const site = at && /\(?(\S+:\d+:\d+)\)?$/.exec(at)?.[1];
  if (!site) return undefined;
  const i = r.file ? site.indexOf(`/${r.file}:`) : -1;
  return i >= 0 ? site.slice(i + 1) : site;
}

/** What a failed or errored scenario shows: blocked note, findings and their source, diff, evidence, curl. */
function failureHtml(r: ScenarioResult): string {
  const parts: string[] = [];
  if (r.attribution === 'prerequisite') {
    parts.push(
      `<div class="blockednote">Blocked: the setup call <code>${escapeHtml(r.operationId ?? '?')}</code> failed before the behaviour this scenario checks${r.rootCause ? ` (root cause ${rcLink(r.rootCause)})` : ''}.</div>`,
    );
  }
  const kv: string[] = [];
  if (r.checkId) kv.push(`<dt>check</dt><dd><code>${escapeHtml(r.checkId)}</code></dd>`);
  if (r.operationId)
    kv.push(
      `<dt>operation</dt><dd><code>${escapeHtml(r.operationId)}</code>${r.resource ? ` (${escapeHtml(r.resource)} resource)` : ''}</dd>`,
    );
  if (r.findings?.length) kv.push(`<dt>findings</dt><dd>${findingsHtml(r.findings)}</dd>`);
  else if (r.message)
    kv.push(
      `<dt>message</dt><dd>${r.message.includes('\n') ? `<pre>${escapeHtml(r.message)}</pre>` : escapeHtml(r.message)}</dd>`,
    );
  const site = assertionSite(r);
  if (!r.findings?.length && site && r.outcome !== 'error')
    kv.push(`<dt>expected by</dt><dd>the scenario's assertion at <code>${escapeHtml(site)}</code></dd>`);
  if (r.diff) kv.push(`<dt>expected vs actual</dt><dd>${diffHtml(r.diff)}</dd>`);
  if (r.outcome === 'error' && r.detail) kv.push(`<dt>kit error</dt><dd><pre>${escapeHtml(r.detail)}</pre></dd>`);
  const ev = r.evidence ?? [];
  ev.forEach((e, i) => {
    kv.push(`<dt>${ev.length > 1 ? `exchange ${i + 1}` : 'exchange'}</dt><dd>${evidenceHtml(e)}</dd>`);
  });
  parts.push(`<dl class="kv">${kv.join('\n')}</dl>`);
  return parts.join('\n');
}

function warningsHtml(r: ScenarioResult): string {
  if (!r.warnings?.length) return '';
  const items = r.warnings.map((w) => `<li>step ${w.step + 1} ${findingsHtml(w.findings)}</li>`).join('');
  return `<details><summary>${r.warnings.length} schema warning(s) (--schema warn)</summary><ul>${items}</ul></details>`;
}

/** The one line a row shows before its details. */
function reasonLine(r: ScenarioResult): string {
  if (r.outcome === 'skipped') return r.skipReason ?? 'skipped';
  const f = r.findings?.[0];
  const head = f
    ? `[${f.checkId}] ${f.operationId}: ${f.message}${(r.findings?.length ?? 0) > 1 ? ` (+${(r.findings?.length ?? 1) - 1} more)` : ''}`
    : ((r.message ?? '').split('\n')[0] ?? '');
  return r.attribution === 'prerequisite' ? `blocked in setup — ${head}` : head;
}

/** A passed scenario the target's expectations baseline lists (a listed failure is a skip whose reason says so). */
function expectationNote(r: ScenarioResult): string {
  const e = r.expectation;
  if (!e || r.outcome !== 'passed') return '';
  const label =
    e.status === 'flaky'
      ? 'listed as flaky in the expectations baseline'
      : 'fixed: remove it from the expectations baseline';
  return `<div class="src"><b>${label}</b> (${escapeHtml(e.reason)})</div>`;
}

function scenarioRow(r: ScenarioResult, index: number): string {
  const o = rowOutcome(r);
  const tags = (r.tags ?? []).map((t) => `<span class="tag">${escapeHtml(t)}</span>`).join('');
  const q = [o, r.name, r.file, r.suite, ...(r.tags ?? []), r.checkId, r.operationId, r.rootCause, reasonLine(r)]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  // A known failure (skipped by the expectations baseline) still carries its evidence.
  const failing = r.outcome === 'failed' || r.outcome === 'error' || (r.outcome === 'skipped' && r.evidence?.length);
  const details = failing
    ? `<details><summary>evidence</summary>${failureHtml(r)}</details>`
    : r.detail && r.outcome !== 'passed'
      ? `<details><summary>detail</summary><pre>${escapeHtml(r.detail)}</pre></details>`
      : '';
  return [
    `<tr id="s-${index}" data-outcome="${o}" data-q="${escapeHtml(q)}">`,
    `<td>${outcomeBadge(o)}</td>`,
    `<td class="name">${escapeHtml(r.name)}${tags}<small>${escapeHtml([r.file, r.suite].filter(Boolean).join(' › '))}</small></td>`,
    `<td>${rcLink(r.rootCause)} ${escapeHtml(reasonLine(r))}${expectationNote(r)}${details}${warningsHtml(r)}</td>`,
    `<td class="num">${seconds(r.durationMs)}</td>`,
    '</tr>',
  ].join('');
}

function headerSection(summary: RunSummary): string {
  const c = countOutcomes(summary.results);
  const s = summary.settings;
  const caps = s
    ? Object.entries(s.capabilities)
        .map(
          ([name, on]) =>
            `<span class="cap cap-${on ? 'on' : 'off'}" title="the target ${on ? 'has' : 'lacks'} ${escapeHtml(name)}">${on ? '✓' : '✗'} ${escapeHtml(name)}</span>`,
        )
        .join('')
    : '';
  const rows: [string, string][] = [
    ['target', `<code>${escapeHtml(summary.target)}</code>`],
    ['started', `${escapeHtml(summary.startedAt)}, took ${seconds(summary.durationMs)}`],
  ];
  if (s) {
    rows.push(
      [
        'seed',
        `<code>${s.seed}</code> — the same test data again with <code>npx conformance run --seed ${s.seed}</code> (run id <code>${escapeHtml(s.runId)}</code>)`,
      ],
      ['capabilities', caps || '—'],
    );
    if (s.tags?.length) rows.push(['tags', `<code>${escapeHtml(s.tags.join(' | '))}</code>`]);
    if (s.budget)
      rows.push([
        'budget',
        `${s.budget.spent} of ${s.budget.budget} spent; ${s.budget.skipped} scenario(s) planned out`,
      ]);
  }
  if (summary.notSelected) rows.push(['not selected', `${summary.notSelected} scenario(s) left out by --grep/--tag`]);
  const own = c.failed - c.blocked;
  const cards: [RowOutcome, number, string][] = [
    ['failed', own, 'failed their own check'],
    ['blocked', c.blocked, 'blocked by a failing setup call'],
    ['error', c.error, 'kit errors'],
    ['skipped', c.skipped, 'skipped'],
    ['passed', c.passed, 'passed'],
  ];
  const causes = summary.rootCauses?.length ?? 0;
  const verdict =
    c.failed > 0
      ? `<p class="verdict bad">The target broke the contract: ${c.failed} of ${summary.results.length} scenarios failed (${own} on their own check, ${c.blocked} blocked in setup), traced to ${causes} root cause(s).</p>`
      : c.error > 0 || summary.runErrors.length > 0
        ? `<p class="verdict bad">No contract failures, but the kit could not run everything (${c.error} error(s), ${summary.runErrors.length} run error(s)).</p>`
        : `<p class="verdict good">Every scenario that ran passed (${c.passed} passed, ${c.skipped} skipped).</p>`;
  return `<h1>Conformance report</h1>
${verdict}
<div class="cards">${cards.map(([o, n, label]) => `<div class="card c-${o}" title="${escapeHtml(OUTCOME_HELP[o])}"><b>${n}</b><span>${label}</span></div>`).join('')}<div class="card"><b>${causes}</b><span>root causes</span></div></div>
<dl class="meta">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

/** A root cause's one line with the example's own words (its summary has SIDs and numbers as placeholders). */
function rootCauseHeadline(rc: RootCause, example: ScenarioResult | undefined): string {
  if (!example) return rc.summary;
  const message = example.findings?.[0]?.message ?? (example.message ?? '').split('\n')[0] ?? '';
  const what = rc.checkId === 'scenario-assertion' ? `"${example.name}": ${message}` : message;
  return `${rc.operationId || '(no call)'}: [${rc.checkId || 'failed'}] ${what}`;
}

function rootCauseHtml(rc: RootCause, members: readonly [ScenarioResult, number][], open: boolean): string {
  const ex = rc.example;
  const exampleRow = members.find(([r]) => scenarioKey(r) === ex.scenario)?.[0];
  const list = members
    .map(
      ([r, i]) =>
        `<li>${r.attribution === 'prerequisite' ? outcomeBadge('blocked') : outcomeBadge('failed')} <a href="#s-${i}">${escapeHtml(r.name)}</a> <small>${escapeHtml(r.file)}</small></li>`,
    )
    .join('');
  const blocked = rc.blocked ? `, <span class="rc-blocked">${rc.blocked} of them blocked in setup</span>` : '';
  const body = exampleRow
    ? failureHtml({ ...exampleRow, attribution: 'subject' })
    : `<dl class="kv">${ex.findings?.length ? `<dt>findings</dt><dd>${findingsHtml(ex.findings)}</dd>` : ''}${ex.diff ? `<dt>expected vs actual</dt><dd>${diffHtml(ex.diff)}</dd>` : ''}${ex.evidence ? `<dt>exchange</dt><dd>${evidenceHtml(ex.evidence)}</dd>` : ''}</dl>`;
  return `<details class="rc" id="rc-${escapeHtml(rc.id)}"${open ? ' open' : ''}>
<summary><span class="rcid">${escapeHtml(rc.id)}</span> <span class="rc-count">${rc.count} scenario(s)</span>${blocked} — <span title="${escapeHtml(`signature: ${rc.summary}`)}">${escapeHtml(rootCauseHeadline(rc, exampleRow))}</span></summary>
<div class="body">
<p class="lead">Example: <b>${escapeHtml(ex.scenario)}</b></p>
${body}
<details><summary>the ${rc.count} scenario(s) of ${escapeHtml(rc.id)}</summary><ul>${list}</ul></details>
</div></details>`;
}

function rootCausesSection(summary: RunSummary, indexed: readonly [ScenarioResult, number][]): string {
  const causes = summary.rootCauses ?? [];
  if (causes.length === 0)
    return '<h2 id="root-causes">Root causes <span class="n">(0)</span></h2><p class="lead">No scenario failed.</p>';
  const byCause = new Map<string, [ScenarioResult, number][]>();
  for (const entry of indexed) {
    const id = entry[0].rootCause;
    if (id) byCause.set(id, [...(byCause.get(id) ?? []), entry]);
  }
  return `<h2 id="root-causes">Root causes <span class="n">(${causes.length})</span></h2>
<p class="lead">Failures whose first failing call has the same operation, check and message are one bug of the target,
however many scenarios it broke. Most scenarios first. A <span class="o o-blocked">blocked</span> scenario failed in a
setup call (creating what it needs, often another resource) before it reached the behaviour it checks: it counts as a
failure, but says nothing yet about that behaviour; fixing its root cause unblocks it.</p>
${causes.map((rc, i) => rootCauseHtml(rc, byCause.get(rc.id) ?? [], i === 0)).join('\n')}`;
}

interface Tally {
  failed: number;
  blocked: number;
  error: number;
  skipped: number;
  passed: number;
  ms: number;
  causes: Set<string>;
}

function tally(): Tally {
  return { failed: 0, blocked: 0, error: 0, skipped: 0, passed: 0, ms: 0, causes: new Set() };
}

function add(t: Tally, r: ScenarioResult): void {
  t[rowOutcome(r)]++;
  t.ms += r.durationMs;
  if (r.rootCause) t.causes.add(r.rootCause);
}

function causeLinks(causes: Set<string>): string {
  return [...causes]
    .sort((a, b) => Number(a.slice(2)) - Number(b.slice(2)))
    .map(rcLink)
    .join(' ');
}

function areaSection(results: readonly ScenarioResult[]): string {
  const byTag = new Map<string, Tally>();
  for (const r of results) {
    for (const tag of r.tags?.length ? r.tags : ['(untagged)']) {
      const t = byTag.get(tag) ?? tally();
      add(t, r);
      byTag.set(tag, t);
    }
  }
  const describe = new Map<string, string>(SCENARIO_TAGS.map((t) => [t.name, t.description]));
  const rows = [...byTag.entries()]
    .sort(
      (a, b) =>
        b[1].failed + b[1].blocked + b[1].error - (a[1].failed + a[1].blocked + a[1].error) || a[0].localeCompare(b[0]),
    )
    .map(
      ([tag, t]) =>
        `<tr><td><span class="tag">${escapeHtml(tag)}</span> <small>${escapeHtml(describe.get(tag) ?? '')}</small></td>${num(t.failed)}${num(t.blocked)}${num(t.error)}${num(t.skipped)}${num(t.passed)}<td class="num">${seconds(t.ms)}</td><td>${causeLinks(t.causes)}</td></tr>`,
    );
  return `<h2 id="by-area">By area <span class="n">(scenario tags)</span></h2>
<p class="lead">A scenario with several tags counts under each. Time is the sum of the scenarios' durations.</p>
<table><thead><tr><th>area</th><th class="num">failed</th><th class="num">blocked</th><th class="num">errors</th><th class="num">skipped</th><th class="num">passed</th><th class="num">time</th><th>root causes</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
}

function operationSection(results: readonly ScenarioResult[]): string {
  const failingHere = new Map<string, Tally>();
  const callers = new Map<string, Tally>();
  for (const r of results) {
    if (r.operationId && (r.outcome === 'failed' || r.outcome === 'error')) {
      const t = failingHere.get(r.operationId) ?? tally();
      add(t, r);
      failingHere.set(r.operationId, t);
    }
    for (const op of new Set((r.operations ?? []).map((o) => o.operationId))) {
      const t = callers.get(op) ?? tally();
      add(t, r);
      callers.set(op, t);
    }
  }
  const ids = [...new Set([...failingHere.keys(), ...callers.keys()])];
  const here = (id: string) => failingHere.get(id) ?? tally();
  const rows = ids
    .sort((a, b) => {
      const fa = here(a);
      const fb = here(b);
      const ca = callers.get(a) ?? tally();
      const cb = callers.get(b) ?? tally();
      return (
        fb.failed + fb.blocked + fb.error - (fa.failed + fa.blocked + fa.error) ||
        cb.failed + cb.blocked + cb.error - (ca.failed + ca.blocked + ca.error) ||
        a.localeCompare(b)
      );
    })
    .map((id) => {
      const f = here(id);
      const c = callers.get(id) ?? tally();
      return `<tr><td><code>${escapeHtml(id)}</code></td>${num(f.failed)}${num(f.blocked)}${num(f.error)}<td>${causeLinks(f.causes)}</td>${num(c.failed + c.blocked + c.error)}${num(c.passed)}</tr>`;
    });
  return `<h2 id="by-operation">By operation</h2>
<p class="lead">"Failing call here": scenarios whose first failing call was this operation (their own check, or a setup
call that blocked them). "Scenarios calling it": every scenario that called the operation at least once, by outcome.</p>
<table><thead><tr><th rowspan="2">operation</th><th colspan="4">failing call here</th><th colspan="2">scenarios calling it</th></tr>
<tr><th class="num">failed</th><th class="num">blocked</th><th class="num">errors</th><th>root causes</th><th class="num">not passed</th><th class="num">passed</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
}

function coverageSection(operations: readonly CoverageOperation[], results: ScenarioResult[]): string {
  const m = buildCoverage([...operations], results);
  const rows = m.rows.map((r) => {
    const seen = Object.entries(r.exercised)
      .sort((a, b) => Number(a[0]) - Number(b[0]))
      .map(([status, n]) => {
        const documented = isDocumented(Number(status), r.documented);
        return `<span class="chip${documented ? '' : ' undoc'}" title="${n} scenario(s)${documented ? '' : '; not documented for this operation'}">${escapeHtml(status)} ×${n}</span>`;
      })
      .join('');
    const missing = r.unexercised.map((s) => `<span class="chip miss">${escapeHtml(s)}</span>`).join('');
    return `<tr${r.scenarios.length === 0 ? ' class="uncalled"' : ''}><td class="name"><code>${escapeHtml(r.operationId)}</code><small>${escapeHtml(r.method.toUpperCase())} ${escapeHtml(r.path)}</small></td>${num(r.scenarios.length)}<td>${seen || '—'}</td><td>${missing || '—'}</td></tr>`;
  });
  const unknown = m.unknown.length
    ? `<p class="lead">Called but not in this spec: ${m.unknown.map((u) => `<code>${escapeHtml(u)}</code>`).join(' ')}</p>`
    : '';
  return `<h2 id="coverage">Coverage <span class="n">(operations × statuses)</span></h2>
<p class="lead">${m.exercisedOperations} of ${m.operations} operations called; ${m.exercisedStatuses} of ${m.documentedStatuses}
documented response statuses produced. A status in red was returned but is not documented for the operation; grey ones
are documented but no scenario produced them.</p>
${unknown}<table><thead><tr><th>operation</th><th class="num">scenarios</th><th>statuses seen (× scenarios)</th><th>documented, not seen</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
}

function timingSection(summary: RunSummary, indexed: readonly [ScenarioResult, number][]): string {
  const ran = indexed.filter(([r]) => r.outcome !== 'skipped');
  const slowest = [...ran].sort((a, b) => b[0].durationMs - a[0].durationMs).slice(0, SLOWEST);
  const max = slowest[0]?.[0].durationMs || 1;
  const total = ran.reduce((sum, [r]) => sum + r.durationMs, 0);
  const rows = slowest.map(
    ([r, i]) =>
      `<tr><td class="num"><span class="bar" style="width:${Math.max(2, Math.round((r.durationMs / max) * 120))}px"></span>${seconds(r.durationMs)}</td><td>${outcomeBadge(rowOutcome(r))}</td><td><a href="#s-${i}">${escapeHtml(r.name)}</a> <small>${escapeHtml(r.file)}</small></td></tr>`,
  );
  return `<h2 id="timing">Timing <span class="n">(the ${slowest.length} slowest scenarios)</span></h2>
<p class="lead">The scenarios' own durations add up to ${seconds(total)}; the run took ${seconds(summary.durationMs)}
(suite files run in parallel). Every scenario's duration is in the list below.</p>
<table><thead><tr><th class="num">duration</th><th>outcome</th><th>scenario</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
}

function scenariosSection(summary: RunSummary, indexed: readonly [ScenarioResult, number][]): string {
  const counts = new Map<RowOutcome, number>(ROW_OUTCOMES.map((o) => [o, 0]));
  for (const [r] of indexed) counts.set(rowOutcome(r), (counts.get(rowOutcome(r)) ?? 0) + 1);
  const buttons = ROW_OUTCOMES.map(
    (o) =>
      `<button type="button" data-outcome="${o}" aria-pressed="true" title="${escapeHtml(OUTCOME_HELP[o])}"><b>${counts.get(o)}</b>${o}</button>`,
  ).join('');
  // Own failures first, then blocked, errors, skips and passes, each in file order.
  const ordered = ROW_OUTCOMES.flatMap((o) => indexed.filter(([r]) => rowOutcome(r) === o));
  return `<h2 id="scenarios-list">Scenarios <span class="n">(${summary.results.length})</span></h2>
<p class="lead">Every scenario with its outcome, why, and its duration; a failure's "evidence" holds the failing exchange
(secrets redacted, body capped), the check and where its expectation comes from, the diff, and a curl command to replay
it. Press an outcome to hide or show it; type to filter by name, file, tag, check, operation or root cause.</p>
<div id="filters">${buttons}<input type="search" id="q" placeholder="filter: name, file, tag, check, operation, RC…" aria-label="filter scenarios"><span id="shown"></span></div>
<table id="scenarios"><thead><tr><th>outcome</th><th>scenario</th><th>reason</th><th class="num">time</th></tr></thead><tbody>
${ordered.map(([r, i]) => scenarioRow(r, i)).join('\n')}
</tbody></table>`;
}

function driftSection(findings: readonly SpecDriftFinding[]): string {
  if (findings.length === 0) return '<h2 id="spec-drift">Spec drift</h2><p>No drift between the two documents.</p>';
  const rows = findings
    .map(
      (f) =>
        `<tr><td>${escapeHtml(f.operation)}</td><td>${escapeHtml(f.aspect)}</td><td>${escapeHtml(f.location || '-')}</td><td>${escapeHtml(f.message)}</td></tr>`,
    )
    .join('\n');
  return `<h2 id="spec-drift">Spec drift <span class="n">(${findings.length}; does not change the exit code)</span></h2>
<table><thead><tr><th>operation</th><th>aspect</th><th>where</th><th>finding</th></tr></thead><tbody>
${rows}
</tbody></table>`;
}

/** What `renderHtml` may add to the run. */
export interface HtmlOptions {
  /** Spec drift findings (`--spec`): adds the drift section. */
  specDrift?: readonly SpecDriftFinding[];
  /** The spec's operations: adds the operation × status coverage matrix. */
  operations?: readonly CoverageOperation[];
}

/**
 * Renders the run as one self-contained HTML page (inline CSS and JS, nothing external): a summary (verdict, counts
 * with blocked scenarios apart, target, seed, capabilities), the root causes with an example's evidence, failures by
 * area and by operation, the coverage matrix (with `operations`), the slowest scenarios, every scenario with its
 * evidence and a filter, run errors, and spec drift when compared.
 */
export function renderHtml(summary: RunSummary, options: HtmlOptions = {}): string {
  const indexed = summary.results.map((r, i): [ScenarioResult, number] => [r, i]);
  const errors = summary.runErrors.length
    ? `<h2 id="run-errors">Run errors <span class="n">(${summary.runErrors.length}; outside any scenario)</span></h2>${summary.runErrors.map((e) => `<pre>${escapeHtml(e)}</pre>`).join('')}`
    : '';
  const sections: [string, string, string][] = [
    ...(errors ? [['run-errors', 'Run errors', errors] as [string, string, string]] : []),
    ['root-causes', `Root causes (${summary.rootCauses?.length ?? 0})`, rootCausesSection(summary, indexed)],
    ['by-area', 'By area', areaSection(summary.results)],
    ['by-operation', 'By operation', operationSection(summary.results)],
    ...(options.operations
      ? [['coverage', 'Coverage', coverageSection(options.operations, summary.results)] as [string, string, string]]
      : []),
    ['timing', 'Timing', timingSection(summary, indexed)],
    ['scenarios-list', `Scenarios (${summary.results.length})`, scenariosSection(summary, indexed)],
    ...(options.specDrift
      ? [['spec-drift', 'Spec drift', driftSection(options.specDrift)] as [string, string, string]]
      : []),
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Conformance report: ${escapeHtml(summary.target)}</title><style>${STYLE}</style></head>
<body><main>
${headerSection(summary)}
<nav class="toc">${sections.map(([id, label]) => `<a href="#${id}">${escapeHtml(label)}</a>`).join('')}</nav>
${sections.map(([, , html]) => html).join('\n')}
</main>
<script>${SCRIPT}</script>
</body></html>
`;
}
