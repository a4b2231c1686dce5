import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the kit's code lives: the repository root when it runs from TypeScript sources, `dist/` of the installed
 * package when it runs from the build (`npm run build`, run on `prepack`).
 */
export const CODE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Whether this is the compiled package (`.js` under `dist/`) rather than the TypeScript sources. */
export const IS_BUILD = fileURLToPath(import.meta.url).endsWith('.js');

/** The extension of the kit's own modules and built-in suite files in this installation. */
export const CODE_EXT = IS_BUILD ? 'js' : 'ts';

/** The package root (where package.json, spec/ and suites/expectations/ live). */
export const PACKAGE_ROOT =
  basename(CODE_ROOT) === 'dist' && existsSync(resolve(CODE_ROOT, '..', 'package.json'))
    ? dirname(CODE_ROOT)
    : CODE_ROOT;

/** The bundled root OpenAPI document that describes the API. */
export const DEFAULT_SPEC_PATH = resolve(PACKAGE_ROOT, 'spec', 'conversations-v1.yaml');

/** The committed openapi-typescript output. */
export const GENERATED_TYPES_PATH = resolve(PACKAGE_ROOT, 'src', 'spec', 'generated', 'conversations-v1.ts');

/**
 * A suite file's id in reports, baselines and expectations: relative to the code root, always with the source name
 * (`suites/x/y.suite.ts`), so ids are the same whether the kit runs from sources or from its build.
 */
export function suiteFileId(relativePath: string): string {
  return relativePath.replace(/\.suite\.js$/, '.suite.ts');
}
