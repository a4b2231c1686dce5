// @module-tag conversations
// @module-tag limits
import { describe, expect, test } from '../../src/runtime/index.ts';
import { createConversation, DEFAULT_FORM, FORMS, fetchConversation } from '../support/conversations.ts';
import type { TwilioError } from '../support/errors.ts';
import { jsonOfBytes } from '../support/values.ts';

// Conversation field limits: FriendlyName "limited to 256 characters" (004:L16501; Limits page 004:L22352-22356),
// Attributes "must contain structurally valid JSON" (004:L16511) and at most 16KB (004:L22357-22360, D-CONV-10),
// MessagingServiceSid `^MG[0-9a-fA-F]{32}$` (004:L16589). Codes: 50003, 50303, 50304, 50341 (error-codes.md §3.1,
// §3.4); every validation failure is a 400 (D-EMU-STATUS).

describe.each(FORMS)('Conversation limits on create ($label)', (form) => {
  test('a FriendlyName of 256 characters is accepted', async ({ api }) => {
    const name = 'n'.repeat(256);
    const created = await createConversation(api, { FriendlyName: name }, form);
    expect(created.friendly_name).toBe(name);
  });

  test('a FriendlyName of 257 characters is rejected with 50003', async ({ api }) => {
    const res = await api.post<TwilioError>(
      await form.collection(api),
      { FriendlyName: 'n'.repeat(257) },
      { expect: 400, cleanup: true },
    );
    expect(res.body.code).toBe(50003);
  });

  test('Attributes that are not JSON are rejected with 50304', async ({ api }) => {
    const res = await api.post<TwilioError>(
      await form.collection(api),
      { Attributes: '{"topic": "feedback"' },
      { expect: 400, cleanup: true },
    );
    expect(res.body.code).toBe(50304);
  });

  test('Attributes of exactly 16 KB are accepted', async ({ api }) => {
    const attributes = jsonOfBytes(16 * 1024);
    const created = await createConversation(api, { Attributes: attributes }, form);
    expect(created.attributes).toBe(attributes);
  });

  test('Attributes one byte over 16 KB are rejected with 50303', async ({ api }) => {
    const res = await api.post<TwilioError>(
      await form.collection(api),
      { Attributes: jsonOfBytes(16 * 1024 + 1) },
      { expect: 400, cleanup: true },
    );
    expect(res.body.code).toBe(50303);
  });

  test('a MessagingServiceSid that is not an MG SID is rejected with 50341', async ({ api }) => {
    const res = await api.post<TwilioError>(
      await form.collection(api),
      { MessagingServiceSid: `IS${'a'.repeat(32)}` },
      { expect: 400, cleanup: true },
    );
    expect(res.body.code).toBe(50341);
  });
});

describe('Conversation limits on update', () => {
  test('a FriendlyName of 257 characters is rejected with 50003 and the name is kept', async ({ api, data }) => {
    const name = data.unique('kept');
    const created = await createConversation(api, { FriendlyName: name }, DEFAULT_FORM);
    const res = await api.post<TwilioError>(created.url, { FriendlyName: 'n'.repeat(257) }, { expect: 400 });
    expect(res.body.code).toBe(50003);
    expect((await fetchConversation(api, created.url)).friendly_name).toBe(name);
  });

  test('a FriendlyName of 256 non-ASCII characters is accepted (the limit counts characters)', async ({ api }) => {
    // 256 characters of two UTF-8 bytes each: within "256 characters" (004:L22356) although 512 bytes long.
    const created = await createConversation(api, {}, DEFAULT_FORM);
    const name = 'é'.repeat(256);
    const res = await api.post<{ friendly_name: string }>(created.url, { FriendlyName: name }, { expect: 200 });
    expect(res.body.friendly_name).toBe(name);
  });

  test('Attributes that are not JSON are rejected with 50304 and the attributes are kept', async ({ api }) => {
    const created = await createConversation(api, { Attributes: '{"kept":true}' }, DEFAULT_FORM);
    const res = await api.post<TwilioError>(created.url, { Attributes: 'not json' }, { expect: 400 });
    expect(res.body.code).toBe(50304);
    expect((await fetchConversation(api, created.url)).attributes).toBe('{"kept":true}');
  });

  test('Attributes one byte over 16 KB are rejected with 50303', async ({ api }) => {
    const created = await createConversation(api, {}, DEFAULT_FORM);
    const res = await api.post<TwilioError>(created.url, { Attributes: jsonOfBytes(16 * 1024 + 1) }, { expect: 400 });
    expect(res.body.code).toBe(50303);
  });

  test('Attributes of exactly 16 KB are accepted', async ({ api }) => {
    const created = await createConversation(api, {}, DEFAULT_FORM);
    const attributes = jsonOfBytes(16 * 1024);
    const res = await api.post<{ attributes: string }>(created.url, { Attributes: attributes }, { expect: 200 });
    expect(res.body.attributes).toBe(attributes);
  });

  test('a MessagingServiceSid that is too short is rejected with 50341', async ({ api }) => {
    const created = await createConversation(api, {}, DEFAULT_FORM);
    const res = await api.post<TwilioError>(created.url, { MessagingServiceSid: 'MG123' }, { expect: 400 });
    expect(res.body.code).toBe(50341);
  });
});
