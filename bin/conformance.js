#!/usr/bin/env node
// Entry point of the `conformance` command. The kit is TypeScript run directly by Node's type stripping (Node >= 22.18).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(`conformance: Node ${process.versions.node} is too old; Node 22.18+ (24 LTS recommended) is required`);
  process.exit(2);
}
const { main } = await import('../src/cli/main.ts');
process.exit(await main(process.argv.slice(2)));
