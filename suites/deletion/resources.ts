// Small builders the deletion scenarios share: each creates one resource, registered for cleanup.
import type { ScenarioApi, ScenarioData, TargetInfo } from '../../src/runtime/index.ts';

/** The Twilio error body fields the scenarios assert (error-codes.md §1). */
export interface TwilioError {
  code: number;
  status: number;
}

/** The Conversation fields the scenarios use (004:L16686-16755). */
export interface Conversation {
  sid: string;
  unique_name: string | null;
  chat_service_sid: string;
  url: string;
  links: { participants: string; messages: string; webhooks: string };
}

/** The Participant fields the scenarios use (004:L6303-6354). */
export interface Participant {
  sid: string;
  identity: string | null;
  url: string;
}

/** The Message fields the scenarios use (004:L4770-4832). */
export interface Message {
  sid: string;
  index: number;
  author: string | null;
  url: string;
}

/** The conversation-scoped Webhook fields the scenarios use (004:L11360-11400). */
export interface Webhook {
  sid: string;
  url: string;
}

/**
 * Statuses a documented conflict may answer with. The docs give none; the reference emulator uses 409 (D-PART-4,
 * D-CONV-4, D-WH-5), so scenarios hold only the emulator to the exact status and any target to the Twilio code.
 */
export function conflictStatus(target: TargetInfo): number | number[] {
  return target.kind === 'emulator' ? 409 : [400, 409];
}

/** Creates a conversation with a unique_name. */
export async function createConversation(api: ScenarioApi, data: ScenarioData): Promise<Conversation> {
  const unique = data.unique('delete');
  return (
    await api.post<Conversation>(
      '/v1/Conversations',
      { UniqueName: unique, FriendlyName: unique },
      { expect: 201, cleanup: true },
    )
  ).body;
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
