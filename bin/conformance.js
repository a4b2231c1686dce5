#!/usr/bin/env node
// Entry point of the `conformance` command. From a clone it runs the TypeScript sources directly (Node's type
// stripping); installed from the package it runs the build in dist/ (Node does not strip types under node_modules).
import { existsSync } from 'node:fs';
import { assertNodeFloor } from './node-floor.js';

assertNodeFloor();
const sources = new URL('../src/cli/main.ts', import.meta.url);
const { main } = await import(existsSync(sources) ? sources.href : '../dist/src/cli/main.js');
process.exit(await main(process.argv.slice(2)));
