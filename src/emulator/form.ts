// Twilio request bodies are application/x-www-form-urlencoded (004:L4640; 000:L53), parameter names PascalCase with
// dotted sub-keys kept verbatim (`Timers.Inactive`, `MessagingBinding.Address`; 003:L114), and array parameters sent
// by repeating the key (000:L269-273; 004:L8810).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { twilioError } from './twilio-errors.ts';

/** An ordered multi-map of form parameters: repeated keys keep every value in request order. */
export class FormParams {
  readonly entries: ReadonlyArray<readonly [string, string]>;

  constructor(entries: ReadonlyArray<readonly [string, string]> = []) {
    this.entries = entries;
  }

  /** The first value of `key`, or undefined. */
  get(key: string): string | undefined {
    for (const [k, v] of this.entries) if (k === key) return v;
    return undefined;
  }

  /** Every value of `key` in request order. */
  all(key: string): string[] {
    return this.entries.filter(([k]) => k === key).map(([, v]) => v);
  }

  /** Whether `key` was sent at all (even empty). */
  has(key: string): boolean {
    return this.entries.some(([k]) => k === key);
  }

  /** Distinct keys in first-seen order. */
  keys(): string[] {
    return [...new Set(this.entries.map(([k]) => k))];
  }
}

/** Parse a urlencoded body (`+` is a space, percent-escapes decoded) into {@link FormParams}. */
export function parseForm(body: string): FormParams {
  return new FormParams([...new URLSearchParams(body)]);
}

/** The form parameters of a request: an empty map when the body was empty or absent. */
export function formOf(request: FastifyRequest): FormParams {
  const body: unknown = request.body;
  if (body === undefined || body === null || body === '') return new FormParams();
  if (body instanceof FormParams) return body;
  throw twilioError('INVALID_PARAMETER', {
    param: 'Content-Type',
    detail: 'request bodies must be application/x-www-form-urlencoded',
  });
}

/**
 * Register body parsing: urlencoded → {@link FormParams}; a body without Content-Type is read as a form too; JSON keeps
 * fastify's parser (the control endpoints accept it; Twilio routes reject it through {@link formOf}); anything else is
 * a catalogue error.
 */
export function registerFormParser(app: FastifyInstance): void {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, parseForm(String(body)));
  });
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('*', { parseAs: 'string' }, (request, body, done) => {
    const contentType = request.headers['content-type'];
    if (contentType === undefined || contentType.trim() === '') {
      done(null, parseForm(String(body)));
      return;
    }
    done(
      twilioError('INVALID_PARAMETER', {
        param: 'Content-Type',
        detail: `'${contentType}' is not supported; use application/x-www-form-urlencoded`,
      }),
      undefined,
    );
  });
}
