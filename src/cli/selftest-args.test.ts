// Arguments of the fault and baseline options: `--fault` (run, serve), `--expectations`, `--update-expectations`,
// and the `selftest` command.
import { describe, expect, test } from 'vitest';
import { parseCli } from './args.ts';

describe('--fault', () => {
  test('run and serve take repeated catalogue faults', () => {
    expect(parseCli(['run', '--fault', 'create-returns-200', '--fault', 'timer-never-fires'])).toMatchObject({
      command: 'run',
      faults: ['create-returns-200', 'timer-never-fires'],
    });
    expect(parseCli(['serve', '--fault', 'auth-any-password'])).toMatchObject({
      command: 'serve',
      faults: ['auth-any-password'],
    });
    expect(parseCli(['run'])).not.toHaveProperty('faults');
  });

  test('an unknown fault is a bad argument listing the known ones', () => {
    expect(() => parseCli(['serve', '--fault', 'nope'])).toThrow(
      /CONFORMANCE_ERR_BAD_ARGUMENTS.*--fault nope: unknown fault \(known: create-returns-200, /,
    );
  });

  test('a fault applies to the embedded emulator only', () => {
    expect(() => parseCli(['run', '--target', 'http://127.0.0.1:9', '--fault', 'create-returns-200'])).toThrow(
      /embedded emulator only/,
    );
  });
});

describe('--expectations', () => {
  test('run takes a file and --update-expectations', () => {
    expect(parseCli(['run', '--expectations', 'x.json', '--update-expectations'])).toMatchObject({
      expectations: 'x.json',
      updateExpectations: true,
    });
    expect(parseCli(['run'])).not.toHaveProperty('updateExpectations');
  });
});

describe('selftest', () => {
  test('defaults: every fault, 3 clean runs, a full-run sample of 3', () => {
    expect(parseCli(['selftest'])).toEqual({ command: 'selftest', faults: [], repeat: 3, fullSample: 3, full: false });
  });

  test('options', () => {
    expect(
      parseCli([
        'selftest',
        '--fault',
        'timer-never-fires',
        '--repeat',
        '1',
        '--json',
        'r.json',
        '--full',
        '--baseline',
        'b.json',
        '--seed',
        '42',
      ]),
    ).toEqual({
      command: 'selftest',
      faults: ['timer-never-fires'],
      repeat: 1,
      fullSample: 3,
      full: true,
      json: 'r.json',
      baseline: 'b.json',
      seed: 42,
    });
  });

  test('bad values are bad arguments', () => {
    expect(() => parseCli(['selftest', '--repeat', 'x'])).toThrow(/--repeat must be a whole number/);
    expect(() => parseCli(['selftest', '--fault', 'nope'])).toThrow(/unknown fault/);
    expect(() => parseCli(['selftest', '--nope'])).toThrow(/CONFORMANCE_ERR_BAD_ARGUMENTS/);
  });
});
