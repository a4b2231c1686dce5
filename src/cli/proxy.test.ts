// `conformance proxy` as a process: findings as JSON lines while it runs, the summary and the cassette on SIGTERM,
// exit 1 when an exchange broke the contract.
import { mkdtemp, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { Har } from '../client/har.ts';
import { startCliProcess } from '../test-support/cli-process.ts';

test('conformance proxy writes findings as JSON lines, then the summary and the cassette on SIGTERM', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'conformance-proxy-'));
  // An upstream whose error body lacks Twilio's fields: an error-body finding on a documented 404.
  const upstream = createServer((_req, res) => {
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"nope"}');
  });
  await new Promise<void>((done) => upstream.listen(0, '127.0.0.1', done));
  try {
    const origin = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    const proxy = await startCliProcess(
      [
        'proxy',
        '--upstream',
        origin,
        '--port',
        '0',
        '--findings',
        join(dir, 'f.jsonl'),
        '--record',
        join(dir, 'p.har'),
      ],
      { ready: /listening on (http:\/\/\S+)/ },
    );
    const res = await fetch(`${proxy.ready[1]}/v1/Conversations/CH${'0'.repeat(32)}`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('{"error":"nope"}');
    const code = await proxy.stop();
    expect(code, proxy.stdout()).toBe(1);
    const lines = (await readFile(join(dir, 'f.jsonl'), 'utf8')).trim().split('\n');
    const findings = lines.map((line) => JSON.parse(line) as { operationId: string; checkId: string });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.operationId === 'fetchConversation')).toBe(true);
    const summary = JSON.parse(await readFile(join(dir, 'proxy-summary.json'), 'utf8')) as { exchanges: number };
    expect(summary.exchanges).toBe(1);
    expect(proxy.stdout()).toContain('1 exchange(s)');
    const har = JSON.parse(await readFile(join(dir, 'p.har'), 'utf8')) as Har;
    expect(har.log.entries).toHaveLength(1);
  } finally {
    await new Promise((done) => upstream.close(done));
  }
}, 60_000);
