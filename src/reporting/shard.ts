// A shard's result for `conformance merge`: vitest's own blob report (what vitest's `--merge-reports` reads: every
// test with its result, tags and meta) plus `shard.json`, the little vitest does not know — which shard of which run
// this was (seed, target, selection, the expectations baseline applied). Merge checks the manifests belong together,
// then replays the blobs through vitest's merge into the same collector a run uses.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { KitError } from '../errors.ts';
import type { Shard } from '../runtime/plan.ts';
import type { RunSettings } from './model.ts';

/** The manifest's file name inside a shard's report directory. */
export const SHARD_MANIFEST = 'shard.json';
/** The manifest's format tag (a different layout is refused, not guessed at). */
export const SHARD_FORMAT = 'conformance-shard/1';

/** What `conformance run --shard i/n` leaves beside its reports for `merge`. */
export interface ShardManifest {
  format: typeof SHARD_FORMAT;
  shard: Shard;
  /** The blob report, relative to the report directory. */
  blob: string;
  target: { url: string; kind: string; identity: string };
  startedAt: string;
  durationMs: number;
  settings: RunSettings;
  /** `--grep` and `--tag`: merge leaves the same scenarios out as the shards did. */
  selection: { grep?: string; tags: string[] };
  /** The expectations baseline the shard applied (merge applies it to the merged results). */
  expectations?: { path: string; explicit: boolean };
  /** The spec the run validated against (its operations feed the HTML coverage matrix). */
  specPath: string;
}

/** Where a shard's blob goes, relative to its report directory (vitest's default name, `blob-i-n.json`). */
export function shardBlobPath(shard: Shard): string {
  return join('blob', `blob-${shard.index}-${shard.count}.json`);
}

/** Writes `shard.json` into the report directory. */
export async function writeShardManifest(dir: string, manifest: ShardManifest): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = resolve(dir, SHARD_MANIFEST);
  await writeFile(path, `${JSON.stringify(manifest, null, 2)}\n`);
  return path;
}

function bad(message: string): never {
  throw new KitError('CONFORMANCE_ERR_BAD_ARGUMENTS', `merge: ${message}`);
}

/** Reads a shard directory's manifest; a directory without one (or another format) is a bad argument naming it. */
export async function readShardManifest(dir: string): Promise<ShardManifest> {
  const path = resolve(dir, SHARD_MANIFEST);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return bad(`${dir}: no ${SHARD_MANIFEST} (write one with conformance run --shard i/n --report-dir ${dir})`);
  }
  let manifest: Partial<ShardManifest>;
  try {
    manifest = JSON.parse(text) as Partial<ShardManifest>;
  } catch {
    return bad(`${path}: not JSON`);
  }
  if (manifest.format !== SHARD_FORMAT) bad(`${path}: not a ${SHARD_FORMAT} manifest (format ${manifest.format})`);
  return manifest as ShardManifest;
}

/**
 * Checks the shards are the whole of one run: the same shard count with every index once, the same seed, target
 * (kind and identity: an embedded emulator listens on another port in each shard), selection and spec.
 */
export function checkShardSet(shards: ReadonlyArray<{ dir: string; manifest: ShardManifest }>): void {
  const [first, ...rest] = shards;
  if (!first) bad('no shard directories given');
  const same = (what: string, of: (m: ShardManifest) => unknown) => {
    const want = JSON.stringify(of(first.manifest));
    for (const { dir, manifest } of rest) {
      const got = JSON.stringify(of(manifest));
      if (got !== want) bad(`${dir} is not a shard of the same run as ${first.dir}: ${what} ${got} ≠ ${want}`);
    }
  };
  same('shard count', (m) => m.shard.count);
  same('seed', (m) => m.settings.seed);
  same('target', (m) => [m.target.kind, m.target.identity]);
  same('selection', (m) => m.selection);
  same('spec', (m) => m.specPath);
  const count = first.manifest.shard.count;
  const seen = new Map<number, string>();
  for (const { dir, manifest } of shards) {
    const other = seen.get(manifest.shard.index);
    if (other) bad(`${dir} and ${other} are both shard ${manifest.shard.index}/${count}`);
    seen.set(manifest.shard.index, dir);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !seen.has(index));
  if (missing.length > 0) bad(`missing shard(s) ${missing.map((index) => `${index}/${count}`).join(', ')}`);
}
