// Push Credential resource (CR…), account-level: create, fetch, list, update, delete.
// Reference: 004:L14756-15440 (properties L14815-14860, create L14863-14903, fetch L14993-15000, list L15090-15097,
// update L15237-15284, delete L15374-15381). Secret material (certificate, private key, API key, secret) is
// write-only: stored, never rendered (D-CRED-2).
import type { FastifyRequest } from 'fastify';
import { accountOf } from '../auth.ts';
import { isoDate } from '../dates.ts';
import type { FaultSet } from '../faults.ts';
import type { FormParams } from '../form.ts';
import { formOf } from '../form.ts';
import { buildPage, readPageRequest } from '../paging.ts';
import { originOf, param, pathOf } from '../scope.ts';
import { newSid } from '../sid.ts';
import type { AccountState, Credential, PushType } from '../store/types.ts';
import { twilioError } from '../twilio-errors.ts';
import * as v from '../validate.ts';
import type { AccountResource } from './resource.ts';

/** Largest page of the credential list (004:L15093-15097). */
export const CREDENTIAL_MAX_PAGE_SIZE = 100;

/** FriendlyName "up to 64 characters" (004:L14875-14878). */
const CREDENTIAL_FRIENDLY_NAME_MAX = 64;

/** Credential types (004:L14835-14840). */
export const PUSH_TYPES: readonly PushType[] = ['apn', 'gcm', 'fcm'];

/** Wire view (004:L14963-14990): `sandbox` is a string for APN ("True"/"False"), null otherwise (D-CRED-1). */
export function renderCredential(credential: Credential, origin: string): Record<string, unknown> {
  return {
    sid: credential.sid,
    account_sid: credential.accountSid,
    friendly_name: credential.friendlyName,
    type: credential.type,
    sandbox: credential.type === 'apn' ? (credential.sandbox ? 'True' : 'False') : null,
    date_created: isoDate(credential.dateCreated),
    date_updated: isoDate(credential.dateUpdated),
    url: `${origin}/v1/Credentials/${credential.sid}`,
  };
}

/** The account's credential `sid`, or a 404 (another account's credential is unknown too). */
export function credentialOr404(request: FastifyRequest, account: AccountState, sid: string): Credential {
  const credential = account.credentials.get(sid);
  if (!credential) throw twilioError('NOT_FOUND', { path: pathOf(request) });
  return credential;
}

/** Credential parameters after validation; undefined = not sent. */
interface CredentialFields {
  type?: PushType;
  friendlyName?: string;
  sandbox?: boolean;
  certificate?: string;
  privateKey?: string;
  apiKey?: string;
  secret?: string;
}

/** Validate the parameters shared by create and update (004:L14868-14903, L15249-15284). */
function readFields(form: FormParams, faults: FaultSet): CredentialFields {
  const out: CredentialFields = {};
  const type = form.get('Type');
  if (type !== undefined) out.type = v.oneOf(type, PUSH_TYPES, 'Type');
  const friendlyName = form.get('FriendlyName');
  if (friendlyName !== undefined) out.friendlyName = v.friendlyName(friendlyName, faults, CREDENTIAL_FRIENDLY_NAME_MAX);
  const sandbox = form.get('Sandbox');
  if (sandbox !== undefined) out.sandbox = v.booleanParam(sandbox, 'Sandbox');
  const secrets = [
    ['Certificate', 'certificate'],
    ['PrivateKey', 'privateKey'],
    ['ApiKey', 'apiKey'],
    ['Secret', 'secret'],
  ] as const;
  for (const [wire, key] of secrets) {
    const value = form.get(wire);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** Apply validated fields; fields of another channel are kept but have no effect (D-CRED-2). */
function apply(credential: Credential, fields: CredentialFields): void {
  if (fields.type !== undefined) credential.type = fields.type;
  if (fields.friendlyName !== undefined) credential.friendlyName = fields.friendlyName;
  if (fields.sandbox !== undefined) credential.sandbox = fields.sandbox;
  for (const key of ['certificate', 'privateKey', 'apiKey', 'secret'] as const) {
    const value = fields[key];
    if (value !== undefined) credential.secrets[key] = value;
  }
}

/** Routes of the Credential resource. */
export const credentialResource: AccountResource = {
  name: 'Credential',
  register(routes, ctx) {
    routes.post('/v1/Credentials', (request, reply) => {
      const account = accountOf(request);
      const fields = readFields(formOf(request), ctx.faults);
      // Type is required (004:L14868-14873).
      if (fields.type === undefined) {
        throw twilioError('INVALID_PARAMETER', { param: 'Type', detail: 'required; one of apn, gcm, fcm' });
      }
      const now = ctx.clock.now();
      const credential: Credential = {
        sid: newSid('CR'),
        accountSid: account.sid,
        seq: ctx.store.nextSeq(),
        friendlyName: null,
        type: fields.type,
        // Production APNs unless Sandbox=true (004:L14890-14893); the examples show "False" (004:L14978).
        sandbox: false,
        secrets: {},
        dateCreated: now,
        dateUpdated: now,
      };
      apply(credential, fields);
      account.credentials.set(credential.sid, credential);
      reply.code(201);
      return renderCredential(credential, originOf(request));
    });

    routes.get('/v1/Credentials', (request) => {
      const account = accountOf(request);
      const origin = originOf(request);
      const page = readPageRequest(request, CREDENTIAL_MAX_PAGE_SIZE, ctx.faults);
      return buildPage({
        items: [...account.credentials.values()].sort((a, b) => a.seq - b.seq),
        keyOf: (c) => c.sid,
        render: (c) => renderCredential(c, origin),
        request: page,
        faults: ctx.faults,
        listUrl: `${origin}/v1/Credentials`,
        key: 'credentials',
        sortKey: (c) => [c.seq],
      });
    });

    routes.get('/v1/Credentials/:Sid', (request) => {
      const account = accountOf(request);
      return renderCredential(credentialOr404(request, account, param(request, 'Sid')), originOf(request));
    });

    // Every parameter optional, Type included (004:L15249-15284); an empty update changes nothing.
    routes.post('/v1/Credentials/:Sid', (request) => {
      const account = accountOf(request);
      const credential = credentialOr404(request, account, param(request, 'Sid'));
      const fields = readFields(formOf(request), ctx.faults);
      if (Object.keys(fields).length > 0) {
        apply(credential, fields);
        credential.dateUpdated = ctx.clock.now();
      }
      return renderCredential(credential, originOf(request));
    });

    // Bindings that name the credential keep it (D-EMU-CRED-1).
    routes.delete('/v1/Credentials/:Sid', (request, reply) => {
      const account = accountOf(request);
      const credential = credentialOr404(request, account, param(request, 'Sid'));
      account.credentials.delete(credential.sid);
      return reply.code(204).send();
    });
  },
};
