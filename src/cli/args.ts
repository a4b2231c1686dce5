import { parseArgs } from 'node:util';
import { FAULT_NAMES, isFaultName } from '../emulator/index.ts';
import { KitError } from '../errors.ts';
import { parseSeed } from '../runtime/seed.ts';
import { matchesTagExpression, SCENARIO_TAGS, unknownTags } from '../runtime/tags.ts';

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

/** Parsed command line. */
export type CliArgs = RunArgs | CoverageArgs | ServeArgs | SelftestArgs | { command: 'help' } | { command: 'version' };

/** The usage text. */
export const USAGE = `Usage:
  conformance run [--target URL] [--spec PATH] [--report-dir DIR] [--grep PATTERN] [--tag NAME]... [--seed N]
                  [--budget N] [--live] [--real-timers] [--webhook-url URL [--webhook-port N]] [--suites DIR]...
                  [--timeout MS] [--fault NAME]... [--expectations FILE] [--update-expectations] [FILE_FILTER...]
      Run the scenario suites. Without --target the embedded reference emulator is started and used.
      With --target, credentials come from TWILIO_ACCOUNT_SID/TWILIO_AUTH_TOKEN (or TWILIO_API_KEY/TWILIO_API_SECRET).
      --tag selects scenarios by tag (repeatable: any of them; a value may be a vitest tag expression such as
      'limits && !slow'). --seed fixes the test data (default CONFORMANCE_SEED or random; printed in the summary).
      --budget caps the cost scenarios may spend on a live target (twilio.com, or any with --live).
      --real-timers lets timer scenarios wait in real time. --webhook-url is the public URL a remote target posts
      webhooks to, forwarded to the local --webhook-port. --suites adds your own *.suite.ts files.
      --spec validates against another document and also reports how it drifts from ours.
      Writes DIR/junit.xml, results.json and report.html (default reports/).
      Exit 0 all passed, 1 a scenario failed, 2 the kit could not run (spec drift alone does not change it).
  conformance coverage [run options] [--json FILE]
      Run the scenarios and print the operation × scenario matrix: which operations and which documented response
      statuses at least one scenario exercises. --json also writes the matrix as JSON.
      --fault starts the embedded emulator with a deliberate fault (repeatable; see README "Fault catalogue").
      --expectations FILE: known failures of the target (default suites/expectations/<emulator|host>.json when it
      exists) pass with a note; --update-expectations rewrites that file from the run's failures.
  conformance serve [--port N] [--host H] [--clock wall|virtual] [--fault NAME]... [--state FILE]
                    [--state-interval S] [--shutdown-timeout MS]
      Run the reference emulator standalone (default 127.0.0.1:4010, wall clock). Prints the credentials it accepts
      (settable with TWILIO_ACCOUNT_SID/TWILIO_AUTH_TOKEN). --fault runs it with a deliberate fault (repeatable).
      --state FILE loads the state from FILE (if it exists) and saves it there, owner-only and atomically, every
      --state-interval seconds (default 30, 0 = never) and at shutdown. SIGTERM/SIGINT stop it gracefully: no new
      connections, running requests answered, then exit 0 (at most --shutdown-timeout ms, default 10000).
  conformance selftest [--fault NAME]... [--repeat N] [--json FILE] [--full | --full-sample N] [--baseline FILE]
      Prove the suites catch real bugs: run them against the emulator started with each fault and report which
      scenarios caught it and the kill rate, after N clean runs (default 3) that must all pass. Exit 1 when a fault
      survives that the baseline (suites/expectations/selftest-baseline.json) does not list, or a clean run fails.
  conformance --help | --version`;

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

/** `--fault` values: catalogue names, for the embedded emulator only. */
function faultNames(given: string[], target: string | undefined): string[] {
  const unknown = given.filter((name) => !isFaultName(name));
  if (unknown.length > 0) bad(`--fault ${unknown.join(', ')}: unknown fault (known: ${FAULT_NAMES.join(', ')})`);
  if (given.length > 0 && target !== undefined)
    bad('--fault applies to the embedded emulator only (not with --target)');
  return given;
}

/** Parses argv (without node and script). Unknown options and bad values are CONFORMANCE_ERR_BAD_ARGUMENTS. */
export function parseCli(argv: string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help')
    return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  try {
    if (command === 'run' || command === 'coverage') {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          target: { type: 'string' },
          spec: { type: 'string' },
          'report-dir': { type: 'string' },
          grep: { type: 'string' },
          timeout: { type: 'string' },
          seed: { type: 'string' },
          tag: { type: 'string', multiple: true },
          budget: { type: 'string' },
          'real-timers': { type: 'boolean' },
          live: { type: 'boolean' },
          'webhook-url': { type: 'string' },
          'webhook-port': { type: 'string' },
          suites: { type: 'string', multiple: true },
          fault: { type: 'string', multiple: true },
          expectations: { type: 'string' },
          'update-expectations': { type: 'boolean' },
          ...(command === 'coverage' ? { json: { type: 'string' as const } } : {}),
        },
      });
      const json = (values as { json?: string }).json;
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
        reportDir: values['report-dir'] ?? 'reports',
        timeoutMs: intOption('timeout', values.timeout, 15_000, 100, 600_000),
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
      };
    }
    if (command === 'selftest') {
      const { values } = parseArgs({
        args: rest,
        options: {
          fault: { type: 'string', multiple: true },
          repeat: { type: 'string' },
          json: { type: 'string' },
          full: { type: 'boolean' },
          'full-sample': { type: 'string' },
          baseline: { type: 'string' },
          seed: { type: 'string' },
        },
      });
      const seed = values.seed === undefined ? undefined : parseSeed(values.seed);
      if (values.seed !== undefined && seed === undefined)
        bad(`--seed must be a whole number below 2^32, got '${values.seed}'`);
      return {
        command: 'selftest',
        faults: faultNames(values.fault ?? [], undefined),
        repeat: intOption('repeat', values.repeat, 3, 0, 100),
        fullSample: intOption('full-sample', values['full-sample'], 3, 0, 1000),
        full: values.full ?? false,
        ...(values.json !== undefined ? { json: values.json } : {}),
        ...(values.baseline !== undefined ? { baseline: values.baseline } : {}),
        ...(seed !== undefined ? { seed } : {}),
      };
    }
    if (command === 'serve') {
      const { values } = parseArgs({
        args: rest,
        options: {
          port: { type: 'string' },
          host: { type: 'string' },
          clock: { type: 'string' },
          fault: { type: 'string', multiple: true },
          state: { type: 'string' },
          'state-interval': { type: 'string' },
          'shutdown-timeout': { type: 'string' },
        },
      });
      const clock = values.clock ?? 'wall';
      if (clock !== 'wall' && clock !== 'virtual') bad(`--clock must be 'wall' or 'virtual', got '${clock}'`);
      return {
        command: 'serve',
        port: intOption('port', values.port, 4010, 0, 65535),
        host: values.host ?? '127.0.0.1',
        clock,
        ...(values.fault?.length ? { faults: faultNames(values.fault, undefined) } : {}),
        ...(values.state !== undefined ? { state: values.state } : {}),
        stateIntervalS: intOption('state-interval', values['state-interval'], 30, 0, 86_400),
        shutdownTimeoutMs: intOption('shutdown-timeout', values['shutdown-timeout'], 10_000, 0, 600_000),
      };
    }
  } catch (cause) {
    if (cause instanceof KitError) throw cause;
    bad(cause instanceof Error ? cause.message : String(cause));
  }
  return bad(`unknown command '${command}' (expected run, coverage, serve or selftest)`);
}
