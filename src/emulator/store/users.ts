// Users of a service. "Every Conversation Participant who connects with a Chat SDK … is backed by a User" (004:L7874);
// adding a chat participant creates the User when it does not exist yet.
import { isSid, newSid } from '../sid.ts';
import type { EmulatorStore } from './store.ts';
import type { ServiceState, User } from './types.ts';

/** The user with `identity` (case-sensitive, 004:L7878), if any. */
export function findUserByIdentity(service: ServiceState, identity: string): User | undefined {
  const sid = service.usersByIdentity.get(identity);
  return sid === undefined ? undefined : service.users.get(sid);
}

/** A new user with the service's default service role (004:L15511-15515). Not yet inserted. */
export function newUser(store: EmulatorStore, service: ServiceState, identity: string, now: Date): User {
  return {
    sid: newSid('US'),
    accountSid: service.accountSid,
    chatServiceSid: service.sid,
    seq: store.nextSeq(),
    identity,
    friendlyName: null,
    attributes: '{}',
    roleSid: service.configuration.defaultChatServiceRoleSid,
    dateCreated: now,
    dateUpdated: now,
    conversationSids: new Set(),
    notificationLevels: new Map(),
  };
}

/**
 * A user by SID or identity: a value shaped like a User SID is looked up as a SID, anything else as an identity
 * (case-sensitive; 004:L8119, L7878; D-USER-2).
 */
export function findUser(service: ServiceState, sidOrIdentity: string): User | undefined {
  if (isSid(sidOrIdentity, 'US')) return service.users.get(sidOrIdentity);
  return findUserByIdentity(service, sidOrIdentity);
}

/** Insert a user into the service's maps. */
export function insertUser(service: ServiceState, user: User): void {
  service.users.set(user.sid, user);
  service.usersByIdentity.set(user.identity, user.sid);
}

/** How many non-closed conversations of the service the user takes part in. */
export function openConversationCount(service: ServiceState, user: User): number {
  let n = 0;
  for (const sid of user.conversationSids) {
    const state = service.conversations.get(sid)?.state;
    if (state !== undefined && state !== 'closed') n++;
  }
  return n;
}
