import { describe, expect, test } from 'vitest';
import type { CoverageOperation } from './coverage.ts';
import { indentJsonText, renderHtml } from './html.ts';
import type { RunSummary } from './model.ts';
import { HOSTILE_BODY, sampleFailingRun } from './sample-run.ts';

const OPERATIONS: CoverageOperation[] = [
  { operationId: 'createConversation', method: 'post', path: '/v1/Conversations', documented: ['201', '400', '401'] },
  { operationId: 'fetchConversation', method: 'get', path: '/v1/Conversations/{Sid}', documented: ['200', '404'] },
  { operationId: 'deleteRole', method: 'delete', path: '/v1/Roles/{Sid}', documented: ['204', '404'] },
];

const run = sampleFailingRun();
const html = renderHtml(run, { operations: OPERATIONS });

/** The HTML of the element that starts at `id` up to the next section heading. */
function section(id: string): string {
  const start = html.indexOf(`<h2 id="${id}"`);
  if (start < 0) throw new Error(`no section ${id}`);
  const end = html.indexOf('<h2 ', start + 1);
  return html.slice(start, end < 0 ? undefined : end);
}

/** The cells of the table row whose first cell contains `label`, as text. */
function rowOf(part: string, label: string): string[] {
  const row = part.split('<tr').find((r) => r.includes(label) && r.includes('<td'));
  if (!row) throw new Error(`no row ${label}`);
  return [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, '').trim());
}

describe('renderHtml: one self-contained page', () => {
  test('no external scripts, styles, images or links; one inline script and style', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script[^>]+src=|<link\b|<img\b|<iframe\b|url\(|@import/);
    expect(html.match(/(?:href|src)="[^"#][^"]*"/g) ?? []).toEqual([]);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/<style>/g)).toHaveLength(1);
  });

  test('sections in reading order: root causes first, then area, operation, coverage, timing, scenarios', () => {
    const ids = [...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['root-causes', 'by-area', 'by-operation', 'coverage', 'timing', 'scenarios-list']);
    expect(html).toContain('<nav class="toc"><a href="#root-causes">Root causes (3)</a>');
  });

  test.each([
    ['run errors lead when there are some', { runErrors: ['suite failed to load: boom <x>'] }, 'run-errors'],
    ['spec drift comes last when compared', {}, 'spec-drift'],
  ])('%s', (_name, extra, id) => {
    const page = renderHtml({ ...run, ...extra }, { specDrift: [] });
    const ids = [...page.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
    expect(id === 'run-errors' ? ids[0] : ids.at(-1)).toBe(id);
    if (id === 'run-errors') expect(page).toContain('suite failed to load: boom &lt;x&gt;');
    else expect(page).toContain('No drift between the two documents.');
  });

  test('without operations there is no coverage section', () => {
    expect(renderHtml(run)).not.toContain('id="coverage"');
  });
});

describe('renderHtml: summary header', () => {
  test('counts blocked scenarios apart from failures of their own check, and names the verdict', () => {
    const cards = [...html.matchAll(/<div class="card[^"]*"[^>]*><b>(\d+)<\/b><span>([^<]+)<\/span>/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(cards).toEqual([
      '4 failed their own check',
      '3 blocked by a failing setup call',
      '1 kit errors',
      '2 skipped',
      '5 passed',
      '3 root causes',
    ]);
    expect(html).toContain(
      '7 of 15 scenarios failed (4 on their own check, 3 blocked in setup), traced to 3 root cause(s)',
    );
  });

  test('shows target, seed (with the replay command), capabilities and what was not selected', () => {
    expect(html).toContain('<code>http://127.0.0.1:43069</code>');
    expect(html).toContain('the same test data again with <code>npx conformance run --seed 2075251282</code>');
    expect(html).toMatch(/cap-on"[^>]*>✓ webhookDelivery</);
    expect(html).toMatch(/cap-off"[^>]*>✗ clockControl</);
    expect(html).toContain('3 scenario(s) left out by --grep/--tag');
  });

  test('a clean run says so', () => {
    const clean: RunSummary = { ...run, results: run.results.filter((r) => r.outcome === 'passed'), rootCauses: [] };
    const page = renderHtml(clean);
    expect(page).toContain('<p class="verdict good">Every scenario that ran passed (5 passed, 0 skipped).</p>');
    expect(page).toContain('No scenario failed.');
  });
});

describe('renderHtml: root causes', () => {
  const part = section('root-causes');
  const rc1 = part.slice(part.indexOf('id="rc-RC1"'), part.indexOf('id="rc-RC2"'));

  test('one collapsible entry per root cause, most scenarios first, the first one open', () => {
    expect([...part.matchAll(/<details class="rc" id="(rc-RC\d+)"( open)?>/g)].map((m) => m[1] + (m[2] ?? ''))).toEqual(
      ['rc-RC1 open', 'rc-RC2', 'rc-RC3'],
    );
  });

  test("each says its count, how many it blocked, and the example's own words (not the normalised signature)", () => {
    expect(rc1).toContain(
      '<span class="rc-count">5 scenario(s)</span>, <span class="rc-blocked">3 of them blocked in setup</span>',
    );
    expect(rc1).toContain(
      'createConversation: [response-schema] (root) must have required property &#39;friendly_name&#39;',
    );
    const rc2 = part.slice(part.indexOf('id="rc-RC2"'), part.indexOf('id="rc-RC3"'));
    expect(rc2).toContain('&quot;messages are listed in ascending index order by default&quot;: expected [ …(3) ]');
    expect(rc2.replace(/title="[^"]*"/g, '')).not.toContain('{n}'); // the signature is only a tooltip
  });

  test("the example's evidence: check, source of the expectation, exchange, curl", () => {
    expect(rc1).toContain('<dt>check</dt><dd><code>response-schema</code></dd>');
    expect(rc1).toContain(
      '<b>expected by</b> Conversation resource; Twilio docs 004:L16550, 004:L31033; spec/DECISIONS.md D-SCHEMA-2, D-CONV-1',
    );
    expect(rc1).toContain('<span class="method">POST</span> <code>http://127.0.0.1:43069/v1/Conversations</code>');
    expect(rc1).toContain('<pre>Attributes={}</pre>');
    expect(rc1).toContain('<span class="st st-2">201</span>');
    expect(rc1).toContain('  &quot;state&quot;: &quot;active&quot;,'); // pretty-printed JSON
    expect(rc1).toContain('curl -sS -X POST \\\n  &#39;http://127.0.0.1:43069/v1/Conversations&#39;');
  });

  test('lists its scenarios, blocked ones marked, each linking to its row', () => {
    const items = [...rc1.matchAll(/<li><span class="o o-(\w+)"[^>]*>\w+<\/span> <a href="#(s-\d+)">/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(items).toEqual(['failed s-0', 'failed s-1', 'blocked s-2', 'blocked s-3', 'blocked s-4']);
  });
});

describe('renderHtml: by area, by operation, coverage, timing', () => {
  test.each([
    ['conversations', ['3', '0', '0', '0', '1']],
    ['participants', ['0', '2', '0', '0', '0']],
    ['limits', ['0', '0', '1', '0', '0']],
    ['users', ['0', '0', '0', '1', '1']],
  ])('area %s: failed, blocked, errors, skipped, passed', (tag, counts) => {
    expect(rowOf(section('by-area'), `<span class="tag">${tag}</span>`).slice(1, 6)).toEqual(counts);
  });

  test('area rows with failures come first, with their root causes', () => {
    const part = section('by-area');
    expect(part.indexOf('>conversations<')).toBeLessThan(part.indexOf('>auth<'));
    expect(rowOf(part, '>conversations<').at(-1)).toBe('RC1 RC3');
  });

  test('by operation: failing calls here (own and blocked) and the outcomes of every scenario calling it', () => {
    const part = section('by-operation');
    // operation | failed | blocked | errors | root causes | callers not passed | callers passed (the message
    // scenario called createConversation too, then failed elsewhere)
    expect(rowOf(part, '<code>createConversation</code>')).toEqual([
      'createConversation',
      '2',
      '3',
      '0',
      'RC1',
      '6',
      '0',
    ]);
    expect(rowOf(part, '<code>fetchConversation</code>')).toEqual([
      'fetchConversation',
      '1',
      '0',
      '0',
      'RC3',
      '1',
      '1',
    ]);
    expect(part.indexOf('createConversation')).toBeLessThan(part.indexOf('listRole'));
  });

  test('coverage: statuses seen per operation, undocumented ones flagged, documented ones not seen, uncalled rows', () => {
    const part = section('coverage');
    expect(part).toContain('2 of 3 operations called; 2 of 7');
    expect(rowOf(part, '<code>fetchConversation</code>')).toEqual([
      'fetchConversationGET /v1/Conversations/{Sid}',
      '2',
      '200 ×1502 ×1',
      '404',
    ]);
    expect(part).toContain(
      '<span class="chip undoc" title="1 scenario(s); not documented for this operation">502 ×1</span>',
    );
    expect(part).toContain('<tr class="uncalled"><td class="name"><code>deleteRole</code>');
  });

  test('timing: the slowest scenarios first, and a duration on every scenario row', () => {
    const part = section('timing');
    const durations = [...part.matchAll(/<\/span>([\d.]+ m?s)<\/td>/g)].map((m) => m[1]);
    expect(durations.slice(0, 3)).toEqual(['4.2 s', '1.4 s', '61 ms']);
    const rows = section('scenarios-list').match(/<tr id="s-\d+"[\s\S]*?<\/tr>/g) ?? [];
    expect(rows).toHaveLength(run.results.length);
    for (const row of rows) expect(row).toMatch(/<td class="num">[\d.]+ m?s<\/td><\/tr>$/);
  });
});

describe('renderHtml: scenario rows', () => {
  const part = section('scenarios-list');
  const rowById = (i: number) =>
    /<tr id="s-\d+"[\s\S]*?<\/tr>/.exec(part.slice(part.indexOf(`<tr id="s-${i}"`)))?.[0] ?? '';

  test('own failures first, then blocked, errors, skips and passes; blocked rows are their own class', () => {
    const outcomes = [...part.matchAll(/<tr id="s-\d+" data-outcome="(\w+)"/g)].map((m) => m[1]);
    expect(outcomes).toEqual([
      ...Array(4).fill('failed'),
      ...Array(3).fill('blocked'),
      'error',
      'skipped',
      'skipped',
      ...Array(5).fill('passed'),
    ]);
    expect(part).toContain('<b>3</b>blocked</button>');
  });

  test('a blocked row says which setup call failed and links its root cause', () => {
    const row = rowById(2);
    expect(row).toContain('data-outcome="blocked"');
    expect(row).toContain('blocked in setup — [response-schema] createConversation');
    expect(row).toContain(
      'Blocked: the setup call <code>createConversation</code> failed before the behaviour this scenario checks',
    );
    expect(row).toContain('href="#rc-RC1"');
  });

  test("an assertion failure shows the diff (colours stripped, lines marked) and the scenario's line, not a stack", () => {
    const row = rowById(5);
    expect(row).toContain('<span class="exp">- Expected</span>\n<span class="act">+ Received</span>');
    expect(row).toContain('<span class="exp">-   &quot;IM2dfaae1a04f6965f437c363bc154a87d&quot;,</span>');
    expect(row).not.toContain('\u001b');
    expect(row).toContain("the scenario's assertion at <code>suites/messages/crud.suite.ts:75:38</code>");
    expect(html).not.toContain('/work/kit/');
  });

  test('a body over the cap is marked truncated with its full size, and indented though it cannot be parsed', () => {
    const row = rowById(5);
    expect(row).toContain('<div class="trunc">truncated: the first 4,096 characters of 5,540 bytes are shown</div>');
    expect(row).toContain('{\n  &quot;messages&quot;: [\n    {\n      &quot;sid&quot;: ');
  });

  test('secrets stay redacted: the authorization header as the evidence carries it, credentials only as variables', () => {
    expect(html).toContain('authorization: Basic ***');
    expect(html).not.toMatch(/authorization: Basic [A-Za-z0-9+/=]{8,}/);
    expect(html).toContain('-u &quot;$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN&quot;');
  });

  test('a known failure (skipped by the baseline) keeps its evidence; a fixed one says to remove it', () => {
    expect(part).toMatch(/known: the friendly name is omitted until it is set \(#12\)<details><summary>evidence/);
    expect(part).toContain(
      '<b>fixed: remove it from the expectations baseline</b> (identity lookup was case-sensitive (#9))',
    );
  });

  test('schema warnings (--schema warn) are listed on the scenario that carried them', () => {
    expect(part).toContain('1 schema warning(s) (--schema warn)');
    expect(part).toContain('listConversation: (root) must have required property &#39;unique_name&#39;');
  });

  test('a kit error shows its detail', () => {
    expect(rowById(7)).toContain('<dt>kit error</dt><dd><pre>KitError: CONFORMANCE_ERR_UNKNOWN_OPERATION');
  });
});

describe('renderHtml: escaping untrusted output', () => {
  test('a response body with markup stays text: no second script, the body escaped verbatim', () => {
    expect(HOSTILE_BODY).toContain('</script><script>alert(1)</script>');
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html).not.toContain('alert(1)</script>');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  test('names, tags, headers and URLs are escaped in text and in attributes', () => {
    const evil = '"><img src=x onerror=alert(1)>';
    const summary: RunSummary = {
      ...run,
      target: `http://t/${evil}`,
      results: run.results.map((r, i) =>
        i === 0
          ? {
              ...r,
              name: evil,
              tags: [evil],
              evidence: r.evidence?.map((e) => ({ ...e, response: { ...e.response, headers: { [evil]: evil } } })),
            }
          : r,
      ),
    };
    const page = renderHtml(summary);
    expect(page).not.toContain('<img');
    expect(page).not.toMatch(/"><img/);
    expect(page).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('indentJsonText', () => {
  test.each([
    ['an object', { given: '{"a":1,"b":[1,2]}', want: '{\n  "a": 1,\n  "b": [\n    1,\n    2\n  ]\n}' }],
    ['empty containers stay on one line', { given: '{"a":{},"b":[]}', want: '{\n  "a": {},\n  "b": []\n}' }],
    [
      'punctuation inside strings is untouched',
      { given: '{"a":"x,{y}: \\"z\\""}', want: '{\n  "a": "x,{y}: \\"z\\""\n}' },
    ],
    [
      'a body cut short',
      {
        given: '{"items":[{"sid":"CH1"},{"si',
        want: '{\n  "items": [\n    {\n      "sid": "CH1"\n    },\n    {\n      "si',
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(indentJsonText(given)).toBe(want);
  });
});

describe('renderHtml filter script', () => {
  // No browser here (html.browser.test.ts has one): run the inline script against a stand-in of the DOM it touches.
  test('hides rows of a released outcome and rows not matching the search; a link to a hidden row clears the filter', () => {
    const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
    const listeners = new Map<object, () => void>();
    const buttons = ['failed', 'blocked', 'error', 'skipped', 'passed'].map((outcome) => {
      const attrs: Record<string, string> = { 'aria-pressed': 'true' };
      const b = {
        dataset: { outcome },
        getAttribute: (n: string) => attrs[n],
        setAttribute: (n: string, v: string) => {
          attrs[n] = v;
        },
        addEventListener: (_t: string, fn: () => void) => listeners.set(b, fn),
      };
      return b;
    });
    const rows = [
      { id: 's-0', dataset: { outcome: 'failed', q: 'failed breaks the contract rc1' }, hidden: false },
      { id: 's-1', dataset: { outcome: 'blocked', q: 'blocked setup rc1' }, hidden: false },
      { id: 's-2', dataset: { outcome: 'passed', q: 'passed fine' }, hidden: false },
    ].map((r) => ({ ...r, tagName: 'TR', scrollIntoView: () => {}, querySelector: () => null }));
    const search = { value: '', addEventListener: (_t: string, fn: () => void) => listeners.set(search, fn) };
    const shown = { textContent: '' };
    const location = { hash: '' };
    const window = { addEventListener: (_t: string, fn: () => void) => listeners.set(window, fn) };
    const document = {
      querySelectorAll: (q: string) => (q.startsWith('#filters') ? buttons : rows),
      getElementById: (id: string) => (id === 'q' ? search : id === 'shown' ? shown : rows.find((r) => r.id === id)),
    };
    new Function('document', 'window', 'location', script)(document, window, location);
    expect(shown.textContent).toBe('showing 3 of 3');
    listeners.get(buttons[4] as object)?.(); // release "passed"
    expect(rows.map((r) => r.hidden)).toEqual([false, false, true]);
    search.value = 'CONTRACT';
    listeners.get(search)?.();
    expect(rows.map((r) => r.hidden)).toEqual([false, true, true]);
    expect(shown.textContent).toBe('showing 1 of 3');
    location.hash = '#s-2';
    listeners.get(window)?.();
    expect(rows.map((r) => r.hidden)).toEqual([false, false, false]);
    expect(search.value).toBe('');
  });
});
