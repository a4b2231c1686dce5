/** The run's data seed: one number that makes every scenario's faker data reproducible (`--seed`). */
import { KitError } from '../errors.ts';

/** Environment variable carrying the run seed (`--seed` sets it; a whole number 0 ≤ seed < 2^32). */
export const SEED_ENV = 'CONFORMANCE_SEED';

/** A seed from text (`--seed`, CONFORMANCE_SEED), or undefined when it is not a whole number 0 ≤ seed < 2^32. */
export function parseSeed(text: string): number | undefined {
  if (!/^\d{1,10}$/.test(text.trim())) return undefined;
  const n = Number(text.trim());
  return n < 2 ** 32 ? n : undefined;
}

/** A fresh random seed. */
export function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}

/** The seed CONFORMANCE_SEED names (a bad value is CONFORMANCE_ERR_BAD_ARGUMENTS), else a fresh random one. */
export function seedFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const given = env[SEED_ENV];
  if (given === undefined || given === '') return randomSeed();
  const seed = parseSeed(given);
  if (seed === undefined) {
    throw new KitError(
      'CONFORMANCE_ERR_BAD_ARGUMENTS',
      `${SEED_ENV} must be a whole number below 2^32, got '${given}'`,
    );
  }
  return seed;
}
