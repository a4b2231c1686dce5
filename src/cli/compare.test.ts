// `conformance compare` end to end: the emulator against itself reports nothing; against itself under one deliberate
// fault it reports that fault's differences and nothing else.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CompareReport } from '../compare/report.ts';
import { runCliProcess } from '../test-support/cli-process.ts';

async function compare(
  extra: string[],
  files: string[],
): Promise<{ code: number | null; report: CompareReport; out: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'conformance-compare-'));
  const ran = await runCliProcess([
    'compare',
    '--a',
    'emulator',
    '--b',
    'emulator',
    '--seed',
    '5',
    '--report-dir',
    dir,
    ...extra,
    ...files,
  ]);
  const report = JSON.parse(await readFile(join(dir, 'compare.json'), 'utf8')) as CompareReport;
  const junit = await readFile(join(dir, 'compare-junit.xml'), 'utf8');
  expect(junit.match(/<testcase /g)?.length).toBe(report.scenarios.length);
  expect(await readFile(join(dir, 'compare.html'), 'utf8')).toContain('<!doctype html>');
  return { code: ran.code, report, out: ran.stdout + ran.stderr };
}

describe('conformance compare', () => {
  test('the emulator compared with itself reports no difference (run-specific names are noise)', async () => {
    const { code, report, out } = await compare([], ['conversations/crud']);
    expect(code, out).toBe(0);
    expect(report.scenarios.length).toBeGreaterThan(20);
    expect(report.differences).toEqual([]);
    expect(report.noise.length).toBeGreaterThan(0);
  }, 240_000);

  test('message-sid-prefix-sm: every difference is a Message SID with SM for IM', async () => {
    const { code, report, out } = await compare(['--b-fault', 'message-sid-prefix-sm'], ['messages/crud']);
    expect(code, out).toBe(1);
    expect(report.differences.length).toBeGreaterThan(0);
    expect(
      report.differences.filter((d) => !/<IM\d+>/.test(JSON.stringify(d.a)) || !/<SM\d+>/.test(JSON.stringify(d.b))),
    ).toEqual([]);
  }, 240_000);

  test('date-not-iso: every difference is an ISO 8601 date that became RFC 2822', async () => {
    const { code, report, out } = await compare(['--b-fault', 'date-not-iso'], ['conversations/crud']);
    expect(code, out).toBe(1);
    expect(report.differences.length).toBeGreaterThan(0);
    expect(report.differences.filter((d) => d.a !== '<time>' || d.b !== '<rfc2822-time>')).toEqual([]);
    expect(new Set(report.differences.map((d) => d.field))).toEqual(new Set(['/date_created', '/date_updated']));
  }, 240_000);

  test('an unreachable side exits 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'conformance-compare-'));
    const ran = await runCliProcess(
      ['compare', '--a', 'emulator', '--b', 'http://127.0.0.1:9', '--report-dir', dir, 'conversations/crud'],
      {
        env: { CONFORMANCE_B_ACCOUNT_SID: `AC${'0'.repeat(32)}`, CONFORMANCE_B_AUTH_TOKEN: 'x'.repeat(32) },
      },
    );
    expect(ran.code, ran.stdout + ran.stderr).toBe(2);
  }, 240_000);
});
