#!/usr/bin/env node
// Entry point of the `conformance` command. From a clone it runs the TypeScript sources directly (Node's type
// stripping); installed from the package it runs the build in dist/ (Node does not strip types under node_modules).
// The floor check is the only static import: static imports resolve before any code runs, so one that an older Node
// lacks (node:module's enableCompileCache is 22.1+) would crash there instead of printing the floor's message.
import { assertNodeFloor } from './node-floor.js';

assertNodeFloor();
const { existsSync } = await import('node:fs');
const { enableCompileCache } = await import('node:module');
// Node's on-disk compile cache (V8 code cache of every module, type-stripped sources included): a run loads vitest,
// fastify, ajv and the kit in the CLI and again in each vitest worker, and compiling them is most of the start-up.
// The workers inherit it through NODE_COMPILE_CACHE. NODE_DISABLE_COMPILE_CACHE=1 turns it off (Node's own switch).
if (!process.env.NODE_DISABLE_COMPILE_CACHE) {
  const cache = enableCompileCache(process.env.NODE_COMPILE_CACHE);
  if (cache.directory) process.env.NODE_COMPILE_CACHE = cache.directory;
}
const sources = new URL('../src/cli/main.ts', import.meta.url);
const { main } = await import(existsSync(sources) ? sources.href : '../dist/src/cli/main.js');
process.exit(await main(process.argv.slice(2)));
