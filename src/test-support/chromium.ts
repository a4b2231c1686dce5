// Headless Chromium for tests, without dependencies: the browser is started with `--remote-debugging-pipe` and driven
// over the Chrome DevTools Protocol on file descriptors 3 (commands in) and 4 (replies and events out), one JSON
// message per NUL-terminated chunk (https://chromedevtools.github.io/devtools-protocol/). Console errors and uncaught
// exceptions of the page are collected as they arrive.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

/** Binary names tried on PATH, in order (Debian's package is `chromium`). */
const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The first Chromium binary on PATH, or undefined. */
export function findChromium(path: string = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    for (const name of CHROMIUM_NAMES) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/** A page open in headless Chromium. */
export interface BrowserPage {
  /** Console errors, failed console.assert calls, uncaught exceptions and error log entries, in order. */
  readonly consoleErrors: string[];
  /** Evaluates a JavaScript expression in the page and returns its (JSON-serialisable) value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Writes a PNG of the viewport (or the whole page) to `path`. */
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  close(): Promise<void>;
}

interface CdpMessage {
  id?: number;
  method?: string;
  sessionId?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
}

/** Opens `url` in a fresh headless Chromium (its own profile directory) at the given viewport, after its load event. */
export async function openInChromium(
  binary: string,
  url: string,
  viewport: { width: number; height: number } = { width: 1400, height: 2000 },
  timeoutMs = 60_000,
): Promise<BrowserPage> {
  const profile = await mkdtemp(join(tmpdir(), 'conformance-chromium-'));
  const child = spawn(
    binary,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-extensions',
      '--no-first-run',
      '--no-default-browser-check',
      '--hide-scrollbars',
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      `--window-size=${viewport.width},${viewport.height}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
  );
  const stderr: string[] = [];
  (child.stderr as Readable).on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const input = child.stdio[3] as Writable;
  const output = child.stdio[4] as Readable;
  const pending = new Map<number, { resolve: (m: CdpMessage) => void; reject: (e: Error) => void }>();
  const listeners: ((m: CdpMessage) => void)[] = [];
  const consoleErrors: string[] = [];
  let buffer = '';
  let nextId = 1;
  let exited: Error | undefined;

  output.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let end = buffer.indexOf('\0');
    while (end >= 0) {
      const message = JSON.parse(buffer.slice(0, end)) as CdpMessage;
      buffer = buffer.slice(end + 1);
      end = buffer.indexOf('\0');
      if (message.id !== undefined) {
        const waiter = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) waiter?.reject(new Error(`CDP: ${message.error.message}`));
        else waiter?.resolve(message);
      } else {
        for (const listener of listeners) listener(message);
      }
    }
  });
  child.on('exit', (code, signal) => {
    exited = new Error(`chromium exited (${code ?? signal}): ${stderr.join('').slice(-2000)}`);
    for (const waiter of pending.values()) waiter.reject(exited);
    pending.clear();
  });

  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<CdpMessage> => {
    if (exited) return Promise.reject(exited);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`CDP: ${method} got no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      pending.set(id, {
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  };

  const close = async (): Promise<void> => {
    if (!exited) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      await send('Browser.close').catch(() => child.kill('SIGKILL'));
      await gone;
    }
    await rm(profile, { recursive: true, force: true });
  };

  try {
    const target = await send('Target.createTarget', { url: 'about:blank' });
    const attached = await send('Target.attachToTarget', { targetId: target.result?.targetId, flatten: true });
    const session = String(attached.result?.sessionId);
    listeners.push((m) => {
      if (m.sessionId !== session) return;
      const p = m.params ?? {};
      if (m.method === 'Runtime.exceptionThrown') {
        const details = p.exceptionDetails as { text?: string; exception?: { description?: string } };
        consoleErrors.push(`uncaught: ${details.exception?.description ?? details.text ?? 'exception'}`);
      } else if (m.method === 'Runtime.consoleAPICalled' && (p.type === 'error' || p.type === 'assert')) {
        const args = (p.args as { value?: unknown; description?: string }[]) ?? [];
        consoleErrors.push(`console.${p.type}: ${args.map((a) => String(a.value ?? a.description)).join(' ')}`);
      } else if (m.method === 'Log.entryAdded') {
        const entry = p.entry as { level?: string; text?: string; url?: string };
        if (entry.level === 'error') consoleErrors.push(`log: ${entry.text}${entry.url ? ` (${entry.url})` : ''}`);
      }
    });
    await send('Runtime.enable', {}, session);
    await send('Log.enable', {}, session);
    await send('Page.enable', {}, session);
    await send('Emulation.setDeviceMetricsOverride', { ...viewport, deviceScaleFactor: 1, mobile: false }, session);
    const loaded = new Promise<void>((resolve) =>
      listeners.push((m) => {
        if (m.sessionId === session && m.method === 'Page.loadEventFired') resolve();
      }),
    );
    const navigated = await send('Page.navigate', { url }, session);
    if (navigated.result?.errorText) throw new Error(`chromium could not open ${url}: ${navigated.result.errorText}`);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      loaded,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${url} did not load within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]).finally(() => clearTimeout(timer));

    return {
      consoleErrors,
      async evaluate<T>(expression: string): Promise<T> {
        const reply = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, session);
        const r = reply.result as { result?: { value?: unknown }; exceptionDetails?: { text?: string } };
        if (r.exceptionDetails) throw new Error(`evaluate threw: ${r.exceptionDetails.text}`);
        return r.result?.value as T;
      },
      async screenshot(path: string, options: { fullPage?: boolean } = {}): Promise<void> {
        let clip: Record<string, number> | undefined;
        if (options.fullPage) {
          const metrics = await send('Page.getLayoutMetrics', {}, session);
          const size = metrics.result?.cssContentSize as { width: number; height: number };
          clip = { x: 0, y: 0, width: Math.ceil(size.width), height: Math.ceil(size.height), scale: 1 };
        }
        const reply = await send(
          'Page.captureScreenshot',
          { format: 'png', ...(clip ? { clip, captureBeyondViewport: true } : {}) },
          session,
        );
        await writeFile(path, Buffer.from(String(reply.result?.data), 'base64'));
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
