import type { Check } from './finding.ts';

/**
 * A response body larger than the kit reads (`--max-body`, default 1 MiB) is a finding: no documented answer comes
 * near it (a page holds at most 100 records), and reading it whole would let a target exhaust the kit's memory. The
 * client read the first bytes (the evidence) and dropped the connection; no other check can judge a cut body.
 */
export const bodySize: Check = {
  id: 'body-size',
  description: 'The response body fits the cap the kit reads (--max-body, default 1 MiB).',
  decisive: true,
  run({ exchange, operation }) {
    const over = exchange.response.overCap;
    if (!over) return [];
    const declared = over.declaredBytes !== undefined ? ` (Content-Length ${over.declaredBytes})` : '';
    return [
      {
        checkId: this.id,
        operationId: operation.operationId,
        message: `response body is over the ${over.capBytes}-byte cap${declared}: read the first ${over.capBytes} bytes, the rest was not read (--max-body)`,
        evidence: {
          status: exchange.response.status,
          capBytes: over.capBytes,
          ...(over.declaredBytes !== undefined ? { declaredBytes: over.declaredBytes } : {}),
        },
      },
    ];
  },
};
