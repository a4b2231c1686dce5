// The one Node version floor of the kit, checked by every entry point: `conformance` (bin/conformance.js), npm
// scripts (`node bin/node-floor.js && …`), vitest.config.ts and .ci/run. Plain JavaScript that any Node parses, so an
// old Node gets this one line instead of a crash deep inside a dependency. The floor is what the dependencies
// require: undici 8 and @apidevtools/swagger-parser 13 need 22.19 (package.json `engines` says the same; a unit test
// keeps them equal).

/** The lowest Node version the kit runs on. */
export const NODE_FLOOR = '22.19.0';

/** Whether `version` (e.g. `24.1.0`) is at least the floor. Node 23 and 25 are excluded by vitest's own engines. */
export function meetsNodeFloor(version) {
  const [major, minor] = version.split('.').map(Number);
  const [fMajor, fMinor] = NODE_FLOOR.split('.').map(Number);
  if (major === 23 || major === 25) return false;
  return major > fMajor || (major === fMajor && minor >= fMinor);
}

/** The one-line message every entry point prints on an older Node. */
export function nodeFloorMessage(version) {
  return `conformance: Node ${version} is not supported; this kit needs Node ${NODE_FLOOR} or newer (22.19+, 24 LTS recommended; not 23 or 25)`;
}

/** Exits with status 2 and the one-line message when this Node is below the floor. */
export function assertNodeFloor() {
  if (!meetsNodeFloor(process.versions.node)) {
    console.error(nodeFloorMessage(process.versions.node));
    process.exit(2);
  }
}

// `node bin/node-floor.js` (npm scripts, .ci/run): exit 2 with the message, or 0 silently.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) assertNodeFloor();
