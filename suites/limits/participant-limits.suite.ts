// @module-tag limits
// @module-tag participants
import { describe, expect, type ScenarioApi, test } from '../../src/runtime/index.ts';
import { conflictStatus, type TwilioError } from '../support/errors.ts';
import { leaveInitializing } from '../support/initializing.ts';
import { type Conversation, newConversation, type Participant, smsBinding } from '../support/resources.ts';

// Participant counter limits:
// - "A Conversation can have up to 1000 Participants, including up to 50 non-chat Participants (e.g., SMS and
//   WhatsApp)" (004:L22392). The emulator reads it as 1000 in total (seed-inventory §6.5; D-EMU-PARTICIPANT):
//   the 1001st is 50417, the 51st non-chat 50418 (error-codes.md §3.7).
// - "The maximum number of participants that can be added in a single request is 10" (001:L251; 000:L53): 50426.

/** Runs `count` calls of `fn(i)`, at most `width` at a time; results in index order. */
async function bounded<T>(count: number, width: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += width) {
    const batch = Array.from({ length: Math.min(width, count - start) }, (_, k) => fn(start + k));
    results.push(...(await Promise.all(batch)));
  }
  return results;
}

/** Adds `count` SMS participants, 10 at a time. */
async function addSmsParticipants(api: ScenarioApi, conversation: Conversation, count: number, phone: () => string) {
  await bounded(count, 10, () =>
    api.post(conversation.links.participants, smsBinding(phone(), phone()), { expect: 201 }),
  );
}

describe('ConversationWithParticipants request size', { tags: ['cwp'] }, () => {
  test('ten participants in one request are all added', async ({ api, clock, data }) => {
    const identities = Array.from({ length: 5 }, () => data.unique('cwp10'));
    for (const identity of identities) api.track(`/v1/Users/${identity}`);
    const participants = [
      ...identities.map((identity) => JSON.stringify({ identity })),
      ...Array.from({ length: 5 }, () =>
        JSON.stringify({ messaging_binding: { address: data.phone(), proxy_address: data.phone() } }),
      ),
    ];
    const created = await api.post<Conversation>(
      '/v1/ConversationWithParticipants',
      { Participant: participants },
      { expect: [201, 202], cleanup: true },
    );
    const settled = await leaveInitializing(api, clock, created.body);
    expect(settled.state).toBe('active');
    const listed = await api.listAll<Participant>(created.body.links.participants, 'participants');
    expect(listed).toHaveLength(10);
  });

  test('eleven SMS participants in one request are rejected', async ({ api, data }) => {
    const uniqueName = data.unique('cwp11');
    const participants = Array.from({ length: 11 }, () =>
      JSON.stringify({ messaging_binding: { address: data.phone(), proxy_address: data.phone() } }),
    );
    const res = await api.post<TwilioError>(
      '/v1/ConversationWithParticipants',
      { UniqueName: uniqueName, Participant: participants },
      { expect: 400 },
    );
    expect(res.body.code).toBe(50426);
    await api.get(`/v1/Conversations/${uniqueName}`, undefined, { expect: 404 });
  });
});

describe('Non-chat participants per conversation', () => {
  test('the 51st SMS participant is refused when 50 are present', async ({ api, data, target }) => {
    const conversation = await newConversation(api);
    await addSmsParticipants(api, conversation, 50, () => data.phone());
    const res = await api.post<TwilioError>(conversation.links.participants, smsBinding(data.phone(), data.phone()), {
      expect: conflictStatus(target),
    });
    expect(res.body.code).toBe(50418);
  });

  test('WhatsApp and SMS participants count toward the same 50', async ({ api, data, target }) => {
    // "up to 50 non-chat Participants (e.g., SMS and WhatsApp)" (004:L22392).
    const conversation = await newConversation(api);
    await addSmsParticipants(api, conversation, 25, () => data.phone());
    await addSmsParticipants(api, conversation, 25, () => `whatsapp:${data.phone()}`);
    const res = await api.post<TwilioError>(
      conversation.links.participants,
      smsBinding(`whatsapp:${data.phone()}`, `whatsapp:${data.phone()}`),
      { expect: conflictStatus(target) },
    );
    expect(res.body.code).toBe(50418);
  });

  test('a chat participant still joins when 50 non-chat participants are present', async ({ api, data }) => {
    // The 50 cap is on non-chat participants only; chat participants count toward the 1000 (004:L22392).
    const conversation = await newConversation(api);
    await addSmsParticipants(api, conversation, 50, () => data.phone());
    const identity = data.unique('chat');
    api.track(`/v1/Users/${identity}`);
    await api.post(conversation.links.participants, { Identity: identity }, { expect: 201 });
  });

  test('60 parallel SMS adds to a fresh conversation admit exactly 50', async ({ api, data, target }) => {
    // The limit must hold when the adds race each other.
    const conversation = await newConversation(api);
    const results = await Promise.all(
      Array.from({ length: 60 }, () =>
        api.post<TwilioError>(conversation.links.participants, smsBinding(data.phone(), data.phone()), {
          expect: [201, ...conflictStatus(target)],
        }),
      ),
    );
    const admitted = results.filter((r) => r.status === 201);
    const refused = results.filter((r) => r.status !== 201);
    expect(admitted).toHaveLength(50);
    expect(refused.map((r) => r.body.code)).toEqual(Array.from({ length: 10 }, () => 50418));
    const listed = await api.listAll<Participant>(conversation.links.participants, 'participants', { PageSize: 100 });
    expect(listed).toHaveLength(50);
  });
});

describe('Participants per conversation', () => {
  test('the 1001st participant is refused and the list pages through exactly 1000', {
    timeout: 180_000,
    tags: ['paging', 'slow'],
  }, async ({ api, data, target }) => {
    const conversation = await newConversation(api);
    const identities = Array.from({ length: 1000 }, () => data.unique('p'));
    for (const identity of identities) api.track(`/v1/Users/${identity}`);
    const created = await bounded(1000, 20, async (i) => {
      const res = await api.post<Participant>(
        conversation.links.participants,
        { Identity: identities[i] ?? '' },
        { expect: 201 },
      );
      return res.body.sid;
    });
    const extra = data.unique('p');
    api.track(`/v1/Users/${extra}`);
    const res = await api.post<TwilioError>(
      conversation.links.participants,
      { Identity: extra },
      { expect: conflictStatus(target) },
    );
    expect(res.body.code).toBe(50417);
    const listed = await api.listAll<Participant>(conversation.links.participants, 'participants', { PageSize: 100 });
    const sids = listed.map((p) => p.sid);
    expect(sids).toHaveLength(1000);
    expect(new Set(sids).size).toBe(1000);
    expect([...sids].sort()).toEqual([...created].sort());
  });
});
