// Shared helpers of the Conversation and States & Timers suites (not a suite itself: no `.suite.ts`).
// The Conversation resource exists in two forms with the same operations (D-CONV-1): the default-service form
// `/v1/Conversations` and the service-scoped form `/v1/Services/{IS}/Conversations` (004:L16550).
import type { ScenarioApi } from '../../src/runtime/index.ts';
import { defaultServiceSid } from './resources.ts';

/** The Conversation fields the scenarios read (004:L16474-16547). */
export interface Conversation {
  sid: string;
  account_sid: string;
  chat_service_sid: string;
  messaging_service_sid: string | null;
  friendly_name: string | null;
  unique_name: string | null;
  attributes: string;
  date_created: string;
  date_updated: string;
  state: string;
  timers: { date_inactive?: string | null; date_closed?: string | null };
  bindings: Record<string, unknown> | null;
  url: string;
  links: { participants: string; messages: string; webhooks: string; export?: string };
}

/** A form body as the scenario API takes it. */
export type ConversationForm = Parameters<ScenarioApi['post']>[1];

/** One of the two forms of the resource, with the operation ids the spec gives it. */
export interface ConversationsForm {
  /** Label for describe blocks. */
  label: string;
  /** The collection path of this form. */
  collection(api: ScenarioApi): Promise<string>;
  /** The operationId of `verb` in this form (`createConversation` / `createServiceConversation`). */
  op(verb: 'create' | 'fetch' | 'list' | 'update' | 'delete'): string;
}

/** The default-service form (D-CONV-1). */
export const DEFAULT_FORM: ConversationsForm = {
  label: 'default service',
  collection: async () => '/v1/Conversations',
  op: (verb) => `${verb}Conversation`,
};

/** The service-scoped form, addressing the default service by its IS SID. */
export const SERVICE_FORM: ConversationsForm = {
  label: 'service-scoped',
  collection: async (api) => `/v1/Services/${await defaultServiceSid(api)}/Conversations`,
  op: (verb) => `${verb}ServiceConversation`,
};

/** Both forms, for `describe.each`. */
export const FORMS: readonly ConversationsForm[] = [DEFAULT_FORM, SERVICE_FORM];

/** Creates a conversation (201, registered for cleanup) and returns its body. */
export async function createConversation(
  api: ScenarioApi,
  params: ConversationForm = {},
  form: ConversationsForm = DEFAULT_FORM,
): Promise<Conversation> {
  const res = await api.post<Conversation>(await form.collection(api), params, { expect: 201, cleanup: true });
  return res.body;
}

/** Fetches a conversation by its URL (200). */
export async function fetchConversation(api: ScenarioApi, url: string): Promise<Conversation> {
  return (await api.get<Conversation>(url, undefined, { expect: 200 })).body;
}

/** Updates a conversation by its URL (200) and returns the new body. */
export async function updateConversation(
  api: ScenarioApi,
  url: string,
  params: ConversationForm,
): Promise<Conversation> {
  return (await api.post<Conversation>(url, params, { expect: 200 })).body;
}
