// Shared helpers of the Service, Configuration, User, Role, Credential and Binding suites (not a suite: no `.suite.ts`).
// Most scenarios work in a dedicated Conversation Service (created per test, deleted with it) so that nothing they
// change touches the account's default service, which every other suite file uses in parallel.
import type { ScenarioApi, ScenarioData, TargetInfo } from '../../src/runtime/index.ts';
import { defaultServiceSid } from './resources.ts';

/** The Service fields the scenarios read (004:L15885-15920). */
export interface Service {
  sid: string;
  account_sid: string;
  friendly_name: string;
  url: string;
  links: Record<string, string>;
}

/** The User fields the scenarios read (004:L7897-7967). */
export interface User {
  sid: string;
  chat_service_sid: string;
  role_sid: string;
  identity: string;
  friendly_name: string | null;
  attributes: string;
  is_online: boolean | null;
  is_notifiable: boolean | null;
  url: string;
  links: { user_conversations: string };
}

/** The Role fields the scenarios read (004:L8734-8787). */
export interface Role {
  sid: string;
  chat_service_sid: string;
  friendly_name: string;
  type: 'service' | 'conversation';
  permissions: string[];
  url: string;
}

/** The Service Configuration fields (004:L15493-15530). */
export interface ServiceConfiguration {
  chat_service_sid: string;
  default_conversation_creator_role_sid: string;
  default_conversation_role_sid: string;
  default_chat_service_role_sid: string;
  reachability_enabled: boolean;
  url: string;
  links: { notifications: string; webhooks: string };
}

/** The Conversation fields the scenarios read (004:L16474-16547). */
export interface Conversation {
  sid: string;
  chat_service_sid: string;
  messaging_service_sid: string | null;
  unique_name: string | null;
  date_updated: string;
  timers: { date_inactive?: string | null; date_closed?: string | null };
  url: string;
  links: { participants: string; messages: string };
}

/** The Participant fields the scenarios read (004:L6303-6354). */
export interface Participant {
  sid: string;
  identity: string | null;
  role_sid: string | null;
  last_read_message_index: number | null;
  url: string;
}

/** Service-scope permissions, 14 values (004:L9381-9412). */
export const SERVICE_PERMISSIONS: readonly string[] = [
  'addParticipant',
  'createConversation',
  'deleteAnyMessage',
  'deleteConversation',
  'editAnyMessage',
  'editAnyMessageAttributes',
  'editAnyUserInfo',
  'editConversationAttributes',
  'editConversationName',
  'editOwnMessage',
  'editOwnMessageAttributes',
  'editOwnUserInfo',
  'joinConversation',
  'removeParticipant',
];

/** Conversation-scope permissions, 16 values (004:L9414-9449). */
export const CONVERSATION_PERMISSIONS: readonly string[] = [
  'addParticipant',
  'deleteAnyMessage',
  'deleteOwnMessage',
  'deleteConversation',
  'editAnyMessage',
  'editAnyMessageAttributes',
  'editAnyUserInfo',
  'editConversationAttributes',
  'editConversationName',
  'editOwnMessage',
  'editOwnMessageAttributes',
  'editOwnUserInfo',
  'leaveConversation',
  'removeParticipant',
  'sendMediaMessage',
  'sendMessage',
];

/** A SID of `prefix` that no target has issued (all zeros). */
export function unknownSid(prefix: string): string {
  return `${prefix}${'0'.repeat(32)}`;
}

/** Creates a dedicated Conversation Service (201), deleted when the test ends with everything in it (D-SVC-4). */
export async function newService(api: ScenarioApi, data: ScenarioData): Promise<Service> {
  // No PII in the FriendlyName (004:L15851-15853): a generated name only.
  const res = await api.post<Service>(
    '/v1/Services',
    { FriendlyName: data.unique('svc') },
    { expect: 201, cleanup: true },
  );
  return res.body;
}

/** The configuration of a service (004:L15533). */
export async function serviceConfiguration(api: ScenarioApi, serviceSid: string): Promise<ServiceConfiguration> {
  return (await api.get<ServiceConfiguration>(`/v1/Services/${serviceSid}/Configuration`, undefined, { expect: 200 }))
    .body;
}

/** Where a service's resources live: `/v1` (default service, short paths) or `/v1/Services/{IS}`. */
export interface ServiceScope {
  /** The path prefix of the service's collections (`${base}/Users`, `${base}/Roles`). */
  base: string;
  /** The IS SID the prefix addresses. */
  serviceSid: string;
}

/**
 * One of the two forms of a service-scoped resource (D-USER-1, D-ROLE-1): the default-service short paths (on the
 * account's default service), or the service-scoped paths (on a dedicated service created for the test).
 */
export interface ScopeForm {
  /** Label for describe blocks. */
  label: string;
  /** Opens the scope for one test. */
  open(api: ScenarioApi, data: ScenarioData): Promise<ServiceScope>;
  /** The operationId of `verb` on `resource` in this form (`createUser` / `createServiceUser`). */
  op(verb: 'create' | 'fetch' | 'list' | 'update' | 'delete', resource: string): string;
}

/** The default-service form: `/v1/Users`, `/v1/Roles` (004:L7970, L8790). */
export const DEFAULT_SCOPE: ScopeForm = {
  label: 'default service',
  open: async (api) => ({ base: '/v1', serviceSid: await defaultServiceSid(api) }),
  op: (verb, resource) => `${verb}${resource}`,
};

/** The service-scoped form on a dedicated service: `/v1/Services/{IS}/Users` (004:L7893-7895, L8728-8730). */
export const SERVICE_SCOPE: ScopeForm = {
  label: 'service-scoped',
  open: async (api, data) => {
    const service = await newService(api, data);
    return { base: `/v1/Services/${service.sid}`, serviceSid: service.sid };
  },
  op: (verb, resource) => `${verb}Service${resource}`,
};

/** Both forms, for `describe.each`. */
export const SCOPE_FORMS: readonly ScopeForm[] = [DEFAULT_SCOPE, SERVICE_SCOPE];

/** The path of a user addressed by SID or identity (identities may hold reserved characters, 004:L7879). */
export function userPath(scope: ServiceScope, sidOrIdentity: string): string {
  return `${scope.base}/Users/${encodeURIComponent(sidOrIdentity)}`;
}

/** Creates a User (201, registered for cleanup). */
export async function createUser(
  api: ScenarioApi,
  scope: ServiceScope,
  identity: string,
  params: Record<string, string> = {},
): Promise<User> {
  const res = await api.post<User>(
    `${scope.base}/Users`,
    { Identity: identity, ...params },
    {
      expect: 201,
      cleanup: true,
    },
  );
  return res.body;
}

/** Creates a Role (201, registered for cleanup). */
export async function createRole(
  api: ScenarioApi,
  scope: ServiceScope,
  friendlyName: string,
  type: Role['type'],
  permissions: readonly string[],
): Promise<Role> {
  const res = await api.post<Role>(
    `${scope.base}/Roles`,
    { FriendlyName: friendlyName, Type: type, Permission: [...permissions] },
    { expect: 201, cleanup: true },
  );
  return res.body;
}

/** Creates a conversation in a scope (201, registered for cleanup). */
export async function createConversation(
  api: ScenarioApi,
  scope: ServiceScope,
  params: Record<string, string> = {},
): Promise<Conversation> {
  return (await api.post<Conversation>(`${scope.base}/Conversations`, params, { expect: 201, cleanup: true })).body;
}

/** Adds a chat participant; the User the add creates (004:L7874) is removed with the test. */
export async function addChatParticipant(
  api: ScenarioApi,
  scope: ServiceScope,
  conversation: Conversation,
  identity: string,
): Promise<Participant> {
  api.track(userPath(scope, identity));
  return (await api.post<Participant>(conversation.links.participants, { Identity: identity }, { expect: 201 })).body;
}

/** Why a scenario that relies on an emulator-only choice (a `D-EMU-…` decision where the docs are silent) is skipped. */
export function emulatorOnly(decision: string): string {
  return `the docs are silent here; ${decision} is the reference emulator's choice, not asserted against other targets`;
}

/** True when the target is the reference emulator. */
export function isEmulator(target: TargetInfo): boolean {
  return target.kind === 'emulator';
}
