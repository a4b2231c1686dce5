import type { Check, Finding } from './finding.ts';
import { excerpt } from './finding.ts';

/**
 * Error responses carry Twilio's error body and its `status` equals the HTTP status. Asserted independently of the
 * spec's error schema so it also holds when a vendor spec leaves errors undocumented (error-codes.md §1).
 */
export const errorBody: Check = {
  id: 'error-body',
  description: 'A 4xx/5xx body is {code, message, more_info, status} with status equal to the HTTP status.',
  run({ exchange, operation }) {
    const { status, json, text } = exchange.response;
    if (status < 400) return [];
    const finding = (message: string): Finding => ({
      checkId: this.id,
      operationId: operation.operationId,
      message,
      evidence: { status, body: excerpt(text) },
    });
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      return [finding(`error response ${status} has no JSON object body`)];
    }
    const body = json as Record<string, unknown>;
    const out: Finding[] = [];
    if (typeof body.code !== 'number' || !Number.isInteger(body.code))
      out.push(finding('error body `code` is not an integer'));
    if (typeof body.message !== 'string' || body.message.length === 0)
      out.push(finding('error body `message` is missing'));
    if (typeof body.more_info !== 'string') out.push(finding('error body `more_info` is missing'));
    if (body.status !== status)
      out.push(finding(`error body status ${String(body.status)} differs from HTTP ${status}`));
    return out;
  },
};
