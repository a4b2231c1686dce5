// `--record FILE` then `--target cassette:FILE`: a cassette recorded from the embedded emulator replays to a green
// run, offline (the emulator is not running during the replay).
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { Har } from '../client/har.ts';
import { runCliProcess } from '../test-support/cli-process.ts';

const FILES = ['conversations/crud', 'messages/crud'];

test('a cassette recorded from the emulator replays to a green run', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'conformance-cassette-'));
  const cassette = join(dir, 'emulator.har');
  const recorded = await runCliProcess([
    'run',
    '--seed',
    '11',
    '--record',
    cassette,
    '--reporter',
    'json',
    '--reporter',
    'dot',
    '--report-dir',
    join(dir, 'recorded'),
    ...FILES,
  ]);
  expect(recorded.code, recorded.stdout.slice(-2000) + recorded.stderr).toBe(0);
  const har = JSON.parse(await readFile(cassette, 'utf8')) as Har;
  expect(har.log.version).toBe('1.2');
  expect(har.log.entries.length).toBeGreaterThan(100);
  // No credential travels: every Authorization header is redacted.
  const auth = har.log.entries.flatMap((e) => e.request.headers.filter((h) => h.name === 'authorization'));
  expect(auth.length).toBeGreaterThan(0);
  expect(new Set(auth.map((h) => h.value))).toEqual(new Set(['***']));

  const replayed = await runCliProcess([
    'run',
    '--seed',
    '12',
    '--target',
    `cassette:${cassette}`,
    '--reporter',
    'json',
    '--reporter',
    'dot',
    '--report-dir',
    join(dir, 'replayed'),
    ...FILES,
  ]);
  expect(replayed.code, replayed.stdout.slice(-3000) + replayed.stderr).toBe(0);
  const summary = JSON.parse(await readFile(join(dir, 'replayed', 'results.json'), 'utf8')) as {
    results: Array<{ outcome: string }>;
  };
  const passed = summary.results.filter((r) => r.outcome === 'passed').length;
  expect(passed).toBeGreaterThan(60);
  expect(summary.results.filter((r) => r.outcome === 'failed' || r.outcome === 'error')).toEqual([]);
}, 240_000);
