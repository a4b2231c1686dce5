// Sending one webhook request: form-encoded (004:L23662) in the body (POST) or the query (GET), signed with
// X-Twilio-Signature (signing.ts), answered within the timeout or abandoned. Every outcome is an {@link Attempt}; a
// request never throws.
import { Agent, request as httpRequest } from 'undici';
import type { FaultSet } from '../faults.ts';
import type { WebhookMethod } from '../store/types.ts';
import { twilioSignature } from './signing.ts';

/** "Conversations webhooks have a maximum timeout of 5 seconds" (004:L22842). */
export const WEBHOOK_TIMEOUT_MS = 5_000;

/** One webhook request. */
export interface WebhookRequest {
  readonly url: string;
  readonly method: WebhookMethod;
  readonly authToken: string;
  readonly params: ReadonlyArray<readonly [string, string]>;
}

/** What became of one request. */
export type Attempt =
  | { kind: 'answered'; status: number; body: string }
  | { kind: 'timeout' }
  | { kind: 'failed'; detail: string }
  | { kind: 'cancelled' };

/** Sends webhook requests over one connection pool. */
export interface WebhookSender {
  /** Send one request; `cancelled` aborts it (reset, close). */
  send(request: WebhookRequest, cancelled: AbortSignal): Promise<Attempt>;
  /** Close the connections. */
  close(): Promise<void>;
}

/** Options of {@link createWebhookSender}. */
export interface WebhookSenderOptions {
  /** Real milliseconds to wait for an answer. */
  readonly timeoutMs: number;
  /** Deliberate faults (faults.ts). */
  readonly faults: FaultSet;
}

/** Build a sender with its own connection pool. */
export function createWebhookSender(options: WebhookSenderOptions): WebhookSender {
  const { timeoutMs, faults } = options;
  const agent = new Agent({ connections: 8 });
  return {
    async send(request, cancelled) {
      if (cancelled.aborted) return { kind: 'cancelled' };
      const form = new URLSearchParams(request.params.map(([k, v]): [string, string] => [k, v])).toString();
      let url = request.url;
      let body: string | undefined;
      const headers: Record<string, string> = { 'user-agent': 'TwilioProxy/1.1 (conversations emulator)' };
      if (request.method === 'GET') {
        if (form) url += (!url.includes('?') ? '?' : /[?&]$/.test(url) ? '' : '&') + form;
        headers['x-twilio-signature'] = twilioSignature(request.authToken, url);
      } else {
        body = form;
        headers['content-type'] = 'application/x-www-form-urlencoded';
        // Fault `webhook-signature-wrong`: the POST parameters are left out of the signed string.
        const signed = faults.has('webhook-signature-wrong') ? [] : request.params;
        headers['x-twilio-signature'] = twilioSignature(request.authToken, url, signed);
      }
      const timeout = AbortSignal.timeout(timeoutMs);
      try {
        const response = await httpRequest(url, {
          method: request.method,
          headers,
          body,
          signal: AbortSignal.any([cancelled, timeout]),
          dispatcher: agent,
        });
        const text = await response.body.text();
        return { kind: 'answered', status: response.statusCode, body: text };
      } catch (error) {
        if (cancelled.aborted) return { kind: 'cancelled' };
        if (timeout.aborted) return { kind: 'timeout' };
        return { kind: 'failed', detail: error instanceof Error ? error.message : String(error) };
      }
    },
    close: () => agent.destroy(),
  };
}
