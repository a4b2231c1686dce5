// @module-tag conversations
import { describe, expect, test } from '../../src/runtime/index.ts';
import {
  createConversation,
  DEFAULT_FORM,
  FORMS,
  fetchConversation,
  SERVICE_FORM,
  updateConversation,
} from '../support/conversations.ts';
import { conflictStatus, type TwilioError } from '../support/errors.ts';

// unique_name "uniquely identifies the resource. It can be used to address the resource in place of the resource's
// sid in the URL" (004:L16506; {Sid} 004:L16770, L17138, L17354). Unique per Conversation Service; a duplicate is
// 50353, a name shaped like a CH SID is 50390 (D-CONV-4, D-EMU-DEFAULTS; error-codes.md §3.4).

const CH_SHAPED = `CH${'0123456789abcdef'.repeat(2)}`;

describe.each(FORMS)('Conversation unique_name ($label)', (form) => {
  test('a create with a unique_name already in use is a conflict (50353)', async ({ api, data, target }) => {
    const uniqueName = data.unique('dup');
    await createConversation(api, { UniqueName: uniqueName }, form);
    const res = await api.post<TwilioError>(
      await form.collection(api),
      { UniqueName: uniqueName },
      { expect: conflictStatus(target), cleanup: true },
    );
    expect(res.body.code).toBe(50353);
  });

  test('an update to a unique_name already in use is a conflict (50353) and changes nothing', async ({
    api,
    data,
    target,
  }) => {
    const taken = data.unique('taken');
    await createConversation(api, { UniqueName: taken }, form);
    const own = data.unique('own');
    const other = await createConversation(api, { UniqueName: own }, form);
    const res = await api.post<TwilioError>(other.url, { UniqueName: taken }, { expect: conflictStatus(target) });
    expect(res.body.code).toBe(50353);
    expect((await fetchConversation(api, other.url)).unique_name).toBe(own);
  });

  test('a unique_name shaped like a conversation SID is rejected on create (50390)', async ({ api }) => {
    const res = await api.post<TwilioError>(
      await form.collection(api),
      { UniqueName: CH_SHAPED },
      { expect: 400, cleanup: true },
    );
    expect(res.body.code).toBe(50390);
  });

  test('a unique_name shaped like a conversation SID is rejected on update (50390)', async ({ api }) => {
    const created = await createConversation(api, {}, form);
    const res = await api.post<TwilioError>(created.url, { UniqueName: CH_SHAPED }, { expect: 400 });
    expect(res.body.code).toBe(50390);
  });

  test('update and delete address the conversation by unique_name', async ({ api, data }) => {
    const uniqueName = data.unique('by-name');
    const created = await createConversation(api, { UniqueName: uniqueName }, form);
    const byName = `${await form.collection(api)}/${encodeURIComponent(uniqueName)}`;
    const friendlyName = data.unique('renamed');
    const updated = await updateConversation(api, byName, { FriendlyName: friendlyName });
    expect(updated.sid).toBe(created.sid);
    expect(updated.friendly_name).toBe(friendlyName);
    await api.delete(byName, { expect: 204 });
    await api.get(created.url, undefined, { expect: 404 });
  });
});

describe('Conversation unique_name lifecycle', () => {
  test('a unique_name is free again once its conversation is deleted', async ({ api, data }) => {
    const uniqueName = data.unique('reuse');
    const first = await createConversation(api, { UniqueName: uniqueName });
    await api.delete(first.url, { expect: 204 });
    const second = await createConversation(api, { UniqueName: uniqueName });
    expect(second.sid).not.toBe(first.sid);
    expect((await fetchConversation(api, `/v1/Conversations/${encodeURIComponent(uniqueName)}`)).sid).toBe(second.sid);
  });

  test('renaming frees the old unique_name and the new one addresses the conversation', async ({ api, data }) => {
    const oldName = data.unique('old');
    const newName = data.unique('new');
    const created = await createConversation(api, { UniqueName: oldName });
    await updateConversation(api, created.url, { UniqueName: newName });
    expect((await fetchConversation(api, `/v1/Conversations/${encodeURIComponent(newName)}`)).sid).toBe(created.sid);
    await api.get(`/v1/Conversations/${encodeURIComponent(oldName)}`, undefined, { expect: 404 });
    const reused = await createConversation(api, { UniqueName: oldName });
    expect(reused.sid).not.toBe(created.sid);
  });

  test('setting a conversation unique_name to the one it already has is not a conflict', async ({ api, data }) => {
    const uniqueName = data.unique('same');
    const created = await createConversation(api, { UniqueName: uniqueName });
    const updated = await updateConversation(api, created.url, { UniqueName: uniqueName });
    expect(updated.unique_name).toBe(uniqueName);
  });

  test('a unique_name taken in the default form conflicts in the service form of the same service', async ({
    api,
    data,
    target,
  }) => {
    // Both forms address the default service (D-CONV-1), and names are unique per service (D-CONV-4).
    const uniqueName = data.unique('cross-form');
    await createConversation(api, { UniqueName: uniqueName }, DEFAULT_FORM);
    const res = await api.post<TwilioError>(
      await SERVICE_FORM.collection(api),
      { UniqueName: uniqueName },
      { expect: conflictStatus(target), cleanup: true },
    );
    expect(res.body.code).toBe(50353);
  });

  test('addressing by a unique_name no conversation holds answers 404', async ({ api, data }) => {
    const res = await api.get<TwilioError>(`/v1/Conversations/${data.unique('nobody')}`, undefined, { expect: 404 });
    expect(res.body.code).toBe(20404);
  });
});
