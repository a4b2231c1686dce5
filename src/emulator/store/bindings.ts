// Push Bindings of a service. The REST API only reads and deletes them (D-BIND-1); real ones come from SDK push
// registration (004:L29485, L30067), so the emulator seeds them through a control endpoint (control.ts).
import type { FaultSet } from '../faults.ts';
import { newSid } from '../sid.ts';
import { twilioError } from '../twilio-errors.ts';
import { identity as validIdentity } from '../validate.ts';
import type { EmulatorStore } from './store.ts';
import type { AccountState, Binding, PushType, ServiceState, User } from './types.ts';
import { findUserByIdentity, insertUser, newUser } from './users.ts';

/** The message types a binding subscribes to by default: the three of the docs' example (004:L14472-14484). */
export const DEFAULT_MESSAGE_TYPES: readonly string[] = [
  'removed_from_conversation',
  'new_message',
  'added_to_conversation',
];

/** What a registration carries. */
export interface BindingRegistration {
  readonly identity: string;
  readonly bindingType: PushType;
  readonly endpoint: string;
  readonly credentialSid: string;
}

/** Result of {@link registerBinding}. */
export interface BindingRegistrationResult {
  readonly binding: Binding;
  /** True when a new binding was made, false when an existing one was refreshed. */
  readonly created: boolean;
  /** The User made for an identity that had none (a registering SDK is a logged-in user, 004:L7874). */
  readonly createdUser: User | null;
}

/**
 * Register a push binding as an SDK would. Bindings "are unique per Service instance, User identity, device, and
 * notification channel" (004:L14299): the same identity + endpoint + type refreshes the existing binding (new
 * credential, date_updated). The credential must be one of the account's, of the same type.
 */
export function registerBinding(
  store: EmulatorStore,
  account: AccountState,
  service: ServiceState,
  registration: BindingRegistration,
  now: Date,
  faults: FaultSet,
): BindingRegistrationResult {
  validIdentity(registration.identity, faults);
  if (registration.endpoint === '') {
    throw twilioError('INVALID_PARAMETER', { param: 'Endpoint', detail: 'must not be empty' });
  }
  const credential = account.credentials.get(registration.credentialSid);
  if (!credential) {
    throw twilioError('INVALID_PARAMETER', { param: 'CredentialSid', detail: 'no such Credential in this account' });
  }
  if (credential.type !== registration.bindingType) {
    throw twilioError('INVALID_PARAMETER', {
      param: 'CredentialSid',
      detail: `the credential is of type ${credential.type}, not ${registration.bindingType}`,
    });
  }
  for (const existing of service.bindings.values()) {
    if (
      existing.identity === registration.identity &&
      existing.endpoint === registration.endpoint &&
      existing.bindingType === registration.bindingType
    ) {
      existing.credentialSid = credential.sid;
      existing.dateUpdated = now;
      return { binding: existing, created: false, createdUser: null };
    }
  }
  let createdUser: User | null = null;
  if (!findUserByIdentity(service, registration.identity)) {
    createdUser = newUser(store, service, registration.identity, now);
    insertUser(service, createdUser);
  }
  const binding: Binding = {
    sid: newSid('BS'),
    accountSid: account.sid,
    chatServiceSid: service.sid,
    seq: store.nextSeq(),
    credentialSid: credential.sid,
    endpoint: registration.endpoint,
    identity: registration.identity,
    bindingType: registration.bindingType,
    messageTypes: [...DEFAULT_MESSAGE_TYPES],
    dateCreated: now,
    dateUpdated: now,
  };
  service.bindings.set(binding.sid, binding);
  return { binding, created: true, createdUser };
}
