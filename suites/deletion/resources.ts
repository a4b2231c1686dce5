// Small builders the deletion scenarios share: each creates one resource, registered for cleanup.
import type { ScenarioApi, ScenarioData } from '../../src/runtime/index.ts';
import { type Message, newConversation, type Participant } from '../support/resources.ts';

/** The Conversation fields the scenarios use (004:L16686-16755). */
export interface Conversation {
  sid: string;
  unique_name: string | null;
  chat_service_sid: string;
  url: string;
  links: { participants: string; messages: string; webhooks: string };
}

/** The conversation-scoped Webhook fields the scenarios use (004:L11360-11400). */
export interface Webhook {
  sid: string;
  url: string;
}

/** Creates a conversation with a unique_name. */
export async function createConversation(api: ScenarioApi, data: ScenarioData): Promise<Conversation> {
  const unique = data.unique('delete');
  return newConversation<Conversation>(api, { UniqueName: unique, FriendlyName: unique });
}

/** Adds a chat participant (identity). */
export async function addChatParticipant(
  api: ScenarioApi,
  conversation: Conversation,
  identity: string,
): Promise<Participant> {
  return (
    await api.post<Participant>(conversation.links.participants, { Identity: identity }, { expect: 201, cleanup: true })
  ).body;
}

/** An SMS address pair: the consumer's number and the proxy (Twilio) number (004:L28722-28725). */
export interface AddressPair {
  address: string;
  proxy: string;
}

/** Two fresh numbers for an SMS binding. */
export function newPair(data: ScenarioData): AddressPair {
  return { address: data.phone(), proxy: data.phone() };
}

/** The create form of an SMS participant bound to `pair` (004:L6172-6175). */
export function smsForm(pair: AddressPair): Record<string, string> {
  return { 'MessagingBinding.Address': pair.address, 'MessagingBinding.ProxyAddress': pair.proxy };
}

/** Adds an SMS participant bound to `pair`. */
export async function addSmsParticipant(
  api: ScenarioApi,
  conversation: Conversation,
  pair: AddressPair,
): Promise<Participant> {
  return (await api.post<Participant>(conversation.links.participants, smsForm(pair), { expect: 201, cleanup: true }))
    .body;
}

/** Sends a message (004:L4643-4688). */
export async function sendMessage(
  api: ScenarioApi,
  conversation: Conversation,
  author: string,
  body: string,
): Promise<Message> {
  return (
    await api.post<Message>(conversation.links.messages, { Author: author, Body: body }, { expect: 201, cleanup: true })
  ).body;
}

/** Attaches a webhook-target conversation-scoped webhook (004:L11249-11286). */
export async function addWebhook(api: ScenarioApi, conversation: Conversation, data: ScenarioData): Promise<Webhook> {
  return (
    await api.post<Webhook>(
      conversation.links.webhooks,
      {
        Target: 'webhook',
        'Configuration.Url': `https://hooks.example.com/${data.unique('delete')}`,
        'Configuration.Method': 'POST',
        'Configuration.Filters': ['onMessageAdded'],
      },
      { expect: 201, cleanup: true },
    )
  ).body;
}
