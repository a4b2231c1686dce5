import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { meetsNodeFloor, NODE_FLOOR, nodeFloorMessage } from '../bin/node-floor.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('one Node floor everywhere', () => {
  test.each([
    ['20.20.2', false],
    ['22.18.0', false],
    ['22.19.0', true],
    ['23.11.0', false],
    ['24.0.0', true],
    ['25.1.0', false],
    ['26.0.0', true],
  ])('%s meets the floor: %s', (version, ok) => {
    expect(meetsNodeFloor(version)).toBe(ok);
  });

  test('package.json engines, README and the message all name the same floor', () => {
    const pkg = JSON.parse(read('package.json')) as { engines: { node: string } };
    const [major, minor] = NODE_FLOOR.split('.');
    expect(pkg.engines.node).toBe(`^${NODE_FLOOR} || ^24.0.0 || >=26.0.0`);
    expect(read('README.md')).toContain(`Node.js **${major}.${minor} or newer**`);
    expect(nodeFloorMessage('20.0.0')).toBe(
      `conformance: Node 20.0.0 is not supported; this kit needs Node ${NODE_FLOOR} or newer (22.19+, 24 LTS recommended; not 23 or 25)`,
    );
  });

  test('bin/conformance.js imports nothing statically but the floor check (which imports nothing)', () => {
    // A static import an older Node lacks fails before the check runs (found: enableCompileCache on Node 20).
    const imports = (path: string) => [...read(path).matchAll(/^import\b[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
    expect(imports('bin/conformance.js')).toEqual(['./node-floor.js']);
    expect(imports('bin/node-floor.js')).toEqual([]);
  });

  // The machine's own Node when it is older than the floor (Node 20 on the CI machine), else the test says it skipped.
  const oldNode = ['/usr/bin/node', '/usr/local/bin/node'].find((path) => {
    try {
      return !meetsNodeFloor(execFileSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim());
    } catch {
      return false;
    }
  });
  test.runIf(oldNode)('conformance on an older Node prints the one-line message and exits 2', () => {
    const result = spawnSync(oldNode!, [fileURLToPath(new URL('../bin/conformance.js', import.meta.url)), 'run'], {
      encoding: 'utf8',
    });
    expect(result.stderr.trim()).toMatch(/^conformance: Node \d+\.\d+\.\d+ is not supported; this kit needs Node /);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.status).toBe(2);
  });

  test('every entry point checks it: bin, vitest.config.ts, the npm scripts that run TypeScript, .ci/run', () => {
    expect(read('bin/conformance.js')).toContain('assertNodeFloor()');
    expect(read('vitest.config.ts')).toContain('assertNodeFloor()');
    expect(read('.ci/run')).toContain('node bin/node-floor.js');
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    for (const [name, command] of Object.entries(scripts)) {
      if (/\bnode [^ ]+\.ts\b|\bvitest\b/.test(command) && name !== 'conformance') {
        expect(command, `npm script '${name}'`).toMatch(/^node bin\/node-floor\.js && /);
      }
    }
  });
});
