import { describe, expect, test } from 'vitest';
import { parseCli } from './args.ts';

describe('parseCli', () => {
  test.each([
    ['no arguments is help', [], { command: 'help' }],
    ['run defaults', ['run'], { command: 'run', reportDir: 'reports', timeoutMs: 15000, files: [] }],
    [
      'run with a target and filters',
      ['run', '--target', 'http://127.0.0.1:9', '--grep', 'active', 'cwp'],
      {
        command: 'run',
        target: 'http://127.0.0.1:9',
        grep: 'active',
        reportDir: 'reports',
        timeoutMs: 15000,
        files: ['cwp'],
      },
    ],
    ['serve defaults', ['serve'], { command: 'serve', port: 4010, host: '127.0.0.1', clock: 'wall' }],
    [
      'serve options',
      ['serve', '--port', '0', '--clock', 'virtual'],
      { command: 'serve', port: 0, host: '127.0.0.1', clock: 'virtual' },
    ],
  ])('%s', (_name, given, want) => {
    expect(parseCli(given)).toEqual(want);
  });

  test.each([
    ['unknown command', ['walk'], /unknown command 'walk'/],
    ['unknown option', ['run', '--tagret', 'x'], /tagret/],
    ['bad port', ['serve', '--port', 'abc'], /--port must be a whole number/],
    ['port out of range', ['serve', '--port', '70000'], /between 0 and 65535/],
    ['bad clock', ['serve', '--clock', 'fast'], /--clock must be/],
  ])('rejects %s with CONFORMANCE_ERR_BAD_ARGUMENTS', (_name, given, message) => {
    expect(() => parseCli(given)).toThrow(message);
    expect(() => parseCli(given)).toThrow(/CONFORMANCE_ERR_BAD_ARGUMENTS/);
  });
});
