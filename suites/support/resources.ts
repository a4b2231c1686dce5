// Shared by every flow's scenarios (not a suite itself: no `.suite.ts`): the Conversation and Participant fields the
// scenarios read and the few requests most flows start with. Restated from the docs, never taken from the emulator.
import type { ScenarioApi } from '../../src/runtime/index.ts';

/** A form body as the scenario API takes it. */
export type Form = NonNullable<Parameters<ScenarioApi['post']>[1]>;

/** The Conversation fields the participant scenarios read (004:L16474-16547). */
export interface Conversation {
  sid: string;
  state: string;
  url: string;
  links: { participants: string; messages: string; webhooks: string };
}

/** The Participant fields the scenarios read (004:L6303-6354); `chat_service_sid` in the service form only. */
export interface Participant {
  sid: string;
  conversation_sid: string;
  chat_service_sid?: string;
  identity: string | null;
  attributes: string;
  messaging_binding: Record<string, string | null> | null;
  role_sid: string | null;
  date_updated: string;
  last_read_message_index: number | null;
  last_read_timestamp: string | null;
  url: string;
}

/** The Message fields the scenarios read (004:L4770-4832). */
export interface Message {
  sid: string;
  index: number;
  author: string | null;
  body: string | null;
  url: string;
}

/** The account's default Conversation Service (`default_chat_service_sid`, 004:L9516-9520). */
export async function defaultServiceSid(api: ScenarioApi): Promise<string> {
  const res = await api.get<{ default_chat_service_sid: string }>('/v1/Configuration', undefined, { expect: 200 });
  return res.body.default_chat_service_sid;
}

/**
 * Creates a conversation with `form` under `prefix` (`/v1` or `/v1/Services/{IS}`); 201, removed with the test. `C`
 * names the fields the caller reads.
 */
export async function newConversation<C = Conversation>(api: ScenarioApi, form: Form = {}, prefix = '/v1'): Promise<C> {
  return (await api.post<C>(`${prefix}/Conversations`, form, { expect: 201, cleanup: true })).body;
}

/** Adds a chat participant (201); the User the add creates is removed with the test (004:L7874). */
export async function addChatParticipant(
  api: ScenarioApi,
  conversation: { links: { participants: string } },
  identity: string,
): Promise<Participant> {
  api.track(`/v1/Users/${encodeURIComponent(identity)}`);
  return (await api.post<Participant>(conversation.links.participants, { Identity: identity }, { expect: 201 })).body;
}

/** The form of an SMS participant: "their phone number" and "your Twilio number" (004:L6172-6174). */
export function smsBinding(address: string, proxy: string): Form {
  return { 'MessagingBinding.Address': address, 'MessagingBinding.ProxyAddress': proxy };
}
