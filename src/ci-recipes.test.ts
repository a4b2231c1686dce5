// The CI recipes (the example workflow, the composite action, the README's GitLab snippet) are documentation that
// runs elsewhere: this test keeps them true to the CLI, so an option renamed or removed fails here, not in a user's CI.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { COMMAND_NAMES, COMMANDS, type CommandName } from './cli/args.ts';
import { PACKAGE_ROOT } from './spec/paths.ts';

const read = (path: string) => readFileSync(resolve(PACKAGE_ROOT, path), 'utf8');
const WORKFLOW_TEXT = read('.github/workflows/conformance.yml');
const ACTION_TEXT = read('action.yml');
const README = read('README.md');

interface Step {
  run?: string;
  uses?: string;
  shell?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  jobs: Record<string, { needs?: string | string[]; steps: Step[]; strategy?: { matrix?: Record<string, unknown> } }>;
}
interface Action {
  inputs: Record<string, { description: string; default?: string }>;
  runs: { using: string; steps: Step[] };
}
const workflow = parse(WORKFLOW_TEXT) as Workflow;
const action = parse(ACTION_TEXT) as Action;

/** The README's fenced yaml blocks under "CI recipes". */
function recipeBlocks(): string[] {
  const section = README.slice(
    README.indexOf('### CI recipes'),
    README.indexOf('\n### ', README.indexOf('### CI recipes') + 1),
  );
  return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}
const gitlab = recipeBlocks()
  .map((block) => parse(block) as unknown)
  .find((doc) => !Array.isArray(doc)) as Record<
  string,
  { script: string[]; parallel?: number; artifacts?: { reports?: { junit?: string }; when?: string } }
>;
const actionExample = (recipeBlocks()
  .map((block) => parse(block) as unknown)
  .find(Array.isArray) ?? []) as Step[];

/** Every `conformance <command> …` invocation in a text (shell line continuations joined, comments included). */
function invocations(text: string): { command: CommandName; options: string[]; line: string }[] {
  const found: { command: CommandName; options: string[]; line: string }[] = [];
  for (const line of text.replace(/\\\n\s*/g, ' ').split('\n')) {
    for (const m of line.matchAll(/\bconformance (\w+)([^|;&\n]*)/g)) {
      const command = m[1] as CommandName;
      if (!COMMAND_NAMES.includes(command)) continue;
      found.push({
        command,
        options: [...(m[2] ?? '').matchAll(/(?:^|\s)--([a-z][a-z-]*)/g)].map((o) => o[1] ?? ''),
        line,
      });
    }
  }
  return found;
}

/** Flags in an `args` value (options of `conformance run`). */
const flagsOf = (args: unknown) => [...String(args ?? '').matchAll(/(?:^|\s)--([a-z][a-z-]*)/g)].map((m) => m[1] ?? '');
const optionNames = (command: CommandName) => COMMANDS[command].options.map((option) => option.name);

const allSteps = [...Object.values(workflow.jobs).flatMap((job) => job.steps), ...action.runs.steps];
const scripts = [
  ...allSteps.map((step) => step.run ?? ''),
  ...Object.values(gitlab).flatMap((job) => job.script),
  WORKFLOW_TEXT.split('\n')
    .filter((l) => l.trimStart().startsWith('#'))
    .join('\n'),
  ACTION_TEXT.split('\n')
    .filter((l) => l.trimStart().startsWith('#'))
    .join('\n'),
];

describe('CI recipes use only what the CLI has', () => {
  const calls = scripts.flatMap((script) => invocations(script));

  test('every conformance invocation (run, merge; comments too) uses options its command has', () => {
    expect(calls.map((c) => c.command)).toEqual(expect.arrayContaining(['run', 'merge']));
    const unknown = calls.flatMap(({ command, options, line }) =>
      options
        .filter((o) => !optionNames(command).includes(o))
        .map((o) => `conformance ${command} --${o} in: ${line.trim()}`),
    );
    expect(unknown).toEqual([]);
  });

  test("args given to the action are run options, and its with: keys are the action's declared inputs", () => {
    const uses = [
      ...Object.values(workflow.jobs)
        .flatMap((job) => job.steps)
        .filter((step) => step.uses === './'),
      ...actionExample.filter((step) => step.uses?.includes('conformance')),
    ];
    expect(uses.length).toBe(2);
    for (const step of uses) {
      expect(Object.keys(step.with ?? {}).filter((key) => !(key in action.inputs))).toEqual([]);
      expect(flagsOf(step.with?.args).filter((o) => !optionNames('run').includes(o))).toEqual([]);
    }
  });

  test('the composite action: composite steps with a shell each, every input declared and used, reports uploaded', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of action.runs.steps) if (step.run) expect(step.shell, step.run).toBe('bash');
    const referenced = new Set([...ACTION_TEXT.matchAll(/inputs\.([a-z-]+)/g)].map((m) => m[1]));
    expect([...referenced].sort()).toEqual(Object.keys(action.inputs).sort());
    expect(Object.keys(action.inputs)).toEqual(
      expect.arrayContaining(['target', 'args', 'node-version', 'report-dir']),
    );
    expect(action.runs.steps.map((s) => s.uses?.replace(/@.*/, ''))).toEqual(
      expect.arrayContaining(['actions/setup-node', 'actions/upload-artifact']),
    );
    expect(invocations(action.runs.steps.map((s) => s.run ?? '').join('\n')).map((c) => c.command)).toContain('run');
  });

  test('the workflow: a matrix of shards as many as --shard says, a merge job after them uploading junit and html', () => {
    const shardJob = Object.values(workflow.jobs).find((job) => job.strategy?.matrix?.shard);
    const shards = shardJob?.strategy?.matrix?.shard as number[];
    const run = shardJob?.steps.map((s) => s.run ?? '').join('\n') ?? '';
    expect(run).toContain(`--shard \${{ matrix.shard }}/${shards.length}`);
    const [name] = Object.entries(workflow.jobs).find(([, job]) => job === shardJob) ?? [];
    const merge = Object.values(workflow.jobs).find((job) => [job.needs].flat().includes(name));
    expect(invocations(merge?.steps.map((s) => s.run ?? '').join('\n') ?? '').map((c) => c.command)).toEqual(['merge']);
    const uploaded = merge?.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))?.with?.path;
    expect(uploaded).toMatch(/junit\.xml[\s\S]*report\.html/);
  });

  test('the GitLab snippet: parallel shards, a merge job whose junit.xml GitLab reads', () => {
    const shard = Object.values(gitlab).find((job) => job.parallel);
    expect(shard?.script.join('\n')).toContain('--shard "$CI_NODE_INDEX/$CI_NODE_TOTAL"');
    const merge = Object.values(gitlab).find((job) => job.artifacts?.reports?.junit);
    const dir = /--report-dir (\S+)/.exec(merge?.script.join('\n') ?? '')?.[1];
    expect(merge?.artifacts?.reports?.junit).toBe(`${dir}/junit.xml`);
  });
});
