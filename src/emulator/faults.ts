// The closed catalogue of deliberate faults the emulator can be started with (`EmulatorOptions.faults`), each a
// realistic vendor bug. They exist to prove the suites catch real bugs: `conformance selftest` starts the emulator with
// one fault at a time and expects a related scenario to fail (src/selftest/). A fault is switched on by name and read
// at a hook point as `faults.has('<name>')`: the app's response hook (response-faults.ts), auth.ts, paging.ts,
// validate.ts, and one-line checks in resource, rule and store modules where nothing central fits. The set travels
// explicitly: `EmulatorContext.faults` in resource modules, a `faults` parameter of every helper below them.
// faults.test.ts proves the table and the hook points match one to one and that every fault changes behaviour.

/** What part of the contract a fault breaks. */
export type FaultArea =
  | 'status'
  | 'fields'
  | 'sids'
  | 'content-type'
  | 'errors'
  | 'auth'
  | 'limits'
  | 'state-machine'
  | 'timers'
  | 'paging'
  | 'ordering'
  | 'uniqueness'
  | 'cascade'
  | 'concurrency'
  | 'webhooks';

/** One catalogue entry. */
export interface FaultDefinition {
  readonly area: FaultArea;
  /** The bug as a vendor would have it, and what it breaks. */
  readonly description: string;
}

/** Every fault, by kebab-case name. */
export const FAULTS = {
  // --- status codes ---
  'create-returns-200': {
    area: 'status',
    description: 'every create answers 200 instead of 201',
  },
  'delete-returns-200-with-body': {
    area: 'status',
    description: 'every delete answers 200 with a JSON body instead of 204 with none',
  },
  'not-found-returns-400': {
    area: 'status',
    description: 'an unknown resource answers 400 instead of 404 (the code stays 20404)',
  },
  'validation-error-returns-500': {
    area: 'status',
    description: 'an invalid parameter answers 500 instead of 400 (the validation error escapes as a server error)',
  },
  'method-not-allowed-returns-404': {
    area: 'status',
    description: 'a known path asked with an unsupported method answers 404 instead of 405',
  },
  // --- missing and mistyped fields ---
  'conversation-state-missing': {
    area: 'fields',
    description: 'conversation bodies lack the `state` field',
  },
  'resource-url-missing': {
    area: 'fields',
    description: 'resource bodies lack their `url` field',
  },
  'null-fields-omitted': {
    area: 'fields',
    description: 'fields whose value is null are left out of resource bodies (an omit-empty serializer)',
  },
  'attributes-as-object': {
    area: 'fields',
    description: '`attributes` is sent as a JSON object instead of a JSON string',
  },
  'date-not-iso': {
    area: 'fields',
    description: '`date_created` / `date_updated` are RFC 2822 (`Tue, 16 Dec 2015 22:18:37 GMT`) instead of ISO 8601',
  },
  'message-index-as-string': {
    area: 'fields',
    description: 'the message `index` is a string (`"0"`) instead of an integer',
  },
  // --- SIDs ---
  'participant-sid-prefix-pa': {
    area: 'sids',
    description: 'participant SIDs start with PA (Video participants) instead of MB',
  },
  'message-sid-prefix-sm': {
    area: 'sids',
    description: 'message SIDs start with SM (Programmable Messaging) instead of IM',
  },
  // --- content types ---
  'success-content-type-text-plain': {
    area: 'content-type',
    description: 'successful JSON responses are labelled `text/plain` instead of `application/json`',
  },
  'error-content-type-text-plain': {
    area: 'content-type',
    description: 'error responses are labelled `text/plain` instead of `application/json`',
  },
  // --- error bodies and codes ---
  'not-found-code-20001': {
    area: 'errors',
    description: 'an unknown resource answers code 20001 instead of 20404',
  },
  'participant-exists-generic-code': {
    area: 'errors',
    description: 'a duplicate participant answers the generic 20409 instead of 50433',
  },
  'error-more-info-missing': {
    area: 'errors',
    description: 'error bodies lack `more_info`',
  },
  'timer-minimum-wrong-code': {
    area: 'errors',
    description: 'a timer below its minimum answers the format code (50379/50380) instead of 50375/50376',
  },
  // --- authentication and account isolation ---
  'auth-any-password': {
    area: 'auth',
    description: 'a known Account SID is accepted with any password',
  },
  'auth-missing-accepted': {
    area: 'auth',
    description: 'a request without credentials is served as the first account',
  },
  'cross-account-leak': {
    area: 'auth',
    description: "the account is taken from the SID in the path: another account's conversation can be fetched",
  },
  // --- documented limits ---
  'friendly-name-limit-255': {
    area: 'limits',
    description: 'FriendlyName is limited to 255 characters instead of 256',
  },
  'attributes-limit-unchecked': {
    area: 'limits',
    description: 'Attributes over the documented size (16 KB conversation, 4 KB participant/message) are accepted',
  },
  'identity-limit-unchecked': {
    area: 'limits',
    description: 'a participant Identity over 256 characters is accepted',
  },
  'cwp-participants-limit-11': {
    area: 'limits',
    description: 'ConversationWithParticipants accepts 11 participants per request instead of at most 10',
  },
  'cwp-identity-limit-after-answer': {
    area: 'limits',
    description:
      'ConversationWithParticipants answers 201 for an identity already in 1000 conversations, then closes (50214 late)',
  },
  'non-chat-limit-51': {
    area: 'limits',
    description: 'a conversation accepts 51 non-chat participants instead of 50',
  },
  'participant-limit-1001': {
    area: 'limits',
    description: 'a conversation accepts 1001 participants instead of 1000',
  },
  'message-body-limit-unchecked': {
    area: 'limits',
    description: 'a message Body over 1600 characters is accepted',
  },
  // --- conversation state machine ---
  'closed-can-be-reopened': {
    area: 'state-machine',
    description: 'a closed conversation can be updated back to active',
  },
  'initializing-can-be-updated': {
    area: 'state-machine',
    description: 'a conversation still initializing (ConversationWithParticipants) can be updated',
  },
  'initial-state-closed-accepted': {
    area: 'state-machine',
    description: "a conversation can be created in state 'closed'",
  },
  'closed-accepts-participants': {
    area: 'state-machine',
    description: 'participants can be added to a closed conversation',
  },
  'message-does-not-reactivate': {
    area: 'state-machine',
    description: 'a new message leaves an inactive conversation inactive instead of making it active',
  },
  'cwp-never-leaves-initializing': {
    area: 'state-machine',
    description: 'ConversationWithParticipants never adds its participants: the conversation stays initializing',
  },
  // --- timers ---
  'timer-minimum-unchecked': {
    area: 'timers',
    description: 'Timers.Inactive under 1 minute and Timers.Closed under 10 minutes are accepted',
  },
  'timer-never-fires': {
    area: 'timers',
    description: 'conversation timers are shown but never move the state',
  },
  'timer-pt0s-not-disabling': {
    area: 'timers',
    description: 'PT0S sets the timer to its minimum instead of disabling it',
  },
  'timer-not-restarted-on-update': {
    area: 'timers',
    description: 'an update does not restart the timer counters: timers keep counting from the creation',
  },
  // --- paging ---
  'paging-duplicate-item': {
    area: 'paging',
    description: 'each next page starts with the last item of the previous page',
  },
  'paging-next-url-never-null': {
    area: 'paging',
    description: '`meta.next_page_url` is set on the last page too (pointing past the end)',
  },
  'paging-page-size-ignored': {
    area: 'paging',
    description: 'PageSize is ignored: every page has up to 50 items',
  },
  'paging-max-not-enforced': {
    area: 'paging',
    description: 'a PageSize over the documented maximum is accepted',
  },
  // --- ordering ---
  'messages-newest-first': {
    area: 'ordering',
    description: 'messages are listed newest first by default instead of in ascending order',
  },
  'message-index-reused': {
    area: 'ordering',
    description: 'a message index is the current message count: indices repeat after a delete',
  },
  'date-filter-ascending': {
    area: 'ordering',
    description: 'a conversation list with StartDate/EndDate is sorted oldest first instead of newest first',
  },
  // --- uniqueness ---
  'unique-name-not-enforced': {
    area: 'uniqueness',
    description: 'two conversations of a service can share a UniqueName',
  },
  'cwp-failure-frees-unique-name': {
    area: 'uniqueness',
    description: 'a ConversationWithParticipants that closes while adding gives up its UniqueName: by name it is 404',
  },
  'binding-pair-not-enforced': {
    area: 'uniqueness',
    description: 'an Address + ProxyAddress pair held by one conversation can join another',
  },
  'duplicate-identity-accepted': {
    area: 'uniqueness',
    description: 'the same Identity can join one conversation twice',
  },
  // --- cascades ---
  'delete-cascade-missing': {
    area: 'cascade',
    description: "deleting a conversation leaves its participants behind: their address pairs and users' links stay",
  },
  'close-keeps-pairs': {
    area: 'cascade',
    description: 'closing a conversation does not release its participants’ address pairs',
  },
  // --- webhooks ---
  'webhook-post-event-missing': {
    area: 'webhooks',
    description: 'the onMessageAdded post-event webhook is never sent',
  },
  'webhook-signature-wrong': {
    area: 'webhooks',
    description: 'X-Twilio-Signature of a POST webhook is computed over the URL alone, without the parameters',
  },
  'webhook-sent-without-header': {
    area: 'webhooks',
    description: 'REST-caused events fire webhooks without the request asking for them (X-Twilio-Webhook-Enabled)',
  },
  'webhook-limit-6': {
    area: 'limits',
    description: 'a conversation accepts 6 conversation-scoped webhooks instead of at most 5',
  },
  // --- concurrency ---
  'participant-limit-race': {
    area: 'concurrency',
    description:
      'an await between the participant limit checks and the insert: parallel adds exceed 1000 / 50 non-chat',
  },
} as const satisfies Record<string, FaultDefinition>;

/** A fault name from {@link FAULTS}. */
export type FaultName = keyof typeof FAULTS;

/** Every fault name, in catalogue order. */
export const FAULT_NAMES: readonly FaultName[] = Object.keys(FAULTS) as FaultName[];

/** Whether `name` is a catalogue fault. */
export function isFaultName(name: string): name is FaultName {
  return Object.hasOwn(FAULTS, name);
}

/** The faults one emulator runs with. */
export interface FaultSet {
  /** Whether the fault is on. Hook points call this with a literal name. */
  has(name: FaultName): boolean;
  /** The faults that are on, in catalogue order. */
  readonly names: readonly FaultName[];
}

/** The fault set of a correct emulator. */
export const NO_FAULTS: FaultSet = { has: () => false, names: [] };

/** Build a fault set; an unknown name is an error listing the valid names. */
export function createFaultSet(names: readonly string[] = []): FaultSet {
  const unknown = names.filter((name) => !isFaultName(name));
  if (unknown.length > 0) {
    throw new Error(`unknown emulator fault(s): ${unknown.join(', ')}; valid faults: ${FAULT_NAMES.join(', ')}`);
  }
  if (names.length === 0) return NO_FAULTS;
  const on = new Set(names as FaultName[]);
  return { has: (name) => on.has(name), names: FAULT_NAMES.filter((name) => on.has(name)) };
}
