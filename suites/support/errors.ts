// Shared by every flow's scenarios (not a suite itself: no `.suite.ts`): Twilio error bodies and conflict statuses.
import type { TargetInfo } from '../../src/runtime/index.ts';

/** A Twilio error body (D-ERR-1; error-codes.md §1). */
export interface TwilioError {
  code: number;
  message: string;
  status: number;
}

/**
 * Statuses a documented conflict (a state, uniqueness or limit clash) may answer with. The docs give none (D-PART-4,
 * D-CONV-4, D-CWP-3, D-WH-5, D-EMU-MSG-1): the Twilio code is asserted against every target, the exact 409 only
 * against the reference emulator (D-EMU-STATUS).
 */
export function conflictStatus(target: TargetInfo): number[] {
  return target.kind === 'emulator' ? [409] : [400, 409];
}
