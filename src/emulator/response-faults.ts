// The central hook point of the generic response faults (faults.ts): one fastify `onSend` hook rewrites the status,
// the content type or the JSON body of a finished Twilio response the way a buggy vendor would. Control routes
// (`/__emulator`) are never touched. Registered only when the emulator runs with faults.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { CONTROL_PREFIX } from './control.ts';
import type { FaultSet } from './faults.ts';
import { isJsonBodyBytes } from './json-body.ts';

type Json = Record<string, unknown>;

const JSON_TYPE = 'application/json; charset=utf-8';
const TEXT_TYPE = 'text/plain; charset=utf-8';

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every resource object in a body (one with a string `sid`): the body itself or the items of a list envelope. */
function resourcesOf(body: unknown): Json[] {
  const out: Json[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 2) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
    } else if (isObject(value)) {
      if (typeof value.sid === 'string') out.push(value);
      else for (const child of Object.values(value)) visit(child, depth + 1);
    }
  };
  visit(body, 0);
  return out;
}

/** `date` as RFC 2822 (`Tue, 16 Dec 2015 22:18:37 GMT`), as Twilio's older APIs write dates. */
function rfc2822(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toUTCString();
}

/** Apply the body faults to the resources of a successful response; true when something changed. */
function rewriteResources(faults: FaultSet, body: unknown): boolean {
  let changed = false;
  for (const resource of resourcesOf(body)) {
    const sid = resource.sid as string;
    if (faults.has('conversation-state-missing') && sid.startsWith('CH') && 'state' in resource) {
      delete resource.state;
      changed = true;
    }
    if (faults.has('resource-url-missing') && 'url' in resource) {
      delete resource.url;
      changed = true;
    }
    if (faults.has('null-fields-omitted')) {
      for (const [key, value] of Object.entries(resource)) {
        if (value !== null) continue;
        delete resource[key];
        changed = true;
      }
    }
    if (faults.has('attributes-as-object') && typeof resource.attributes === 'string') {
      try {
        resource.attributes = JSON.parse(resource.attributes);
        changed = true;
      } catch {
        // Not JSON: left as is.
      }
    }
    if (faults.has('date-not-iso')) {
      for (const key of ['date_created', 'date_updated']) {
        if (typeof resource[key] !== 'string') continue;
        resource[key] = rfc2822(resource[key]);
        changed = true;
      }
    }
    if (faults.has('message-index-as-string') && sid.startsWith('IM') && typeof resource.index === 'number') {
      resource.index = String(resource.index);
      changed = true;
    }
    if (faults.has('participant-sid-prefix-pa') && sid.startsWith('MB')) {
      resource.sid = `PA${sid.slice(2)}`;
      changed = true;
    }
    if (faults.has('message-sid-prefix-sm') && sid.startsWith('IM')) {
      resource.sid = `SM${sid.slice(2)}`;
      changed = true;
    }
  }
  return changed;
}

/** The error codes a fault rewrites, `from → to`. */
function rewrittenCode(faults: FaultSet, code: unknown): number | undefined {
  if (faults.has('not-found-code-20001') && code === 20404) return 20001;
  if (faults.has('participant-exists-generic-code') && code === 50433) return 20409;
  if (faults.has('timer-minimum-wrong-code') && code === 50375) return 50379;
  if (faults.has('timer-minimum-wrong-code') && code === 50376) return 50380;
  return undefined;
}

/** Apply the error-body faults; true when something changed. */
function rewriteError(faults: FaultSet, body: Json, status: number): boolean {
  let changed = false;
  const code = rewrittenCode(faults, body.code);
  if (code !== undefined) {
    body.code = code;
    body.more_info = `https://www.twilio.com/docs/errors/${code}`;
    changed = true;
  }
  if (typeof body.status === 'number' && body.status !== status) {
    body.status = status;
    changed = true;
  }
  if (faults.has('error-more-info-missing') && 'more_info' in body) {
    delete body.more_info;
    changed = true;
  }
  return changed;
}

/** The status a status fault answers instead of `status`, or `status`. */
function rewrittenStatus(faults: FaultSet, method: string, status: number): number {
  if (faults.has('create-returns-200') && method === 'POST' && status === 201) return 200;
  if (faults.has('not-found-returns-400') && status === 404) return 400;
  if (faults.has('validation-error-returns-500') && status === 400) return 500;
  if (faults.has('method-not-allowed-returns-404') && status === 405) return 404;
  return status;
}

function setType(reply: FastifyReply, type: string): void {
  reply.header('content-type', type);
}

/** Register the response hook of the generic faults (nothing when no fault is on). */
export function registerResponseFaults(app: FastifyInstance, faults: FaultSet): void {
  if (faults.names.length === 0) return;
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith(CONTROL_PREFIX)) return payload;
    if (faults.has('delete-returns-200-with-body') && request.method === 'DELETE' && reply.statusCode === 204) {
      reply.code(200);
      setType(reply, JSON_TYPE);
      return JSON.stringify({ deleted: true });
    }
    const status = rewrittenStatus(faults, request.method, reply.statusCode);
    if (status !== reply.statusCode) reply.code(status);
    let out = payload;
    const type = String(reply.getHeader('content-type') ?? '');
    // Lists come serialized ahead as UTF-8 bytes (json-body.ts); every other JSON body as a string.
    const text = isJsonBodyBytes(payload) ? payload.toString('utf8') : payload;
    if (typeof text === 'string' && type.startsWith('application/json')) {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      const changed =
        status >= 400 ? isObject(body) && rewriteError(faults, body, status) : rewriteResources(faults, body);
      if (changed) out = JSON.stringify(body);
      if (status < 400 && faults.has('success-content-type-text-plain')) setType(reply, TEXT_TYPE);
      if (status >= 400 && faults.has('error-content-type-text-plain')) setType(reply, TEXT_TYPE);
    }
    return out;
  });
}
