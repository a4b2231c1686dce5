/** Kit errors: the tool could not run. Matched on `code`, never on `instanceof` (the undici convention). */

/** The closed catalogue of kit error codes, each with the CLI exit code it maps to and a one-line meaning. */
export const KIT_ERRORS = {
  CONFORMANCE_ERR_TARGET_UNREACHABLE: { exitCode: 2, meaning: 'the target did not accept a connection' },
  CONFORMANCE_ERR_TIMEOUT: { exitCode: 2, meaning: 'a request to the target timed out' },
  CONFORMANCE_ERR_TRANSPORT: { exitCode: 2, meaning: 'the connection failed mid-request' },
  CONFORMANCE_ERR_THROTTLED: {
    exitCode: 2,
    meaning:
      'the target kept answering 429 (or 503 with Retry-After) past the retry policy: the run was throttled, not failed',
  },
  CONFORMANCE_ERR_RUN_DEADLINE: {
    exitCode: 2,
    meaning: 'the run went past --max-time; unfinished scenarios were stopped and the reports written',
  },
  CONFORMANCE_ERR_SPEC_LOAD: { exitCode: 2, meaning: 'the OpenAPI document could not be loaded or is invalid' },
  CONFORMANCE_ERR_SPEC_COMPILE: { exitCode: 2, meaning: 'a schema in the OpenAPI document could not be compiled' },
  CONFORMANCE_ERR_UNKNOWN_OPERATION: { exitCode: 2, meaning: 'no operation in the spec matches a request' },
  CONFORMANCE_ERR_BAD_ARGUMENTS: { exitCode: 2, meaning: 'the command line could not be understood' },
  CONFORMANCE_ERR_CREDENTIALS: { exitCode: 2, meaning: 'no credentials were given for a remote target' },
  CONFORMANCE_ERR_CREDENTIALS_REJECTED: {
    exitCode: 2,
    meaning: 'the target answered 401 to the credentials before the run (one cheap authenticated call)',
  },
  CONFORMANCE_ERR_BAD_RESPONSE: { exitCode: 2, meaning: 'a response body could not be read as the kit needs it' },
  CONFORMANCE_ERR_GENERATED_DRIFT: { exitCode: 2, meaning: 'generated types differ from a fresh generation' },
  CONFORMANCE_ERR_STATE_FILE: {
    exitCode: 2,
    meaning: 'an emulator state file is corrupt, readable by others, or holds other accounts (left untouched)',
  },
  CONFORMANCE_ERR_STATE_VERSION: {
    exitCode: 2,
    meaning: 'an emulator state file was written by another format version (left untouched)',
  },
} as const;

/** A stable kit error code. */
export type KitErrorCode = keyof typeof KIT_ERRORS;

/** An error raised when the kit itself cannot do its job (never a finding about the target). */
export class KitError extends Error {
  readonly code: KitErrorCode;
  constructor(code: KitErrorCode, message: string, options?: { cause?: unknown }) {
    super(`[${code}] ${message}`, options);
    this.code = code;
    this.name = 'KitError';
  }
}

/** True when `value` is a kit error (matched on its code, so it survives serialisation across workers). */
export function isKitError(value: unknown): value is { code: KitErrorCode; message: string } {
  if (typeof value !== 'object' || value === null) return false;
  const code = (value as { code?: unknown }).code;
  if (typeof code === 'string' && code in KIT_ERRORS) return true;
  const message = (value as { message?: unknown }).message;
  return typeof message === 'string' && /^\[CONFORMANCE_ERR_[A-Z_]+\]/.test(message);
}
