// The closed catalogue of Twilio error templates the emulator may answer with.
// The seeds contain no error codes (seed-inventory §4); codes and titles come from
// ../../../shared/reference/error-codes.md (Twilio's error dictionary). HTTP statuses follow one rule because Twilio
// documents almost none: 400 invalid input, 401 auth, 404 unknown resource, 405 method, 409 conflict with the current
// state (duplicates, pairs in use, limits, closed/initializing conversations), 413 body (or header section) too large,
// 503 while shutting down (D-EMU-HTTP-1).
// Body shape `{code, message, more_info, status}`: error-codes.md §1.

/** One catalogue entry: Twilio code, HTTP status, and a message template with `{param}` placeholders. */
export interface TwilioErrorTemplate {
  readonly code: number;
  readonly status: number;
  readonly message: string;
}

/** Every Twilio error the emulator can produce, keyed by a stable name. */
export const TWILIO_ERRORS = {
  // --- platform (error-codes.md §2) ---
  AUTHENTICATE: { code: 20003, status: 401, message: 'Authenticate' },
  METHOD_NOT_ALLOWED: { code: 20004, status: 405, message: 'Method not allowed' },
  UPDATE_WITHOUT_PARAMETERS: { code: 20161, status: 400, message: 'Parameters are not specified for update request' },
  NOT_FOUND: { code: 20404, status: 404, message: 'The requested resource {path} was not found' },
  CONFLICT: { code: 20409, status: 409, message: '{detail}' },
  REQUEST_TOO_LARGE: { code: 20413, status: 413, message: 'Request Entity Too Large' },
  INVALID_PARAMETER: { code: 20422, status: 400, message: 'Invalid {param}: {detail}' },
  INVALID_SID: { code: 20423, status: 400, message: "Invalid {param}: '{value}' is not a valid SID" },
  INTERNAL_ERROR: { code: 20500, status: 500, message: 'Internal Server Error' },
  SERVICE_UNAVAILABLE: { code: 20503, status: 503, message: 'Service unavailable' },
  INVALID_PAGE_TOKEN: { code: 21481, status: 400, message: 'Invalid PageToken' },
  // --- webhooks (error-codes.md §3.1, §3.6) ---
  WEBHOOK_METHOD_INVALID: { code: 50055, status: 400, message: 'Invalid webhook method' },
  // A pre-event webhook answered non-2xx (004:L22930-22935); 400 because every operation with a pre-event declares it.
  WEBHOOK_REJECTED: { code: 50056, status: 400, message: 'Webhook disabled processing of command' },
  // 50057/50076 are only logged (errorLogged events, 001:L153), never an HTTP answer.
  WEBHOOK_FAILED: { code: 50057, status: 500, message: 'Webhook call failed to execute successfully' },
  WEBHOOK_TIMEOUT: { code: 50076, status: 500, message: 'Webhook failed to execute successfully due to timeout' },
  PRE_WEBHOOK_URL_INVALID: { code: 50077, status: 400, message: 'Invalid pre-webhook url' },
  POST_WEBHOOK_URL_INVALID: { code: 50078, status: 400, message: 'Invalid post-webhook url' },
  CONVERSATION_WEBHOOKS_LIMIT: { code: 50361, status: 409, message: 'Too many conversation webhooks' },
  WEBHOOK_TRIGGERS_LIMIT: { code: 50362, status: 400, message: 'Too many conversation webhook triggers' },
  WEBHOOK_TYPE_INVALID: { code: 50364, status: 400, message: 'Invalid conversation webhook type' },
  WEBHOOK_FILTER_INVALID: { code: 50365, status: 400, message: 'Invalid conversation webhook filter' },
  WEBHOOK_TRIGGER_INVALID: { code: 50366, status: 400, message: 'Invalid conversation webhook trigger' },
  WEBHOOK_FLOW_SID_INVALID: { code: 50367, status: 400, message: 'Invalid conversation webhook flow SID' },
  WEBHOOK_TYPE_MISSING: { code: 50368, status: 400, message: 'Conversation webhook type not provided' },
  WEBHOOK_URL_MISSING: { code: 50369, status: 400, message: 'Conversation webhook URL not provided' },
  WEBHOOK_FILTERS_MISSING: { code: 50370, status: 400, message: 'Conversation webhook filter not provided' },
  WEBHOOK_TRIGGERS_MISSING: { code: 50371, status: 400, message: 'Conversation webhook trigger not provided' },
  WEBHOOK_URL_TOO_LONG: { code: 50372, status: 400, message: 'Conversation webhook URL is too long' },
  // --- conversation fields (error-codes.md §3.1, §3.4) ---
  FRIENDLY_NAME_NOT_PROVIDED: { code: 50000, status: 400, message: 'FriendlyName not provided' },
  FRIENDLY_NAME_TOO_LONG: { code: 50003, status: 400, message: 'Friendly name too long' },
  SERVICE_NOT_FOUND: { code: 50050, status: 400, message: 'Service Instance not found' },
  ATTRIBUTES_TOO_LONG: { code: 50303, status: 400, message: 'Attributes too long' },
  ATTRIBUTES_NOT_VALID_JSON: { code: 50304, status: 400, message: 'Attributes not valid JSON' },
  DATE_CREATED_INVALID: { code: 50308, status: 400, message: 'Invalid Date Created parameter' },
  DATE_UPDATED_INVALID: { code: 50309, status: 400, message: 'Invalid Date Updated parameter' },
  MESSAGING_SERVICE_SID_INVALID: { code: 50341, status: 400, message: 'Invalid messaging service SID' },
  CONVERSATION_UPDATE_WITHOUT_PARAMETERS: {
    code: 50347,
    status: 400,
    message: 'Parameters are missing for channel update request',
  },
  UNIQUE_NAME_EXISTS: { code: 50353, status: 409, message: 'Conversation with provided unique name already exists' },
  UNIQUE_NAME_IS_SID: { code: 50390, status: 400, message: 'Unique name should not match conversation sid pattern' },
  END_DATE_BEFORE_START_DATE: {
    code: 50396,
    status: 400,
    message: 'EndDate parameter should be greater than StartDate parameter',
  },
  // --- conversation state and timers (error-codes.md §3.5) ---
  STATE_EMPTY: { code: 50374, status: 400, message: "'State' field can't be empty" },
  TIMER_INACTIVE_MIN: { code: 50375, status: 400, message: 'TimeToInactive should be greater or equal to 1 minute' },
  TIMER_CLOSED_MIN: { code: 50376, status: 400, message: 'TimeToClosed should be greater or equal to 10 minutes' },
  CONVERSATION_CLOSED: { code: 50377, status: 409, message: "Can't update conversation as it's in final closed state" },
  STATE_INVALID: { code: 50378, status: 400, message: "'State' parameter value is invalid" },
  TIMER_INACTIVE_FORMAT: { code: 50379, status: 400, message: 'TimeToInactive format is invalid' },
  TIMER_CLOSED_FORMAT: { code: 50380, status: 400, message: 'TimeToClosed format is invalid' },
  INITIAL_STATE_CLOSED: { code: 50384, status: 400, message: "Initial state can't be 'closed'" },
  CONVERSATION_INITIALIZING: {
    code: 50386,
    status: 409,
    message: "Conversation in 'initializing' state may not be updated or used for message sending",
  },
  // --- roles and users (error-codes.md §3.2, §3.3) ---
  ROLE_NOT_FOUND: { code: 50100, status: 400, message: 'Role not found' },
  PERMISSION_NOT_FOUND: { code: 50104, status: 400, message: 'Permission not found' },
  ROLE_TYPE_INVALID: { code: 50105, status: 400, message: 'Invalid role type' },
  CONVERSATION_ROLE_NOT_FOUND: { code: 50109, status: 400, message: 'Conversation role not found' },
  USER_EXISTS: { code: 50201, status: 409, message: 'User already exists' },
  IDENTITY_NOT_PROVIDED: { code: 50204, status: 400, message: 'Identity not provided' },
  IDENTITY_IS_USER_SID: { code: 50206, status: 400, message: 'Identity should not match user SID pattern' },
  IDENTITY_TOO_LONG: { code: 50207, status: 400, message: 'Identity too long' },
  IDENTITY_AND_BINDING: { code: 50211, status: 400, message: 'Identity parameter not acceptable for this Participant' },
  USER_CONVERSATION_LIMIT: { code: 50214, status: 409, message: 'User conversation limit exceeded' },
  LOOKUP_IDENTIFIER_AMBIGUOUS: {
    code: 50451,
    status: 400,
    message: 'One user identifier parameter for lookup at a time is allowed. Please, use either Identity or Address.',
  },
  // --- participants (error-codes.md §3.7) ---
  ADDRESS_INVALID: { code: 50407, status: 400, message: 'Invalid messaging binding address' },
  PROXY_ADDRESS_INVALID: { code: 50408, status: 400, message: 'Invalid participant proxy address' },
  ADDRESS_EQUALS_PROXY_ADDRESS: { code: 50409, status: 400, message: 'Participant address equals proxy address' },
  ADDRESS_EMPTY: { code: 50411, status: 400, message: 'Participant address is empty' },
  PROXY_ADDRESS_EMPTY: { code: 50412, status: 400, message: 'Participant proxy address is empty' },
  ADDRESS_TYPE_MISMATCH: {
    code: 50414,
    status: 400,
    message: 'Participant address type does not match proxy address type',
  },
  BINDING_PAIR_IN_USE: {
    code: 50416,
    status: 409,
    message: 'A binding for this participant and proxy address already exists in Conversation {conversationSid}',
  },
  PARTICIPANTS_LIMIT: { code: 50417, status: 409, message: 'Participants limit exceeded' },
  NON_CHAT_PARTICIPANTS_LIMIT: { code: 50418, status: 409, message: 'Non-Chat participants limit exceeded' },
  LAST_READ_MESSAGE_INDEX_INVALID: { code: 50421, status: 400, message: 'Invalid last read message index format' },
  PARTICIPANT_JSON_INVALID: {
    code: 50424,
    status: 400,
    message: 'One of the JSON requests for participant creation is invalid.',
  },
  PARTICIPANT_PAIRS_IN_USE: {
    code: 50425,
    status: 409,
    message: 'Participant and proxy address pairs for one or more participants already in use.',
  },
  TOO_MANY_PARTICIPANTS_IN_REQUEST: { code: 50426, status: 400, message: 'Request contains too many participants.' },
  PARTICIPANTS_CREATION_FAILED: {
    code: 50427,
    status: 500,
    message: 'Errors occurred during multiple participants creation.',
  },
  PARTICIPANT_EXISTS: { code: 50433, status: 409, message: 'Participant already exists' },
  GROUP_PARTICIPANTS_LIMIT: { code: 50436, status: 409, message: 'Participant limit exceeded for group conversation' },
  GROUP_PARTICIPANT_EXISTS: { code: 50437, status: 409, message: 'Group Participant already exists' },
  PROXY_ADDRESS_REMOVE_FAILED: {
    code: 50440,
    status: 400,
    message: 'Failed to remove the proxy address of a participant.',
  },
  PROXY_ADDRESS_ADD_FAILED: { code: 50441, status: 400, message: 'Failed to add a proxy address to a participant.' },
  PROJECTED_ADDRESS_REMOVE_FAILED: {
    code: 50442,
    status: 400,
    message: 'Failed to remove the projected address of a participant.',
  },
  PROJECTED_ADDRESS_ADD_FAILED: {
    code: 50443,
    status: 400,
    message: 'Failed to add a projected address to a participant.',
  },
  IDENTITY_ADD_FAILED: { code: 50444, status: 400, message: 'Failed to add an identity to a participant.' },
  // --- messages, media, content templates (error-codes.md §3.8) ---
  MESSAGE_BODY_NOT_PROVIDED: { code: 50503, status: 400, message: 'Message body not provided' },
  MESSAGE_BODY_TOO_LONG: { code: 50504, status: 400, message: 'Message body parameter is too long' },
  MEDIA_NOT_FOUND: { code: 50507, status: 400, message: 'Media not found' },
  MEDIA_ALREADY_SENT: { code: 50508, status: 400, message: 'Media already sent with another message' },
  MEDIA_SID_INVALID: { code: 50510, status: 400, message: 'Invalid message media SID' },
  MEDIA_TOO_LARGE: { code: 50512, status: 400, message: 'Message media size is too large' },
  CONTENT_SID_INVALID: { code: 50526, status: 400, message: 'Invalid content SID' },
  CONTENT_VARIABLES_INVALID: { code: 50527, status: 400, message: 'Invalid content variables format' },
  CONTENT_SID_MISSING: { code: 50528, status: 400, message: 'Content SID is missing' },
} as const satisfies Record<string, TwilioErrorTemplate>;

/** Name of a catalogue entry. */
export type TwilioErrorName = keyof typeof TWILIO_ERRORS;

/** Values substituted into a template's `{placeholders}`. */
export type TwilioErrorParams = Readonly<Record<string, string | number>>;

/** The JSON body Twilio sends with every error (error-codes.md §1). */
export interface TwilioErrorBody {
  code: number;
  message: string;
  more_info: string;
  status: number;
}

/** Fill `{name}` placeholders; a missing parameter is left visible so tests notice it. */
export function renderTemplate(template: string, params: TwilioErrorParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The only error type emulator code throws for an API failure; rendered by the app's error handler. */
export class TwilioApiError extends Error {
  readonly errorName: TwilioErrorName;
  readonly code: number;
  readonly status: number;
  readonly params: TwilioErrorParams;

  constructor(name: TwilioErrorName, params: TwilioErrorParams = {}) {
    const template: TwilioErrorTemplate = TWILIO_ERRORS[name];
    super(renderTemplate(template.message, params));
    this.name = 'TwilioApiError';
    this.errorName = name;
    this.code = template.code;
    this.status = template.status;
    this.params = params;
  }

  /** The wire body. */
  toBody(): TwilioErrorBody {
    return {
      code: this.code,
      message: this.message,
      more_info: `https://www.twilio.com/docs/errors/${this.code}`,
      status: this.status,
    };
  }
}

/** Shorthand used by validators and resources: `throw twilioError('NOT_FOUND', { path })`. */
export function twilioError(name: TwilioErrorName, params: TwilioErrorParams = {}): TwilioApiError {
  return new TwilioApiError(name, params);
}
