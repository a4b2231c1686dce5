// The two shapes of resource module. app.ts mounts every service resource at both MOUNTS and every account resource
// once; adding a Twilio resource means adding one module and one line to app.ts.
import type { EmulatorContext, Mount } from '../context.ts';
import type { Routes } from '../routes.ts';

/** A resource that lives in a Conversation Service: reachable by the short `/v1/...` form and the service form. */
export interface ServiceResource {
  readonly name: string;
  /** Register the routes under `mount.prefix` (e.g. `${mount.prefix}/Conversations`). */
  register(routes: Routes, ctx: EmulatorContext, mount: Mount): void;
}

/** An account-level resource (Configuration, Credentials, Services…), mounted once under `/v1`. */
export interface AccountResource {
  readonly name: string;
  register(routes: Routes, ctx: EmulatorContext): void;
}
