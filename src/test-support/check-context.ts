// Builds the context a check looks at — an exchange of one operation of our spec — for the checks' unit tests.

import type { CheckContext } from '../checks/finding.ts';
import type { Exchange } from '../client/client.ts';
import { loadSpec } from '../spec/load.ts';
import { compileValidators, type ValidatorSet } from '../validation/validators.ts';

let loaded: Promise<{ spec: Awaited<ReturnType<typeof loadSpec>>; validators: ValidatorSet }> | undefined;

/** A conversation as the spec documents it (every required field, valid SIDs and dates). */
export function validConversation(): Record<string, unknown> {
  const sid = 'CH0123456789abcdef0123456789abcdef';
  return {
    account_sid: 'AC0123456789abcdef0123456789abcdef',
    chat_service_sid: 'IS0123456789abcdef0123456789abcdef',
    messaging_service_sid: 'MG0123456789abcdef0123456789abcdef',
    sid,
    friendly_name: 'Friendly',
    unique_name: null,
    attributes: '{}',
    state: 'active',
    date_created: '2026-01-01T00:00:00Z',
    date_updated: '2026-01-01T00:00:00Z',
    timers: {},
    url: `https://conversations.twilio.com/v1/Conversations/${sid}`,
    links: {
      participants: `https://conversations.twilio.com/v1/Conversations/${sid}/Participants`,
      messages: `https://conversations.twilio.com/v1/Conversations/${sid}/Messages`,
      webhooks: `https://conversations.twilio.com/v1/Conversations/${sid}/Webhooks`,
    },
    bindings: null,
  };
}

/** The context of `operationId` answering `status` with `body` (JSON unless a string is given) and `contentType`. */
export async function checkContext(
  operationId: string,
  status: number,
  body: unknown,
  contentType = 'application/json',
): Promise<CheckContext> {
  loaded ??= loadSpec().then((spec) => ({ spec, validators: compileValidators(spec) }));
  const { spec, validators } = await loaded;
  const operation = spec.operations.byId.get(operationId);
  if (!operation) throw new Error(`no operation ${operationId} in the spec`);
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  const exchange: Exchange = {
    request: { method: operation.method.toUpperCase(), url: `http://127.0.0.1:1${operation.path}`, headers: {} },
    response: { status, headers: { 'content-type': contentType }, contentType, text, json },
    durationMs: 1,
  };
  return { exchange, operation, validators };
}

/** Twilio's error body for `status`. */
export function twilioError(status: number, code = 20404): Record<string, unknown> {
  return {
    code,
    message: 'The requested resource was not found',
    more_info: `https://www.twilio.com/docs/errors/${code}`,
    status,
  };
}
