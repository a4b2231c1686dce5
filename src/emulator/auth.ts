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

const accounts = new WeakMap<FastifyRequest, AccountState>();

/** The authenticated account of a request (set by the auth hook; throws if the hook did not run). */
export function accountOf(request: FastifyRequest): AccountState {
  const account = accounts.get(request);
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

/** Authenticate every request (Twilio routes, control routes, and unknown paths alike) before routing. */
export function registerAuth(app: FastifyInstance, getStore: () => EmulatorStore, faults = NO_FAULTS): void {
  app.addHook('onRequest', async (request) => {
    const store = getStore();
    const credentials = parseBasic(request.headers.authorization);
    let account = credentials && authenticate(store, credentials.username, credentials.password, faults);
    if (!credentials && faults.has('auth-missing-accepted')) account = store.accounts.values().next().value;
    if (!account) throw twilioError('AUTHENTICATE');
    if (faults.has('cross-account-leak')) account = ownerOfPath(store, request.url) ?? account;
    accounts.set(request, account);
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
