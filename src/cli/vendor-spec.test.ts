// Regression: `--spec` with Twilio's own published document against our emulator exited 2 (its Media operations are
// absent there), failed 452 scenarios with "status 4xx is not documented" (it declares no errors) and printed 2,144
// drift items. The document here is generated from ours in Twilio's shape (src/test-support/vendor-spec.ts).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { RunSummary } from '../reporting/model.ts';
import type { SpecDriftReport } from '../reporting/spec-drift.ts';
import { runCliProcess } from '../test-support/cli-process.ts';
import { writeVendorShapedDocument } from '../test-support/vendor-spec.ts';

const dir = await mkdtemp(join(tmpdir(), 'conformance-vendor-spec-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('conformance run --spec with a vendor-shaped document (a real process)', () => {
  test('the whole run passes against the emulator, with drift summarised in a few lines by aspect', async () => {
    const vendor = await writeVendorShapedDocument(dir);
    const reports = join(dir, 'reports');
    const ran = await runCliProcess(['run', '--spec', vendor, '--report-dir', reports], { cwd: dir });
    const lines = ran.stdout.split('\n');
    const header = lines.findIndex((l) => l.startsWith(`conformance: spec drift of ${vendor} from ours:`));
    const summary = lines.slice(header, header + 12).filter((l, i) => i === 0 || /^ +[\d,]+ /.test(l));
    // Shown in the test's output: the few lines a user reads.
    console.log(summary.join('\n'));

    expect(ran.code, ran.stdout.slice(-3000) + ran.stderr).toBe(0);
    expect(header).toBeGreaterThan(-1);
    expect(summary.length).toBeLessThanOrEqual(10);
    const text = summary.join('\n');
    expect(text).toContain(`→ ${join(reports, 'spec-drift.json')} (does not change the exit code)`);
    expect(text).toMatch(/^ +[\d,]+ response properties required in ours, optional in theirs$/m);
    expect(text).toMatch(/^ +[\d,]+ response values nullable in theirs only$/m);
    expect(text).toMatch(/^ +[\d,]+ statuses the target answered that only ours declares, validated with ours \(/m);
    expect(text).toMatch(/^ +2 operations absent from theirs, validated with ours \([\d,]+ responses\)$/m);

    const results = JSON.parse(await readFile(join(reports, 'results.json'), 'utf8')) as RunSummary;
    const media = results.results.filter((r) => r.file.startsWith('suites/media/'));
    expect(media.length).toBeGreaterThan(0);
    expect(media.every((r) => r.outcome === 'passed')).toBe(true);
    expect(results.results.filter((r) => r.outcome !== 'passed' && r.outcome !== 'skipped')).toEqual([]);

    // The detail is in the file: every finding with its operation and location.
    const drift = JSON.parse(await readFile(join(reports, 'spec-drift.json'), 'utf8')) as SpecDriftReport;
    const fallbacks = drift.findings.filter((f) => f.aspect === 'operation-validated-with-ours');
    expect(fallbacks.map((f) => f.operationIds.ours).sort()).toEqual(['createMedia', 'fetchMedia']);
    expect(drift.findings.some((f) => f.aspect === 'status-only-in-ours' && f.location === '404')).toBe(true);
    const junit = await readFile(join(reports, 'junit.xml'), 'utf8');
    expect(junit).toContain('<testsuite name="spec-drift"');
    expect(junit).toContain('[status-only-in-ours] 404');
  }, 600_000);
});
