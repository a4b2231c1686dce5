// `conformance.config.json`: the `run` options as a file, an alternative to flags (flags override it). Its keys are
// the option names exactly as `--help` lists them, without the dashes (`report-dir`, `tag`, `real-timers`), so the
// file, the help and the README's tables use one vocabulary. The schema is derived from the command's option table,
// so an option added there is accepted here with the same type; anything else is a bad argument naming the file,
// the key and what is allowed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { KitError } from '../errors.ts';

/** The file a run reads from its working directory when `--config` is not given. */
export const CONFIG_FILE_NAME = 'conformance.config.json';

/** Keys of the file that are not options: the `FILE_FILTER...` positionals, and side B of a future `compare`. */
const EXTRA_KEYS = ['files', 'b', '$schema'] as const;

/** The option rows the file's schema is derived from (a subset of args.ts `OptionSpec`). */
export interface ConfigOption {
  name: string;
  type: 'string' | 'boolean';
  multiple?: boolean;
  /** The value's placeholder: `N` and `MS` options also take a JSON integer. */
  value?: string;
}

/**
 * Side B of `conformance compare` (not a command yet): where the second implementation lives and the names of the
 * environment variables holding its credentials — never the secrets themselves. Validated, otherwise unused by `run`.
 */
export interface SideB {
  target: string;
  accountSidEnv?: string;
  authTokenEnv?: string;
}

/** A read config file: option values in `parseArgs`'s shape, positionals, side B. */
export interface ConfigFile {
  path: string;
  values: Record<string, string | boolean | string[]>;
  files?: string[];
  b?: SideB;
}

/** Options of the file: every option of the command but `help` and `config`. */
function fileOptions(options: readonly ConfigOption[]): ConfigOption[] {
  return options.filter((option) => option.name !== 'help' && option.name !== 'config');
}

function optionSchema(option: ConfigOption): Record<string, unknown> {
  if (option.type === 'boolean') return { type: 'boolean' };
  const scalar = option.value === 'N' || option.value === 'MS' ? ['string', 'integer'] : ['string'];
  if (option.multiple) return { type: 'array', items: { type: scalar } };
  return { type: scalar };
}

/** The JSON Schema of the file for a command's options. */
export function configSchema(options: readonly ConfigOption[]): Record<string, unknown> {
  return {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...Object.fromEntries(fileOptions(options).map((option) => [option.name, optionSchema(option)])),
      files: { type: 'array', items: { type: 'string' } },
      b: {
        type: 'object',
        additionalProperties: false,
        required: ['target'],
        properties: {
          target: { type: 'string' },
          accountSidEnv: { type: 'string' },
          authTokenEnv: { type: 'string' },
        },
      },
      $schema: { type: 'string' },
    },
  };
}

function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return `a ${typeof value}`;
}

/** One ajv error as a sentence naming the key and what is allowed. */
function errorText(error: ErrorObject, data: unknown, allowedKeys: readonly string[]): string {
  const key = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
  if (error.keyword === 'additionalProperties') {
    const unknown = String(error.params.additionalProperty);
    const allowed = key === 'b' ? ['target', 'accountSidEnv', 'authTokenEnv'] : allowedKeys;
    return `unknown key '${key ? `${key}.` : ''}${unknown}' (allowed: ${allowed.join(', ')})`;
  }
  if (error.keyword === 'required') return `'${key}' needs '${String(error.params.missingProperty)}'`;
  if (error.keyword === 'type') {
    const value = error.instancePath
      .split('/')
      .slice(1)
      .reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], data);
    const wanted = String(error.params.type).split(',').join(' or ');
    return `'${key || '(top level)'}' must be ${key ? '' : 'an object of '}${wanted}, got ${describeType(value)}`;
  }
  return `'${key}' ${error.message ?? 'is not allowed'}`;
}

function bad(path: string, message: string): never {
  throw new KitError('CONFORMANCE_ERR_BAD_ARGUMENTS', `${path}: ${message}`);
}

/**
 * Reads the config file: `explicit` (`--config FILE`, must exist), else `conformance.config.json` in `cwd` when it is
 * there, else nothing. Validated strictly against the command's option table.
 */
export function readConfigFile(
  options: readonly ConfigOption[],
  explicit: string | undefined,
  cwd: string,
): ConfigFile | undefined {
  const path = resolve(cwd, explicit ?? CONFIG_FILE_NAME);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    if (explicit === undefined && (cause as { code?: string }).code === 'ENOENT') return undefined;
    return bad(`--config ${path}`, `cannot read (${(cause as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    return bad(path, `not JSON (${(cause as Error).message})`);
  }
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  const validate = ajv.compile(configSchema(options));
  if (!validate(data)) {
    const allowed = [
      ...fileOptions(options).map((option) => option.name),
      ...EXTRA_KEYS.filter((k) => k !== '$schema'),
    ];
    const texts = [...new Set((validate.errors ?? []).map((error) => errorText(error, data, allowed)))];
    return bad(path, texts.join('; '));
  }
  const object = data as Record<string, unknown>;
  const values: ConfigFile['values'] = {};
  for (const option of fileOptions(options)) {
    const value = object[option.name];
    if (value === undefined) continue;
    if (Array.isArray(value)) values[option.name] = value.map(String);
    else values[option.name] = typeof value === 'boolean' ? value : String(value);
  }
  return {
    path,
    values,
    ...(object.files !== undefined ? { files: object.files as string[] } : {}),
    ...(object.b !== undefined ? { b: object.b as SideB } : {}),
  };
}
