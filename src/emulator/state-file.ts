// The state file of `conformance serve --state FILE` (D-EMU-STATE-1). Written atomically: a new file created with mode
// 0600 beside the target, flushed to disk, then renamed over it, so a crash leaves the old file or the new one, never
// half of either. It holds the accounts' auth tokens (webhook signatures need them, D-EMU-WH-13), so it must stay
// private: a file that other users may read or write is refused, like a corrupt one, and left as it is.
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { KitError } from '../errors.ts';

/** Mode of every state file: read and write for its owner only. */
export const STATE_FILE_MODE = 0o600;

/** The parsed document of a state file, or undefined when there is no file yet. Throws CONFORMANCE_ERR_STATE_FILE. */
export async function readStateFile(path: string): Promise<unknown> {
  let mode: number;
  try {
    mode = (await stat(path)).mode;
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new KitError('CONFORMANCE_ERR_STATE_FILE', `cannot read state file ${path}`, { cause });
  }
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new KitError(
      'CONFORMANCE_ERR_STATE_FILE',
      `state file ${path} is open to other users (mode ${(mode & 0o777).toString(8)}) and holds auth tokens; ` +
        `run 'chmod 600 ${path}' if that is your file (it was left untouched)`,
    );
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new KitError('CONFORMANCE_ERR_STATE_FILE', `cannot read state file ${path}`, { cause });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new KitError(
      'CONFORMANCE_ERR_STATE_FILE',
      `state file ${path} is not a usable emulator state (not JSON); it was left untouched`,
      { cause },
    );
  }
}

/** Replace the state file with `text`, atomically and owner-only. */
export async function writeStateFile(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', STATE_FILE_MODE);
  try {
    await handle.writeFile(text, 'utf8');
    // The umask may have narrowed the mode further, never widened it; set it exactly.
    await handle.chmod(STATE_FILE_MODE);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temporary).catch(() => {});
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw error;
  }
  // Make the rename itself durable (best effort: not every platform can open a directory).
  const directory = await open(dirname(path), 'r').catch(() => undefined);
  await directory?.sync().catch(() => {});
  await directory?.close();
}
