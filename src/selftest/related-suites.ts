// Which scenarios are expected to catch each fault of the emulator's catalogue: the self-test's knowledge of the
// suites' layout, kept here so the emulator knows nothing of the suites. Each entry lists globs over the suite file
// path relative to the project root (`suites/participants/**`), or `tag:<name>` for scenarios with that vitest tag
// (matched by related.ts). related-suites.test.ts proves every catalogue fault has an entry, every entry names a
// catalogue fault, and every pattern matches an existing suite file.
import type { FaultName } from '../emulator/index.ts';

// Response-shape faults break whatever scenario meets them: every scenario validates every response it gets.
const ALL = 'suites/**';
const CONVERSATIONS = 'suites/conversations/**';
const PARTICIPANTS = 'suites/participants/**';
const CWP = 'suites/conversation-with-participants/**';
const MESSAGES = 'suites/messages/**';
const TIMERS = 'suites/states-timers/**';
const PAGING = 'suites/paging/**';
const LIMITS = 'suites/limits/**';
const AUTH = 'suites/auth/**';
const WEBHOOKS = 'suites/webhooks/**';
const DELETION = 'suites/deletion/**';
const USERS = 'suites/users/**';

/** The scenarios expected to catch each fault, in catalogue order; the `Record` type makes it as closed as `FAULTS`. */
export const RELATED_SUITES: Readonly<Record<FaultName, readonly string[]>> = {
  // --- status codes ---
  'create-returns-200': [ALL],
  'delete-returns-200-with-body': [ALL],
  'not-found-returns-400': [ALL],
  'validation-error-returns-500': [ALL],
  'method-not-allowed-returns-404': [ALL],
  // --- missing and mistyped fields ---
  'conversation-state-missing': [CONVERSATIONS, CWP, TIMERS],
  'resource-url-missing': [ALL],
  'null-fields-omitted': [ALL],
  'attributes-as-object': [ALL],
  'date-not-iso': [ALL],
  'message-index-as-string': [MESSAGES],
  // --- SIDs ---
  'participant-sid-prefix-pa': [PARTICIPANTS, CWP],
  'message-sid-prefix-sm': [MESSAGES],
  // --- content types ---
  'success-content-type-text-plain': [ALL],
  'error-content-type-text-plain': [ALL],
  // --- error bodies and codes ---
  'not-found-code-20001': [ALL],
  'participant-exists-generic-code': [PARTICIPANTS],
  'error-more-info-missing': [ALL],
  'timer-minimum-wrong-code': [CONVERSATIONS, TIMERS],
  // --- authentication and account isolation ---
  'auth-any-password': [AUTH],
  'auth-missing-accepted': [AUTH],
  'cross-account-leak': [AUTH, CONVERSATIONS],
  // --- documented limits ---
  'friendly-name-limit-255': [CONVERSATIONS, LIMITS],
  'attributes-limit-unchecked': [CONVERSATIONS, PARTICIPANTS, MESSAGES, LIMITS],
  'identity-limit-unchecked': [PARTICIPANTS, LIMITS],
  'cwp-participants-limit-11': [CWP, LIMITS],
  'cwp-identity-limit-after-answer': [CWP],
  'non-chat-limit-51': [LIMITS, PARTICIPANTS],
  'participant-limit-1001': [LIMITS, PARTICIPANTS],
  'message-body-limit-unchecked': [MESSAGES, LIMITS],
  // --- conversation state machine ---
  'closed-can-be-reopened': [CONVERSATIONS, TIMERS],
  'initializing-can-be-updated': [CWP],
  'initial-state-closed-accepted': [CONVERSATIONS, TIMERS],
  'closed-accepts-participants': [PARTICIPANTS, TIMERS],
  'message-does-not-reactivate': [MESSAGES, TIMERS],
  'cwp-never-leaves-initializing': [CWP],
  // --- timers ---
  'timer-minimum-unchecked': [CONVERSATIONS, TIMERS],
  'timer-never-fires': [TIMERS],
  'timer-pt0s-not-disabling': [CONVERSATIONS, TIMERS],
  'timer-not-restarted-on-update': [TIMERS],
  // --- paging ---
  'paging-duplicate-item': [PAGING, CONVERSATIONS, PARTICIPANTS, MESSAGES],
  'paging-next-url-never-null': [PAGING, CONVERSATIONS, PARTICIPANTS, MESSAGES],
  'paging-page-size-ignored': [PAGING, CONVERSATIONS, PARTICIPANTS, MESSAGES],
  'paging-max-not-enforced': [PAGING],
  // --- ordering ---
  'messages-newest-first': [MESSAGES],
  'message-index-reused': [MESSAGES],
  'date-filter-ascending': [CONVERSATIONS, PAGING],
  // --- uniqueness ---
  'unique-name-not-enforced': [CONVERSATIONS],
  'cwp-failure-frees-unique-name': [CWP],
  'binding-pair-not-enforced': [PARTICIPANTS, CWP],
  'duplicate-identity-accepted': [PARTICIPANTS, CWP],
  // --- cascades ---
  'delete-cascade-missing': [DELETION, PARTICIPANTS, USERS],
  'close-keeps-pairs': [PARTICIPANTS, TIMERS],
  // --- webhooks ---
  'webhook-post-event-missing': [WEBHOOKS],
  'webhook-signature-wrong': [WEBHOOKS],
  'webhook-sent-without-header': [WEBHOOKS],
  'webhook-limit-6': [WEBHOOKS, LIMITS],
  // --- concurrency ---
  'participant-limit-race': [LIMITS, PARTICIPANTS],
};
