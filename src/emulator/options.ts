// Public option types of the emulator (re-exported by index.ts).

/** Credentials of one emulated Twilio account: Account SID + auth token, plus optional API keys (004:L4439-4444). */
export interface EmulatorAccount {
  accountSid: string;
  authToken: string;
  apiKeys?: { sid: string; secret: string }[];
}

/** Options of {@link buildEmulator} / {@link startEmulator}. */
export interface EmulatorOptions {
  /** Accounts to serve; default: one generated account (AC + 32 hex, token 32 hex). */
  accounts?: EmulatorAccount[];
  /** 'wall' (default) follows real time; 'virtual' starts at the real current time and only moves when told. */
  clock?: 'wall' | 'virtual';
  /**
   * Milliseconds before ConversationWithParticipants adds its participants (default 25): real time under the wall
   * clock; under the virtual clock the conversation stays `initializing` until the clock is advanced this far.
   */
  cwpParticipantDelayMs?: number;
  /** Real milliseconds to wait for a webhook's answer (default 5000, "maximum timeout of 5 seconds", 004:L22842). */
  webhookTimeoutMs?: number;
  /** Enable fastify's logger (default false). */
  logger?: boolean;
  /** Deliberate faults to run with (names from `FAULTS` in faults.ts; an unknown name is an error). Default none. */
  faults?: string[];
  /**
   * A saved state to start from (state.ts; `serve --state`): its accounts, records and clocks. `accounts`, when given,
   * must be accounts of the state with the same tokens; `clock` must be the mode it was saved with.
   */
  state?: { document: unknown; source: string };
}
