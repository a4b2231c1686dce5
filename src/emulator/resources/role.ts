// Role resource (RL…): create, fetch, list, update (Permission replaces all), delete.
// Reference: 004:L8652-9459 (properties L8734-8787, create L8789-8810, fetch L8924-8931, list L9039-9046, update
// L9198-9213, delete L9320-9328, permission values L9381-9449); service form from the shortened-URL note
// (004:L8725-8730; D-ROLE-1). Every service starts with four roles (store.ts).
import type { FastifyRequest } from 'fastify';
import { isoDate } from '../dates.ts';
import { formOf } from '../form.ts';
import { buildPage, readPageRequest } from '../paging.ts';
import { checkPermissions, roleInUse } from '../rules/roles.ts';
import { param, pathOf, resolveScope, type Scope, scopeUrl } from '../scope.ts';
import { newSid } from '../sid.ts';
import type { Role } from '../store/types.ts';
import { twilioError } from '../twilio-errors.ts';
import * as v from '../validate.ts';
import type { ServiceResource } from './resource.ts';

/** Largest page of the role list (004:L9042-9046). */
export const ROLE_MAX_PAGE_SIZE = 50;

/** FriendlyName "can be up to 64 characters" (004:L8795-8798). */
const ROLE_FRIENDLY_NAME_MAX = 64;

/** Wire view of a role (004:L8876-8921). */
export function renderRole(role: Role, scope: Scope): Record<string, unknown> {
  return {
    sid: role.sid,
    account_sid: role.accountSid,
    chat_service_sid: role.chatServiceSid,
    friendly_name: role.friendlyName,
    type: role.type,
    permissions: [...role.permissions],
    date_created: isoDate(role.dateCreated),
    date_updated: isoDate(role.dateUpdated),
    url: scopeUrl(scope, `/Roles/${role.sid}`),
  };
}

function roleOr404(request: FastifyRequest, scope: Scope): Role {
  const role = scope.service.roles.get(param(request, 'Sid'));
  if (!role) throw twilioError('NOT_FOUND', { path: pathOf(request) });
  return role;
}

/** Routes of the Role resource. */
export const roleResource: ServiceResource = {
  name: 'Role',
  register(routes, ctx, mount) {
    const collection = `${mount.prefix}/Roles`;
    const instance = `${collection}/:Sid`;

    // FriendlyName, Type and Permission are all required (004:L8791-8810).
    routes.post(collection, (request, reply) => {
      const scope = resolveScope(request, mount);
      const form = formOf(request);
      const friendlyName = form.get('FriendlyName');
      if (friendlyName === undefined || friendlyName === '') throw twilioError('FRIENDLY_NAME_NOT_PROVIDED');
      v.friendlyName(friendlyName, ctx.faults, ROLE_FRIENDLY_NAME_MAX);
      const type = v.oneOf(form.get('Type') ?? '', ['conversation', 'service'], 'Type', 'ROLE_TYPE_INVALID');
      // One permission per parameter, repeated (004:L8810); each must belong to the type (D-ROLE-2).
      const permissions = checkPermissions(type, form.all('Permission'));
      const now = ctx.clock.now();
      const role: Role = {
        sid: newSid('RL'),
        accountSid: scope.account.sid,
        chatServiceSid: scope.service.sid,
        seq: ctx.store.nextSeq(),
        friendlyName,
        type,
        permissions,
        dateCreated: now,
        dateUpdated: now,
      };
      scope.service.roles.set(role.sid, role);
      reply.code(201);
      return renderRole(role, scope);
    });

    routes.get(collection, (request) => {
      const scope = resolveScope(request, mount);
      const page = readPageRequest(request, ROLE_MAX_PAGE_SIZE, ctx.faults);
      return buildPage({
        items: [...scope.service.roles.values()].sort((a, b) => a.seq - b.seq),
        keyOf: (r) => r.sid,
        sortKey: (r) => [r.seq],
        render: (r) => renderRole(r, scope),
        request: page,
        faults: ctx.faults,
        listUrl: scopeUrl(scope, '/Roles'),
        key: 'roles',
      });
    });

    routes.get(instance, (request) => {
      const scope = resolveScope(request, mount);
      return renderRole(roleOr404(request, scope), scope);
    });

    // Permission is the only parameter and "replaces all previously assigned permissions" (004:L9210-9213).
    routes.post(instance, (request) => {
      const scope = resolveScope(request, mount);
      const role = roleOr404(request, scope);
      const form = formOf(request);
      if (!form.has('Permission')) throw twilioError('UPDATE_WITHOUT_PARAMETERS');
      role.permissions = checkPermissions(role.type, form.all('Permission'));
      role.dateUpdated = ctx.clock.now();
      return renderRole(role, scope);
    });

    // A default role or one held by a user or participant cannot be deleted (D-EMU-ROLE-1): 409.
    routes.delete(instance, (request, reply) => {
      const scope = resolveScope(request, mount);
      const role = roleOr404(request, scope);
      const reason = roleInUse(scope.service, role.sid);
      if (reason !== undefined)
        throw twilioError('CONFLICT', { detail: `Role ${role.sid} cannot be deleted: ${reason}` });
      scope.service.roles.delete(role.sid);
      return reply.code(204).send();
    });
  },
};
