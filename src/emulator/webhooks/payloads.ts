// What a webhook carries and what a pre-event webhook answers: the snake_case views of the records (turned into
// request parameters by params.ts) and the modifications of a 2xx answer (004:L22944-22974).
import { isoDate } from '../dates.ts';
import type { EmulatorEvent } from '../events.ts';
import type { Conversation, ServiceState, User } from '../store/types.ts';

/** Snake_case view of a conversation as its webhooks describe it (004:L24032-24151). */
export function conversationData(conversation: Conversation): Record<string, unknown> {
  return {
    conversation_sid: conversation.sid,
    date_created: isoDate(conversation.dateCreated),
    date_updated: isoDate(conversation.dateUpdated),
    friendly_name: conversation.friendlyName,
    unique_name: conversation.uniqueName,
    attributes: conversation.attributes,
    chat_service_sid: conversation.chatServiceSid,
    messaging_service_sid: conversation.messagingServiceSid,
    state: conversation.state,
  };
}

function userData(user: User): Record<string, unknown> {
  return {
    user_sid: user.sid,
    date_created: isoDate(user.dateCreated),
    date_updated: isoDate(user.dateUpdated),
    identity: user.identity,
    role_sid: user.roleSid,
    attributes: user.attributes,
    friendly_name: user.friendlyName,
  };
}

/**
 * The data of a post-event webhook, read when the event is published (the records may change, or go, before the
 * request is sent): the conversation's view for conversation events, the user's for user events, the event's own data
 * over them, then the service and messaging service, and the removal or state-change time.
 */
export function postEventData(
  event: EmulatorEvent,
  service: ServiceState | undefined,
  conversation: Conversation | undefined,
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  if (event.name.startsWith('onConversation') && conversation) Object.assign(data, conversationData(conversation));
  const userSid = event.data.user_sid;
  const user = typeof userSid === 'string' ? service?.users.get(userSid) : undefined;
  if (user) Object.assign(data, userData(user));
  Object.assign(data, event.data);
  data.chat_service_sid ??= event.chatServiceSid;
  if (conversation) data.messaging_service_sid ??= conversation.messagingServiceSid;
  if (event.name.endsWith('Removed')) data.date_removed = isoDate(event.at);
  if (event.name === 'onConversationStateUpdated') data.state_updated = isoDate(event.at);
  return data;
}

/** A 2xx body: a JSON object of fields to change, or nothing (`{}` or no content, 004:L22920-22924). */
export function parseModifications(body: string): Record<string, unknown> {
  if (body.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
