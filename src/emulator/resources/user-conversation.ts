// User Conversation resource: the conversations a User takes part in, seen from that User — list, fetch, update
// (notification level, read horizon), delete (leave). Derived from the conversation's chat participant with the
// user's identity; there is no record of its own beyond the notification level (kept on the User).
// Reference: 004:L12528-13386 (properties L12592-12691, fetch L12694-12706, list L12847-12861, update
// L12967-12999 and L13139-13172, delete L13312-13320); service form by analogy (D-UCONV-1).
import type { FastifyRequest } from 'fastify';
import { timersView } from '../conversation-lifecycle.ts';
import { isoDate } from '../dates.ts';
import { formOf } from '../form.ts';
import { buildPage, readPageRequest } from '../paging.ts';
import { updateParticipant } from '../rules/participants.ts';
import { param, pathOf, resolveScope, type Scope, scopeUrl } from '../scope.ts';
import { findConversation } from '../store/conversations.ts';
import { type ParticipantChanges, removeParticipant } from '../store/participants.ts';
import type { Conversation, NotificationLevel, Participant, User } from '../store/types.ts';
import { twilioError } from '../twilio-errors.ts';
import * as v from '../validate.ts';
import { emitParticipantEvent } from './participant.ts';
import type { ServiceResource } from './resource.ts';
import { userOr404 } from './user.ts';

/** Largest page of the user conversation list (004:L12857-12861). */
export const USER_CONVERSATION_MAX_PAGE_SIZE = 50;

/** "UnreadMessageCount returns a maximum value of 1000" (004:L12590, L34441). */
export const UNREAD_MESSAGES_CAP = 1000;

/** A user's membership: the conversation and the user's chat participant in it. */
interface Membership {
  readonly conversation: Conversation;
  readonly participant: Participant;
}

/**
 * Unread messages of a participant: messages with an index above its read horizon, capped at 1000; null while no
 * horizon is set (004:L34435-34441; D-UCONV-3).
 */
export function unreadMessagesCount(conversation: Conversation, participant: Participant): number | null {
  const horizon = participant.lastReadMessageIndex;
  if (horizon === null) return null;
  let unread = 0;
  for (const message of conversation.messages.values()) {
    if (message.index > horizon && ++unread >= UNREAD_MESSAGES_CAP) break;
  }
  return unread;
}

/** The user's chat participant in a conversation of the service, if any. */
function membershipIn(conversation: Conversation, user: User): Membership | undefined {
  const sid = conversation.participantsByIdentity.get(user.identity);
  const participant = sid === undefined ? undefined : conversation.participants.get(sid);
  return participant ? { conversation, participant } : undefined;
}

/** Every conversation the user is a participant of, in the order the user joined them. */
function membershipsOf(scope: Scope, user: User): Membership[] {
  const out: Membership[] = [];
  for (const sid of user.conversationSids) {
    const conversation = scope.service.conversations.get(sid);
    const membership = conversation && membershipIn(conversation, user);
    if (membership) out.push(membership);
  }
  return out.sort((a, b) => a.participant.seq - b.participant.seq);
}

/** Wire view (004:L12769-12844); `created_by` is null for REST-created conversations (D-UCONV-6). */
export function renderUserConversation(user: User, membership: Membership, scope: Scope): Record<string, unknown> {
  const { conversation, participant } = membership;
  const conversationUrl = scopeUrl(scope, `/Conversations/${conversation.sid}`);
  return {
    account_sid: conversation.accountSid,
    chat_service_sid: conversation.chatServiceSid,
    conversation_sid: conversation.sid,
    unread_messages_count: unreadMessagesCount(conversation, participant),
    last_read_message_index: participant.lastReadMessageIndex,
    participant_sid: participant.sid,
    user_sid: user.sid,
    friendly_name: conversation.friendlyName,
    conversation_state: conversation.state,
    timers: timersView(conversation),
    attributes: conversation.attributes,
    date_created: isoDate(conversation.dateCreated),
    date_updated: isoDate(conversation.dateUpdated),
    created_by: null,
    notification_level: user.notificationLevels.get(participant.sid) ?? 'default',
    unique_name: conversation.uniqueName,
    url: scopeUrl(scope, `/Users/${user.sid}/Conversations/${conversation.sid}`),
    links: { participant: `${conversationUrl}/Participants/${participant.sid}`, conversation: conversationUrl },
  };
}

/** The conversation (SID or unique_name, 004:L12703-12706) the user takes part in, or a 404. */
function membershipOr404(request: FastifyRequest, scope: Scope, user: User): Membership {
  const conversation = findConversation(scope.service, param(request, 'ConversationSid'));
  const membership = conversation && membershipIn(conversation, user);
  if (!membership) throw twilioError('NOT_FOUND', { path: pathOf(request) });
  return membership;
}

/** Routes of the User Conversation resource. */
export const userConversationResource: ServiceResource = {
  name: 'UserConversation',
  register(routes, ctx, mount) {
    const collection = `${mount.prefix}/Users/:UserSid/Conversations`;
    const instance = `${collection}/:ConversationSid`;

    routes.get(collection, (request) => {
      const scope = resolveScope(request, mount);
      const user = userOr404(request, scope, param(request, 'UserSid'));
      const page = readPageRequest(request, USER_CONVERSATION_MAX_PAGE_SIZE, ctx.faults);
      return buildPage({
        items: membershipsOf(scope, user),
        keyOf: (m) => m.conversation.sid,
        sortKey: (m) => [m.participant.seq],
        render: (m) => renderUserConversation(user, m, scope),
        request: page,
        faults: ctx.faults,
        listUrl: scopeUrl(scope, `/Users/${user.sid}/Conversations`),
        key: 'conversations',
      });
    });

    routes.get(instance, (request) => {
      const scope = resolveScope(request, mount);
      const user = userOr404(request, scope, param(request, 'UserSid'));
      return renderUserConversation(user, membershipOr404(request, scope, user), scope);
    });

    // NotificationLevel, LastReadTimestamp, LastReadMessageIndex, all optional (004:L12980-12999; D-UCONV-2). The read
    // horizon is the participant's: it is written there, so both resources agree (D-UCONV-3).
    routes.post(instance, (request) => {
      const scope = resolveScope(request, mount);
      const user = userOr404(request, scope, param(request, 'UserSid'));
      const membership = membershipOr404(request, scope, user);
      const { conversation, participant } = membership;
      const form = formOf(request);
      const rawLevel = form.get('NotificationLevel');
      const level: NotificationLevel | undefined =
        rawLevel === undefined ? undefined : v.oneOf(rawLevel, ['default', 'muted'], 'NotificationLevel');
      const changes: ParticipantChanges = {};
      const index = form.get('LastReadMessageIndex');
      if (index !== undefined) {
        changes.lastReadMessageIndex = v.nonNegativeInteger(
          index,
          'LastReadMessageIndex',
          'LAST_READ_MESSAGE_INDEX_INVALID',
        );
      }
      const timestamp = form.get('LastReadTimestamp');
      if (timestamp !== undefined) {
        // `string<date-time>` on this page (004:L12991-12994; D-UCONV-3); stored as sent, as the Participant does.
        v.dateTime(timestamp, 'LastReadTimestamp');
        changes.lastReadTimestamp = timestamp;
      }
      if (Object.keys(changes).length > 0) {
        // Same rule as a Participant update: not while the conversation is being created (001:L149).
        if (conversation.state === 'initializing') throw twilioError('CONVERSATION_INITIALIZING');
        updateParticipant(
          ctx.store,
          scope.account,
          scope.service,
          conversation,
          participant,
          changes,
          ctx.clock.now(),
          ctx.faults,
        );
        emitParticipantEvent(ctx, 'onParticipantUpdated', participant, 'api', false);
      }
      if (level !== undefined) user.notificationLevels.set(participant.sid, level);
      return renderUserConversation(user, membership, scope);
    });

    // "Remove a User from one of their Conversations" (004:L13312): the user's participant leaves (D-UCONV-6).
    routes.delete(instance, (request, reply) => {
      const scope = resolveScope(request, mount);
      const user = userOr404(request, scope, param(request, 'UserSid'));
      const { conversation, participant } = membershipOr404(request, scope, user);
      if (conversation.state === 'initializing') throw twilioError('CONVERSATION_INITIALIZING');
      removeParticipant(scope.account, scope.service, conversation, participant);
      user.notificationLevels.delete(participant.sid);
      emitParticipantEvent(ctx, 'onParticipantRemoved', participant, 'api', false);
      return reply.code(204).send();
    });
  },
};
