#!/usr/bin/env node
// Entry point of the `conformance` command. The kit is TypeScript run directly by Node's type stripping.
import { assertNodeFloor } from './node-floor.js';

assertNodeFloor();
const { main } = await import('../src/cli/main.ts');
process.exit(await main(process.argv.slice(2)));
