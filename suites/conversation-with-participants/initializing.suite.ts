// @module-tag cwp
// @module-tag states
import { describe, expect, type ScenarioApi, type TargetInfo, test } from '../../src/runtime/index.ts';
import { conflictStatus, type TwilioError } from '../support/errors.ts';
import { leaveInitializing, WINDOW_ATTEMPTS, withinInitializingWindow } from '../support/initializing.ts';
import { type Conversation, newConversation, smsBinding } from '../support/resources.ts';

// The asynchronous part of ConversationWithParticipants (001:L149-153; 004:L7442-7444):
// - the conversation answers in `initializing`: "In this state, the conversation cannot be updated" (50386);
// - "If any unexpected errors happen while adding the participants, the conversation state will be set to closed":
//   closing releases its address pairs (004:L28729-28732; 50427 "so a retry can succeed", error-codes.md §3.7) and it
//   keeps its unique name, so polling it by name (001:L151) shows `closed` (D-EMU-CWP).
// With clock control the window lasts until the clock is advanced, so each scenario acts inside it deterministically
// (D-EMU-CWP). Without it the window is real time: a scenario notices when it missed it and tries again with fresh
// data (bounded); it never passes on a missed window (suites/support/initializing.ts).

const ENDPOINT = '/v1/ConversationWithParticipants';

const chat = (identity: string) => JSON.stringify({ identity });
const sms = (address: string, proxy: string) =>
  JSON.stringify({ messaging_binding: { address, proxy_address: proxy } });

interface NamedConversation extends Conversation {
  unique_name: string | null;
}

/** Creates a conversation whose participant adds are still pending; it holds `form`'s participants. */
async function createInitializing(api: ScenarioApi, form: Record<string, string | string[]>, users: string[] = []) {
  for (const identity of users) api.track(`/v1/Users/${encodeURIComponent(identity)}`);
  const res = await api.post<NamedConversation>(ENDPOINT, form, { expect: [201, 202], cleanup: true });
  expect(res.body.state).toBe('initializing');
  return res.body;
}

/** Binds the pair in `other` while the asynchronous add is pending; false when the add took it first (window missed). */
async function takePair(api: ScenarioApi, other: Conversation, address: string, proxy: string, target: TargetInfo) {
  const taken = await api.post(other.links.participants, smsBinding(address, proxy), {
    expect: [201, ...conflictStatus(target)],
  });
  return taken.status === 201;
}

describe('ConversationWithParticipants while initializing', () => {
  test('updating the conversation is refused while it is initializing', async ({ api, clock, data, target, skip }) => {
    const observed = await withinInitializingWindow(clock, async () => {
      const identity = data.unique('cwp');
      const created = await createInitializing(api, { Participant: [chat(identity)] }, [identity]);
      const res = await api.post<Conversation & TwilioError>(
        created.url,
        { FriendlyName: 'renamed' },
        { expect: [200, ...conflictStatus(target)] },
      );
      if (res.status === 200) {
        // Accepted: only fine if the conversation had already left `initializing`.
        expect(res.body.state, 'an initializing conversation was updated').not.toBe('initializing');
        return 'missed';
      }
      expect(res.body.code).toBe(50386);
      return 'done';
    });
    if (!observed) skip(`the conversation left initializing before the update in ${WINDOW_ATTEMPTS} attempts`);
  });

  test('adding a participant is refused while the conversation is initializing', async ({
    api,
    clock,
    data,
    target,
    skip,
  }) => {
    const observed = await withinInitializingWindow(clock, async () => {
      const identity = data.unique('cwp');
      const created = await createInitializing(api, { Participant: [chat(identity)] }, [identity]);
      const extra = data.unique('cwp-late');
      api.track(`/v1/Users/${extra}`);
      const res = await api.post<TwilioError>(
        created.links.participants,
        { Identity: extra },
        { expect: [201, ...conflictStatus(target)] },
      );
      if (res.status === 201) return 'missed';
      expect(res.body.code).toBe(50386);
      return 'done';
    });
    if (!observed) skip(`the conversation left initializing before the add in ${WINDOW_ATTEMPTS} attempts`);
  });

  test('the conversation closes when a pair it adds was taken after the request was accepted', async ({
    api,
    clock,
    data,
    target,
    skip,
  }) => {
    // The pair is free when the request is validated, then another conversation takes it before the asynchronous
    // add: the add fails, so the conversation becomes closed (001:L153).
    const other = await newConversation(api);
    const observed = await withinInitializingWindow(clock, async () => {
      const [address, proxy] = [data.phone(), data.phone()];
      const created = await createInitializing(api, { Participant: [sms(address, proxy)] });
      if (!(await takePair(api, other, address, proxy, target))) return 'missed';
      expect((await leaveInitializing(api, clock, created)).state).toBe('closed');
      return 'done';
    });
    if (!observed) skip(`the target reserved the pair before the asynchronous add in ${WINDOW_ATTEMPTS} attempts`);
  });

  test('a conversation that closed while adding releases the pairs it had already bound', async ({
    api,
    clock,
    data,
    target,
    skip,
  }) => {
    // Closing releases the number pairs (004:L28729-28732); 50427: "its resources are released".
    const other = await newConversation(api);
    const observed = await withinInitializingWindow(clock, async () => {
      const [firstAddress, firstProxy, address, proxy] = [data.phone(), data.phone(), data.phone(), data.phone()];
      const created = await createInitializing(api, {
        Participant: [sms(firstAddress, firstProxy), sms(address, proxy)],
      });
      if (!(await takePair(api, other, address, proxy, target))) return 'missed';
      expect((await leaveInitializing(api, clock, created)).state).toBe('closed');
      await api.post(other.links.participants, smsBinding(firstAddress, firstProxy), { expect: 201 });
      return 'done';
    });
    if (!observed) skip(`the target reserved the pair before the asynchronous add in ${WINDOW_ATTEMPTS} attempts`);
  });

  test('a conversation that closed while adding keeps its unique name and is found by it', async ({
    api,
    clock,
    data,
    target,
    skip,
  }) => {
    // Polling the conversation is how a client learns the outcome (001:L151); a closed conversation keeps its unique
    // name whatever closed it (D-EMU-CWP), so the name still finds it, now `closed`, and is not free for another.
    const other = await newConversation(api);
    const observed = await withinInitializingWindow(clock, async () => {
      const [address, proxy] = [data.phone(), data.phone()];
      const uniqueName = data.unique('cwp-name');
      const created = await createInitializing(api, { UniqueName: uniqueName, Participant: [sms(address, proxy)] });
      if (!(await takePair(api, other, address, proxy, target))) return 'missed';
      expect((await leaveInitializing(api, clock, created)).state).toBe('closed');
      const byName = await api.get<NamedConversation>(`/v1/Conversations/${uniqueName}`, undefined, { expect: 200 });
      expect(byName.body).toMatchObject({ sid: created.sid, state: 'closed', unique_name: uniqueName });
      const again = await api.post<TwilioError>(
        ENDPOINT,
        { UniqueName: uniqueName, Participant: [sms(data.phone(), proxy)] },
        { expect: conflictStatus(target) },
      );
      expect(again.body.code).toBe(50353);
      return 'done';
    });
    if (!observed) skip(`the target reserved the pair before the asynchronous add in ${WINDOW_ATTEMPTS} attempts`);
  });

  test('updating is accepted once the conversation is active', async ({ api, clock, data }) => {
    const identity = data.unique('cwp');
    const created = await createInitializing(api, { Participant: [chat(identity)] }, [identity]);
    expect((await leaveInitializing(api, clock, created)).state).toBe('active');
    const res = await api.post<{ friendly_name: string }>(created.url, { FriendlyName: 'ready' }, { expect: 200 });
    expect(res.body.friendly_name).toBe('ready');
  });
});
