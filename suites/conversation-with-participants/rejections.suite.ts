// @module-tag cwp
import { describe, expect, type ScenarioApi, test } from '../../src/runtime/index.ts';
import { conflictStatus, type TwilioError } from '../support/errors.ts';

// "Parameter validation: It validates all conversation and participant parameters and returns various possible
// conversations errors" (001:L147; 004:L7441). A rejected request creates no conversation. Codes: 50424 invalid
// participant JSON, 50425 address pairs in use (the multi-participant form of 50416), 50433 repeated identity
// (D-CWP-3; D-EMU-CWP; error-codes.md §3.7).

interface Conversation {
  sid: string;
  url: string;
  links: { participants: string };
}

const ENDPOINT = '/v1/ConversationWithParticipants';

const chat = (identity: string) => JSON.stringify({ identity });
const sms = (address: string, proxy: string) =>
  JSON.stringify({ messaging_binding: { address, proxy_address: proxy } });

/** Asserts that no conversation holds the unique name the rejected request carried. */
async function expectNoConversation(api: ScenarioApi, uniqueName: string): Promise<void> {
  await api.get(`/v1/Conversations/${uniqueName}`, undefined, { expect: 404 });
}

describe('createConversationWithParticipants rejections', () => {
  test('a Participant value that is a JSON array is rejected', async ({ api, data }) => {
    const uniqueName = data.unique('cwp-bad');
    const res = await api.post<TwilioError>(
      ENDPOINT,
      { UniqueName: uniqueName, Participant: [JSON.stringify([{ identity: data.unique('cwp') }])] },
      { expect: 400 },
    );
    expect(res.body.code).toBe(50424);
    await expectNoConversation(api, uniqueName);
  });

  test('a Participant whose messaging_binding is not an object is rejected', async ({ api, data }) => {
    const res = await api.post<TwilioError>(
      ENDPOINT,
      { Participant: [JSON.stringify({ messaging_binding: data.phone() })] },
      { expect: 400 },
    );
    expect(res.body.code).toBe(50424);
  });

  test('one invalid value among valid ones rejects the whole request', async ({ api, data }) => {
    const uniqueName = data.unique('cwp-bad');
    const res = await api.post<TwilioError>(
      ENDPOINT,
      { UniqueName: uniqueName, Participant: [chat(data.unique('cwp')), 'identity=someone'] },
      { expect: 400 },
    );
    expect(res.body.code).toBe(50424);
    await expectNoConversation(api, uniqueName);
  });

  test('the same address pair twice in one request is rejected', async ({ api, data, target }) => {
    const [address, proxy] = [data.phone(), data.phone()];
    const uniqueName = data.unique('cwp-dup');
    const res = await api.post<TwilioError>(
      ENDPOINT,
      { UniqueName: uniqueName, Participant: [sms(address, proxy), sms(address, proxy)] },
      { expect: conflictStatus(target) },
    );
    expect(res.body.code).toBe(50425);
    await expectNoConversation(api, uniqueName);
  });

  test('an address pair held by another conversation is rejected and no conversation is created', async ({
    api,
    data,
    target,
  }) => {
    // A pair binds one non-closed conversation (004:L28725); the request detects it synchronously (001:L147).
    const [address, proxy] = [data.phone(), data.phone()];
    const holder = await api.post<Conversation>('/v1/Conversations', {}, { expect: 201, cleanup: true });
    await api.post(
      holder.body.links.participants,
      { 'MessagingBinding.Address': address, 'MessagingBinding.ProxyAddress': proxy },
      { expect: 201 },
    );
    const uniqueName = data.unique('cwp-held');
    const res = await api.post<TwilioError>(
      ENDPOINT,
      { UniqueName: uniqueName, Participant: [sms(data.phone(), data.phone()), sms(address, proxy)] },
      { expect: conflictStatus(target) },
    );
    expect(res.body.code).toBe(50425);
    await expectNoConversation(api, uniqueName);
  });

  test('the same identity twice in one request is rejected', async ({ api, data, target }) => {
    const identity = data.unique('cwp');
    const res = await api.post<TwilioError>(
      ENDPOINT,
      { Participant: [chat(identity), chat(identity)] },
      { expect: conflictStatus(target) },
    );
    expect(res.body.code).toBe(50433);
  });

  test('a participant with both identity and an address pair is rejected', async ({ api, data }) => {
    // The participant rules of the Participant resource apply to each value (001:L247-251; D-PART-7; 50211).
    const participant = JSON.stringify({
      identity: data.unique('cwp'),
      messaging_binding: { address: data.phone(), proxy_address: data.phone() },
    });
    const res = await api.post<TwilioError>(ENDPOINT, { Participant: [participant] }, { expect: 400 });
    expect(res.body.code).toBe(50211);
  });

  test('a participant identity of 257 characters is rejected', { tags: ['limits'] }, async ({ api, data }) => {
    // Identity: 256 characters (004:L22374-22376).
    const res = await api.post<TwilioError>(
      ENDPOINT,
      { Participant: [chat(data.unique('cwp').padEnd(257, 'x'))] },
      { expect: 400 },
    );
    expect(res.body.code).toBe(50207);
  });

  test('a UniqueName already used by another conversation is rejected', async ({ api, data, target }) => {
    // Unique names are unique (D-CONV-4); 50353 (D-CWP-3).
    const uniqueName = data.unique('cwp-taken');
    await api.post('/v1/Conversations', { UniqueName: uniqueName }, { expect: 201, cleanup: true });
    const res = await api.post<TwilioError>(
      ENDPOINT,
      { UniqueName: uniqueName, Participant: [chat(data.unique('cwp'))] },
      { expect: conflictStatus(target) },
    );
    expect(res.body.code).toBe(50353);
  });
});
