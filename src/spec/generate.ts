import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { DEFAULT_SPEC_PATH, GENERATED_TYPES_PATH } from './paths.ts';

/** The banner at the top of the generated file. */
export const GENERATED_BANNER = `/**
 * GENERATED FILE — DO NOT EDIT.
 * openapi-typescript output for spec/conversations-v1.yaml. Regenerate with \`npm run generate\`;
 * a unit test fails when this file differs from a fresh generation.
 */
`;

/** Generates the TypeScript types of the spec (the multi-file root document) as source text. */
export async function generateTypes(specPath: string = DEFAULT_SPEC_PATH): Promise<string> {
  const ast = await openapiTS(pathToFileURL(specPath), { alphabetize: true, exportType: true });
  return `${GENERATED_BANNER}\n${astToString(ast)}`;
}

/** Writes the generated types (or, with `check`, compares them and reports drift). Returns true when up to date. */
export async function writeGeneratedTypes(check = false): Promise<boolean> {
  const fresh = await generateTypes();
  let current = '';
  try {
    current = await readFile(GENERATED_TYPES_PATH, 'utf8');
  } catch {
    current = '';
  }
  if (check) return current === fresh;
  if (current !== fresh) {
    await mkdir(dirname(GENERATED_TYPES_PATH), { recursive: true });
    await writeFile(GENERATED_TYPES_PATH, fresh);
  }
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const check = process.argv.includes('--check');
  const ok = await writeGeneratedTypes(check);
  if (!ok) {
    console.error('generated types are out of date: run `npm run generate`');
    process.exit(1);
  }
  console.log(check ? 'generated types are up to date' : `wrote ${GENERATED_TYPES_PATH}`);
}
