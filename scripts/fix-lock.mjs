// Adds lock entries for @biomejs/biome's platform binaries that this registry mirror does not serve, so `npm ci`
// accepts the lock on every platform (npm skips them by os/cpu; only the local platform's binary is installed).
import { readFileSync, writeFileSync } from 'node:fs';
const path = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(path, 'utf8'));
const biome = lock.packages['node_modules/@biomejs/biome'];
const platforms = {
  'cli-android-arm64': [['android'], ['arm64']], 'cli-android-x64': [['android'], ['x64']],
  'cli-darwin-arm64': [['darwin'], ['arm64']], 'cli-darwin-x64': [['darwin'], ['x64']],
  'cli-linux-arm64-musl': [['linux'], ['arm64'], ['musl']], 'cli-linux-x64-musl': [['linux'], ['x64'], ['musl']],
  'cli-win32-arm64': [['win32'], ['arm64']], 'cli-win32-x64': [['win32'], ['x64']],
};
let added = 0;
for (const [name, [os, cpu, libc]] of Object.entries(platforms)) {
  const key = `node_modules/@biomejs/${name}`;
  if (lock.packages[key]) continue;
  lock.packages[key] = { version: biome.version, cpu, dev: true, ...(libc ? { libc } : {}), license: 'MIT OR Apache-2.0', optional: true, os, engines: { node: '>=14.21.3' } };
  added++;
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
lock.packages = sorted;
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} entries`);
