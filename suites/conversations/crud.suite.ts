// @module-tag conversations
import { describe, expect, test } from '../../src/runtime/index.ts';
import {
  type Conversation,
  createConversation,
  DEFAULT_FORM,
  FORMS,
  fetchConversation,
  SERVICE_FORM,
  updateConversation,
} from '../support/conversations.ts';
import type { TwilioError } from '../support/errors.ts';
import { defaultServiceSid } from '../support/resources.ts';

// Conversation CRUD in both forms: the service-scoped reference page (004:L16389-17416) and the default-service form
// derived from it (D-CONV-1). Statuses: create 201, fetch/update 200, delete 204 (D-STATUS-1).

const UNKNOWN_SID = `CH${'0'.repeat(32)}`;

/** Every field both forms must agree on (the url and links follow the form used, D-EMU-URL). */
function sameResource(c: Conversation) {
  const { url: _url, links: _links, ...fields } = c;
  return fields;
}

describe.each(FORMS)('Conversation ($label)', (form) => {
  describe(form.op('create'), () => {
    test('a plain create is active with attributes "{}" in the default service', async ({ api }) => {
      const created = await createConversation(api, {}, form);
      // "defaults to active" (004:L16516, L25760; D-CONV-3); "if the attributes are not set "{}" will be returned"
      // (004:L16511).
      expect(created.state).toBe('active');
      expect(created.attributes).toBe('{}');
      expect(created.friendly_name).toBeNull();
      expect(created.unique_name).toBeNull();
      expect(created.chat_service_sid).toBe(await defaultServiceSid(api));
    });

    test('a plain create has no timers when the account has no default timers', async ({ api, skip }) => {
      // "There are no default timers configured at the time of account creation" (004:L25897); `{}` means no timers
      // (004:L26994, D-CONV-6).
      const config = await api.get<{ default_inactive_timer: string | null; default_closed_timer: string | null }>(
        '/v1/Configuration',
        undefined,
        { expect: 200 },
      );
      const { default_inactive_timer: inactive, default_closed_timer: closed } = config.body;
      if ((inactive !== null && inactive !== 'PT0S') || (closed !== null && closed !== 'PT0S')) {
        skip('the account has default timers configured');
      }
      const created = await createConversation(api, {}, form);
      expect(created.timers).toEqual({});
    });

    test('a plain create uses the default Messaging Service', async ({ api }) => {
      // "Newly created conversations will be assigned to the default Messaging Service configured in your project"
      // (004:L30153); Configuration default_messaging_service_sid (004:L9525).
      const config = await api.get<{ default_messaging_service_sid: string | null }>('/v1/Configuration', undefined, {
        expect: 200,
      });
      const created = await createConversation(api, {}, form);
      expect(created.messaging_service_sid).toBe(config.body.default_messaging_service_sid);
    });

    test('every create parameter is echoed', async ({ api, data }) => {
      // Create parameters 004:L16570-16626.
      const params = {
        FriendlyName: data.faker.lorem.words(3),
        UniqueName: data.unique('conv'),
        Attributes: JSON.stringify({ topic: data.faker.lorem.word(), n: 1 }),
        MessagingServiceSid: `MG${data.faker.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' })}`,
        DateCreated: '2020-02-03T04:05:06Z',
        DateUpdated: '2020-02-04T04:05:06Z',
      };
      const created = await createConversation(api, params, form);
      expect(created).toMatchObject({
        friendly_name: params.FriendlyName,
        unique_name: params.UniqueName,
        attributes: params.Attributes,
        messaging_service_sid: params.MessagingServiceSid,
        state: 'active',
      });
      expect(Date.parse(created.date_created)).toBe(Date.parse(params.DateCreated));
      expect(Date.parse(created.date_updated)).toBe(Date.parse(params.DateUpdated));
    });

    test('url and links address the conversation in the form used', async ({ api }) => {
      const collection = await form.collection(api);
      const created = await createConversation(api, {}, form);
      // Example url and links: 004:L16734-16749 (service form), 004:L331-346 (default form).
      expect(new URL(created.url).pathname).toBe(`${collection}/${created.sid}`);
      expect(created.links.participants).toBe(`${created.url}/Participants`);
      expect(created.links.messages).toBe(`${created.url}/Messages`);
      expect(created.links.webhooks).toBe(`${created.url}/Webhooks`);
    });
  });

  describe(form.op('fetch'), () => {
    test('returns the created conversation by SID', async ({ api, data }) => {
      const created = await createConversation(api, { FriendlyName: data.unique('fetch') }, form);
      const fetched = await fetchConversation(api, `${await form.collection(api)}/${created.sid}`);
      expect(fetched).toEqual(created);
    });

    test('returns the conversation with its real SID when addressed by unique_name', async ({ api, data }) => {
      // "{Sid}… Can also be the unique_name of the Conversation" (004:L16770); the SID stays CH… (D-SCHEMA-3).
      const uniqueName = data.unique('fetch-by-name');
      const created = await createConversation(api, { UniqueName: uniqueName }, form);
      const fetched = await fetchConversation(api, `${await form.collection(api)}/${encodeURIComponent(uniqueName)}`);
      expect(fetched.sid).toBe(created.sid);
      expect(fetched.unique_name).toBe(uniqueName);
    });

    test('answers 404 with code 20404 for an unknown SID', async ({ api }) => {
      const res = await api.get<TwilioError>(`${await form.collection(api)}/${UNKNOWN_SID}`, undefined, {
        expect: 404,
      });
      expect(res.body).toMatchObject({ code: 20404, status: 404 });
    });
  });

  describe(form.op('update'), () => {
    // Update parameters 004:L17143-17199: each one changes its own field and leaves the others alone.
    const fields: { param: string; property: keyof Conversation; value: (unique: string) => string }[] = [
      { param: 'FriendlyName', property: 'friendly_name', value: (u) => u },
      { param: 'UniqueName', property: 'unique_name', value: (u) => u },
      { param: 'Attributes', property: 'attributes', value: (u) => JSON.stringify({ updated: u }) },
      { param: 'MessagingServiceSid', property: 'messaging_service_sid', value: () => `MG${'ab'.repeat(16)}` },
      { param: 'DateCreated', property: 'date_created', value: () => '2019-01-02T03:04:05Z' },
      { param: 'DateUpdated', property: 'date_updated', value: () => '2019-06-07T08:09:10Z' },
    ];
    const compared: (keyof Conversation)[] = [
      'friendly_name',
      'unique_name',
      'attributes',
      'messaging_service_sid',
      'date_created',
      'state',
      'timers',
    ];
    // Dates are compared as instants: `2019-01-02T03:04:05Z` and `…05+00:00` are the same value.
    const read = (c: Conversation, property: keyof Conversation) => {
      const v = c[property];
      return typeof v === 'string' && property.startsWith('date_') ? Date.parse(v) : v;
    };

    test.for(fields)('$param changes $property and nothing else', async ({ param, property, value }, { api, data }) => {
      const created = await createConversation(
        api,
        { FriendlyName: data.unique('before'), UniqueName: data.unique('before'), Attributes: '{"before":true}' },
        form,
      );
      const sent = value(data.unique('after'));
      const updated = await updateConversation(api, created.url, { [param]: sent });
      const want = property.startsWith('date_') ? Date.parse(sent) : sent;
      expect(read(updated, property)).toEqual(want);
      const others = compared.filter((p) => p !== property);
      expect(others.map((p) => read(updated, p))).toEqual(others.map((p) => read(created, p)));
      // The change is stored, not only echoed.
      expect(read(await fetchConversation(api, created.url), property)).toEqual(want);
    });

    test('an update with no recognised parameter is rejected with 50347', async ({ api }) => {
      // D-EMU-UPDATE; error-codes.md §3.4 "Parameters are missing for channel update request". Unknown parameters are
      // ignored (D-SCHEMA-1), so this one does not count.
      const created = await createConversation(api, {}, form);
      const res = await api.post<TwilioError>(created.url, { NotAConversationParameter: 'x' }, { expect: 400 });
      expect(res.body.code).toBe(50347);
    });

    test('answers 404 for an unknown conversation', async ({ api }) => {
      const res = await api.post<TwilioError>(
        `${await form.collection(api)}/${UNKNOWN_SID}`,
        { FriendlyName: 'x' },
        { expect: 404 },
      );
      expect(res.body.code).toBe(20404);
    });
  });

  describe(form.op('delete'), { tags: ['deletion'] }, () => {
    test('answers 204 and the conversation is then gone', async ({ api }) => {
      // Delete 004:L17334-17354; 204 without a body (D-STATUS-1).
      const created = await createConversation(api, {}, form);
      await api.delete(created.url, { expect: 204 });
      const res = await api.get<TwilioError>(created.url, undefined, { expect: 404 });
      expect(res.body.code).toBe(20404);
    });

    test('deletes by unique_name', async ({ api, data }) => {
      // "{Sid}… Can also be the unique_name of the Conversation" (004:L17354).
      const uniqueName = data.unique('delete-by-name');
      const created = await createConversation(api, { UniqueName: uniqueName }, form);
      await api.delete(`${await form.collection(api)}/${encodeURIComponent(uniqueName)}`, { expect: 204 });
      await api.get(created.url, undefined, { expect: 404 });
    });

    test('answers 404 for an unknown conversation', async ({ api }) => {
      const res = await api.delete<TwilioError>(`${await form.collection(api)}/${UNKNOWN_SID}`, { expect: 404 });
      expect(res.body.code).toBe(20404);
    });

    test('a second delete answers 404', async ({ api }) => {
      const created = await createConversation(api, {}, form);
      await api.delete(created.url, { expect: 204 });
      await api.delete(created.url, { expect: 404 });
    });
  });
});

// The two forms address the same resources of the default service (004:L34974-34975; D-CONV-1).
describe('Conversation default and service-scoped forms', () => {
  test('a conversation created in the default form is the same resource in the service form', async ({ api, data }) => {
    const created = await createConversation(api, { FriendlyName: data.unique('cross') }, DEFAULT_FORM);
    const viaService = await fetchConversation(api, `${await SERVICE_FORM.collection(api)}/${created.sid}`);
    expect(sameResource(viaService)).toEqual(sameResource(created));
  });

  test('a conversation created in the service form is the same resource in the default form', async ({ api, data }) => {
    const created = await createConversation(api, { UniqueName: data.unique('cross') }, SERVICE_FORM);
    const viaDefault = await fetchConversation(api, `/v1/Conversations/${created.sid}`);
    expect(sameResource(viaDefault)).toEqual(sameResource(created));
  });

  test('an update through the service form is visible through the default form', async ({ api, data }) => {
    const created = await createConversation(api, {}, DEFAULT_FORM);
    const friendlyName = data.unique('via-service');
    await updateConversation(api, `${await SERVICE_FORM.collection(api)}/${created.sid}`, {
      FriendlyName: friendlyName,
    });
    expect((await fetchConversation(api, created.url)).friendly_name).toBe(friendlyName);
  });

  test('a delete through the default form removes it from the service form', async ({ api }) => {
    const created = await createConversation(api, {}, SERVICE_FORM);
    await api.delete(`/v1/Conversations/${created.sid}`, { expect: 204 });
    await api.get(created.url, undefined, { expect: 404 });
  });

  test('an unknown Conversation Service answers 404', async ({ api }) => {
    // Every service-scoped operation declares 404 for an unknown ChatServiceSid (D-STATUS-2).
    const res = await api.get<TwilioError>(`/v1/Services/IS${'0'.repeat(32)}/Conversations`, undefined, {
      expect: 404,
    });
    expect(res.body.code).toBe(20404);
  });
});
