/** Twilio form encoding: nested objects become dotted keys, arrays become repeated keys. */

/** A value the form encoder accepts. Objects nest into dotted names; arrays repeat the key. */
export type FormValue =
  | string
  | number
  | boolean
  | Date
  | null
  | undefined
  | FormValue[]
  | { [key: string]: FormValue };

/** Parameters of a form body, by wire name or nested (`{ Timers: { Inactive: 'PT1M' } }` → `Timers.Inactive`). */
export type FormParams = Record<string, FormValue>;

function scalar(value: string | number | boolean | Date): string {
  if (value instanceof Date) return value.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return String(value);
}

/**
 * Flattens params into ordered `[name, value]` pairs as Twilio's helper libraries send them. `undefined` and `null`
 * are omitted; array elements that are objects are sent as JSON strings (the `Participant` convention, 000:L53).
 */
export function flattenForm(params: FormParams, prefix = ''): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [key, value] of Object.entries(params)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) {
        if (item === undefined || item === null) continue;
        if (typeof item === 'object' && !(item instanceof Date)) pairs.push([name, JSON.stringify(item)]);
        else pairs.push([name, scalar(item as string | number | boolean | Date)]);
      }
    } else if (typeof value === 'object' && !(value instanceof Date)) {
      pairs.push(...flattenForm(value, name));
    } else {
      pairs.push([name, scalar(value)]);
    }
  }
  return pairs;
}

/** Encodes params as an `application/x-www-form-urlencoded` body. */
export function encodeForm(params: FormParams): string {
  return encodePairs(flattenForm(params));
}

/** Encodes pairs flattenForm already made (the client keeps them for the report and sends their encoding). */
export function encodePairs(pairs: [string, string][]): string {
  return new URLSearchParams(pairs).toString();
}

/** Collects flattened pairs into a record (repeated names become arrays), the shape request schemas describe. */
export function formRecord(params: FormParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of flattenForm(params)) {
    const prev = out[name];
    if (prev === undefined) out[name] = value;
    else out[name] = Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}
