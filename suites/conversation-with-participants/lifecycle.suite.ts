// @module-tag cwp
import { randomUUID } from 'node:crypto';
import { describe, expect, type ScenarioApi, test } from '../../src/runtime/index.ts';
import type { TwilioError } from '../support/errors.ts';
import { leaveInitializing } from '../support/initializing.ts';
import { defaultServiceSid } from '../support/resources.ts';

// ConversationWithParticipants: 001:L145-153, 000:L31-36, 004:L7440-7445. The conversation is returned
// synchronously in `initializing`, participants are added asynchronously, then it turns `active`.

interface Conversation {
  sid: string;
  state: string;
  chat_service_sid: string;
  url: string;
  links: { participants: string };
}

interface Participant {
  identity: string | null;
  messaging_binding: { address?: string; proxy_address?: string } | null;
}

const identity = () => `cwp-${randomUUID()}`;

describe.each([
  ['default service', async (_api: ScenarioApi) => '/v1/ConversationWithParticipants'],
  [
    'service-scoped',
    async (api: ScenarioApi) => `/v1/Services/${await defaultServiceSid(api)}/ConversationWithParticipants`,
  ],
])('ConversationWithParticipants (%s)', (_form, endpoint) => {
  test('conversation is created initializing and becomes active', { tags: ['states'] }, async ({ api, clock }) => {
    const created = await api.post<Conversation>(
      await endpoint(api),
      { FriendlyName: 'skeleton', Participant: [{ identity: identity() }, { identity: identity() }] },
      { expect: [201, 202], cleanup: true },
    );
    expect(created.body.state).toBe('initializing');
    const settled = await leaveInitializing(api, clock, created.body);
    expect(settled.state).toBe('active');
  });

  test('participants listed match the request', async ({ api, clock }) => {
    const identities = [identity(), identity(), identity()].sort();
    const created = await api.post<Conversation>(
      await endpoint(api),
      { Participant: identities.map((i) => ({ identity: i })) },
      { expect: [201, 202], cleanup: true },
    );
    await leaveInitializing(api, clock, created.body);
    const participants = await api.listAll<Participant>(created.body.links.participants, 'participants');
    expect(participants.map((p) => p.identity).sort()).toEqual(identities);
    expect(participants.every((p) => p.messaging_binding === null)).toBe(true);
  });

  test('11 participants in one request are rejected', { tags: ['limits'] }, async ({ api }) => {
    // "The maximum number of participants that can be added in a single request is 10" (000:L53; 001:L251).
    const res = await api.post<TwilioError>(
      await endpoint(api),
      { Participant: Array.from({ length: 11 }, () => ({ identity: identity() })) },
      { expect: 400 },
    );
    expect(res.body.code).toBe(50426);
  });

  test('a Participant value that is not JSON is rejected', async ({ api }) => {
    const res = await api.post<TwilioError>(
      await endpoint(api),
      { Participant: ['{"identity": "broken"'] },
      { expect: 400 },
    );
    expect(res.body.code).toBe(50424);
  });
});

describe('Conversation lookup', () => {
  test('an unknown conversation answers 404 with the Twilio error body', async ({ api }) => {
    const res = await api.get<TwilioError>(`/v1/Conversations/CH${'0'.repeat(32)}`, undefined, { expect: 404 });
    expect(res.body).toMatchObject({ code: 20404, status: 404 });
  });
});
