// The target kinds the kit can run against, and the one way to start any of them. A new kind is one file that
// exports a `TargetKind` plus one line in `TARGET_KINDS`; the CLI, the self-test and the suites' global setup only
// call `startTarget`.
import { KitError } from '../errors.ts';
import { cassetteTargetKind } from './cassette.ts';
import { embeddedTargetKind } from './emulator.ts';
import { imageTargetKind } from './image.ts';
import type { TargetInfo } from './types.ts';
import { urlTargetKind } from './url.ts';

/** What every kind is started with (from the run plan). */
export interface TargetRequest {
  /** The `--target` value as the user gave it; absent = the embedded emulator. */
  ref?: string;
  /** The spec document scenarios validate against. */
  specPath?: string;
  /** Per-request timeout in ms. */
  timeoutMs?: number;
  /** The largest response body read, in bytes (`--max-body`). */
  maxBodyBytes?: number;
  /** The run deadline (epoch ms, `--max-time`): the probe's requests stop at it too. */
  deadline?: number;
  /** `--real-timers`. */
  realTimers?: boolean;
  /** `--webhook-url`: the target reaches the kit's webhook hub there. */
  webhookUrl?: string;
  /** Deliberate emulator faults (embedded kind only). */
  faults?: readonly string[];
  /** Where credentials come from (default `process.env`). */
  env?: NodeJS.ProcessEnv;
}

/** A started target: what workers need, and how to stop it (a no-op for targets the kit did not start). */
export interface RunningTarget {
  info: TargetInfo;
  close(): Promise<void>;
}

/** One kind of target: which `--target` values it takes, how it starts, and its line in `--help`. */
export interface TargetKind {
  kind: string;
  /** `--target` syntax and meaning, for usage text. */
  usage: string;
  /** Whether this kind takes the `--target` value (`undefined` = none given). */
  accepts(ref: string | undefined): boolean;
  start(request: TargetRequest): Promise<RunningTarget>;
}

/** The registry, in matching order: the first kind that accepts a `--target` value starts it. */
export const TARGET_KINDS: readonly TargetKind[] = [
  embeddedTargetKind,
  cassetteTargetKind,
  urlTargetKind,
  imageTargetKind,
];

/** The kind that takes `ref`, or a kit error naming the forms `--target` accepts. */
export function targetKindFor(ref: string | undefined): TargetKind {
  const kind = TARGET_KINDS.find((k) => k.accepts(ref));
  if (!kind) {
    throw new KitError(
      'CONFORMANCE_ERR_BAD_ARGUMENTS',
      `--target '${ref}' is not a target this kit knows (${TARGET_KINDS.map((k) => k.usage).join('; ')})`,
    );
  }
  return kind;
}

/** Starts (or connects to and probes) the target `request.ref` names. */
export async function startTarget(request: TargetRequest): Promise<RunningTarget> {
  if (request.faults?.length && request.ref !== undefined) {
    throw new KitError(
      'CONFORMANCE_ERR_BAD_ARGUMENTS',
      '--fault applies to the embedded emulator only (not with --target)',
    );
  }
  return targetKindFor(request.ref).start(request);
}
