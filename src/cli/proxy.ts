// `conformance proxy --upstream URL --port N`: the validating proxy (src/proxy/) as a command. Findings go out as JSON
// lines while it runs; on SIGINT/SIGTERM it writes the summary (and the cassette with `--record`) and exits.
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { buildHar, writeHar } from '../client/har.ts';
import { KitError } from '../errors.ts';
import { type ProxySummary, startProxy } from '../proxy/proxy.ts';
import { loadConformance } from '../runtime/context.ts';
import { DEFAULT_SPEC_PATH } from '../spec/paths.ts';
import type { ProxyArgs } from './args.ts';

/** The summary as console lines. */
export function proxySummaryLines(summary: ProxySummary): string[] {
  const lines = [
    `conformance proxy: ${summary.exchanges} exchange(s) with ${summary.upstream}: ${summary.clean} clean, ${summary.findings} finding(s)` +
      `${summary.upstreamErrors ? `, ${summary.upstreamErrors} upstream failure(s)` : ''}`,
  ];
  for (const [kind, count] of Object.entries(summary.byKind).sort(([, a], [, b]) => b - a)) {
    lines.push(`  ${kind.padEnd(22)} ×${count}`);
  }
  return lines;
}

/** Runs the proxy until SIGINT/SIGTERM; exit 1 when it saw findings, else 0. */
export async function proxyCommand(args: ProxyArgs, log: (line: string) => void = console.log): Promise<number> {
  const { spec, validators } = await loadConformance(args.spec ? resolve(args.spec) : DEFAULT_SPEC_PATH);
  const findingsPath = args.findings === '-' ? undefined : resolve(args.findings);
  if (findingsPath) await mkdir(dirname(findingsPath), { recursive: true });
  const out = findingsPath ? createWriteStream(findingsPath, { flags: 'w' }) : process.stdout;
  const secrets = [process.env.TWILIO_AUTH_TOKEN, process.env.TWILIO_API_SECRET].filter(
    (s): s is string => typeof s === 'string' && s.length > 0,
  );
  const proxy = await startProxy({
    upstream: args.upstream,
    spec,
    validators,
    port: args.port,
    host: args.host,
    onFinding: (finding) => out.write(`${JSON.stringify(finding)}\n`),
    ...(args.record ? { record: { secrets } } : {}),
  }).catch((cause: unknown) => {
    throw new KitError('CONFORMANCE_ERR_BAD_ARGUMENTS', `--port ${args.port}: cannot listen (${String(cause)})`, {
      cause,
    });
  });
  log(`conformance proxy listening on ${proxy.url} → ${args.upstream} (findings: ${findingsPath ?? 'stdout'})`);
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await proxy.close();
  const summary = proxy.summary();
  if (findingsPath) await new Promise<void>((done) => (out as NodeJS.WritableStream).end(() => done()));
  const summaryPath = resolve(findingsPath ? dirname(findingsPath) : 'reports', 'proxy-summary.json');
  await mkdir(dirname(summaryPath), { recursive: true });
  await writeFile(summaryPath, `${JSON.stringify(summary, null, 2)}\n`);
  for (const line of proxySummaryLines(summary)) log(line);
  log(`conformance proxy: summary → ${summaryPath}`);
  if (args.record) {
    const path = resolve(args.record);
    await writeHar(path, buildHar(proxy.entries(), { target: args.upstream }));
    log(`conformance proxy: recorded ${summary.exchanges} exchange(s) → ${path}`);
  }
  return summary.findings > 0 ? 1 : 0;
}
