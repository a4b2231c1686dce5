// Helpers of the Message suites only (not a suite itself: no `.suite.ts`).
import type { ScenarioApi } from '../../src/runtime/index.ts';
import { type Conversation, type Message, sendMessage } from '../support/messages.ts';

/** Fetches a conversation by its URL. */
export async function fetchConversation(api: ScenarioApi, url: string): Promise<Conversation> {
  return (await api.get<Conversation>(url, undefined, { expect: 200 })).body;
}

/** Sends `n` messages one after the other (so their order is the order sent); returns them in that order. */
export async function sendMessages(api: ScenarioApi, conversation: Conversation, n: number): Promise<Message[]> {
  const sent: Message[] = [];
  for (let i = 0; i < n; i++) sent.push(await sendMessage(api, conversation, { Body: `message ${i}` }));
  return sent;
}
