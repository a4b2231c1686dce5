import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCli } from './args.ts';
import { CONFIG_FILE_NAME } from './config-file.ts';

/** A fresh directory holding `conformance.config.json` (or `name`) with `content`. */
function dirWith(content: unknown, name = CONFIG_FILE_NAME): string {
  const dir = mkdtempSync(join(tmpdir(), 'conformance-config-'));
  writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

const FILE = {
  target: 'http://127.0.0.1:9',
  'report-dir': 'out',
  tag: ['limits'],
  seed: 42,
  'real-timers': true,
  timeout: '2000',
  files: ['conversations'],
};

describe('conformance.config.json', () => {
  test.each([
    [
      'the file alone gives the options (keys are the flag names)',
      { given: [], want: { target: FILE.target, reportDir: 'out', tags: ['limits'], seed: 42, realTimers: true } },
    ],
    ['N and MS options take a number or a string', { given: [], want: { timeoutMs: 2000, files: ['conversations'] } }],
    [
      'flags override the file, repeatable ones replace its list, positionals replace files',
      {
        given: ['--seed', '7', '--tag', 'webhooks', '--report-dir', 'r', 'messages'],
        want: { seed: 7, tags: ['webhooks'], reportDir: 'r', files: ['messages'], target: FILE.target },
      },
    ],
  ])('%s', (_name, { given, want }) => {
    const dir = dirWith(FILE);
    expect(parseCli(['run', ...given], { cwd: dir })).toMatchObject({
      command: 'run',
      ...want,
      configFile: join(dir, CONFIG_FILE_NAME),
    });
  });

  test('no file in the working directory: flags only, no configFile', () => {
    const dir = mkdtempSync(join(tmpdir(), 'conformance-config-'));
    expect(parseCli(['run'], { cwd: dir })).not.toHaveProperty('configFile');
  });

  test('--config FILE reads another file; coverage takes it too', () => {
    const dir = dirWith({ grep: 'active', json: 'm.json' }, 'ci.json');
    expect(parseCli(['coverage', '--config', 'ci.json'], { cwd: dir })).toMatchObject({
      command: 'coverage',
      grep: 'active',
      json: 'm.json',
      configFile: join(dir, 'ci.json'),
    });
  });

  test('the b section (side B of a future compare) is accepted: a target and the names of its credential variables', () => {
    const b = { target: 'http://127.0.0.1:4011', accountSidEnv: 'B_ACCOUNT_SID', authTokenEnv: 'B_AUTH_TOKEN' };
    expect(parseCli(['run'], { cwd: dirWith({ b }) })).toMatchObject({ sideB: b });
  });

  test.each([
    [
      'an unknown key',
      { tags: ['limits'] },
      /conformance\.config\.json: unknown key 'tags' \(allowed: target, spec, report-dir, grep, tag,.* shard, files, b\)/,
    ],
    ['the wrong type', { seed: true }, /conformance\.config\.json: 'seed' must be string or integer, got a boolean/],
    ['a list given as a string', { tag: 'limits' }, /'tag' must be array, got a string/],
    [
      'a bad value',
      { schema: 'loose' },
      /conformance\.config\.json: 'schema': .*--schema must be 'strict' or 'warn', got 'loose'/,
    ],
    ['a bad number', { seed: -1 }, /conformance\.config\.json: 'seed': .*--seed must be a whole number/],
    [
      'an unknown key in b',
      { b: { target: 'x', token: 's' } },
      /unknown key 'b\.token' \(allowed: target, accountSidEnv, authTokenEnv\)/,
    ],
    ['b without its target', { b: {} }, /'b' needs 'target'/],
    ['not an object', [1], /'\(top level\)' must be an object of object, got an array/],
    ['not JSON', '{ "seed": ', /conformance\.config\.json: not JSON/],
  ])('%s is CONFORMANCE_ERR_BAD_ARGUMENTS naming the file and the key', (_name, content, message) => {
    const dir = dirWith(content);
    expect(() => parseCli(['run'], { cwd: dir })).toThrow(message);
    expect(() => parseCli(['run'], { cwd: dir })).toThrow(/CONFORMANCE_ERR_BAD_ARGUMENTS/);
  });

  test('a flag overriding a bad file value is not blamed on the file', () => {
    expect(parseCli(['run', '--schema', 'warn'], { cwd: dirWith({ schema: 'loose' }) })).toMatchObject({
      schema: 'warn',
    });
  });

  test('a missing --config file is an error naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'conformance-config-'));
    expect(() => parseCli(['run', '--config', 'nope.json'], { cwd: dir })).toThrow(
      /--config .*nope\.json: cannot read/,
    );
  });
});
