import type { Exchange } from '../client/client.ts';
import type { OperationSpec } from '../spec/operations.ts';
import type { ValidatorSet } from '../validation/validators.ts';

/** A finding: the target broke the contract. Data, returned, never thrown by a check. */
export interface Finding {
  checkId: string;
  operationId: string;
  message: string;
  instancePath?: string;
  schemaPath?: string;
  /** What was seen: status, a body excerpt, the offending value. */
  evidence: Record<string, unknown>;
}

/** What a check looks at. */
export interface CheckContext {
  exchange: Exchange;
  operation: OperationSpec;
  validators: ValidatorSet;
}

/** One small named check over one exchange. */
export interface Check {
  id: string;
  /** One line: what the check asserts. */
  description: string;
  /**
   * When it finds something, the other checks have nothing trustworthy to judge (the body was cut, or the answer is
   * a redirect rather than the operation's): its findings alone are reported.
   */
  decisive?: boolean;
  run(context: CheckContext): Finding[];
}

/** Trims a body for evidence so a report stays readable. */
export function excerpt(text: string, max = 400): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}
