/** The public library API of the conformance kit (the only barrel). */

export { CHECKS, type Finding } from './checks/index.ts';
export { type Exchange, TwilioClient } from './client/client.ts';
export { type Credentials, credentialsFromEnv } from './client/credentials.ts';
export { encodeForm, flattenForm } from './client/form.ts';
export { type Emulator, type EmulatorOptions, startEmulator } from './emulator/index.ts';
export { isKitError, KIT_ERRORS, KitError, type KitErrorCode } from './errors.ts';
export { compareSpecs, formatDriftReport, type SpecDriftFinding } from './spec/drift.ts';
export { type LoadedSpec, loadSpec } from './spec/load.ts';
export { compileValidators, type ValidatorSet } from './validation/validators.ts';
