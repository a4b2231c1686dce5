// Role rules of a service: which permissions each type accepts, role references by type, and where a role is in use.
// "Users are assigned a Role at the Service level … Participants are assigned a Role at the Conversation level"
// (004:L8711-8713).
import { CONVERSATION_PERMISSIONS, SERVICE_PERMISSIONS } from '../store/store.ts';
import type { Role, ServiceState } from '../store/types.ts';
import { twilioError } from '../twilio-errors.ts';
import { sid as validSid } from '../validate.ts';

/** Permissions a role of each type may hold (004:L9381-9412 service, 004:L9414-9449 conversation). */
export const PERMISSIONS_BY_TYPE: Readonly<Record<Role['type'], readonly string[]>> = {
  service: SERVICE_PERMISSIONS,
  conversation: CONVERSATION_PERMISSIONS,
};

/**
 * Validate a permission set for a role type: at least one, each in the type's list (50104, D-ROLE-2). Duplicates are
 * dropped, first occurrence wins; order is kept.
 */
export function checkPermissions(type: Role['type'], permissions: readonly string[]): string[] {
  if (permissions.length === 0) {
    throw twilioError('INVALID_PARAMETER', { param: 'Permission', detail: 'at least one permission is required' });
  }
  const allowed = PERMISSIONS_BY_TYPE[type];
  for (const permission of permissions) if (!allowed.includes(permission)) throw twilioError('PERMISSION_NOT_FOUND');
  return [...new Set(permissions)];
}

/** A service-type role of the service (a User's role, 004:L15511-15515); anything else is 50100. */
export function checkServiceRole(service: ServiceState, roleSid: string, param: string): string {
  validSid(roleSid, 'RL', param, 'ROLE_NOT_FOUND');
  if (service.roles.get(roleSid)?.type !== 'service') throw twilioError('ROLE_NOT_FOUND');
  return roleSid;
}

/** A conversation-type role of the service (participants get conversation-level roles, 004:L8711-8713). */
export function checkConversationRole(service: ServiceState, roleSid: string): string {
  validSid(roleSid, 'RL', 'RoleSid', 'CONVERSATION_ROLE_NOT_FOUND');
  if (service.roles.get(roleSid)?.type !== 'conversation') throw twilioError('CONVERSATION_ROLE_NOT_FOUND');
  return roleSid;
}

/** Why a role cannot be deleted now: a default of the service configuration, or held by a user or participant. */
export function roleInUse(service: ServiceState, roleSid: string): string | undefined {
  const config = service.configuration;
  if (
    config.defaultChatServiceRoleSid === roleSid ||
    config.defaultConversationRoleSid === roleSid ||
    config.defaultConversationCreatorRoleSid === roleSid
  ) {
    return 'the role is a default role of the Conversation Service configuration';
  }
  for (const user of service.users.values()) {
    if (user.roleSid === roleSid) return `the role is assigned to User ${user.sid}`;
  }
  for (const conversation of service.conversations.values()) {
    for (const participant of conversation.participants.values()) {
      if (participant.roleSid === roleSid) return `the role is assigned to Participant ${participant.sid}`;
    }
  }
  return undefined;
}
