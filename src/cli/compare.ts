// `conformance compare --a SIDE --b SIDE`: the same scenarios with the same seed against two targets (an emulator —
// optionally with deliberate faults —, a URL, or a cassette), every exchange recorded, normalised and compared step by
// step (src/compare/). Side A runs twice; what already differs between those two runs is noise, not a difference.
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readHar, type ScenarioRecording } from '../client/har.ts';
import { diffRuns, withoutNoise } from '../compare/diff.ts';
import { type NormalisedScenario, normaliseScenario } from '../compare/normalise.ts';
import { type CompareReport, compareHtml, compareJunit, consoleTable } from '../compare/report.ts';
import { isKitError } from '../errors.ts';
import { CassetteRecorder } from '../reporting/cassette.ts';
import { SummaryCollector } from '../reporting/collector.ts';
import { buildRunPlan, type WorkerPlan } from '../runtime/plan.ts';
import { runSuites } from '../runtime/run-suites.ts';
import { seedFromEnv } from '../runtime/seed.ts';
import { CODE_ROOT, DEFAULT_SPEC_PATH } from '../spec/paths.ts';
import { startTarget } from '../targets/registry.ts';
import type { CompareArgs } from './args.ts';

/** One side as the user named it. */
export interface Side {
  /** `emulator`, `cassette:FILE` or a URL. */
  ref: string;
  faults: string[];
  env: NodeJS.ProcessEnv;
}

/** What one run of a side recorded. */
interface SideRun {
  scenarios: NormalisedScenario[];
}

/** Side B's credentials: CONFORMANCE_B_* in place of TWILIO_* (A uses TWILIO_* as `run` does). */
export function sideBEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env };
  for (const name of ['ACCOUNT_SID', 'AUTH_TOKEN', 'API_KEY', 'API_SECRET']) {
    delete out[`TWILIO_${name}`];
    const b = env[`CONFORMANCE_B_${name}`];
    if (b !== undefined) out[`TWILIO_${name}`] = b;
  }
  return out;
}

function label(side: Side): string {
  return side.faults.length ? `${side.ref} (faults: ${side.faults.join(', ')})` : side.ref;
}

/** The recordings of a cassette, by scenario. */
async function cassetteRecordings(path: string): Promise<ScenarioRecording[]> {
  const har = await readHar(resolve(path));
  const byScenario = new Map<string, ScenarioRecording>();
  for (const entry of har.log.entries) {
    const c = entry._conformance;
    if (!c?.scenario) continue;
    let recording = byScenario.get(c.scenario);
    if (!recording) {
      recording = { scenario: c.scenario, exchanges: [] };
      byScenario.set(c.scenario, recording);
    }
    const headers = Object.fromEntries(entry.request.headers.map((h) => [h.name, h.value]));
    if (c.kind === 'webhook') {
      recording.webhooks = [
        ...(recording.webhooks ?? []),
        {
          receivedAt: entry.startedDateTime,
          method: entry.request.method,
          url: entry.request.url,
          headers,
          body: entry.request.postData?.text ?? '',
        },
      ];
      continue;
    }
    recording.exchanges.push({
      role: c.role ?? 'api',
      step: c.step ?? recording.exchanges.length,
      startedAt: entry.startedDateTime,
      durationMs: entry.time,
      request: {
        method: entry.request.method,
        url: entry.request.url,
        headers,
        ...(entry.request.postData ? { body: entry.request.postData.text } : {}),
      },
      response: {
        status: entry.response.status,
        headers: Object.fromEntries(entry.response.headers.map((h) => [h.name, h.value])),
        text: entry.response.content.text ?? '',
      },
    });
  }
  const tokens = har.log._conformance?.runId ? [har.log._conformance.runId] : [];
  return [...byScenario.values()].map((r) => ({ ...r, tokens }) as ScenarioRecording & { tokens: string[] });
}

/** Runs the selection once against a side and returns its normalised scenarios; throws a kit error when it cannot. */
async function runSide(side: Side, args: CompareArgs, seed: number, log: (line: string) => void): Promise<SideRun> {
  if (side.ref.startsWith('cassette:')) {
    const recordings = await cassetteRecordings(side.ref.slice('cassette:'.length));
    return {
      scenarios: recordings.map((r) => normaliseScenario(r, (r as ScenarioRecording & { tokens?: string[] }).tokens)),
    };
  }
  const plan = await buildRunPlan({
    defaultSpecPath: DEFAULT_SPEC_PATH,
    ...(side.ref === 'emulator' ? {} : { target: side.ref }),
    ...(side.faults.length ? { faults: side.faults } : {}),
    seed,
    files: args.files,
    ...(args.grep !== undefined ? { grep: args.grep } : {}),
    timeoutMs: args.timeoutMs,
    reportDir: args.reportDir,
    reports: [],
    schema: 'warn',
    env: side.env,
  });
  const running = await startTarget(plan.target);
  try {
    // `--schema warn`: a schema finding does not end a scenario, so its later steps are still compared.
    const worker: WorkerPlan = { target: running.info, seed, runId: plan.runId, schema: 'warn', record: true };
    const recorder = new CassetteRecorder();
    const collector = new SummaryCollector(CODE_ROOT);
    await runSuites(plan, worker, [recorder, collector]);
    if (collector.runErrors.length > 0) {
      throw new Error(
        `${label(side)}: ${collector.runErrors.length} suite file(s) did not run: ${collector.runErrors[0]}`,
      );
    }
    log(`conformance compare: ${label(side)}: ${collector.results.length} scenario(s) run`);
    return { scenarios: recorder.recordings.map((r) => normaliseScenario(r, [plan.runId])) };
  } finally {
    await running.close();
  }
}

/** Runs the comparison and writes its outputs; exit 1 on differences, 0 on none, 2 when a side could not run. */
export async function compareCommand(args: CompareArgs, log: (line: string) => void = console.log): Promise<number> {
  const env = process.env;
  const a: Side = { ref: args.a, faults: args.aFaults, env };
  const b: Side = { ref: args.b, faults: args.bFaults, env: sideBEnv(env) };
  const seed = args.seed ?? seedFromEnv(env);
  let runA: SideRun;
  let runA2: SideRun | undefined;
  let runB: SideRun;
  try {
    runA = await runSide(a, args, seed, log);
    // A cassette cannot be run twice: its noise is unknown (none is suppressed).
    runA2 = a.ref.startsWith('cassette:') ? undefined : await runSide(a, args, seed, log);
    runB = await runSide(b, args, seed, log);
  } catch (error) {
    log(`conformance compare: a side could not run: ${isKitError(error) ? error.message : String(error)}`);
    return 2;
  }
  const namesA = new Set(runA.scenarios.map((s) => s.scenario));
  const namesB = new Set(runB.scenarios.map((s) => s.scenario));
  const { real, noise } = withoutNoise(
    diffRuns(runA.scenarios, runB.scenarios),
    runA2 ? diffRuns(runA.scenarios, runA2.scenarios) : [],
  );
  const report: CompareReport = {
    a: label(a),
    b: label(b),
    seed,
    scenarios: [...namesA].filter((n) => namesB.has(n)),
    differences: real,
    noise,
    onlyA: [...namesA].filter((n) => !namesB.has(n)),
    onlyB: [...namesB].filter((n) => !namesA.has(n)),
  };
  if (report.scenarios.length === 0) {
    log('conformance compare: no scenario ran on both sides');
    return 2;
  }
  const dir = resolve(args.reportDir);
  await mkdir(dir, { recursive: true });
  await writeFile(resolve(dir, 'compare.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(resolve(dir, 'compare-junit.xml'), compareJunit(report));
  await writeFile(resolve(dir, 'compare.html'), compareHtml(report));
  for (const line of consoleTable(report)) log(line);
  log(`conformance compare: → ${dir} (compare.json, compare-junit.xml, compare.html)`);
  return real.length > 0 ? 1 : 0;
}
