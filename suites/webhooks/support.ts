// Shared helpers of the webhook scenarios (not a suite itself: no `.suite.ts`).
// Three levels of webhooks (004:L22989-22990): the account's (`/v1/Configuration/Webhooks`, 004:L10774-11112), a
// service's (`/v1/Services/{IS}/Configuration/Webhooks`, 004:L21449-21812), which overrides the account's for that
// service (004:L21512), and conversation-scoped ones (004:L11113-12014). The account's settings are shared by every
// file running in parallel, so delivery scenarios work in a Conversation Service of their own whose service-level
// webhooks point at the test's sink; deleting the service at the end (cleanup) removes everything in it.
import type { CallOptions, ScenarioApi, ScenarioData, WebhookSink } from '../../src/runtime/index.ts';
import { defaultServiceSid, type Form, type Message, type Participant } from '../support/resources.ts';

/** The account-level Webhook Configuration (004:L10831-10869). */
export interface AccountWebhooks {
  account_sid: string;
  method: string;
  filters: string[];
  pre_webhook_url: string | null;
  post_webhook_url: string | null;
  target: string;
  url: string;
}

/** The per-service Webhook Configuration (004:L21516-21553); no `target`. */
export interface ServiceWebhooks {
  account_sid: string;
  chat_service_sid: string;
  method: string;
  filters: string[];
  pre_webhook_url: string | null;
  post_webhook_url: string | null;
  url: string;
}

/** A conversation-scoped webhook (004:L11194-11235); `configuration` depends on the target (D-WH-4). */
export interface ScopedWebhook {
  sid: string;
  account_sid: string;
  chat_service_sid?: string;
  conversation_sid: string;
  target: string;
  url: string;
  configuration: { url?: string; method?: string; filters?: string[]; flow_sid?: string; replay_after?: number };
  date_created: string;
  date_updated: string;
}

/** The Conversation fields the scenarios use (004:L16474-16547). */
export interface Conversation {
  sid: string;
  chat_service_sid: string;
  friendly_name: string | null;
  state: string;
  url: string;
  links: { participants: string; messages: string; webhooks: string };
}

/**
 * Call options that make a REST request cause webhooks: "add a header X-Twilio-Webhook-Enabled=true to any such
 * request" (004:L22912-22913). Without it, REST-caused events fire no webhooks.
 */
export const WEBHOOK_ENABLED: Pick<CallOptions, 'headers'> = { headers: { 'X-Twilio-Webhook-Enabled': 'true' } };

/** A Flow SID of the right shape (`^FW[0-9a-fA-F]{32}$`, 004:L11281); Studio is not called by these scenarios. */
export const FLOW_SID = `FW${'0123456789abcdef'.repeat(2)}`;

/** One of the two forms of the conversation paths (default service, service-scoped; 004:L11183-11190). */
export interface ConversationsForm {
  label: string;
  /** The Conversations collection path of this form. */
  collection(api: ScenarioApi): Promise<string>;
  /** Whether responses carry `chat_service_sid` (the service-scoped pages add it, 004:L20491-21448). */
  serviceScoped: boolean;
}

/** Both forms, for `describe.each`. */
export const FORMS: readonly ConversationsForm[] = [
  { label: 'default service', collection: async () => '/v1/Conversations', serviceScoped: false },
  {
    label: 'service-scoped',
    collection: async (api) => `/v1/Services/${await defaultServiceSid(api)}/Conversations`,
    serviceScoped: true,
  },
];

/** Creates a conversation in `collection` (201, deleted when the test ends). */
export async function createConversation(
  api: ScenarioApi,
  collection: string,
  form: Form = {},
  options: Pick<CallOptions, 'headers'> = {},
): Promise<Conversation> {
  return (await api.post<Conversation>(collection, form, { ...options, expect: 201, cleanup: true })).body;
}

/** A Conversation Service of the test's own (deleted, with all it holds, when the test ends). */
export interface OwnService {
  sid: string;
  /** `/v1/Services/{IS}/Conversations`. */
  conversations: string;
  /** `/v1/Services/{IS}/Configuration/Webhooks`. */
  webhooks: string;
}

/**
 * Creates a Conversation Service and, when `settings` are given, configures its service-level webhooks (which then
 * override the account's for this service, 004:L21512), so a delivery scenario neither sees nor causes the account's
 * webhooks.
 */
export async function ownService(api: ScenarioApi, data: ScenarioData, settings?: Form): Promise<OwnService> {
  const service = await api.post<{ sid: string }>(
    '/v1/Services',
    { FriendlyName: data.unique('webhooks') },
    { expect: 201, cleanup: true },
  );
  const own: OwnService = {
    sid: service.body.sid,
    conversations: `/v1/Services/${service.body.sid}/Conversations`,
    webhooks: `/v1/Services/${service.body.sid}/Configuration/Webhooks`,
  };
  if (settings) await api.post<ServiceWebhooks>(own.webhooks, settings, { expect: 200 });
  return own;
}

/**
 * A service whose post-event webhooks go to `${sink.url}/post` for `filters` (POST unless `method` says otherwise),
 * for scenarios that read deliveries.
 */
export function ownServicePostingTo(
  api: ScenarioApi,
  data: ScenarioData,
  sink: WebhookSink,
  filters: string[],
  method: 'GET' | 'POST' = 'POST',
): Promise<OwnService> {
  return ownService(api, data, { PostWebhookUrl: `${sink.url}/post`, Filters: filters, Method: method });
}

/** A service whose pre-event webhooks go to `${sink.url}/pre` for `filters`, for scenarios that answer them. */
export function ownServiceAnswering(
  api: ScenarioApi,
  data: ScenarioData,
  sink: WebhookSink,
  filters: string[],
): Promise<OwnService> {
  return ownService(api, data, { PreWebhookUrl: `${sink.url}/pre`, Filters: filters });
}

/** Adds a chat participant (Identity) to a conversation. */
export async function addParticipant(
  api: ScenarioApi,
  conversation: Conversation,
  identity: string,
  options: Pick<CallOptions, 'headers'> = {},
): Promise<Participant> {
  return (
    await api.post<Participant>(conversation.links.participants, { Identity: identity }, { ...options, expect: 201 })
  ).body;
}

/** Sends a message to a conversation. */
export async function sendMessage(
  api: ScenarioApi,
  conversation: Conversation,
  form: Form,
  options: Pick<CallOptions, 'headers'> = {},
): Promise<Message> {
  return (await api.post<Message>(conversation.links.messages, form, { ...options, expect: 201 })).body;
}

/** The EventType values the sink received, in arrival order, for one conversation. */
export function eventsOf(sink: WebhookSink, conversationSid: string, path = '/post'): string[] {
  return sink
    .received()
    .filter((r) => r.path === path && paramsOf(r).ConversationSid === conversationSid)
    .map((r) => paramsOf(r).EventType ?? '');
}

/** The webhook's parameters: the form of a POST, the query of a GET (004:L23662; D-EMU-WH-13). */
export function paramsOf(request: { method: string; form: Record<string, string>; query: Record<string, string> }) {
  return request.method === 'GET' ? request.query : request.form;
}
