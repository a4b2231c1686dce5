// `--target image:NAME[:TAG]`: the kit starts the emulator image (or any image that serves this API and prints
// the same ready line) with testcontainers, runs against it with the credentials it gave it, and removes the
// container afterwards — on success and on failure (`close`, called by the run's prepare/stop).
import { KitError } from '../errors.ts';
import type { RunningTarget, TargetKind } from './registry.ts';
import { urlTarget } from './url.ts';

const PREFIX = 'image:';

/** An image as a target: started with testcontainers, probed like any URL, removed afterwards. */
export const imageTargetKind: TargetKind = {
  kind: 'image',
  usage: 'image:NAME[:TAG] a container image of the emulator (or of your implementation), started with testcontainers',
  accepts: (ref) => ref?.startsWith(PREFIX) === true,
  start: async (request): Promise<RunningTarget> => {
    const image = (request.ref ?? '').slice(PREFIX.length);
    if (!image)
      throw new KitError(
        'CONFORMANCE_ERR_BAD_ARGUMENTS',
        '--target image: needs an image name, e.g. image:twilio-conversations-emulator:local',
      );
    let module: typeof import('../testcontainers/index.ts');
    try {
      module = await import('../testcontainers/index.ts');
    } catch (cause) {
      throw new KitError(
        'CONFORMANCE_ERR_BAD_ARGUMENTS',
        `--target ${request.ref} needs the optional dependency testcontainers (npm i -D testcontainers): ${cause instanceof Error ? cause.message : String(cause)}`,
        { cause },
      );
    }
    let started: Awaited<ReturnType<InstanceType<typeof module.ConversationsEmulatorContainer>['start']>>;
    try {
      started = await new module.ConversationsEmulatorContainer(image).withClock('virtual').start();
    } catch (cause) {
      throw new KitError(
        'CONFORMANCE_ERR_TARGET_UNREACHABLE',
        `--target ${request.ref}: the container did not start (${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)})`,
        { cause },
      );
    }
    try {
      const info = await urlTarget(started.url, {
        ...(request.specPath ? { specPath: request.specPath } : {}),
        ...(request.timeoutMs !== undefined ? { timeoutMs: request.timeoutMs } : {}),
        ...(request.realTimers !== undefined ? { realTimers: request.realTimers } : {}),
        env: { TWILIO_ACCOUNT_SID: started.accountSid, TWILIO_AUTH_TOKEN: started.authToken },
      });
      return {
        info: { ...info, kind: 'image', identity: image.replace(/[^A-Za-z0-9._-]/g, '_') },
        close: started.stop,
      };
    } catch (error) {
      await started.stop();
      throw error;
    }
  },
};
