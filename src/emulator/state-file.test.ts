// State files hold the accounts' auth tokens and API key secrets (webhook signatures need them; D-EMU-STATE-1), so
// they are owner-only: written 0600 atomically, and refused (and left alone) when others may read or write them.
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildEmulator } from './app.ts';
import { readStateFile, STATE_FILE_MODE, writeStateFile } from './state-file.ts';

const ACCOUNT = { accountSid: `AC${'7'.repeat(32)}`, authToken: 'token-'.padEnd(32, 't'), apiKeys: [] };

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conformance-state-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(process.platform === 'win32')('state files (secrets)', () => {
  test('are written owner-only (0600), also over a file that was not, and leave no temporary file behind', async () => {
    const file = join(dir, 'state.json');
    await writeFile(file, 'old');
    await chmod(file, 0o644);
    const emulator = buildEmulator({ accounts: [ACCOUNT] });
    try {
      await writeStateFile(file, emulator.saveState());
    } finally {
      await emulator.close();
    }
    expect((await stat(file)).mode & 0o777).toBe(STATE_FILE_MODE);
    expect(await readdir(dir)).toEqual(['state.json']);
    // What makes the mode matter: the token is in the file, as webhook signing needs it.
    expect(await readFile(file, 'utf8')).toContain(ACCOUNT.authToken);
  });

  test.each([0o640, 0o604, 0o660, 0o666])('a file with mode %o is refused and left untouched', async (mode) => {
    const file = join(dir, 'state.json');
    await writeFile(file, '{}');
    await chmod(file, mode);
    await expect(readStateFile(file)).rejects.toMatchObject({ code: 'CONFORMANCE_ERR_STATE_FILE' });
    expect((await stat(file)).mode & 0o777).toBe(mode);
    expect(await readFile(file, 'utf8')).toBe('{}');
  });

  test('a missing file is a fresh start; a saved one restores the same state', async () => {
    const file = join(dir, 'state.json');
    expect(await readStateFile(file)).toBeUndefined();
    const first = buildEmulator({ accounts: [ACCOUNT], clock: 'virtual' });
    const second = await (async () => {
      try {
        await writeStateFile(file, first.saveState());
        return buildEmulator({ clock: 'virtual', state: { document: await readStateFile(file), source: file } });
      } finally {
        await first.close();
      }
    })();
    try {
      expect(second.accounts).toEqual([{ ...ACCOUNT }]);
      expect(second.clock.of(ACCOUNT.accountSid).now()).toEqual(first.clock.of(ACCOUNT.accountSid).now());
    } finally {
      await second.close();
    }
  });

  test('a state holding other accounts, or saved with another clock, is refused', async () => {
    const emulator = buildEmulator({ accounts: [ACCOUNT], clock: 'virtual' });
    const document = JSON.parse(emulator.saveState());
    await emulator.close();
    const other = { accountSid: `AC${'8'.repeat(32)}`, authToken: 'x' };
    expect(() => buildEmulator({ clock: 'virtual', accounts: [other], state: { document, source: 'f' } })).toThrow(
      /CONFORMANCE_ERR_STATE_FILE.*not the credentials given/,
    );
    expect(() => buildEmulator({ clock: 'wall', state: { document, source: 'f' } })).toThrow(/--clock virtual/);
  });
});
