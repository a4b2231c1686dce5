// The emulator's only barrel: what the rest of the kit may import.
export type { Emulator } from './app.ts';
export { buildEmulator, generateAccount } from './app.ts';
export type { Clock, TimerHandle } from './clock.ts';
export { CONTROL_PREFIX } from './control.ts';
export type { EmulatorEvent, EmulatorEventName } from './events.ts';
export type { FaultArea, FaultDefinition, FaultName } from './faults.ts';
export { FAULT_NAMES, FAULTS, isFaultName } from './faults.ts';
export type { EmulatorAccount, EmulatorOptions } from './options.ts';
export type { RunningEmulator, ShutdownOptions, ShutdownReport } from './serve.ts';
export { SHUTDOWN_GRACE_MS, startEmulator } from './serve.ts';
export { STATE_FORMAT, STATE_VERSION } from './state.ts';
export { readStateFile, STATE_FILE_MODE, writeStateFile } from './state-file.ts';
export type { TwilioErrorBody, TwilioErrorName } from './twilio-errors.ts';
export { TWILIO_ERRORS } from './twilio-errors.ts';
