// Conversations User resource (US…): create, fetch (SID or identity), list, update, delete.
// Reference: 004:L7814-8651 (properties L7897-7967, create L7969-8002, fetch L8112-8119, list L8223-8240, update
// L8436-8470, delete L8583-8598); service form from the shortened-URL note (004:L7888-7895; D-USER-1).
// Adding a chat participant creates its User too (store/participants.ts); both go through store/users.ts.
import type { FastifyRequest } from 'fastify';
import type { EmulatorContext } from '../context.ts';
import { isoDate } from '../dates.ts';
import type { EmulatorEventName } from '../events.ts';
import type { FaultSet } from '../faults.ts';
import { formOf } from '../form.ts';
import { buildPage, readPageRequest } from '../paging.ts';
import { checkServiceRole } from '../rules/roles.ts';
import { param, pathOf, resolveScope, type Scope, scopeUrl } from '../scope.ts';
import { isSid } from '../sid.ts';
import { removeParticipant } from '../store/participants.ts';
import type { ServiceState, User } from '../store/types.ts';
import { findUser, findUserByIdentity, insertUser, newUser } from '../store/users.ts';
import { twilioError } from '../twilio-errors.ts';
import * as v from '../validate.ts';
import { emitParticipantEvent } from './participant.ts';
import type { ServiceResource } from './resource.ts';

/** Largest page of the user list (004:L8227-8231). */
export const USER_MAX_PAGE_SIZE = 50;

/**
 * User Attributes size: undocumented (the Limits page lists Conversation, Message and Participant only,
 * 004:L22345-22388); the emulator takes the largest documented one, 16 KB (D-EMU-USER-2).
 */
export const USER_ATTRIBUTES_LIMIT = 16 * 1024;

/** Reachability as a single-resource Fetch reports it (004:L7938-7946, L30315-30324; D-USER-4). */
function reachability(service: ServiceState, user: User): { is_online: null; is_notifiable: boolean | null } {
  // No SDK ever connects to the emulator, so the user "has never been online": is_online stays null.
  if (!service.configuration.reachabilityEnabled) return { is_online: null, is_notifiable: null };
  // "If at least one registration exists, true"; null when the user never had one (approximated: has none now).
  for (const binding of service.bindings.values()) {
    if (binding.identity === user.identity) return { is_online: null, is_notifiable: true };
  }
  return { is_online: null, is_notifiable: null };
}

/** Wire view of a user; `fetched` = a single-resource Fetch, the only read that reports reachability. */
export function renderUser(user: User, scope: Scope, fetched = false): Record<string, unknown> {
  const url = scopeUrl(scope, `/Users/${user.sid}`);
  const reach = fetched ? reachability(scope.service, user) : { is_online: null, is_notifiable: null };
  return {
    sid: user.sid,
    account_sid: user.accountSid,
    chat_service_sid: user.chatServiceSid,
    role_sid: user.roleSid,
    identity: user.identity,
    friendly_name: user.friendlyName,
    attributes: user.attributes,
    ...reach,
    date_created: isoDate(user.dateCreated),
    date_updated: isoDate(user.dateUpdated),
    url,
    links: { user_conversations: `${url}/Conversations` },
  };
}

/** The user addressed by a path value (SID or identity), or a 404 naming the request path. */
export function userOr404(request: FastifyRequest, scope: Scope, sidOrIdentity: string): User {
  const user = findUser(scope.service, sidOrIdentity);
  if (!user) throw twilioError('NOT_FOUND', { path: pathOf(request) });
  return user;
}

/** Publish onUserAdded / onUserUpdated (004:L22868-22909). */
function emitUserEvent(ctx: EmulatorContext, name: EmulatorEventName, user: User, scope: Scope): void {
  ctx.events.emit({
    name,
    accountSid: user.accountSid,
    chatServiceSid: user.chatServiceSid,
    source: 'api',
    webhookEnabled: scope.webhookEnabled,
    at: ctx.clock.now(),
    data: {
      user_sid: user.sid,
      identity: user.identity,
      friendly_name: user.friendlyName,
      attributes: user.attributes,
      role_sid: user.roleSid,
    },
  });
}

/** Validated optional User fields shared by create and update (004:L7988-8002, L8456-8470). */
function readUserFields(
  scope: Scope,
  request: FastifyRequest,
  faults: FaultSet,
): { friendlyName?: string; attributes?: string; roleSid?: string } {
  const form = formOf(request);
  const out: { friendlyName?: string; attributes?: string; roleSid?: string } = {};
  const friendlyName = form.get('FriendlyName');
  // No limit is documented for a User's FriendlyName; the emulator applies the Conversation one (D-EMU-USER-2).
  if (friendlyName !== undefined) out.friendlyName = v.friendlyName(friendlyName, faults);
  const attributes = form.get('Attributes');
  if (attributes !== undefined) out.attributes = v.attributes(attributes, USER_ATTRIBUTES_LIMIT, faults);
  const roleSid = form.get('RoleSid');
  // "The SID of a service-level Role to assign to the user" (004:L7998-8002).
  if (roleSid !== undefined) out.roleSid = checkServiceRole(scope.service, roleSid, 'RoleSid');
  return out;
}

/**
 * Delete a user and what hangs on it: its chat participants in every conversation of the service (their messages
 * stay, 004:L6087) and its push bindings (D-EMU-USER-1). Publishes onParticipantRemoved for each participant.
 */
export function deleteUser(ctx: EmulatorContext, scope: Scope, user: User): void {
  const service = scope.service;
  for (const conversation of service.conversations.values()) {
    const participantSid = conversation.participantsByIdentity.get(user.identity);
    const participant = participantSid === undefined ? undefined : conversation.participants.get(participantSid);
    if (!participant) continue;
    removeParticipant(scope.account, service, conversation, participant);
    emitParticipantEvent(ctx, 'onParticipantRemoved', participant, 'api', scope.webhookEnabled);
  }
  for (const binding of [...service.bindings.values()]) {
    if (binding.identity === user.identity) service.bindings.delete(binding.sid);
  }
  service.users.delete(user.sid);
  if (service.usersByIdentity.get(user.identity) === user.sid) service.usersByIdentity.delete(user.identity);
}

/** Routes of the User resource. */
export const userResource: ServiceResource = {
  name: 'User',
  register(routes, ctx, mount) {
    const collection = `${mount.prefix}/Users`;
    const instance = `${collection}/:Sid`;

    routes.post(collection, (request, reply) => {
      const scope = resolveScope(request, mount);
      const identity = formOf(request).get('Identity');
      // Required (004:L7983-7986; 50204); not shaped like a User SID, which would make `{Sid}` ambiguous (50206,
      // D-USER-2); at most 256 characters like a participant identity (004:L22374; 50207).
      if (identity === undefined || identity === '') throw twilioError('IDENTITY_NOT_PROVIDED');
      if (isSid(identity, 'US')) throw twilioError('IDENTITY_IS_USER_SID');
      v.identity(identity, ctx.faults);
      const fields = readUserFields(scope, request, ctx.faults);
      // Unique and case-sensitive within the service (004:L7878, L7926): 409/50201 (D-USER-3).
      if (findUserByIdentity(scope.service, identity)) throw twilioError('USER_EXISTS');
      const user = newUser(ctx.store, scope.service, identity, ctx.clock.now());
      if (fields.friendlyName !== undefined) user.friendlyName = fields.friendlyName;
      if (fields.attributes !== undefined) user.attributes = fields.attributes;
      if (fields.roleSid !== undefined) user.roleSid = fields.roleSid;
      insertUser(scope.service, user);
      emitUserEvent(ctx, 'onUserAdded', user, scope);
      reply.code(201);
      return renderUser(user, scope);
    });

    routes.get(collection, (request) => {
      const scope = resolveScope(request, mount);
      const page = readPageRequest(request, USER_MAX_PAGE_SIZE, ctx.faults);
      return buildPage({
        items: [...scope.service.users.values()].sort((a, b) => a.seq - b.seq),
        keyOf: (u) => u.sid,
        sortKey: (u) => [u.seq],
        // "null is always returned by a Read action" (004:L7941, L7946).
        render: (u) => renderUser(u, scope),
        request: page,
        faults: ctx.faults,
        listUrl: scopeUrl(scope, '/Users'),
        key: 'users',
      });
    });

    routes.get(instance, (request) => {
      const scope = resolveScope(request, mount);
      return renderUser(userOr404(request, scope, param(request, 'Sid')), scope, true);
    });

    // Identity cannot change (004:L8452-8470). Every parameter is optional; an empty update changes nothing.
    routes.post(instance, async (request) => {
      const scope = resolveScope(request, mount);
      const found = userOr404(request, scope, param(request, 'Sid'));
      const fields = readUserFields(scope, request, ctx.faults);
      if (Object.keys(fields).length === 0) return renderUser(found, scope);
      // Pre-event webhook onUserUpdate (004:L24002-24029), then look the user up again and apply without an await.
      await ctx.hooks.before('onUserUpdate', scope, {
        user_sid: found.sid,
        date_updated: isoDate(found.dateUpdated),
        identity: found.identity,
        role_sid: fields.roleSid ?? found.roleSid,
        attributes: fields.attributes ?? found.attributes,
        friendly_name: fields.friendlyName ?? found.friendlyName,
      });
      const user = userOr404(request, scope, found.sid);
      if (fields.friendlyName !== undefined) user.friendlyName = fields.friendlyName;
      if (fields.attributes !== undefined) user.attributes = fields.attributes;
      if (fields.roleSid !== undefined) user.roleSid = fields.roleSid;
      user.dateUpdated = ctx.clock.now();
      emitUserEvent(ctx, 'onUserUpdated', user, scope);
      return renderUser(user, scope);
    });

    routes.delete(instance, (request, reply) => {
      const scope = resolveScope(request, mount);
      deleteUser(ctx, scope, userOr404(request, scope, param(request, 'Sid')));
      return reply.code(204).send();
    });
  },
};
