import type { Check } from './finding.ts';
import { excerpt } from './finding.ts';

/** The response status is one the spec documents for the operation. */
export const statusDocumented: Check = {
  id: 'status-documented',
  description: 'The HTTP status is documented for the operation in the spec.',
  run({ exchange, operation, validators }) {
    const { status, text } = exchange.response;
    if (validators.documentedStatus(operation.operationId, status) !== undefined) return [];
    return [
      {
        checkId: this.id,
        operationId: operation.operationId,
        message: `status ${status} is not documented for ${operation.operationId} (documented: ${operation.responses
          .map((r) => r.status)
          .join(', ')})`,
        evidence: { status, body: excerpt(text) },
      },
    ];
  },
};
