// Shared parameter validators. Each returns the parsed value or throws a catalogue error; none has side effects.
// Those with a fault hook take the emulator's fault set (faults.ts) as a parameter.
import { MAX_DATE_MS, MAX_TIMER_MS, MIN_DATE_MS } from './dates.ts';
import type { FaultSet } from './faults.ts';
import { isSid, type SidPrefix } from './sid.ts';
import { type TwilioErrorName, twilioError } from './twilio-errors.ts';

/** Attribute size limits in bytes: conversation 16 KB; message and participant 4 KB (004:L22357-22388). */
export const ATTRIBUTES_LIMIT = { conversation: 16 * 1024, participant: 4 * 1024, message: 4 * 1024 } as const;

/** Length in characters (code points), as a user counts them. */
export function charLength(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

/** Identity, Address and ProxyAddress are limited to 256 characters (004:L22374-22384). */
export const MAX_ADDRESS = 256;

/** An Identity (participant, user, push registration): not empty, at most 256 characters. */
export function identity(value: string, faults: FaultSet): string {
  if (value === '') throw twilioError('IDENTITY_NOT_PROVIDED');
  if (charLength(value) > MAX_ADDRESS && !faults.has('identity-limit-unchecked')) {
    throw twilioError('IDENTITY_TOO_LONG');
  }
  return value;
}

/** FriendlyName: at most 256 characters (004:L16501, L22352-22356). */
export function friendlyName(value: string, faults: FaultSet, max = 256): string {
  const limit = faults.has('friendly-name-limit-255') ? max - 1 : max;
  if (charLength(value) > limit) throw twilioError('FRIENDLY_NAME_TOO_LONG');
  return value;
}

/** Attributes: "must contain structurally valid JSON" (004:L16511) within `maxBytes` of UTF-8. */
export function attributes(value: string, maxBytes: number, faults: FaultSet): string {
  if (Buffer.byteLength(value, 'utf8') > maxBytes && !faults.has('attributes-limit-unchecked')) {
    throw twilioError('ATTRIBUTES_TOO_LONG');
  }
  try {
    JSON.parse(value);
  } catch {
    throw twilioError('ATTRIBUTES_NOT_VALID_JSON');
  }
  return value;
}

/**
 * An ISO 8601 duration in days or smaller units, whole seconds (timers have one-second precision, 004:L25922);
 * months/years are invalid (004:L25906). Returns milliseconds, or undefined when the text is not such a duration.
 */
export function parseDuration(value: string): number | undefined {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value);
  if (!match || value === 'P' || value.endsWith('T')) return undefined;
  const [, days, hours, minutes, seconds] = match;
  const total =
    Number(days ?? 0) * 86_400 + Number(hours ?? 0) * 3_600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
  return Number.isSafeInteger(total * 1000) ? total * 1000 : undefined;
}

/** Render milliseconds back as an ISO 8601 duration in seconds (`PT600S`). */
export function formatDuration(ms: number): string {
  return `PT${Math.round(ms / 1000)}S`;
}

const TIMER_RULES = {
  // Minimum inactive 60 s, closed 600 s (004:L25923; 004:L16611-16616).
  inactive: { minMs: 60_000, format: 'TIMER_INACTIVE_FORMAT', min: 'TIMER_INACTIVE_MIN' },
  closed: { minMs: 600_000, format: 'TIMER_CLOSED_FORMAT', min: 'TIMER_CLOSED_MIN' },
} as const satisfies Record<string, { minMs: number; format: TwilioErrorName; min: TwilioErrorName }>;

/**
 * `Timers.Inactive` / `Timers.Closed`: milliseconds, or null when disabled with a zero duration (004:L25919). Longer
 * than `P36500D` is a format error like any other duration the emulator cannot hold (D-EMU-BOUNDS-1).
 */
export function timer(value: string, kind: keyof typeof TIMER_RULES, faults: FaultSet): number | null {
  const rule = TIMER_RULES[kind];
  const ms = parseDuration(value);
  if (ms === undefined || ms > MAX_TIMER_MS) throw twilioError(rule.format);
  if (ms === 0) return faults.has('timer-pt0s-not-disabling') ? rule.minMs : null;
  if (ms < rule.minMs && !faults.has('timer-minimum-unchecked')) throw twilioError(rule.min);
  return ms;
}

/** A SID parameter with the given prefix; `error` names the specific catalogue entry when there is one. */
export function sid(value: string, prefix: SidPrefix, param: string, error?: TwilioErrorName): string {
  if (isSid(value, prefix)) return value;
  throw error ? twilioError(error) : twilioError('INVALID_SID', { param, value });
}

/** One of `allowed`, else `error` (or a generic invalid-parameter error). */
export function oneOf<const T extends string>(
  value: string,
  allowed: readonly T[],
  param: string,
  error?: TwilioErrorName,
): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw error
    ? twilioError(error)
    : twilioError('INVALID_PARAMETER', { param, detail: `'${value}' is not one of ${allowed.join(', ')}` });
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|[+-](\d{2}):?(\d{2}))$/i;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether year/month/day name a real calendar day (Date.parse rolls `02-30` over into March). */
function isCalendarDay(year: string, month: string, day: string): boolean {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return days !== undefined && d >= 1 && d <= days;
}

/** Milliseconds of a well-formed date-time within the emulator's bounds (D-EMU-BOUNDS-1), else NaN. */
function parseDateTime(value: string): number {
  const match = DATE_TIME.exec(value);
  if (!match) return Number.NaN;
  const [, year = '', month = '', day = '', hour, minute, second, offsetHours, offsetMinutes] = match;
  if (!isCalendarDay(year, month, day) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) {
    return Number.NaN;
  }
  if (Number(offsetHours ?? 0) > 23 || Number(offsetMinutes ?? 0) > 59) return Number.NaN;
  const time = Date.parse(value);
  return time >= MIN_DATE_MS && time <= MAX_DATE_MS ? time : Number.NaN;
}

/**
 * An ISO 8601 / RFC 3339 date-time (`2015-12-16T22:18:37Z`, `2023-05-04T09:42:00+00:00`; 003:L122), a real calendar
 * date from `0000-01-01T00:00:00Z` to `9999-12-31T23:59:59Z` (D-EMU-BOUNDS-1).
 */
export function dateTime(value: string, param: string, error?: TwilioErrorName): Date {
  const time = parseDateTime(value);
  if (!Number.isNaN(time)) return new Date(time);
  throw error
    ? twilioError(error)
    : twilioError('INVALID_PARAMETER', { param, detail: `'${value}' is not an ISO 8601 date-time` });
}

/**
 * A list date filter: a date-time, or a bare date taken as the start (`StartDate`) or end (`EndDate`) of that UTC day,
 * as the docs phrase them ("YYYY-MM-DDT00:00:00Z" / "YYYY-MM-DDT23:59:59Z", 004:L16918-16923).
 */
export function dateFilter(value: string, param: string, edge: 'start' | 'end'): Date {
  if (DATE_ONLY.test(value)) {
    const time = parseDateTime(`${value}T${edge === 'start' ? '00:00:00' : '23:59:59'}Z`);
    if (!Number.isNaN(time)) return new Date(time);
  }
  return dateTime(value, param);
}

/** Largest integer parameter the emulator accepts: a signed 32-bit int, as indices and counts are (D-EMU-BOUNDS-1). */
export const MAX_INTEGER = 2 ** 31 - 1;

/** A non-negative integer written in decimal digits, at most `max` (default {@link MAX_INTEGER}). */
export function nonNegativeInteger(value: string, param: string, error?: TwilioErrorName, max = MAX_INTEGER): number {
  const n = /^\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
  if (Number.isSafeInteger(n) && n <= max) return n;
  throw error
    ? twilioError(error)
    : twilioError('INVALID_PARAMETER', { param, detail: `'${value}' is not an integer from 0 to ${max}` });
}

/** A form boolean: `true` / `false` in any letter case (Twilio helper libraries send `true`, `false`, `True`). */
export function booleanParam(value: string, param: string): boolean {
  const lower = value.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  throw twilioError('INVALID_PARAMETER', { param, detail: `'${value}' is not true or false` });
}
