// Where the expectation behind a finding comes from: the Twilio docs (seed file and line, as our spec cites them in
// the operation's description) and the spec/DECISIONS.md entry when the rule rests on a decision rather than on the
// docs' own words. Reports print it beside every finding, so "must have required property 'unique_name'" reads as
// "D-SCHEMA-2: every documented key is present, null when unset", not as a contradiction of the docs' "Optional".
import type { OperationSpec } from '../spec/operations.ts';
import type { Finding } from './finding.ts';

/** The origin of an expectation. */
export interface FindingSource {
  /** The operation and the spec resource (tag) it belongs to. */
  operationId: string;
  resource: string;
  /** Seed references (`004:L16550`) the operation's description cites. */
  docs: string[];
  /** Decision ids (spec/DECISIONS.md) behind the rule, the most specific first. */
  decisions: string[];
  /** One line: why the rule holds. */
  rule?: string;
}

/** The decision behind a rule kind, with the one-line reason (spec/DECISIONS.md). */
const RULE_DECISIONS: Record<string, { decision: string; rule: string }> = {
  required: {
    decision: 'D-SCHEMA-2',
    rule: 'every documented response key is present — Twilio returns every key, with null when unset ("Optional" in the docs means nullable, not absent)',
  },
  type: {
    decision: 'D-SCHEMA-2',
    rule: 'a property is nullable only where the docs show null or imply absence; its type is the documented one',
  },
  enum: { decision: 'D-SCHEMA-2', rule: 'enumerated values are the documented set' },
  pattern: {
    decision: 'D-SCHEMA-2',
    rule: 'SIDs carry their resource prefix and 32 hex digits; formats are the documented ones',
  },
  format: { decision: 'D-SCHEMA-2', rule: 'dates are ISO 8601, URLs absolute, as in every example of the docs' },
  'status-documented': {
    decision: 'D-STATUS-2',
    rule: 'success statuses: create 201, fetch/list/update 200, delete 204 (D-STATUS-1); error statuses as declared per operation',
  },
  'error-body': {
    decision: 'D-ERR-1',
    rule: "errors are Twilio's body {code, message, more_info, status}, status equal to the HTTP status",
  },
  'content-type': { decision: 'D-ERR-1', rule: 'the API answers application/json; a 204 carries no body (D-STATUS-1)' },
};

const SEED_REF = /\b\d{3}(?::L\d+(?:-L?\d+)?|@char\d+)/g;
const DECISION_REF = /\bD-[A-Z]+(?:-[A-Z]+)*-\d+\b/g;

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/** The source of a finding on `operation` (the rule kind is the schema keyword for schema findings). */
export function findingSource(operation: OperationSpec, finding: Pick<Finding, 'checkId' | 'evidence'>): FindingSource {
  const text = [operation.summary, String(operation.raw.description ?? '')].join(' ');
  const keyword = typeof finding.evidence.keyword === 'string' ? finding.evidence.keyword : undefined;
  const ruled = (keyword ? RULE_DECISIONS[keyword] : undefined) ?? RULE_DECISIONS[finding.checkId];
  return {
    operationId: operation.operationId,
    resource: operation.tags[0] ?? '',
    docs: unique(text.match(SEED_REF) ?? []),
    decisions: unique([...(ruled ? [ruled.decision] : []), ...(text.match(DECISION_REF) ?? [])]),
    ...(ruled ? { rule: ruled.rule } : {}),
  };
}
