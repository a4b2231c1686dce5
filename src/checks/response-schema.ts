import type { Check, Finding } from './finding.ts';
import { excerpt } from './finding.ts';

/** The body conforms to the schema the spec documents for the operation and status. */
export const responseSchema: Check = {
  id: 'response-schema',
  description: 'The response body validates against the JSON schema documented for the operation and status.',
  run({ exchange, operation, validators }) {
    const { status, json, text } = exchange.response;
    if (status === 204) return [];
    const key = validators.documentedStatus(operation.operationId, status);
    if (key === undefined) return []; // status-documented reports that
    if (json === undefined && text.length > 0) {
      return [
        {
          checkId: this.id,
          operationId: operation.operationId,
          message: `response body is not JSON`,
          evidence: { status, body: excerpt(text) },
        },
      ];
    }
    const outcome = validators.validateResponse(operation.operationId, status, json);
    if (!outcome || outcome.valid) return [];
    return outcome.issues.map(
      (issue): Finding => ({
        checkId: this.id,
        operationId: operation.operationId,
        message: `${issue.instancePath || '(root)'} ${issue.message}`,
        instancePath: issue.instancePath,
        schemaPath: issue.schemaPath,
        evidence: { status, keyword: issue.keyword, params: issue.params },
      }),
    );
  },
};
