// @module-tag cwp
// @module-tag limits
// @module-tag slow
import { describe, expect, type ScenarioApi, test } from '../../src/runtime/index.ts';
import { conflictStatus, type TwilioError } from '../support/errors.ts';
import { leaveInitializing, WINDOW_ATTEMPTS, withinInitializingWindow } from '../support/initializing.ts';
import { type Conversation, newConversation } from '../support/resources.ts';

// "A Chat identity (Chat user) can be part of 1000 active or inactive Conversations and Chat Channels. Adding a
// participant whose identity already belongs to 1000 or more Conversations/Chat Channels will result in an error"
// (004:L22396); the error is 50214 "User conversation limit exceeded" (error-codes.md §3.3). ConversationWithParticipants
// checks it like a pair in use: before it answers, against the state then (001:L147), and again when it adds the
// participants; a failure then closes the conversation (001:L153; 50427) (D-EMU-USER-LIMIT, D-EMU-CWP).
// Each scenario puts one identity in 1000 conversations: not against a live vendor.

const ENDPOINT = '/v1/ConversationWithParticipants';
const LIMIT = 1000;
const NEEDS = { meta: { requires: ['notLive' as const], cost: 2 * LIMIT + 2 }, timeout: 180_000 };

/** Puts `identity` in `count` new open conversations (20 at a time); they are removed with the test. */
async function joinConversations(api: ScenarioApi, identity: string, count: number): Promise<void> {
  for (let start = 0; start < count; start += 20) {
    await Promise.all(
      Array.from({ length: Math.min(20, count - start) }, async () => {
        const conversation = await newConversation(api);
        await api.post(conversation.links.participants, { Identity: identity }, { expect: 201 });
      }),
    );
  }
}

describe('ConversationWithParticipants and the 1000 conversations of an identity', () => {
  test(
    'an identity already in 1000 conversations is refused with 50214 before a conversation is created',
    NEEDS,
    async ({ api, data, target }) => {
      const identity = data.unique('cwp-busy');
      api.track(`/v1/Users/${identity}`);
      await joinConversations(api, identity, LIMIT);
      const uniqueName = data.unique('cwp-busy');
      const res = await api.post<TwilioError>(
        ENDPOINT,
        { UniqueName: uniqueName, Participant: [JSON.stringify({ identity })] },
        { expect: conflictStatus(target) },
      );
      expect(res.body.code).toBe(50214);
      await api.get(`/v1/Conversations/${uniqueName}`, undefined, { expect: 404 });
    },
  );

  test(
    'an identity that reaches 1000 conversations while the conversation initializes closes it',
    NEEDS,
    async ({ api, clock, data, target, skip }) => {
      const identity = data.unique('cwp-busy');
      api.track(`/v1/Users/${identity}`);
      await joinConversations(api, identity, LIMIT - 1);
      const last = await newConversation(api);
      const observed = await withinInitializingWindow(clock, async () => {
        // Accepted: the identity is in 999 conversations, and a pending add does not count.
        const created = await api.post<Conversation>(
          ENDPOINT,
          { Participant: [JSON.stringify({ identity })] },
          { expect: [201, 202], cleanup: true },
        );
        expect(created.body.state).toBe('initializing');
        const joined = await api.post<TwilioError>(
          last.links.participants,
          { Identity: identity },
          { expect: [201, ...conflictStatus(target)] },
        );
        if (joined.status !== 201) {
          // The asynchronous add came first, so this one was the 1001st: free that place and try again.
          expect(joined.body.code).toBe(50214);
          await api.delete(created.body.url, { expect: 204 });
          return 'missed';
        }
        expect((await leaveInitializing(api, clock, created.body)).state).toBe('closed');
        return 'done';
      });
      if (!observed)
        skip(`the conversation added its participant before the 1000th join in ${WINDOW_ATTEMPTS} attempts`);
    },
  );
});
