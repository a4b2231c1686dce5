// Shared helpers of the Message, Delivery Receipt and Media suites (not a suite itself: no `.suite.ts`).
// Messages and receipts exist in two forms with the same operations: the default-service form
// `/v1/Conversations/{CH}/Messages` (004:L4624) and the service-scoped form
// `/v1/Services/{IS}/Conversations/{CH}/Messages` (004:L19246; receipts D-RCPT-1). Media lives only in the service
// form, on the Media Content Service (004:L5989, L6011; D-MED-1).
import type { ScenarioApi, TargetInfo } from '../../src/runtime/index.ts';
import type { TwilioError } from './errors.ts';
import { defaultServiceSid, type Form } from './resources.ts';

/** The Conversation fields the scenarios read (004:L16474-16547). */
export interface Conversation {
  sid: string;
  chat_service_sid: string;
  state: string;
  timers: { date_inactive?: string | null; date_closed?: string | null };
  url: string;
  links: { participants: string; messages: string };
}

/** The Participant fields the scenarios read (004:L6303-6354). */
export interface Participant {
  sid: string;
  identity: string | null;
  messaging_binding: { address?: string; proxy_address?: string } | null;
  url: string;
}

/** `delivery`: `total` and `none | some | all` per status (004:L4793-4814, L26340-26364; D-MSG-5). */
export interface Delivery {
  total: number;
  sent: string;
  delivered: string;
  read: string;
  failed: string;
  undelivered: string;
}

/** An item of a message's `media` array (004:L4576-4579, example L5295-5316). */
export interface MessageMedia {
  sid: string;
  size: number;
  content_type: string;
  filename: string | null;
}

/** The Message resource (004:L4540-4621); `chat_service_sid` in the service form only (004:L19164). */
export interface Message {
  sid: string;
  account_sid: string;
  chat_service_sid?: string;
  conversation_sid: string;
  index: number;
  author: string | null;
  body: string | null;
  media: MessageMedia[] | null;
  attributes: string;
  participant_sid: string | null;
  date_created: string;
  date_updated: string | null;
  url: string;
  delivery: Delivery | null;
  links: { delivery_receipts: string; channel_metadata?: string };
  content_sid: string | null;
}

/** The Media resource of MCS (004:L5954-5985; D-MED-2..4). */
export interface Media {
  sid: string;
  service_sid: string;
  date_created: string;
  date_updated: string | null;
  channel_sid: string | null;
  message_sid: string | null;
  size: number;
  content_type: string;
  filename: string | null;
  author: string;
  url: string;
  links: { content: string; content_direct_temporary: string };
}

/** One of the two forms of the Message and Receipt resources. */
export interface MessagesForm {
  /** Label for describe blocks. */
  label: string;
  /** True for `/v1/Services/{IS}/…`: responses carry `chat_service_sid`. */
  serviceScoped: boolean;
  /** The Conversations collection of this form; a conversation created there links its messages in the same form. */
  conversations(api: ScenarioApi): Promise<string>;
}

/** The default-service form. */
export const DEFAULT_FORM: MessagesForm = {
  label: 'default service',
  serviceScoped: false,
  conversations: async () => '/v1/Conversations',
};

/** The service-scoped form, addressing the default service by its IS SID. */
export const SERVICE_FORM: MessagesForm = {
  label: 'service-scoped',
  serviceScoped: true,
  conversations: async (api) => `/v1/Services/${await defaultServiceSid(api)}/Conversations`,
};

/** Both forms, for `describe.each`. */
export const FORMS: readonly MessagesForm[] = [DEFAULT_FORM, SERVICE_FORM];

/** Creates a conversation in `form` (201, registered for cleanup). */
export async function createConversation(
  api: ScenarioApi,
  form: MessagesForm = DEFAULT_FORM,
  params: Form = {},
): Promise<Conversation> {
  return (await api.post<Conversation>(await form.conversations(api), params, { expect: 201, cleanup: true })).body;
}

/** Adds a chat participant; the User the add creates is removed with the test (004:L7874). */
export async function addChatParticipant(
  api: ScenarioApi,
  conversation: Conversation,
  identity: string,
): Promise<Participant> {
  api.track(`/v1/Users/${encodeURIComponent(identity)}`);
  return (
    await api.post<Participant>(conversation.links.participants, { Identity: identity }, { expect: 201, cleanup: true })
  ).body;
}

/** Sends a message (004:L4643-4688): 201, registered for cleanup. */
export async function sendMessage(api: ScenarioApi, conversation: Conversation, params: Form): Promise<Message> {
  return (await api.post<Message>(conversation.links.messages, params, { expect: 201, cleanup: true })).body;
}

/** The smallest PNG signature plus a marker, so two uploads differ. */
export function pngBytes(marker: string): Buffer {
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(marker, 'utf8')]);
}

/** The Media collection of a service (004:L5989). */
export function mediaCollection(serviceSid: string): string {
  return `/v1/Services/${serviceSid}/Media`;
}

/**
 * Uploads a file to MCS (004:L5989-6006): the body is the file, Content-Type its MIME type. Media has no delete: an
 * upload goes with the message it is attached to, or is garbage-collected after five minutes (004:L22532, L22776).
 */
export async function uploadMedia(
  api: ScenarioApi,
  serviceSid: string,
  content: Buffer,
  contentType = 'image/png',
): Promise<Media> {
  const res = await api.call<Media>(
    { method: 'POST', path: mediaCollection(serviceSid), body: content, headers: { 'content-type': contentType } },
    { expect: 201 },
  );
  return res.body;
}

/** Fetches a media record (004:L6011). */
export async function fetchMedia(api: ScenarioApi, serviceSid: string, sid: string, expect: number) {
  return api.get<Media & TwilioError>(`${mediaCollection(serviceSid)}/${sid}`, undefined, { expect });
}

/**
 * Why a media scenario cannot run on `target`, or undefined. MCS is a separate host on Twilio (mcs.us1.twilio.com,
 * 004:L5937; D-MED-1) and the kit has no second base URL, so media scenarios run where the target serves both.
 */
export function mediaUnavailable(target: TargetInfo): string | undefined {
  return target.capabilities.live
    ? 'media is served by mcs.us1.twilio.com (004:L5937), a host other than the target URL'
    : undefined;
}
