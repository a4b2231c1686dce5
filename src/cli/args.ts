import { type ParseArgsConfig, parseArgs } from 'node:util';
import { FAULT_NAMES, isFaultName } from '../emulator/index.ts';
import { KitError } from '../errors.ts';
import {
  CONSOLE_REPORTERS,
  DEFAULT_REQUEST_TIMEOUT_MS,
  parseShard,
  REPORT_FORMATS,
  unknownReporterMessage,
  unknownReporters,
} from '../runtime/plan.ts';
import { parseSeed } from '../runtime/seed.ts';
import { matchesTagExpression, SCENARIO_TAGS, unknownTags } from '../runtime/tags.ts';
import { TARGET_KINDS } from '../targets/registry.ts';
import { CONFIG_FILE_NAME, type ConfigFile, readConfigFile } from './config-file.ts';

/** `conformance run` options. */
export interface RunArgs {
  command: 'run';
  target?: string;
  spec?: string;
  reportDir: string;
  grep?: string;
  timeoutMs: number;
  /** `--max-time` (given in seconds): the whole run's bound, in ms (default 30 minutes). */
  maxTimeMs?: number;
  /** `--max-body`: the largest response body read, in bytes (default 1 MiB). */
  bodyCapBytes?: number;
  /** `--concurrency`: suite files run at once. */
  concurrency?: number;
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
  /** `--shard i/n`: run vitest's shard i of n and also write its blob for `conformance merge`. */
  shard?: string;
  /** `--record FILE`: write every exchange and webhook of the run to this HAR 1.2 cassette. */
  record?: string;
  /** The config file the options were read from (`--config`, else `conformance.config.json` when present). */
  configFile?: string;
  /** Side B of a future `compare`, from the config file's `b` section (validated, unused by `run`). */
  sideB?: ConfigFile['b'];
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

/** `conformance proxy` options: the validating proxy. */
export interface ProxyArgs {
  command: 'proxy';
  upstream: string;
  port: number;
  host: string;
  /** JSON-lines findings file (`-`: stdout). */
  findings: string;
  record?: string;
  spec?: string;
}

/** `conformance compare` options: two targets, the same scenarios and seed, their differences. */
export interface CompareArgs {
  command: 'compare';
  /** `emulator`, `cassette:FILE` or a URL. */
  a: string;
  b: string;
  aFaults: string[];
  bFaults: string[];
  seed?: number;
  files: string[];
  grep?: string;
  reportDir: string;
  timeoutMs: number;
}

/** `conformance coverage` options: a run whose scenarios' calls become the operation × scenario matrix. */
export interface CoverageArgs extends Omit<RunArgs, 'command'> {
  command: 'coverage';
  /** Also write the matrix as JSON here. */
  json?: string;
}

/** `conformance merge` options: shard directories (`run --shard i/n`) combined into one set of reports. */
export interface MergeArgs {
  command: 'merge';
  /** The shards' report directories. */
  dirs: string[];
  reportDir: string;
}

/** The commands, each with its own `--help`. */
export const COMMAND_NAMES = ['run', 'coverage', 'serve', 'selftest', 'merge', 'proxy', 'compare'] as const;
/** One command name. */
export type CommandName = (typeof COMMAND_NAMES)[number];

/** Parsed command line. */
export type CliArgs =
  | RunArgs
  | CoverageArgs
  | ServeArgs
  | SelftestArgs
  | MergeArgs
  | ProxyArgs
  | CompareArgs
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
  proxyPort: 4011,
  findings: 'reports/proxy-findings.jsonl',
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
  positionals?: { name: string; help: string; default?: string };
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
    name: 'max-time',
    type: 'string',
    value: 'SECONDS',
    default: '1800',
    help: 'bound of the whole run: past it the run stops, unfinished scenarios are marked and the reports written',
  },
  {
    name: 'max-body',
    type: 'string',
    value: 'BYTES',
    default: '1048576',
    help: 'the largest response body read; over it is a body-size finding (memory stays bounded)',
  },
  {
    name: 'concurrency',
    type: 'string',
    value: 'N',
    default: "vitest's (1 on a live vendor)",
    help: 'suite files run at once; be gentle with live vendors',
  },
  {
    name: 'schema',
    type: 'string',
    value: 'strict|warn',
    default: 'strict',
    help: 'warn: record schema findings without ending the scenario, so its behaviour checks still run (reported as warnings)',
  },
  {
    name: 'record',
    type: 'string',
    value: 'FILE',
    default: 'none',
    help: 'write every exchange and every webhook the target sent to FILE, a HAR 1.2 cassette (secrets redacted); replay it with --target cassette:FILE',
  },
  {
    name: 'shard',
    type: 'string',
    value: 'i/n',
    default: 'the whole run',
    help: "run vitest's shard i of n (whole suite files) and also write its blob report for conformance merge",
  },
  {
    name: 'config',
    type: 'string',
    value: 'FILE',
    default: `${CONFIG_FILE_NAME} if it exists`,
    help: 'read options from this JSON file: keys are the option names without -- (files for FILE_FILTER); flags override it',
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

/** `conformance proxy`. */
const PROXY_COMMAND: CommandSpec = {
  synopsis: 'conformance proxy --upstream URL [options]',
  brief: 'a validating proxy: forward to an upstream and check every exchange against the spec',
  summary:
    'Forward every request to --upstream byte for byte (binary media bodies untouched) and its answer back, and check ' +
    'each exchange against the spec: status documented, content type, response schema, error body. Enum values ' +
    'outside the documented set, values of the wrong type and SIDs with the wrong prefix are named as such. Findings ' +
    'are written as JSON lines as they happen; SIGINT/SIGTERM writes the summary (proxy-summary.json beside them).',
  notes: ['Point your application (or a Twilio helper library, via its base URL setting) at the printed address.'],
  options: [
    {
      name: 'upstream',
      type: 'string',
      value: 'URL',
      default: 'required',
      help: 'where requests go (https://conversations.twilio.com, or your own implementation)',
    },
    {
      name: 'port',
      type: 'string',
      value: 'N',
      default: String(DEFAULTS.proxyPort),
      help: 'port to listen on (0: any free port)',
    },
    { name: 'host', type: 'string', value: 'H', default: DEFAULTS.host, help: 'address to listen on' },
    {
      name: 'findings',
      type: 'string',
      value: 'FILE',
      default: DEFAULTS.findings,
      help: "JSON-lines findings ('-': stdout)",
    },
    {
      name: 'record',
      type: 'string',
      value: 'FILE',
      default: 'none',
      help: 'also write every exchange to FILE, a HAR 1.2 cassette (secrets redacted)',
    },
    {
      name: 'spec',
      type: 'string',
      value: 'PATH',
      default: 'spec/conversations-v1.yaml',
      help: 'check against another OpenAPI document',
    },
    HELP_OPTION,
  ],
  exitCodes: [
    [0, 'stopped by SIGINT or SIGTERM, no finding'],
    [1, 'stopped, and at least one exchange broke the contract'],
    [2, 'could not start (bad arguments, the port is taken, invalid spec)'],
  ],
};

/** `conformance compare`. */
const COMPARE_COMMAND: CommandSpec = {
  synopsis: 'conformance compare --a SIDE --b SIDE [options] [FILE_FILTER...]',
  brief: 'run the same scenarios against two targets and report how they behave differently',
  summary:
    'Run the same scenarios with the same seed against side A (twice) and side B, record every exchange, normalise ' +
    'what legitimately differs (SIDs by order of first appearance, timestamps, hosts and ports, the order of lists ' +
    'whose order is not documented) and report each difference per scenario and step: status, Twilio error code, ' +
    'body fields (states included), webhooks received. What the two A runs already disagree on is counted as noise. ' +
    'Writes compare.json, compare-junit.xml (one testcase per scenario) and compare.html (side by side).',
  notes: [
    'A SIDE is `emulator` (the embedded emulator; --a-fault/--b-fault start it with deliberate faults), ' +
      'cassette:FILE (a --record cassette, not run again), or a URL. Credentials: A from TWILIO_*, B from ' +
      'CONFORMANCE_B_ACCOUNT_SID/CONFORMANCE_B_AUTH_TOKEN (or CONFORMANCE_B_API_KEY/CONFORMANCE_B_API_SECRET).',
  ],
  options: [
    { name: 'a', type: 'string', value: 'SIDE', default: 'required', help: 'side A: emulator, cassette:FILE or URL' },
    { name: 'b', type: 'string', value: 'SIDE', default: 'required', help: 'side B: emulator, cassette:FILE or URL' },
    {
      name: 'a-fault',
      type: 'string',
      multiple: true,
      value: 'NAME',
      default: 'none',
      help: 'side A is the emulator with this deliberate fault; repeatable',
    },
    {
      name: 'b-fault',
      type: 'string',
      multiple: true,
      value: 'NAME',
      default: 'none',
      help: 'side B is the emulator with this deliberate fault; repeatable',
    },
    {
      name: 'seed',
      type: 'string',
      value: 'N',
      default: 'CONFORMANCE_SEED, else random',
      help: 'the test-data seed both sides use',
    },
    {
      name: 'grep',
      type: 'string',
      value: 'PATTERN',
      default: 'every scenario',
      help: 'compare only scenarios whose name matches',
    },
    {
      name: 'report-dir',
      type: 'string',
      value: 'DIR',
      default: DEFAULTS.reportDir,
      help: 'where compare.json, compare-junit.xml and compare.html go',
    },
    { name: 'timeout', type: 'string', value: 'MS', default: String(DEFAULTS.timeoutMs), help: 'per-request timeout' },
    HELP_OPTION,
  ],
  positionals: { name: 'FILE_FILTER...', help: 'compare only suite files whose path contains one of these' },
  exitCodes: [
    [0, 'no difference (beyond noise)'],
    [1, 'the sides behave differently'],
    [2, 'either side could not run (bad arguments, unreachable target, no scenario on both sides)'],
  ],
};

/** Every command's help; its options are also what the parser accepts. */
export const COMMANDS: Record<CommandName, CommandSpec> = {
  proxy: PROXY_COMMAND,
  compare: COMPARE_COMMAND,
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
  merge: {
    synopsis: 'conformance merge [options] DIR...',
    brief: 'combine the reports of shards (run --shard i/n) into one set',
    summary:
      'Combine shards of one run (each DIR the --report-dir of conformance run --shard i/n) into one junit.xml, ' +
      "results.json and report.html: vitest's merge replays the shards' blob reports, then root causes, counts and " +
      "the target's expectations are computed over the whole. The shards must share seed, target, selection and spec, " +
      'and every shard 1..n must be there.',
    notes: ["Spec drift (--spec) is not merged: each shard's spec-drift.json holds it."],
    options: [
      {
        name: 'report-dir',
        type: 'string',
        value: 'DIR',
        default: DEFAULTS.reportDir,
        help: 'where the merged report files go',
      },
      HELP_OPTION,
    ],
    positionals: { name: 'DIR...', default: 'required', help: "the shards' report directories" },
    exitCodes: RUN_EXIT_CODES,
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
  if (spec.positionals)
    rows.push([spec.positionals.name, spec.positionals.default ?? 'every file', spec.positionals.help]);
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

/** `--shard i/n`, checked here so a bad value exits before anything starts (the plan parses it again). */
function shardOption(value: string): string {
  parseShard(value);
  return value;
}

/** `run`/`coverage` options from parsed flags (merged with the config file) and positionals, validated. */
function runArgs(
  command: 'run' | 'coverage',
  parsed: Record<string, string | boolean | (string | boolean)[] | undefined>,
  positionals: string[],
): RunArgs | CoverageArgs {
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
    shard?: string;
    record?: string;
    'max-time'?: string;
    'max-body'?: string;
    concurrency?: string;
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
      bad(`--tag '${tag}': unknown tag ${unknown.join(', ')} (known: ${SCENARIO_TAGS.map((t) => t.name).join(', ')})`);
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
    ...(values.shard !== undefined ? { shard: shardOption(values.shard) } : {}),
    ...(values.record !== undefined ? { record: values.record } : {}),
    ...(values['max-time'] !== undefined
      ? { maxTimeMs: intOption('max-time', String(values['max-time']), 0, 1, 604_800) * 1000 }
      : {}),
    ...(values['max-body'] !== undefined
      ? { bodyCapBytes: intOption('max-body', String(values['max-body']), 0, 1024, 1024 ** 3) }
      : {}),
    ...(values.concurrency !== undefined
      ? { concurrency: intOption('concurrency', String(values.concurrency), 0, 1, 64) }
      : {}),
  };
}

/** Parses argv (without node and script). Unknown options and bad values are CONFORMANCE_ERR_BAD_ARGUMENTS. */
export function parseCli(argv: string[], options: { cwd?: string } = {}): CliArgs {
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
    const flags = parseCommand(command, rest);
    const given = flags.values as Record<string, string | boolean | (string | boolean)[] | undefined>;
    // The config file (`--config`, else conformance.config.json here) fills what the flags leave out.
    const config = readConfigFile(
      COMMANDS[command].options,
      given.config as string | undefined,
      options.cwd ?? process.cwd(),
    );
    try {
      return {
        ...runArgs(
          command,
          { ...config?.values, ...given },
          flags.positionals.length ? flags.positionals : (config?.files ?? []),
        ),
        ...(config ? { configFile: config.path } : {}),
        ...(config?.b ? { sideB: config.b } : {}),
      };
    } catch (error) {
      // A bad value that came from the file (not overridden by a flag) names the file and its key.
      const text = error instanceof KitError ? error.message.replace(/^\[[A-Z_]+\] /, '') : '';
      const option = /^--([a-z-]+)/.exec(text)?.[1];
      if (config && option && option in config.values && !(option in given))
        bad(`${config.path}: '${option}': ${text}`);
      throw error;
    }
  }
  if (command === 'merge') {
    const { values, positionals } = parseCommand(command, rest);
    if (positionals.length === 0) bad('merge needs the shard directories (see conformance merge --help)');
    return {
      command,
      dirs: positionals,
      reportDir: (values as { 'report-dir'?: string })['report-dir'] ?? DEFAULTS.reportDir,
    };
  }
  if (command === 'compare') {
    const { values: parsed, positionals } = parseCommand(command, rest);
    const values = parsed as {
      a?: string;
      b?: string;
      'a-fault'?: string[];
      'b-fault'?: string[];
      seed?: string;
      grep?: string;
      'report-dir'?: string;
      timeout?: string;
    };
    const side = (name: 'a' | 'b', faults: string[]): string => {
      const ref = values[name];
      if (ref === undefined)
        bad(`--${name} is required: emulator, cassette:FILE or a URL (see conformance compare --help)`);
      if (ref !== 'emulator' && !ref.startsWith('cassette:') && !/^https?:\/\/[^/]/.test(ref)) {
        bad(`--${name} must be emulator, cassette:FILE or an http(s) URL, got '${ref}'`);
      }
      if (faults.length && ref !== 'emulator') bad(`--${name}-fault applies only when --${name} is emulator`);
      return ref;
    };
    const aFaults = faultNames(values['a-fault'] ?? [], undefined);
    const bFaults = faultNames(values['b-fault'] ?? [], undefined);
    const seed = values.seed === undefined ? undefined : parseSeed(values.seed);
    if (values.seed !== undefined && seed === undefined)
      bad(`--seed must be a whole number below 2^32, got '${values.seed}'`);
    return {
      command: 'compare',
      a: side('a', aFaults),
      b: side('b', bFaults),
      aFaults,
      bFaults,
      ...(seed !== undefined ? { seed } : {}),
      files: positionals,
      ...(values.grep !== undefined ? { grep: values.grep } : {}),
      reportDir: values['report-dir'] ?? DEFAULTS.reportDir,
      timeoutMs: intOption('timeout', values.timeout, DEFAULTS.timeoutMs, 100, 600_000),
    };
  }
  if (command === 'proxy') {
    const values = parseCommand(command, rest).values as {
      upstream?: string;
      port?: string;
      host?: string;
      findings?: string;
      record?: string;
      spec?: string;
    };
    if (values.upstream === undefined || !/^https?:\/\/[^/]/.test(values.upstream)) {
      bad(`--upstream must be an http(s) URL, got '${values.upstream ?? ''}' (see conformance proxy --help)`);
    }
    return {
      command: 'proxy',
      upstream: values.upstream,
      port: intOption('port', values.port, DEFAULTS.proxyPort, 0, 65535),
      host: values.host ?? DEFAULTS.host,
      findings: values.findings ?? DEFAULTS.findings,
      ...(values.record !== undefined ? { record: values.record } : {}),
      ...(values.spec !== undefined ? { spec: values.spec } : {}),
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
