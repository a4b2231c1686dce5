// Types of the User suites only (not a suite itself: no `.suite.ts`).

/** A User Conversation: a conversation seen from a User (004:L12528-13386; service form D-UCONV-1). */
export interface UserConversation {
  conversation_sid: string;
  chat_service_sid: string;
  participant_sid: string;
  user_sid: string;
  unread_messages_count: number | null;
  last_read_message_index: number | null;
  friendly_name: string | null;
  unique_name: string | null;
  conversation_state: string;
  notification_level: 'default' | 'muted';
  url: string;
  links: { participant: string; conversation: string };
}
