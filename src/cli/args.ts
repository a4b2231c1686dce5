import { type ParseArgsConfig, parseArgs } from 'node:util';
import { FAULT_NAMES, isFaultName } from '../emulator/index.ts';
import { KitError } from '../errors.ts';
import {
  CONSOLE_REPORTERS,
  DEFAULT_REQUEST_TIMEOUT_MS,
  REPORT_FORMATS,
  unknownReporterMessage,
  unknownReporters,
} from '../runtime/plan.ts';
import { parseSeed } from '../runtime/seed.ts';
import { matchesTagExpression, SCENARIO_TAGS, unknownTags } from '../runtime/tags.ts';
import { TARGET_KINDS } from '../targets/registry.ts';

/** `conformance run` options. */
export interface RunArgs {
  command: 'run';
  target?: string;
  spec?: string;
  reportDir: string;
  grep?: string;
  timeoutMs: number;
  /** Suite file filters (substrings of the file path). */
  files: string[];
  /** `--seed`: the data seed (else CONFORMANCE_SEED, else random). */
  seed?: number;
  /** `--tag` values (tag names or vitest tag expressions); a scenario runs when it matches any. */
  tags: string[];
  /** `--budget`: cost units a live target may spend. */
  budget?: number;
  /** `--real-timers`: timer scenarios wait in real time (bounded) when the target has no clock control. */
  realTimers: boolean;
  /** `--live`: treat the target as a live vendor (billed) even off twilio.com: `--budget` applies. */
  live: boolean;
  /** `--webhook-url`: public URL forwarded to the kit's webhook hub (remote targets). */
  webhookUrl?: string;
  /** `--webhook-port`: the hub's local port (default ephemeral). */
  webhookPort?: number;
  /** `--suites`: extra directories (or files/globs) of `*.suite.ts` files. */
  suites: string[];
  /** `--fault`: start the embedded emulator with these deliberate faults (src/emulator/faults.ts). */
  faults?: string[];
  /** `--expectations`: the target's known-failure baseline (default `suites/expectations/<target>.json`). */
  expectations?: string;
  /** `--update-expectations`: rewrite that baseline from this run's failures. */
  updateExpectations?: boolean;
  /** `--reporter` names: report files (REPORT_FORMATS) and vitest console reporters (CONSOLE_REPORTERS). */
  reporters?: string[];
  /** `--schema strict|warn`: whether a schema finding ends the scenario (strict, default) or is recorded. */
  schema?: 'strict' | 'warn';
}

/** `conformance serve` options. */
export interface ServeArgs {
  command: 'serve';
  port: number;
  host: string;
  clock: 'wall' | 'virtual';
  /** `--fault`: deliberate faults (src/emulator/faults.ts). */
  faults?: string[];
  /** `--state FILE`: load the state at start, save it at shutdown and every `stateIntervalS` seconds. */
  state?: string;
  /** `--state-interval S`: seconds between saves while serving (default 30; 0 = only at shutdown). */
  stateIntervalS: number;
  /** `--shutdown-timeout MS`: bound on the graceful shutdown (default 10000). */
  shutdownTimeoutMs: number;
}

/** `conformance selftest` options: do the suites catch the emulator's deliberate faults? */
export interface SelftestArgs {
  command: 'selftest';
  /** Faults to check (default: all). */
  faults: string[];
  /** Clean runs for the flake check. */
  repeat: number;
  /** Faults that also get a full-suite run (unrelated failures). */
  fullSample: number;
  /** Every fault gets a full-suite run (slow). */
  full: boolean;
  /** Write the report as JSON here. */
  json?: string;
  /** The baseline of known survivors (default suites/expectations/selftest-baseline.json). */
  baseline?: string;
  seed?: number;
}

/** `conformance coverage` options: a run whose scenarios' calls become the operation × scenario matrix. */
export interface CoverageArgs extends Omit<RunArgs, 'command'> {
  command: 'coverage';
  /** Also write the matrix as JSON here. */
  json?: string;
}

/** The commands, each with its own `--help`. */
export const COMMAND_NAMES = ['run', 'coverage', 'serve', 'selftest'] as const;
/** One command name. */
export type CommandName = (typeof COMMAND_NAMES)[number];

/** Parsed command line. */
export type CliArgs =
  | RunArgs
  | CoverageArgs
  | ServeArgs
  | SelftestArgs
  | { command: 'help'; topic?: CommandName }
  | { command: 'version' };

/** Defaults the parser applies, shown in the help text from the same values. */
const DEFAULTS = {
  reportDir: 'reports',
  timeoutMs: DEFAULT_REQUEST_TIMEOUT_MS,
  port: 4010,
  host: '127.0.0.1',
  clock: 'wall',
  repeat: 3,
  fullSample: 3,
  stateIntervalS: 30,
  shutdownTimeoutMs: 10_000,
} as const;

/** One option of a command: what `parseArgs` needs, and its row in the command's help (value, default, meaning). */
export interface OptionSpec {
  name: string;
  type: 'string' | 'boolean';
  multiple?: boolean;
  /** The value's placeholder in help (`URL`, `N`); none for a flag. */
  value?: string;
  /** What applies when the option is not given, as help shows it. */
  default: string;
  help: string;
}

/** A command's help: synopsis, what it does, its options (the parser's too), arguments and exit codes. */
export interface CommandSpec {
  synopsis: string;
  /** One line for the overview (`conformance --help`). */
  brief: string;
  summary: string;
  /** Further paragraphs (environment, notes). */
  notes: string[];
  options: readonly OptionSpec[];
  positionals?: { name: string; help: string };
  exitCodes: ReadonlyArray<readonly [code: number, meaning: string]>;
}

const HELP_OPTION: OptionSpec = {
  name: 'help',
  type: 'boolean',
  default: '',
  help: 'print this help and exit 0',
};

const RUN_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'target',
    type: 'string',
    value: 'URL',
    default: 'the embedded emulator',
    help: 'base URL of the implementation under test (paths such as /v1/Conversations are appended)',
  },
  {
    name: 'spec',
    type: 'string',
    value: 'PATH',
    default: 'spec/conversations-v1.yaml',
    help: 'validate against another OpenAPI document, and report how it drifts from ours',
  },
  {
    name: 'report-dir',
    type: 'string',
    value: 'DIR',
    default: DEFAULTS.reportDir,
    help: 'where the report files go',
  },
  {
    name: 'grep',
    type: 'string',
    value: 'PATTERN',
    default: 'every scenario',
    help: 'run only scenarios whose name (describe chain included) matches',
  },
  {
    name: 'tag',
    type: 'string',
    multiple: true,
    value: 'NAME',
    default: 'every tag',
    help: "run only scenarios with this tag; repeatable (any of them); a vitest tag expression works ('limits && !slow')",
  },
  {
    name: 'seed',
    type: 'string',
    value: 'N',
    default: 'CONFORMANCE_SEED, else random',
    help: 'the test-data seed (printed in the summary; the same seed replays the same data)',
  },
  {
    name: 'budget',
    type: 'string',
    value: 'N',
    default: 'no limit',
    help: 'on a live target, run scenarios only while their declared cost fits in N; the rest skip',
  },
  {
    name: 'live',
    type: 'boolean',
    default: 'only twilio.com',
    help: 'treat the target as a live (billed) vendor: --budget applies and notLive scenarios skip',
  },
  {
    name: 'real-timers',
    type: 'boolean',
    default: 'off',
    help: 'timer scenarios wait in real time (bounded) when the target has no clock control',
  },
  {
    name: 'webhook-url',
    type: 'string',
    value: 'URL',
    default: 'none',
    help: "the public URL a remote target posts webhooks to, forwarded to the kit's hub",
  },
  {
    name: 'webhook-port',
    type: 'string',
    value: 'N',
    default: 'ephemeral',
    help: "the hub's local port (with --webhook-url)",
  },
  {
    name: 'suites',
    type: 'string',
    multiple: true,
    value: 'DIR',
    default: 'none',
    help: 'also run the *.suite.ts files under DIR (a file or glob works too); repeatable',
  },
  {
    name: 'reporter',
    type: 'string',
    multiple: true,
    value: 'NAME',
    default: 'default, junit, json, html',
    help:
      `choose the outputs; repeatable. Report files: ${REPORT_FORMATS.join(', ')} (naming any writes only those); ` +
      `vitest console reporters: ${CONSOLE_REPORTERS.join(', ')} (naming any replaces default). ` +
      'With GITHUB_ACTIONS=true, github-actions is added (failures become annotations)',
  },
  {
    name: 'timeout',
    type: 'string',
    value: 'MS',
    default: String(DEFAULTS.timeoutMs),
    help: 'per-request timeout',
  },
  {
    name: 'fault',
    type: 'string',
    multiple: true,
    value: 'NAME',
    default: 'none',
    help: 'start the embedded emulator with this deliberate fault; repeatable (README "Fault catalogue")',
  },
  {
    name: 'expectations',
    type: 'string',
    value: 'FILE',
    default: 'suites/expectations/<emulator|host_port>.json if it exists',
    help: "the target's known failures: they pass with a note",
  },
  {
    name: 'update-expectations',
    type: 'boolean',
    default: 'off',
    help: "rewrite the expectations file from this run's failures",
  },
  {
    name: 'schema',
    type: 'string',
    value: 'strict|warn',
    default: 'strict',
    help: 'warn: record schema findings without ending the scenario, so its behaviour checks still run (reported as warnings)',
  },
  HELP_OPTION,
];

const RUN_NOTES = [
  `--target takes: ${TARGET_KINDS.map((kind) => kind.usage).join('; ')}.`,
  'Credentials for --target: TWILIO_ACCOUNT_SID/TWILIO_AUTH_TOKEN, or TWILIO_API_KEY/TWILIO_API_SECRET (then also ' +
    'TWILIO_AUTH_TOKEN, the key of webhook signatures, if you have it). A second account: CONFORMANCE_OTHER_ACCOUNT_SID/' +
    'CONFORMANCE_OTHER_AUTH_TOKEN.',
];

const RUN_EXIT_CODES = [
  [0, "every selected scenario passed (known failures of the target's expectations file included)"],
  [1, 'a scenario found the target breaking the contract'],
  [2, 'the kit could not run (bad arguments, unreachable target, invalid spec, a scenario error, no scenario matched)'],
] as const;

/** Every command's help; its options are also what the parser accepts. */
export const COMMANDS: Record<CommandName, CommandSpec> = {
  run: {
    synopsis: 'conformance run [options] [FILE_FILTER...]',
    brief: 'run the scenario suites against a target and write the reports',
    summary:
      'Run the scenario suites against a target (the embedded reference emulator unless --target) and write ' +
      'junit.xml, results.json and report.html. Spec drift (--spec) is reported but never changes the exit code.',
    notes: RUN_NOTES,
    options: RUN_OPTIONS,
    positionals: { name: 'FILE_FILTER...', help: 'run only suite files whose path contains one of these' },
    exitCodes: RUN_EXIT_CODES,
  },
  coverage: {
    synopsis: 'conformance coverage [options] [FILE_FILTER...]',
    brief: 'run the scenarios and print which operations and statuses they exercise',
    summary:
      'Run the scenarios as `run` does, then print the operation × scenario matrix: which operations and which ' +
      'documented response statuses at least one scenario exercises.',
    notes: RUN_NOTES,
    options: [
      ...RUN_OPTIONS.filter((option) => option !== HELP_OPTION),
      { name: 'json', type: 'string', value: 'FILE', default: 'none', help: 'also write the matrix as JSON' },
      HELP_OPTION,
    ],
    positionals: { name: 'FILE_FILTER...', help: 'run only suite files whose path contains one of these' },
    exitCodes: RUN_EXIT_CODES,
  },
  serve: {
    synopsis: 'conformance serve [options]',
    brief: 'run the reference emulator standalone',
    summary:
      'Run the reference emulator standalone until SIGINT/SIGTERM; print where it listens and the credentials it ' +
      'accepts.',
    notes: [
      'Credentials: TWILIO_ACCOUNT_SID/TWILIO_AUTH_TOKEN when set (else generated), plus TWILIO_API_KEY/' +
        'TWILIO_API_SECRET as an API key of that account when set.',
    ],
    options: [
      {
        name: 'port',
        type: 'string',
        value: 'N',
        default: String(DEFAULTS.port),
        help: 'port to listen on (0: any free port); env CONFORMANCE_PORT',
      },
      {
        name: 'host',
        type: 'string',
        value: 'H',
        default: DEFAULTS.host,
        help: 'address to listen on; env CONFORMANCE_HOST',
      },
      {
        name: 'clock',
        type: 'string',
        value: 'wall|virtual',
        default: DEFAULTS.clock,
        help: 'virtual: time moves only through /__emulator/clock (scenarios then get clockControl); env CONFORMANCE_CLOCK',
      },
      {
        name: 'fault',
        type: 'string',
        multiple: true,
        value: 'NAME',
        default: 'none',
        help: 'run with this deliberate fault; repeatable (README "Fault catalogue")',
      },
      {
        name: 'state',
        type: 'string',
        value: 'FILE',
        default: 'none (state is lost at exit)',
        help: 'load the state from FILE if it exists, and save it there (owner-only, atomically) every --state-interval seconds and at shutdown',
      },
      {
        name: 'state-interval',
        type: 'string',
        value: 'S',
        default: String(DEFAULTS.stateIntervalS),
        help: 'seconds between saves of --state (0: only at shutdown)',
      },
      {
        name: 'shutdown-timeout',
        type: 'string',
        value: 'MS',
        default: String(DEFAULTS.shutdownTimeoutMs),
        help: 'on SIGINT/SIGTERM, stop accepting connections and answer running requests for at most MS milliseconds, then exit',
      },
      HELP_OPTION,
    ],
    exitCodes: [
      [0, 'stopped by SIGINT or SIGTERM'],
      [2, 'could not start (bad arguments, the port is taken)'],
    ],
  },
  selftest: {
    synopsis: 'conformance selftest [options]',
    brief: "prove the suites catch the emulator's deliberate faults",
    summary:
      'Prove the suites catch real bugs: after N clean runs that must all pass, run them against the emulator ' +
      'started with each fault, and report which scenarios caught it and the kill rate.',
    notes: [],
    options: [
      {
        name: 'fault',
        type: 'string',
        multiple: true,
        value: 'NAME',
        default: 'every fault',
        help: 'check only this fault; repeatable',
      },
      {
        name: 'repeat',
        type: 'string',
        value: 'N',
        default: String(DEFAULTS.repeat),
        help: 'clean runs first (the flake check)',
      },
      { name: 'json', type: 'string', value: 'FILE', default: 'none', help: 'also write the report as JSON' },
      { name: 'full', type: 'boolean', default: 'off', help: 'every fault also gets a full-suite run (slow)' },
      {
        name: 'full-sample',
        type: 'string',
        value: 'N',
        default: String(DEFAULTS.fullSample),
        help: 'this many faults also get a full-suite run (failures outside their related suites)',
      },
      {
        name: 'baseline',
        type: 'string',
        value: 'FILE',
        default: 'suites/expectations/selftest-baseline.json',
        help: 'known survivors, each with a reason',
      },
      { name: 'seed', type: 'string', value: 'N', default: 'random', help: 'the test-data seed' },
      HELP_OPTION,
    ],
    exitCodes: [
      [0, 'every fault was caught or is listed in the baseline, and every clean run passed'],
      [1, 'a fault survived that the baseline does not list, or a clean run failed'],
      [2, 'the kit could not run (bad arguments)'],
    ],
  },
};

/** The overview (`conformance --help`). */
export const USAGE = [
  'Usage: conformance <command> [options]',
  '',
  'Commands:',
  ...COMMAND_NAMES.map((name) => `  ${name.padEnd(10)}${COMMANDS[name].brief}`),
  '',
  "conformance <command> --help (or conformance help <command>) prints the command's options with their defaults and",
  'its exit codes. conformance --version prints the version.',
].join('\n');

/** Wraps `text` to `width` columns; continuation lines start with `indent` spaces. */
function wrap(text: string, width: number, indent: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

/** `--name VALUE` (and `-h` for help), as the options table shows it. */
function optionLabel(option: OptionSpec): string {
  const label = `--${option.name}${option.value ? ` ${option.value}` : ''}${option.multiple ? '...' : ''}`;
  return option.name === 'help' ? `${label}, -h` : label;
}

/** `conformance <command> --help`: synopsis, summary, options table (option, default, meaning), exit codes. */
export function commandUsage(name: CommandName): string {
  const spec = COMMANDS[name];
  const WIDTH = 120;
  const rows = spec.options.map((option) => [optionLabel(option), option.default || '—', option.help] as const);
  if (spec.positionals) rows.push([spec.positionals.name, 'every file', spec.positionals.help]);
  const first = Math.max('option'.length, ...rows.map(([label]) => label.length)) + 2;
  const second = Math.min(30, Math.max('default'.length, ...rows.map(([, d]) => d.length))) + 2;
  const row = (label: string, fallback: string, help: string): string => {
    const cell = fallback.length >= second ? `${fallback}\n${' '.repeat(2 + first + second)}` : fallback;
    return `  ${label.padEnd(first)}${cell.padEnd(second)}${wrap(help, WIDTH - 2 - first - second, 2 + first + second)}`;
  };
  return [
    `Usage: ${spec.synopsis}`,
    '',
    wrap(spec.summary, WIDTH, 0),
    ...spec.notes.map((note) => `\n${wrap(note, WIDTH, 0)}`),
    '',
    'Options:',
    row('option', 'default', 'meaning'),
    ...rows.map(([label, fallback, help]) => row(label, fallback, help)),
    '',
    'Exit codes:',
    ...spec.exitCodes.map(([code, meaning]) => `  ${code}  ${wrap(meaning, WIDTH - 5, 5)}`),
  ].join('\n');
}

function bad(message: string): never {
  throw new KitError('CONFORMANCE_ERR_BAD_ARGUMENTS', message);
}

function intOption(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) bad(`--${name} must be a whole number, got '${value}'`);
  const n = Number(value);
  if (n < min || n > max) bad(`--${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}

function schemaMode(value: string): 'strict' | 'warn' {
  if (value !== 'strict' && value !== 'warn') bad(`--schema must be 'strict' or 'warn', got '${value}'`);
  return value;
}

/** `--fault` values: catalogue names, for the embedded emulator only. */
function faultNames(given: string[], target: string | undefined): string[] {
  const unknown = given.filter((name) => !isFaultName(name));
  if (unknown.length > 0) bad(`--fault ${unknown.join(', ')}: unknown fault (known: ${FAULT_NAMES.join(', ')})`);
  if (given.length > 0 && target !== undefined)
    bad('--fault applies to the embedded emulator only (not with --target)');
  return given;
}

function isCommand(name: string | undefined): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name ?? '');
}

/** `parseArgs` options of a command, from its help table. */
function parseOptions(name: CommandName): ParseArgsConfig['options'] {
  return Object.fromEntries(
    COMMANDS[name].options.map((option) => [
      option.name,
      {
        type: option.type,
        ...(option.multiple ? { multiple: true } : {}),
        ...(option.name === 'help' ? { short: 'h' } : {}),
      },
    ]),
  );
}

/** `parseArgs` of one command; its errors become one line naming the command's --help. */
function parseCommand(name: CommandName, args: string[]) {
  try {
    return parseArgs({ args, allowPositionals: COMMANDS[name].positionals !== undefined, options: parseOptions(name) });
  } catch (cause) {
    const { code, message } = cause as { code?: string; message?: string };
    const option = /Unknown option '([^']+)'/.exec(message ?? '')?.[1];
    const what =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option
        ? `unknown option '${option}' for conformance ${name}`
        : (message ?? String(cause));
    return bad(`${what} (see conformance ${name} --help)`);
  }
}

/** Whether `--help`/`-h` is among the arguments (before a `--`): help wins over anything else on the line. */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/** Parses argv (without node and script). Unknown options and bad values are CONFORMANCE_ERR_BAD_ARGUMENTS. */
export function parseCli(argv: string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') return { command: 'help' };
  if (command === 'help') {
    const [topic, ...extra] = rest;
    if (topic === undefined) return { command: 'help' };
    if (!isCommand(topic) || extra.length > 0) {
      bad(`help takes one command name (${COMMAND_NAMES.join(', ')}), got '${rest.join(' ')}'`);
    }
    return { command: 'help', topic };
  }
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (!isCommand(command))
    return bad(`unknown command '${command}' (expected ${COMMAND_NAMES.join(', ')}; see conformance --help)`);
  if (asksForHelp(rest)) return { command: 'help', topic: command };
  if (command === 'run' || command === 'coverage') {
    const { values: parsed, positionals } = parseCommand(command, rest);
    const values = parsed as {
      target?: string;
      spec?: string;
      'report-dir'?: string;
      grep?: string;
      timeout?: string;
      seed?: string;
      tag?: string[];
      budget?: string;
      'real-timers'?: boolean;
      live?: boolean;
      'webhook-url'?: string;
      'webhook-port'?: string;
      suites?: string[];
      fault?: string[];
      expectations?: string;
      'update-expectations'?: boolean;
      reporter?: string[];
      schema?: string;
      json?: string;
    };
    const json = values.json;
    const seed = values.seed === undefined ? undefined : parseSeed(values.seed);
    if (values.seed !== undefined && seed === undefined) {
      bad(`--seed must be a whole number below 2^32, got '${values.seed}'`);
    }
    const tags = values.tag ?? [];
    for (const tag of tags) {
      try {
        matchesTagExpression(tag, []);
      } catch {
        bad(`--tag '${tag}' is not a tag expression (e.g. limits, 'limits && !slow', 'web*')`);
      }
      const unknown = unknownTags(tag);
      if (unknown.length > 0) {
        bad(
          `--tag '${tag}': unknown tag ${unknown.join(', ')} (known: ${SCENARIO_TAGS.map((t) => t.name).join(', ')})`,
        );
      }
    }
    const unknownReporter = unknownReporters(values.reporter ?? []);
    if (unknownReporter.length > 0) bad(unknownReporterMessage(unknownReporter));
    const webhookUrl = values['webhook-url'];
    if (webhookUrl !== undefined && !/^https?:\/\/[^/]/.test(webhookUrl)) {
      bad(`--webhook-url must be an http(s) URL, got '${webhookUrl}'`);
    }
    if (values['webhook-port'] !== undefined && webhookUrl === undefined) {
      bad('--webhook-port needs --webhook-url (the public URL forwarded to that port)');
    }
    return {
      command,
      ...(json !== undefined ? { json } : {}),
      ...(values.target !== undefined ? { target: values.target } : {}),
      ...(values.spec !== undefined ? { spec: values.spec } : {}),
      ...(values.grep !== undefined ? { grep: values.grep } : {}),
      reportDir: values['report-dir'] ?? DEFAULTS.reportDir,
      timeoutMs: intOption('timeout', values.timeout, DEFAULTS.timeoutMs, 100, 600_000),
      files: positionals,
      ...(seed !== undefined ? { seed } : {}),
      tags,
      ...(values.budget !== undefined ? { budget: intOption('budget', values.budget, 0, 0, 1_000_000_000) } : {}),
      realTimers: values['real-timers'] ?? false,
      live: values.live ?? false,
      ...(webhookUrl !== undefined ? { webhookUrl } : {}),
      ...(values['webhook-port'] !== undefined
        ? { webhookPort: intOption('webhook-port', values['webhook-port'], 0, 0, 65535) }
        : {}),
      suites: values.suites ?? [],
      ...(values.fault?.length ? { faults: faultNames(values.fault, values.target) } : {}),
      ...(values.expectations !== undefined ? { expectations: values.expectations } : {}),
      ...(values['update-expectations'] ? { updateExpectations: true } : {}),
      ...(values.reporter?.length ? { reporters: values.reporter } : {}),
      ...(values.schema !== undefined ? { schema: schemaMode(values.schema) } : {}),
    };
  }
  if (command === 'selftest') {
    const values = parseCommand(command, rest).values as {
      fault?: string[];
      repeat?: string;
      json?: string;
      full?: boolean;
      'full-sample'?: string;
      baseline?: string;
      seed?: string;
    };
    const seed = values.seed === undefined ? undefined : parseSeed(values.seed);
    if (values.seed !== undefined && seed === undefined)
      bad(`--seed must be a whole number below 2^32, got '${values.seed}'`);
    return {
      command: 'selftest',
      faults: faultNames(values.fault ?? [], undefined),
      repeat: intOption('repeat', values.repeat, DEFAULTS.repeat, 0, 100),
      fullSample: intOption('full-sample', values['full-sample'], DEFAULTS.fullSample, 0, 1000),
      full: values.full ?? false,
      ...(values.json !== undefined ? { json: values.json } : {}),
      ...(values.baseline !== undefined ? { baseline: values.baseline } : {}),
      ...(seed !== undefined ? { seed } : {}),
    };
  }
  const values = parseCommand(command, rest).values as {
    port?: string;
    host?: string;
    clock?: string;
    fault?: string[];
    state?: string;
    'state-interval'?: string;
    'shutdown-timeout'?: string;
  };
  // A container sets these through its environment (Dockerfile, testcontainers); flags win.
  const env = process.env;
  const clock = values.clock ?? env.CONFORMANCE_CLOCK ?? DEFAULTS.clock;
  if (clock !== 'wall' && clock !== 'virtual') bad(`--clock must be 'wall' or 'virtual', got '${clock}'`);
  return {
    command: 'serve',
    port: intOption('port', values.port ?? env.CONFORMANCE_PORT, DEFAULTS.port, 0, 65535),
    host: values.host ?? env.CONFORMANCE_HOST ?? DEFAULTS.host,
    clock,
    ...(values.fault?.length ? { faults: faultNames(values.fault, undefined) } : {}),
    ...(values.state !== undefined ? { state: values.state } : {}),
    stateIntervalS: intOption('state-interval', values['state-interval'], DEFAULTS.stateIntervalS, 0, 86_400),
    shutdownTimeoutMs: intOption(
      'shutdown-timeout',
      values['shutdown-timeout'],
      DEFAULTS.shutdownTimeoutMs,
      0,
      600_000,
    ),
  };
}
