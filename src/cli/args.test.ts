import { describe, expect, test } from 'vitest';
import { parseCli } from './args.ts';

describe('parseCli', () => {
  test.each([
    ['no arguments is help', [], { command: 'help' }],
    [
      'run defaults',
      ['run'],
      {
        command: 'run',
        reportDir: 'reports',
        timeoutMs: 15000,
        files: [],
        tags: [],
        realTimers: false,
        live: false,
        suites: [],
      },
    ],
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
        tags: [],
        realTimers: false,
        live: false,
        suites: [],
      },
    ],
    [
      'run with seed, tags, budget, real timers, webhooks and extra suites',
      [
        'run',
        '--seed',
        '42',
        '--tag',
        'limits',
        '--tag',
        'paging && !slow',
        '--budget',
        '25',
        '--real-timers',
        '--live',
        '--webhook-url',
        'https://abc.example.test/hooks',
        '--webhook-port',
        '8787',
        '--suites',
        'examples',
      ],
      {
        command: 'run',
        reportDir: 'reports',
        timeoutMs: 15000,
        files: [],
        seed: 42,
        tags: ['limits', 'paging && !slow'],
        budget: 25,
        realTimers: true,
        live: true,
        webhookUrl: 'https://abc.example.test/hooks',
        webhookPort: 8787,
        suites: ['examples'],
      },
    ],
    [
      'serve defaults',
      ['serve'],
      {
        command: 'serve',
        port: 4010,
        host: '127.0.0.1',
        clock: 'wall',
        stateIntervalS: 30,
        shutdownTimeoutMs: 10_000,
      },
    ],
    [
      'serve options',
      ['serve', '--port', '0', '--clock', 'virtual', '--state', 'emu.json', '--state-interval', '0'],
      {
        command: 'serve',
        port: 0,
        host: '127.0.0.1',
        clock: 'virtual',
        state: 'emu.json',
        stateIntervalS: 0,
        shutdownTimeoutMs: 10_000,
      },
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
    ['bad seed', ['run', '--seed', 'abc'], /--seed must be a whole number/],
    ['seed too large', ['run', '--seed', '99999999999'], /--seed must be a whole number below 2\^32/],
    ['unknown tag', ['run', '--tag', 'limts'], /--tag 'limts': unknown tag limts \(known: conversations,/],
    ['unknown tag in an expression', ['run', '--tag', 'limits && nope'], /unknown tag nope/],
    ['bad tag expression', ['run', '--tag', 'limits &&'], /--tag 'limits &&' is not a tag expression/],
    ['negative budget', ['run', '--budget', '-1'], /--budget/],
    ['webhook url not http', ['run', '--webhook-url', 'ftp://x'], /--webhook-url must be an http\(s\) URL/],
    ['webhook port without url', ['run', '--webhook-port', '8080'], /--webhook-port needs --webhook-url/],
  ])('rejects %s with CONFORMANCE_ERR_BAD_ARGUMENTS', (_name, given, message) => {
    expect(() => parseCli(given)).toThrow(message);
    expect(() => parseCli(given)).toThrow(/CONFORMANCE_ERR_BAD_ARGUMENTS/);
  });
});
