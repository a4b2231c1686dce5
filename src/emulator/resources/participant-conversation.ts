// Participant Conversation resource: every conversation of the service a participant identifier takes part in, looked
// up by chat Identity or non-chat Address (exact match), sorted by conversation SID. List only.
// Reference: 004:L13387-13768 (rules L13432-13436, properties L13438-13526, list L13529-13553, GMMS caveat L13536);
// service form from the Service link (004:L16030; D-PCONV-1).
import { timersView } from '../conversation-lifecycle.ts';
import { isoDate } from '../dates.ts';
import { buildPage, readPageRequest } from '../paging.ts';
import { queryParam, resolveScope, type Scope, scopeUrl } from '../scope.ts';
import type { Conversation, Participant } from '../store/types.ts';
import { findUserByIdentity } from '../store/users.ts';
import { twilioError } from '../twilio-errors.ts';
import { renderMessagingBinding } from './participant.ts';
import type { ServiceResource } from './resource.ts';

/** Largest page of the participant conversation list (004:L13549-13553). */
export const PARTICIPANT_CONVERSATION_MAX_PAGE_SIZE = 50;

interface Match {
  readonly conversation: Conversation;
  readonly participant: Participant;
}

/** Wire view (004:L13630-13759); `conversation_created_by` is null for REST-created conversations (D-UCONV-6). */
function render(match: Match, scope: Scope): Record<string, unknown> {
  const { conversation, participant } = match;
  const conversationUrl = scopeUrl(scope, `/Conversations/${conversation.sid}`);
  const user = participant.identity === null ? undefined : findUserByIdentity(scope.service, participant.identity);
  return {
    account_sid: conversation.accountSid,
    chat_service_sid: conversation.chatServiceSid,
    participant_sid: participant.sid,
    participant_user_sid: user?.sid ?? null,
    participant_identity: participant.identity,
    participant_messaging_binding: renderMessagingBinding(participant),
    conversation_sid: conversation.sid,
    conversation_unique_name: conversation.uniqueName,
    conversation_friendly_name: conversation.friendlyName,
    conversation_attributes: conversation.attributes,
    conversation_date_created: isoDate(conversation.dateCreated),
    conversation_date_updated: isoDate(conversation.dateUpdated),
    conversation_created_by: null,
    conversation_state: conversation.state,
    conversation_timers: timersView(conversation),
    links: { participant: `${conversationUrl}/Participants/${participant.sid}`, conversation: conversationUrl },
  };
}

/** Routes of the Participant Conversation resource. */
export const participantConversationResource: ServiceResource = {
  name: 'ParticipantConversation',
  register(routes, ctx, mount) {
    routes.get(`${mount.prefix}/ParticipantConversations`, (request) => {
      const scope = resolveScope(request, mount);
      const identity = queryParam(request, 'Identity');
      const address = queryParam(request, 'Address');
      // "Users can provide only one parameter at a time" (004:L13436): both → 50451; neither → 50451 too (D-PCONV-2).
      if ((identity === undefined) === (address === undefined) || identity === '' || address === '') {
        throw twilioError('LOOKUP_IDENTIFIER_AMBIGUOUS');
      }
      const page = readPageRequest(request, PARTICIPANT_CONVERSATION_MAX_PAGE_SIZE, ctx.faults);
      const matches: Match[] = [];
      for (const conversation of scope.service.conversations.values()) {
        for (const participant of conversation.participants.values()) {
          // Exact match (004:L13432); a GMMS participant with neither identity nor address is never found (L13536).
          const hit =
            identity !== undefined
              ? participant.identity === identity
              : participant.messagingBinding?.address === address;
          if (hit) matches.push({ conversation, participant });
        }
      }
      // "sorted by the conversationSid alphabetically" (004:L13436); participant SID breaks ties.
      matches.sort(
        (a, b) => compare(a.conversation.sid, b.conversation.sid) || compare(a.participant.sid, b.participant.sid),
      );
      return buildPage({
        items: matches,
        keyOf: (m) => m.participant.sid,
        sortKey: (m) => [m.conversation.sid, m.participant.sid],
        render: (m) => render(m, scope),
        request: page,
        faults: ctx.faults,
        listUrl: scopeUrl(scope, '/ParticipantConversations'),
        filters: identity !== undefined ? [['Identity', identity]] : [['Address', address ?? '']],
        key: 'conversations',
      });
    });
  },
};

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
