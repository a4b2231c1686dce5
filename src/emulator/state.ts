// The emulator's whole state as one JSON document (D-EMU-STATE-1): every account's records, the record sequence and
// each account's clock. Used to persist (`serve --state FILE`, state-file.ts) and, by tests, to compare the store
// before and after a request. Records are plain data, so the encoding is generic: Date, Map, Set and bytes are tagged
// (`{"$date": ms}`, `{"$map": [[k, v]…]}`, `{"$set": […]}`, `{"$bytes": base64}`); timer handles are not data and are
// written as empty (they are scheduled again from the records on load). A record (not a Date) reachable twice, a function, a
// non-finite number or a key starting with `$` is a bug the encoder refuses rather than writing a state that would
// come back different.
import { createHash } from 'node:crypto';
import { KitError } from '../errors.ts';
import { isSid } from './sid.ts';
import type { AccountState } from './store/types.ts';

/** `format` of every state document. */
export const STATE_FORMAT = 'twilio-conversations-emulator-state';
/** Version of the encoding; a document of another version is refused (CONFORMANCE_ERR_STATE_VERSION). */
export const STATE_VERSION = 1;

/** JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** What a document holds, covered by its checksum. */
export interface StatePayload {
  clock: { mode: 'wall' | 'virtual'; now: Record<string, number> };
  /** The last record sequence number handed out (creation order continues after it). */
  seq: number;
  /** Encoded `Map<accountSid, AccountState>`. */
  accounts: Json;
}

/** A state document as written to disk. */
export interface StateDocument {
  format: typeof STATE_FORMAT;
  version: number;
  savedAt: string;
  /** SHA-256 (hex) of `JSON.stringify(payload)`: a truncated or edited file is refused. */
  sha256: string;
  payload: StatePayload;
}

// Fields holding timer handles: written empty, rescheduled from the records on load.
const TRANSIENT: Record<string, Json> = {
  timerHandles: { inactive: null, closed: null },
  gcTimer: null,
};

/** Encode records (Maps, Sets, Dates, bytes, plain objects and arrays) as tagged JSON. */
export function encodeRecords(value: unknown, seen: Set<object> = new Set(), path = '$'): Json {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`state: ${path} is ${value}`);
    return value;
  }
  if (typeof value !== 'object') throw new Error(`state: ${path} is a ${typeof value}`);
  // Dates and bytes are values (never changed in place), so records may share them.
  if (value instanceof Date) {
    const ms = value.getTime();
    if (!Number.isFinite(ms)) throw new Error(`state: ${path} is an invalid date`);
    return { $date: ms };
  }
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') };
  if (seen.has(value)) throw new Error(`state: ${path} is reachable twice`);
  seen.add(value);
  if (value instanceof Map) {
    return {
      $map: [...value].map(
        ([k, v], i): Json => [
          encodeRecords(k, seen, `${path}<key ${i}>`),
          encodeRecords(v, seen, `${path}.${String(k)}`),
        ],
      ),
    };
  }
  if (value instanceof Set) return { $set: [...value].map((v, i) => encodeRecords(v, seen, `${path}[${i}]`)) };
  if (Array.isArray(value)) return value.map((v, i) => encodeRecords(v, seen, `${path}[${i}]`));
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) throw new Error(`state: ${path} is not plain data`);
  const out: Record<string, Json> = {};
  for (const [key, field] of Object.entries(value)) {
    if (key.startsWith('$')) throw new Error(`state: ${path}.${key} starts with '$'`);
    if (field === undefined) continue;
    const transient = TRANSIENT[key];
    out[key] = transient !== undefined ? structuredClone(transient) : encodeRecords(field, seen, `${path}.${key}`);
  }
  return out;
}

/** The inverse of {@link encodeRecords}. */
export function decodeRecords(value: Json): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decodeRecords);
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const [key] = keys;
    const inner = value[key as string] as Json;
    switch (key) {
      case '$date':
        if (typeof inner !== 'number') throw new Error('state: $date is not a number');
        return new Date(inner);
      case '$bytes':
        if (typeof inner !== 'string') throw new Error('state: $bytes is not a string');
        return Buffer.from(inner, 'base64');
      case '$map':
        if (!Array.isArray(inner)) throw new Error('state: $map is not an array');
        return new Map(
          inner.map((entry) => {
            if (!Array.isArray(entry) || entry.length !== 2) throw new Error('state: $map entry is not a pair');
            return [decodeRecords(entry[0] as Json), decodeRecords(entry[1] as Json)];
          }),
        );
      case '$set':
        if (!Array.isArray(inner)) throw new Error('state: $set is not an array');
        return new Set(inner.map(decodeRecords));
    }
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = decodeRecords(value[key] as Json);
  return out;
}

/** SHA-256 (hex) of a payload. */
export function payloadDigest(payload: StatePayload): string {
  return createHash('sha256').update(JSON.stringify(payload)).digest('hex');
}

/** The payload of the current state. */
export function encodePayload(
  accounts: Map<string, AccountState>,
  seq: number,
  clock: { mode: 'wall' | 'virtual'; now: (accountSid: string) => Date },
): StatePayload {
  const now: Record<string, number> = {};
  for (const sid of accounts.keys()) now[sid] = clock.now(sid).getTime();
  return { clock: { mode: clock.mode, now }, seq, accounts: encodeRecords(accounts) };
}

/** A document around a payload. */
export function stateDocument(payload: StatePayload, savedAt: Date): StateDocument {
  return {
    format: STATE_FORMAT,
    version: STATE_VERSION,
    savedAt: savedAt.toISOString(),
    sha256: payloadDigest(payload),
    payload,
  };
}

/** A decoded, checked document: accounts by SID, the sequence and each account's clock. */
export interface RestoredState {
  accounts: Map<string, AccountState>;
  seq: number;
  clock: { mode: 'wall' | 'virtual'; now: Map<string, number> };
}

function corrupt(source: string, why: string, cause?: unknown): KitError {
  return new KitError(
    'CONFORMANCE_ERR_STATE_FILE',
    `state file ${source} is not a usable emulator state (${why}); it was left untouched`,
    cause === undefined ? undefined : { cause },
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Check and decode a parsed document; `source` names it in errors (CONFORMANCE_ERR_STATE_FILE / _STATE_VERSION). */
export function restoreState(document: unknown, source: string): RestoredState {
  if (!isRecord(document) || document.format !== STATE_FORMAT) throw corrupt(source, `format is not '${STATE_FORMAT}'`);
  if (document.version !== STATE_VERSION) {
    throw new KitError(
      'CONFORMANCE_ERR_STATE_VERSION',
      `state file ${source} has format version ${JSON.stringify(document.version)}; this emulator reads version ` +
        `${STATE_VERSION} only. It was left untouched: start with another --state file, or the version that wrote it`,
    );
  }
  const payload = document.payload;
  if (!isRecord(payload) || typeof document.sha256 !== 'string') throw corrupt(source, 'no payload or checksum');
  if (payloadDigest(payload as unknown as StatePayload) !== document.sha256) {
    throw corrupt(source, 'checksum mismatch: truncated or edited');
  }
  const clock = payload.clock;
  if (!isRecord(clock) || (clock.mode !== 'wall' && clock.mode !== 'virtual') || !isRecord(clock.now)) {
    throw corrupt(source, 'no clock');
  }
  if (!Number.isSafeInteger(payload.seq) || (payload.seq as number) < 0) throw corrupt(source, 'no sequence');
  let accounts: unknown;
  try {
    accounts = decodeRecords(payload.accounts as Json);
  } catch (cause) {
    throw corrupt(source, cause instanceof Error ? cause.message : String(cause), cause);
  }
  if (!(accounts instanceof Map) || accounts.size === 0) throw corrupt(source, 'no accounts');
  const now = new Map<string, number>();
  for (const [sid, account] of accounts) {
    if (typeof sid !== 'string' || !isSid(sid, 'AC') || !isRecord(account) || account.sid !== sid) {
      throw corrupt(source, `account ${String(sid)} is malformed`);
    }
    if (typeof account.authToken !== 'string' || !(account.services instanceof Map)) {
      throw corrupt(source, `account ${sid} is malformed`);
    }
    const ms = clock.now[sid];
    if (typeof ms !== 'number' || !Number.isFinite(ms)) throw corrupt(source, `no clock for account ${sid}`);
    now.set(sid, ms);
  }
  return {
    accounts: accounts as Map<string, AccountState>,
    seq: payload.seq as number,
    clock: { mode: clock.mode, now },
  };
}
