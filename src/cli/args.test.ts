import { describe, expect, test } from 'vitest';
import { COMMAND_NAMES, COMMANDS, commandUsage, parseCli } from './args.ts';

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
      'run with repeated --reporter',
      ['run', '--reporter', 'junit', '--reporter', 'dot'],
      {
        command: 'run',
        reportDir: 'reports',
        timeoutMs: 15000,
        files: [],
        tags: [],
        realTimers: false,
        live: false,
        suites: [],
        reporters: ['junit', 'dot'],
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
    [
      'unknown reporter',
      ['run', '--reporter', 'fancy'],
      /--reporter 'fancy': unknown reporter \(report files: junit, json, html; console \(vitest\): default, dot,/,
    ],
    ['zero max-time', ['run', '--max-time', '0'], /--max-time must be between 1 and 604800/],
    ['max-time in minutes', ['run', '--max-time', '5m'], /--max-time must be a whole number/],
    ['tiny max-body', ['run', '--max-body', '10'], /--max-body must be between 1024 and 1073741824/],
    ['zero concurrency', ['run', '--concurrency', '0'], /--concurrency must be between 1 and 64/],
  ])('rejects %s with CONFORMANCE_ERR_BAD_ARGUMENTS', (_name, given, message) => {
    expect(() => parseCli(given)).toThrow(message);
    expect(() => parseCli(given)).toThrow(/CONFORMANCE_ERR_BAD_ARGUMENTS/);
  });
});

describe('help', () => {
  test.each<[string, string[], object]>([
    ['--help alone is the overview', ['--help'], { command: 'help' }],
    ['help alone is the overview', ['help'], { command: 'help' }],
    ...COMMAND_NAMES.flatMap((name): [string, string[], object][] => [
      [`${name} --help`, [name, '--help'], { command: 'help', topic: name }],
      [`${name} -h`, [name, '-h'], { command: 'help', topic: name }],
      [`help ${name}`, ['help', name], { command: 'help', topic: name }],
    ]),
    ['--help wins over a bad option before it', ['run', '--tagret', 'x', '--help'], { command: 'help', topic: 'run' }],
    ['--help after -- is a file filter', ['run', '--', '--help'], { command: 'run', files: ['--help'] }],
  ])('%s', (_name, given, want) => {
    expect(parseCli(given)).toEqual(expect.objectContaining(want));
  });

  test.each(COMMAND_NAMES)('%s --help lists every option it parses, with its default, and the exit codes', (name) => {
    const usage = commandUsage(name);
    expect(usage.startsWith(`Usage: conformance ${name} `)).toBe(true);
    expect(usage).toMatch(/^Options:\n {2}option +default +meaning$/m);
    for (const option of COMMANDS[name].options) {
      const label = `--${option.name}${option.value ? ` ${option.value}` : ''}`;
      expect(usage, label).toMatch(new RegExp(`^ {2}${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'));
      if (option.default) expect(usage, `${label} default`).toContain(option.default);
    }
    expect(usage).toMatch(/\nExit codes:\n {2}0 {2}/);
    for (const line of usage.split('\n')) expect(line.length, line).toBeLessThanOrEqual(120);
  });

  test.each([
    ['run', ['run'], /--timeout MS +15000 /, { timeoutMs: 15000, reportDir: 'reports' }],
    ['serve', ['serve'], /--port N +4010 /, { port: 4010, host: '127.0.0.1', clock: 'wall', stateIntervalS: 30 }],
    ['selftest', ['selftest'], /--repeat N +3 /, { repeat: 3, fullSample: 3 }],
  ] as const)('the defaults %s --help shows are the ones it applies', (name, given, row, applied) => {
    expect(commandUsage(name)).toMatch(row);
    expect(parseCli([...given])).toMatchObject(applied);
  });

  test.each([
    ['run', ['run', '--tagret', 'x'], /unknown option '--tagret' for conformance run \(see conformance run --help\)/],
    [
      'coverage',
      ['coverage', '--nope'],
      /unknown option '--nope' for conformance coverage \(see conformance coverage --help\)/,
    ],
    [
      'serve',
      ['serve', '--grep', 'x'],
      /unknown option '--grep' for conformance serve \(see conformance serve --help\)/,
    ],
    ['selftest', ['selftest', '--target', 'x'], /unknown option '--target' .*\(see conformance selftest --help\)/],
    ['run (a coverage-only option)', ['run', '--json', 'x'], /unknown option '--json' for conformance run/],
    ['a missing value', ['serve', '--port'], /'--port <value>' argument missing \(see conformance serve --help\)/],
    ['a stray argument', ['selftest', 'extra'], /'extra'.*\(see conformance selftest --help\)/],
    [
      'help of an unknown command',
      ['help', 'walk'],
      /help takes one command name \(run, coverage, serve, selftest, merge, proxy, compare\)/,
    ],
  ])('an argument error of %s names the command and its --help', (_name, given, message) => {
    expect(() => parseCli(given)).toThrow(message);
    expect(() => parseCli(given)).toThrow(/CONFORMANCE_ERR_BAD_ARGUMENTS/);
  });
});

describe('the hostile-target bounds', () => {
  test('--max-time, --max-body and --concurrency parse into the run arguments', () => {
    expect(
      parseCli(['run', '--max-time', '90', '--max-body', '65536', '--concurrency', '1', '--timeout', '500']),
    ).toMatchObject({
      command: 'run',
      timeoutMs: 500,
      maxTimeMs: 90_000,
      bodyCapBytes: 65_536,
      concurrency: 1,
    });
  });
  test.each([
    ['zero max-time', ['run', '--max-time', '0'], /--max-time must be between 1 and 604800/],
    ['max-time in minutes', ['run', '--max-time', '5m'], /--max-time must be a whole number/],
    ['tiny max-body', ['run', '--max-body', '10'], /--max-body must be between 1024 and 1073741824/],
    ['zero concurrency', ['run', '--concurrency', '0'], /--concurrency must be between 1 and 64/],
  ])('%s is a bad argument', (_name, argv, message) => {
    expect(() => parseCli(argv)).toThrow(message);
  });
});
