// `--record FILE`: a vitest reporter that gathers what every scenario recorded (task meta `recording`, written by
// src/runtime/recording.ts in the workers) and writes it as one HAR 1.2 cassette (src/client/har.ts).
import type { Reporter, TestModule } from 'vitest/node';
import {
  buildHar,
  type HarEntry,
  type HarRunInfo,
  type ScenarioRecording,
  scenarioEntries,
  writeHar,
} from '../client/har.ts';
import type { ScenarioMeta } from '../runtime/fixtures.ts';

/** Collects the scenarios' recordings of a run. */
export class CassetteRecorder implements Reporter {
  /** Every scenario's recording, in the order vitest reports the modules and tests. */
  readonly recordings: ScenarioRecording[] = [];

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const recording = (test.meta() as ScenarioMeta).recording;
        if (recording) this.recordings.push(recording);
      }
    }
  }

  /** The HAR entries: each scenario's exchanges, then the webhooks it received. */
  entries(): HarEntry[] {
    return this.recordings.flatMap(scenarioEntries);
  }

  /** Writes the cassette; returns how many exchanges and webhooks it holds. */
  async write(path: string, run: HarRunInfo): Promise<{ exchanges: number; webhooks: number }> {
    const entries = this.entries();
    await writeHar(path, buildHar(entries, run));
    const webhooks = entries.filter((e) => e._conformance.kind === 'webhook').length;
    return { exchanges: entries.length - webhooks, webhooks };
  }
}
