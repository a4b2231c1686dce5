// The whole self-test through the CLI in a real process: every fault of the catalogue against its related suites,
// after three clean runs. Its own vitest project (`npm run test:selftest`), not part of `npm test`: about 4 minutes
// on 2 cores. CI runs both (.ci/run).
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCliProcess } from '../test-support/cli-process.ts';
import type { SelftestReport } from './selftest.ts';

const conformance = (args: string[]) => runCliProcess(args);

describe('the whole self-test', () => {
  // Measured in the README ("Fault catalogue and self-test"): about 4 minutes on 2 cores, 6 when the machine is busy.
  test('every fault is caught or a known survivor, and the clean emulator passes 3 runs', {
    timeout: 50 * 60_000,
  }, async () => {
    const json = join(await mkdtemp(join(tmpdir(), 'selftest-')), 'selftest.json');
    const ran = await conformance(['selftest', '--repeat', '3', '--json', json]);
    const report = JSON.parse(await readFile(json, 'utf8')) as SelftestReport;
    console.log(
      ran.stdout
        .split('\n')
        .filter((line) => line.startsWith('selftest: ') && !line.includes('] '))
        .join('\n'),
    );
    expect(report.clean.failures).toEqual([]);
    expect(report.unexpectedSurvivors).toEqual([]);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
  });
});
