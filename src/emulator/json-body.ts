// Bodies serialized ahead of fastify, for the lists: a 50-item page spent about 40 % of its time in JSON.stringify of
// the page object under load, then as much again measuring and encoding the 44 KB string (docs/benchmarks.md). Each
// record's rendered JSON is remembered as UTF-8 bytes with every input its render reads, and reused only while all of
// them are still identical, so a page's bytes are exactly those of JSON.stringify of the rendered page now.

/** A JSON body already serialized to UTF-8: `routes.ts` sends it with the JSON content type fastify gives objects. */
export class JsonBody {
  readonly bytes: Buffer;

  constructor(bytes: Buffer) {
    this.bytes = bytes;
    sent.add(bytes);
  }
}

// The byte payloads that are JSON bodies serialized ahead, so the response faults (response-faults.ts) read them as the
// JSON strings they stand for, and leave other byte payloads (media content) alone, as before.
const sent = new WeakSet<Buffer>();

/** Whether `payload` is the bytes of a {@link JsonBody}. */
export function isJsonBodyBytes(payload: unknown): payload is Buffer {
  return Buffer.isBuffer(payload) && sent.has(payload);
}

/** The content type fastify sends a serialized object with; a {@link JsonBody} goes out with the same. */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** UTF-8 bytes of `JSON.stringify(value)`. */
export function jsonBytes(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value), 'utf8');
}

interface Entry {
  readonly inputs: readonly unknown[];
  readonly bytes: Buffer;
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * `JSON.stringify(render(item, arg))` as UTF-8 bytes, remembered per record. The entry lives in a WeakMap keyed by the
 * record, so it goes with the record; it is used only when `inputs` (every value the render reads, as primitives:
 * strings, numbers, null, booleans; dates as their time) equal, element by element, the inputs it was rendered from.
 * The bytes are shared: callers copy them (Buffer.concat) and never write into them.
 */
export class RenderCache<T extends object, A> {
  readonly #entries = new WeakMap<T, Entry>();
  readonly #render: (item: T, arg: A) => unknown;

  constructor(render: (item: T, arg: A) => unknown) {
    this.#render = render;
  }

  /** The JSON bytes of `item` rendered with `arg`, whose render reads exactly `inputs`. */
  bytes(item: T, arg: A, inputs: readonly unknown[]): Buffer {
    const entry = this.#entries.get(item);
    if (entry !== undefined && sameInputs(entry.inputs, inputs)) return entry.bytes;
    const bytes = jsonBytes(this.#render(item, arg));
    this.#entries.set(item, { inputs, bytes });
    return bytes;
  }
}
