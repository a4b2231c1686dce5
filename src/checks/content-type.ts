import type { Check } from './finding.ts';

/** JSON bodies are labelled `application/json`; 204 has no body. */
export const contentType: Check = {
  id: 'content-type',
  description: 'A response with a body is application/json (the API is JSON-only); a 204 carries no body.',
  run({ exchange, operation }) {
    const { status, contentType: type, text } = exchange.response;
    if (status === 204) {
      return text.length === 0
        ? []
        : [
            {
              checkId: this.id,
              operationId: operation.operationId,
              message: `204 response carries a body of ${text.length} bytes`,
              evidence: { status, contentType: type },
            },
          ];
    }
    const documented = operation.responses.find((r) => r.status === String(status));
    const types = documented ? Object.keys(documented.content) : ['application/json'];
    if (types.length === 0) return [];
    const base = type.split(';')[0]?.trim().toLowerCase() ?? '';
    if (types.some((t) => t === '*/*' || t.toLowerCase() === base)) return [];
    return [
      {
        checkId: this.id,
        operationId: operation.operationId,
        message: `content-type '${type || '(none)'}' is not one of ${types.join(', ')}`,
        evidence: { status, contentType: type },
      },
    ];
  },
};
