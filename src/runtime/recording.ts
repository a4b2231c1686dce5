// What a scenario leaves for a cassette (`--record`) and how its clients name themselves to a replaying target: the
// scenario id is the same in every run of the same suites (file, describe chain, test name), and each client counts
// its own steps, so a recorded exchange and its replay meet on (scenario, role, step).
import { type RecordedWebhook, recordExchange, recordWebhook, type ScenarioRecording } from '../client/har.ts';
import type { ScenarioApi } from './api.ts';
import type { ReceivedWebhook } from './webhooks.ts';

/** The parts of a vitest task the scenario id is built from. */
interface TaskLike {
  name: string;
  file?: { name: string };
  suite?: TaskLike & { type?: string };
}

/** `<suite file> > <describe> > … > <test name>`: stable across runs of the same suites. */
export function scenarioIdOf(task: TaskLike): string {
  const names: string[] = [task.name];
  for (let suite = task.suite; suite && suite.name !== task.file?.name && suite.name !== ''; suite = suite.suite) {
    names.unshift(suite.name);
  }
  return [task.file?.name ?? '', ...names].join(' > ');
}

/** Makes the API's client name the scenario and its role on every request (for a target that answers by step). */
export function tagClient(api: ScenarioApi, task: TaskLike, role: string): void {
  api.client.scenarioTag = { scenario: scenarioIdOf(task), role };
}

/** Appends the API's exchanges (redacted) to the scenario's recording in its task meta. */
export function recordApi(
  meta: { recording?: ScenarioRecording },
  task: TaskLike,
  api: ScenarioApi,
  role: string,
  secrets: readonly string[],
): void {
  meta.recording ??= { scenario: scenarioIdOf(task), exchanges: [] };
  const recording = meta.recording;
  api.exchanges.forEach((exchange, index) => {
    recording.exchanges.push(recordExchange(exchange, { role, step: exchange.step ?? index }, secrets));
  });
}

/** Appends the webhooks a sink received (signatures redacted) to the scenario's recording. */
export function recordWebhooks(
  meta: { recording?: ScenarioRecording },
  task: TaskLike,
  received: readonly ReceivedWebhook[],
  secrets: readonly string[],
): void {
  meta.recording ??= { scenario: scenarioIdOf(task), exchanges: [] };
  const recording = meta.recording;
  const webhooks: RecordedWebhook[] = received.map((w) => recordWebhook(w, secrets));
  recording.webhooks = [...(recording.webhooks ?? []), ...webhooks];
}
