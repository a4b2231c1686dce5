import { readFileSync } from 'node:fs';
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
