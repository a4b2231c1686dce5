import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderTemplate, TWILIO_ERRORS, TwilioApiError, type TwilioErrorName, twilioError } from './twilio-errors.ts';

const here = import.meta.dirname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

// Upper-case string literals in the sources that are not catalogue names (methods, webhook reasons, a parameter name,
// node's error codes, kit error codes).
const NOT_ERROR_NAMES = new Set([
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'OPTIONS',
  'API',
  'TIMER',
  'EVENT',
  'URL',
  'ECONNRESET',
  'ENOENT',
]);

describe('TWILIO_ERRORS', () => {
  const entries = Object.entries(TWILIO_ERRORS);

  test.each(entries)('%s has a code, an HTTP error status and a message', (_name, entry) => {
    expect(Number.isInteger(entry.code)).toBe(true);
    expect(entry.code).toBeGreaterThanOrEqual(10000);
    expect([400, 401, 404, 405, 409, 413, 429, 500, 503]).toContain(entry.status);
    expect(entry.message.length).toBeGreaterThan(0);
  });

  test('every code belongs to exactly one name', () => {
    const codes = entries.map(([, entry]) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  test('statuses follow the rule: auth 401, unknown 404, method 405', () => {
    expect(TWILIO_ERRORS.AUTHENTICATE).toMatchObject({ code: 20003, status: 401, message: 'Authenticate' });
    expect(TWILIO_ERRORS.NOT_FOUND).toMatchObject({ code: 20404, status: 404 });
    expect(TWILIO_ERRORS.METHOD_NOT_ALLOWED).toMatchObject({ code: 20004, status: 405 });
  });

  test('every upper-case name the emulator sources use is in the catalogue, and every entry is used', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(here)) {
      if (file.endsWith('twilio-errors.ts')) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(/'([A-Z][A-Z0-9_]{2,})'/g)) {
        const name = match[1]!;
        if (!NOT_ERROR_NAMES.has(name) && !/^(FST|HPE|ERR|CONFORMANCE_ERR)_/.test(name)) used.add(name);
      }
    }
    const catalogue = new Set(Object.keys(TWILIO_ERRORS));
    expect([...used].filter((name) => !catalogue.has(name))).toEqual([]);
    expect([...catalogue].filter((name) => !used.has(name))).toEqual([]);
  });
});

describe('TwilioApiError', () => {
  test.each<[string, { name: TwilioErrorName; params: Record<string, string>; message: string }]>([
    [
      'fills placeholders',
      { name: 'NOT_FOUND', params: { path: '/v1/X' }, message: 'The requested resource /v1/X was not found' },
    ],
    [
      'names the conflicting conversation',
      {
        name: 'BINDING_PAIR_IN_USE',
        params: { conversationSid: 'CH1' },
        message: 'A binding for this participant and proxy address already exists in Conversation CH1',
      },
    ],
    ['leaves templates without placeholders alone', { name: 'AUTHENTICATE', params: {}, message: 'Authenticate' }],
  ])('%s', (_name, { name, params, message }) => {
    const error = twilioError(name, params);
    expect(error).toBeInstanceOf(TwilioApiError);
    expect(error.toBody()).toEqual({
      code: TWILIO_ERRORS[name].code,
      message,
      more_info: `https://www.twilio.com/docs/errors/${TWILIO_ERRORS[name].code}`,
      status: TWILIO_ERRORS[name].status,
    });
  });

  test('a missing parameter stays visible', () => {
    expect(renderTemplate('a {x} b {y}', { x: 1 })).toBe('a 1 b {y}');
  });
});
