import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (where package.json lives). */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The bundled root OpenAPI document that describes the API. */
export const DEFAULT_SPEC_PATH = resolve(PACKAGE_ROOT, 'spec', 'conversations-v1.yaml');

/** The committed openapi-typescript output. */
export const GENERATED_TYPES_PATH = resolve(PACKAGE_ROOT, 'src', 'spec', 'generated', 'conversations-v1.ts');
