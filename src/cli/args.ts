import { parseArgs } from 'node:util';
import { KitError } from '../errors.ts';

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
}

/** `conformance serve` options. */
export interface ServeArgs {
  command: 'serve';
  port: number;
  host: string;
  clock: 'wall' | 'virtual';
}

/** `conformance coverage` options: a run whose scenarios' calls become the operation × scenario matrix. */
export interface CoverageArgs extends Omit<RunArgs, 'command'> {
  command: 'coverage';
  /** Also write the matrix as JSON here. */
  json?: string;
}

/** Parsed command line. */
export type CliArgs = RunArgs | CoverageArgs | ServeArgs | { command: 'help' } | { command: 'version' };

/** The usage text. */
export const USAGE = `Usage:
  conformance run [--target URL] [--spec PATH] [--report-dir DIR] [--grep PATTERN] [--timeout MS] [FILE_FILTER...]
      Run the scenario suites. Without --target the embedded reference emulator is started and used.
      With --target, credentials come from TWILIO_ACCOUNT_SID/TWILIO_AUTH_TOKEN (or TWILIO_API_KEY/TWILIO_API_SECRET).
      Writes DIR/junit.xml (default reports/). Exit 0 all passed, 1 a scenario failed, 2 the kit could not run.
  conformance coverage [run options] [--json FILE]
      Run the scenarios and print the operation × scenario matrix: which operations and which documented response
      statuses at least one scenario exercises. --json also writes the matrix as JSON.
  conformance serve [--port N] [--host H] [--clock wall|virtual]
      Run the reference emulator standalone (default 127.0.0.1:4010, wall clock). Prints the credentials it accepts
      (settable with TWILIO_ACCOUNT_SID/TWILIO_AUTH_TOKEN).
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
          ...(command === 'coverage' ? { json: { type: 'string' as const } } : {}),
        },
      });
      const json = (values as { json?: string }).json;
      return {
        command,
        ...(json !== undefined ? { json } : {}),
        ...(values.target !== undefined ? { target: values.target } : {}),
        ...(values.spec !== undefined ? { spec: values.spec } : {}),
        ...(values.grep !== undefined ? { grep: values.grep } : {}),
        reportDir: values['report-dir'] ?? 'reports',
        timeoutMs: intOption('timeout', values.timeout, 15_000, 100, 600_000),
        files: positionals,
      };
    }
    if (command === 'serve') {
      const { values } = parseArgs({
        args: rest,
        options: { port: { type: 'string' }, host: { type: 'string' }, clock: { type: 'string' } },
      });
      const clock = values.clock ?? 'wall';
      if (clock !== 'wall' && clock !== 'virtual') bad(`--clock must be 'wall' or 'virtual', got '${clock}'`);
      return {
        command: 'serve',
        port: intOption('port', values.port, 4010, 0, 65535),
        host: values.host ?? '127.0.0.1',
        clock,
      };
    }
  } catch (cause) {
    if (cause instanceof KitError) throw cause;
    bad(cause instanceof Error ? cause.message : String(cause));
  }
  return bad(`unknown command '${command}' (expected run, coverage or serve)`);
}
