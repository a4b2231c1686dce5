// A conversation's unique name "uniquely identifies the resource" (004:L16506) within its service (D-CONV-4; error
// 50353). Checked right before store/conversations.ts inserts or renames, with no await in between, so it holds under
// concurrent requests.
import type { FaultSet } from '../faults.ts';
import type { Conversation, ServiceState } from '../store/types.ts';
import { twilioError } from '../twilio-errors.ts';

/** Throw 50353 (409) when `uniqueName` is held by another conversation of the service. */
export function assertUniqueNameFree(
  service: ServiceState,
  uniqueName: string | null,
  faults: FaultSet,
  self?: Conversation,
): void {
  if (uniqueName === null) return;
  const holder = service.conversationsByUniqueName.get(uniqueName);
  if (holder !== undefined && holder !== self?.sid && !faults.has('unique-name-not-enforced')) {
    throw twilioError('UNIQUE_NAME_EXISTS');
  }
}
