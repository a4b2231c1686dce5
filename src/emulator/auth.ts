// HTTP Basic auth: Account SID + auth token, or API key SID + secret of that account (004:L4439-4444).
// Failure → 401, Twilio 20003 "Authenticate" (error-codes.md §2, §4) with a Basic challenge.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type FaultSet, NO_FAULTS } from './faults.ts';
import type { EmulatorStore } from './store/store.ts';
import type { AccountState } from './store/types.ts';
import { twilioError } from './twilio-errors.ts';

/** Challenge sent with every 401. */
export const WWW_AUTHENTICATE = 'Basic realm="Twilio API"';

// The authenticated account rides on the request itself, in a request decoration (so every request has the same
// shape): the set of a WeakMap keyed by the request was about 2 % of the create profile under load.
const ACCOUNT = 'emulatorAccount';
type WithAccount = FastifyRequest & { [ACCOUNT]?: AccountState | null };

/** The authenticated account of a request (set by the auth hook; throws if the hook did not run). */
export function accountOf(request: FastifyRequest): AccountState {
  const account = (request as WithAccount)[ACCOUNT];
  if (!account) throw twilioError('AUTHENTICATE');
  return account;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The account a `username:password` pair authenticates as, if any. */
export function authenticate(
  store: EmulatorStore,
  username: string,
  password: string,
  faults: FaultSet = NO_FAULTS,
): AccountState | undefined {
  const direct = store.accounts.get(username);
  if (direct) return same(direct.authToken, password) || faults.has('auth-any-password') ? direct : undefined;
  for (const account of store.accounts.values()) {
    const key = account.apiKeys.find((k) => k.sid === username);
    if (key) return same(key.secret, password) ? account : undefined;
  }
  return undefined;
}

/** Parse an `Authorization: Basic …` header into its user and password. */
export function parseBasic(header: string | undefined): { username: string; password: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

// Clients send the same few Authorization headers over and over, and parsing one (regex, base64) showed in the profile
// under load: remember recent headers' parses, bounded, dropped wholesale when full. Only the parse is remembered; every
// request is still authenticated against the store.
const PARSE_CACHE_LIMIT = 256;
const PARSE_CACHE_MAX_HEADER = 512;
const parsed = new Map<string, { username: string; password: string } | undefined>();

function credentialsOf(header: string | undefined): Readonly<{ username: string; password: string }> | undefined {
  if (header === undefined || header.length > PARSE_CACHE_MAX_HEADER) return parseBasic(header);
  if (parsed.has(header)) return parsed.get(header);
  const credentials = parseBasic(header);
  if (parsed.size >= PARSE_CACHE_LIMIT) parsed.clear();
  parsed.set(header, credentials);
  return credentials;
}

/** Authenticate every request (Twilio routes, control routes, and unknown paths alike) before routing. */
export function registerAuth(app: FastifyInstance, getStore: () => EmulatorStore, faults = NO_FAULTS): void {
  app.decorateRequest(ACCOUNT, null);
  // Synchronous (`done`): an async hook would cost a promise and its ticks on every request.
  app.addHook('onRequest', (request, _reply, done) => {
    const store = getStore();
    const credentials = credentialsOf(request.headers.authorization);
    let account = credentials && authenticate(store, credentials.username, credentials.password, faults);
    if (!credentials && faults.has('auth-missing-accepted')) account = store.accounts.values().next().value;
    if (!account) {
      done(twilioError('AUTHENTICATE'));
      return;
    }
    if (faults.has('cross-account-leak')) account = ownerOfPath(store, request.url) ?? account;
    (request as WithAccount)[ACCOUNT] = account;
    done();
  });
}

/** Fault `cross-account-leak`: the account that owns the first conversation or service SID in the path. */
function ownerOfPath(store: EmulatorStore, url: string): AccountState | undefined {
  for (const [sid, prefix] of url.matchAll(/\b(CH|IS)[0-9a-fA-F]{32}\b/g)) {
    for (const account of store.accounts.values()) {
      const services = [...account.services.values()];
      if (prefix === 'IS' ? account.services.has(sid) : services.some((s) => s.conversations.has(sid))) return account;
    }
  }
  return undefined;
}
