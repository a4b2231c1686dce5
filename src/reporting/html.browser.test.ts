// The HTML report of a failing run, opened in a real browser: headless Chromium (Debian's `chromium`; .ci/run installs
// it) loads the page from disk, the test checks that no console error or uncaught exception occurred, that the hostile
// body stayed text, that the root causes lead, and drives the filter script the way a reader would. A screenshot goes
// to reports/report-screenshot.png (the viewport a reader sees first) and reports/report-full.png (the whole page).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadSpec } from '../spec/load.ts';
import { type BrowserPage, findChromium, openInChromium } from '../test-support/chromium.ts';
import { coverageOperations } from './coverage.ts';
import { renderHtml } from './html.ts';
import { HOSTILE_BODY, sampleFailingRun } from './sample-run.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const REPORTS = join(ROOT, 'reports');
const chromium = findChromium();
const NO_CHROMIUM = 'no chromium on PATH (Debian: apt-get install -y chromium; .ci/run installs it in CI)';

describe('report.html in headless Chromium', { timeout: 120_000 }, () => {
  const summary = sampleFailingRun();
  let page: BrowserPage | undefined;
  let dir = '';

  beforeAll(async () => {
    if (!chromium) return;
    const spec = await loadSpec();
    dir = await mkdtemp(join(tmpdir(), 'conformance-report-'));
    const file = join(dir, 'report.html');
    await writeFile(file, renderHtml(summary, { operations: coverageOperations(spec.operations.all) }));
    page = await openInChromium(chromium, pathToFileURL(file).href, { width: 1400, height: 2000 });
    await mkdir(REPORTS, { recursive: true });
    await page.screenshot(join(REPORTS, 'report-screenshot.png'));
  }, 120_000);

  afterAll(async () => {
    await page?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** The open page, or a skip with the reason when this machine has no Chromium. */
  function open(ctx: { skip: (note: string) => void }): BrowserPage {
    if (!page) ctx.skip(NO_CHROMIUM);
    return page as BrowserPage;
  }

  test('loads without console errors or uncaught exceptions', (ctx) => {
    expect(open(ctx).consoleErrors).toEqual([]);
  });

  test('leads with the root causes, the first one open with its evidence', async (ctx) => {
    const p = open(ctx);
    const sections = await p.evaluate<string[]>("[...document.querySelectorAll('main>h2')].map(h=>h.id)");
    expect(sections).toEqual(['root-causes', 'by-area', 'by-operation', 'coverage', 'timing', 'scenarios-list']);
    const causes = await p.evaluate<{ id: string; open: boolean }[]>(
      "[...document.querySelectorAll('details.rc')].map(d=>({id:d.id,open:d.open}))",
    );
    expect(causes).toEqual((summary.rootCauses ?? []).map((rc, i) => ({ id: `rc-${rc.id}`, open: i === 0 })));
    expect(await p.evaluate<string>("document.querySelector('details.rc[open] .curl').textContent")).toContain(
      'curl -sS -X POST',
    );
  });

  test('the hostile response body stays text: the page has one script, and the body shows verbatim', async (ctx) => {
    const p = open(ctx);
    expect(await p.evaluate<number>("document.querySelectorAll('script').length")).toBe(1);
    const bodies = await p.evaluate<string[]>("[...document.querySelectorAll('pre.body')].map(b=>b.textContent)");
    expect(bodies).toContain(HOSTILE_BODY);
  });

  test('the filter counts rows, hides released outcomes and non-matching text, and a root-cause link reveals its row', async (ctx) => {
    const p = open(ctx);
    const shown = () => p.evaluate<string>("document.getElementById('shown').textContent");
    const visible = () =>
      p.evaluate<string[]>(
        "[...document.querySelectorAll('#scenarios>tbody>tr')].filter(r=>!r.hidden).map(r=>r.dataset.outcome)",
      );
    const total = summary.results.length;
    expect(await shown()).toBe(`showing ${total} of ${total}`);
    expect((await visible()).filter((o) => o === 'blocked')).toHaveLength(3);

    await p.evaluate("document.querySelector('#filters button[data-outcome=passed]').click()");
    expect(await visible()).not.toContain('passed');
    const passed = summary.results.filter((r) => r.outcome === 'passed').length;
    expect(await shown()).toBe(`showing ${total - passed} of ${total}`);

    await p.evaluate("const q=document.getElementById('q');q.value='participants';q.dispatchEvent(new Event('input'))");
    expect(await visible()).toEqual(['blocked', 'blocked']);

    // Release 'blocked' so a blocked row is hidden, then follow a link to it: the filter clears and its evidence opens.
    const blockedRow = await p.evaluate<string>("document.querySelector('tr[data-outcome=blocked]').id");
    await p.evaluate(
      `document.querySelector('#filters button[data-outcome=blocked]').click(); location.hash='#${blockedRow}'`,
    );
    await p.evaluate('new Promise(r=>setTimeout(r,50))');
    expect(await p.evaluate<boolean>(`document.getElementById('${blockedRow}').hidden`)).toBe(false);
    expect(await p.evaluate<boolean>(`document.getElementById('${blockedRow}').querySelector('details').open`)).toBe(
      true,
    );
    expect(await shown()).toBe(`showing ${total} of ${total}`);
    expect(p.consoleErrors).toEqual([]);

    await p.screenshot(join(REPORTS, 'report-full.png'), { fullPage: true });
  });

  test('(control) the same page does report an error thrown in it: the checks above are not vacuous', async (ctx) => {
    const p = open(ctx);
    await p.evaluate(
      "setTimeout(()=>{throw new Error('probe')});console.error('probe too');new Promise(r=>setTimeout(r,50))",
    );
    expect(p.consoleErrors).toEqual([expect.stringContaining('probe too'), expect.stringContaining('Error: probe')]);
  });
});
