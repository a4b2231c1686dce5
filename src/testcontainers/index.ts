// The reference emulator as a testcontainers module, for teams testing their own Conversations apps (the way
// Microcks ships one): start the image, get its URL and credentials, point the `twilio` client at it, stop it.
//   const emulator = await new ConversationsEmulatorContainer().start();
//   … emulator.url, emulator.accountSid, emulator.authToken …
//   await emulator.stop();
// `testcontainers` is an optional peer dependency of the kit: install it beside the kit to use this module.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { GenericContainer, type StartedTestContainer, Wait } from 'testcontainers';

/** The image `npm run image` builds (scripts/build-image.ts) and the Dockerfile describes. */
export const DEFAULT_EMULATOR_IMAGE = 'twilio-conversations-emulator:local';
/** The port the emulator listens on inside the container (bridge networking). */
export const EMULATOR_PORT = 4010;
/** The line `conformance serve` prints once it listens: the container is ready then. */
export const READY_LOG = /conformance emulator listening on /;

/** How the container reaches the network: Docker's port mapping (`bridge`), or the host's own stack (`host`). */
export type EmulatorNetwork = 'bridge' | 'host';

/** A started emulator container. */
export interface StartedConversationsEmulator {
  /** Base URL, e.g. `http://127.0.0.1:49153` — append `/v1/Conversations`. */
  url: string;
  accountSid: string;
  authToken: string;
  clock: 'wall' | 'virtual';
  container: StartedTestContainer;
  /** Stops and removes the container. */
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** A Twilio-looking account: `AC` + 32 hex digits, and a 32-hex-digit auth token. */
function randomAccount(): { accountSid: string; authToken: string } {
  return { accountSid: `AC${randomBytes(16).toString('hex')}`, authToken: randomBytes(16).toString('hex') };
}

/** Builder of an emulator container; every setting has a default. */
export class ConversationsEmulatorContainer {
  private readonly image: string;
  private clock: 'wall' | 'virtual' = 'wall';
  private account = randomAccount();
  private network: EmulatorNetwork;
  private startupTimeoutMs = 60_000;

  /** `image` defaults to the locally built `twilio-conversations-emulator:local`. */
  constructor(image = DEFAULT_EMULATOR_IMAGE) {
    this.image = image;
    this.network = process.env.CONFORMANCE_CONTAINER_NETWORK === 'host' ? 'host' : 'bridge';
  }

  /** `virtual`: time moves only through `/__emulator/clock` (deterministic timer tests). */
  withClock(clock: 'wall' | 'virtual'): this {
    this.clock = clock;
    return this;
  }

  /** The Account SID and auth token the emulator accepts (default: random ones, read them from the result). */
  withCredentials(accountSid: string, authToken: string): this {
    this.account = { accountSid, authToken };
    return this;
  }

  /** `host` networking (Linux CI without a bridge network); default `bridge` or CONFORMANCE_CONTAINER_NETWORK. */
  withNetwork(network: EmulatorNetwork): this {
    this.network = network;
    return this;
  }

  withStartupTimeout(ms: number): this {
    this.startupTimeoutMs = ms;
    return this;
  }

  /** Starts the container and waits until the emulator says it listens. */
  async start(): Promise<StartedConversationsEmulator> {
    const port = this.network === 'host' ? await freePort() : EMULATOR_PORT;
    let container = new GenericContainer(this.image)
      .withEnvironment({
        CONFORMANCE_PORT: String(port),
        CONFORMANCE_HOST: this.network === 'host' ? '127.0.0.1' : '0.0.0.0',
        CONFORMANCE_CLOCK: this.clock,
        TWILIO_ACCOUNT_SID: this.account.accountSid,
        TWILIO_AUTH_TOKEN: this.account.authToken,
      })
      .withWaitStrategy(Wait.forLogMessage(READY_LOG))
      .withStartupTimeout(this.startupTimeoutMs);
    container = this.network === 'host' ? container.withNetworkMode('host') : container.withExposedPorts(EMULATOR_PORT);
    const started = await container.start();
    const url =
      this.network === 'host'
        ? `http://127.0.0.1:${port}`
        : `http://${started.getHost()}:${started.getMappedPort(EMULATOR_PORT)}`;
    return {
      url,
      ...this.account,
      clock: this.clock,
      container: started,
      stop: async () => {
        await started.stop({ remove: true });
      },
    };
  }
}
