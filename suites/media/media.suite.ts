// @module-tag media
import { describe, expect, test } from '../../src/runtime/index.ts';
import type { TwilioError } from '../support/errors.ts';
import {
  createConversation,
  fetchMedia,
  type Message,
  mediaUnavailable,
  pngBytes,
  sendMessage,
  uploadMedia,
} from '../support/messages.ts';
import { defaultServiceSid } from '../support/resources.ts';

// Media of the Media Content Service (MCS): upload 004:L5989-6006, fetch 004:L6008-6014, properties 004:L5954-5985
// (D-MED-1..5). Attaching: create a Message with MediaSid (004:L22773); the message's `media` array
// (004:L4576-4579, example L5292-5316). Lifecycle: "Media files cannot exist without an owning message, and deletion
// of a message results in the cleanup of its associated media" (004:L22532); deleting a conversation deletes "all its
// Messages, attached Media" (004:L33787); unattached uploads are garbage-collected after five minutes, and a later
// attach fails (004:L22776; D-EMU-MED-4).

describe('Media upload and fetch', () => {
  test.beforeEach(({ target, skip }) => {
    const unavailable = mediaUnavailable(target);
    if (unavailable) skip(unavailable);
  });

  test('an upload answers its size, type and service, and belongs to no message yet', async ({ api }) => {
    const service = await defaultServiceSid(api);
    const content = pngBytes('upload');
    const media = await uploadMedia(api, service, content, 'image/png');
    expect(media).toMatchObject({
      service_sid: service,
      size: content.length,
      content_type: 'image/png',
      message_sid: null,
      channel_sid: null,
    });
  });

  test('an upload is fetched by SID as it was created', async ({ api }) => {
    const service = await defaultServiceSid(api);
    const media = await uploadMedia(api, service, Buffer.from('plain words'), 'text/plain');
    const fetched = (await fetchMedia(api, service, media.sid, 200)).body;
    expect(fetched).toMatchObject({
      sid: media.sid,
      size: 11,
      content_type: 'text/plain',
      date_created: media.date_created,
    });
  });

  test('an unknown media SID answers 404 with code 20404', async ({ api }) => {
    const service = await defaultServiceSid(api);
    const res = await fetchMedia(api, service, `ME${'0'.repeat(32)}`, 404);
    expect(res.body.code).toBe(20404);
  });
});

describe('Media attached to a message', () => {
  test.beforeEach(({ target, skip }) => {
    const unavailable = mediaUnavailable(target);
    if (unavailable) skip(unavailable);
  });

  test('a media-only message has a null body and describes its media', async ({ api }) => {
    // body null for a media-only message (004:L5292); media items {sid, size, content_type, filename}
    // (004:L4576-4579; filename may be null, D-MED-2).
    const service = await defaultServiceSid(api);
    const conversation = await createConversation(api);
    const media = await uploadMedia(api, service, pngBytes('only'), 'image/png');
    const message = await sendMessage(api, conversation, { MediaSid: media.sid });
    expect(message.body).toBeNull();
    expect(message.media).toEqual([
      { sid: media.sid, size: media.size, content_type: 'image/png', filename: media.filename },
    ]);
    const fetched = (await api.get<Message>(message.url, undefined, { expect: 200 })).body;
    expect(fetched.media).toEqual(message.media);
  });

  test('a message can carry a body and media together', async ({ api }) => {
    // "Messages in a Conversation can contain text, media, or both" (004:L61).
    const service = await defaultServiceSid(api);
    const conversation = await createConversation(api);
    const media = await uploadMedia(api, service, pngBytes('both'));
    const message = await sendMessage(api, conversation, { Body: 'see attached', MediaSid: media.sid });
    expect(message.body).toBe('see attached');
    expect(message.media?.map((m) => m.sid)).toEqual([media.sid]);
  });

  test('attached media names its message and conversation', async ({ api }) => {
    // channel_sid: "The unique id of the Conversation … containing the Message that this media instance was added to";
    // message_sid: "The unique id of the Conversation Message this media instance was added to" (004:L5968-5971).
    const service = await defaultServiceSid(api);
    const conversation = await createConversation(api);
    const media = await uploadMedia(api, service, pngBytes('named'));
    const message = await sendMessage(api, conversation, { MediaSid: media.sid });
    const fetched = (await fetchMedia(api, service, media.sid, 200)).body;
    expect(fetched).toMatchObject({ message_sid: message.sid, channel_sid: conversation.sid });
  });

  test('editing a media message keeps its media', async ({ api }) => {
    // "you can modify other supported attributes of a message that has media content, but the media itself is not
    // changeable" (004:L22532).
    const service = await defaultServiceSid(api);
    const conversation = await createConversation(api);
    const media = await uploadMedia(api, service, pngBytes('edit'));
    const message = await sendMessage(api, conversation, { MediaSid: media.sid });
    const updated = (await api.post<Message>(message.url, { Attributes: '{"edited":true}' }, { expect: 200 })).body;
    expect(updated.media?.map((m) => m.sid)).toEqual([media.sid]);
    expect((await fetchMedia(api, service, media.sid, 200)).body.message_sid).toBe(message.sid);
  });

  test('media uploaded to another service cannot be attached', async ({ api, data }) => {
    // "The Chat Service SID must be the Chat Service Instance that this Media instance will be used for" (004:L5990):
    // in the conversation's service there is no such media (50507).
    const other = (
      await api.post<{ sid: string }>(
        '/v1/Services',
        { FriendlyName: data.unique('media') },
        { expect: 201, cleanup: true },
      )
    ).body.sid;
    const conversation = await createConversation(api);
    const media = await uploadMedia(api, other, pngBytes('elsewhere'));
    const res = await api.post<TwilioError>(
      conversation.links.messages,
      { MediaSid: media.sid },
      { expect: 400, cleanup: true },
    );
    expect(res.body.code).toBe(50507);
    expect((await fetchMedia(api, other, media.sid, 200)).body.message_sid).toBeNull();
  });
});

describe('Media lifecycle', () => {
  test.beforeEach(({ target, skip }) => {
    const unavailable = mediaUnavailable(target);
    if (unavailable) skip(unavailable);
  });

  test('deleting the message deletes its media', async ({ api }) => {
    const service = await defaultServiceSid(api);
    const conversation = await createConversation(api);
    const media = await uploadMedia(api, service, pngBytes('with-message'));
    const message = await sendMessage(api, conversation, { MediaSid: media.sid });
    await api.delete(message.url, { expect: 204 });
    const res = await fetchMedia(api, service, media.sid, 404);
    expect(res.body.code).toBe(20404);
  });

  test('deleting the conversation deletes the media of its messages', async ({ api }) => {
    const service = await defaultServiceSid(api);
    const conversation = await createConversation(api);
    const first = await uploadMedia(api, service, pngBytes('conv-1'));
    const second = await uploadMedia(api, service, pngBytes('conv-2'));
    await sendMessage(api, conversation, { MediaSid: first.sid });
    await sendMessage(api, conversation, { Body: 'two', MediaSid: second.sid });
    await api.delete(conversation.url, { expect: 204 });
    await fetchMedia(api, service, first.sid, 404);
    await fetchMedia(api, service, second.sid, 404);
  });

  test('an upload not attached within five minutes is garbage-collected', async ({ api, clock, skip }) => {
    if (!clock.available) skip(clock.reason);
    const service = await defaultServiceSid(api);
    const media = await uploadMedia(api, service, pngBytes('forgotten'));
    await clock.advance('PT6M');
    const res = await fetchMedia(api, service, media.sid, 404);
    expect(res.body.code).toBe(20404);
  });

  test('attaching a garbage-collected upload is rejected with 50507', async ({ api, clock, skip }) => {
    // "If you attempt to send a media message after it is garbage collected, the operation will fail (no media with
    // the given SID exists anymore)" (004:L22776).
    if (!clock.available) skip(clock.reason);
    const service = await defaultServiceSid(api);
    const conversation = await createConversation(api);
    const media = await uploadMedia(api, service, pngBytes('too-late'));
    await clock.advance('PT6M');
    const res = await api.post<TwilioError>(
      conversation.links.messages,
      { MediaSid: media.sid },
      { expect: 400, cleanup: true },
    );
    expect(res.body.code).toBe(50507);
  });

  test('media attached in time outlives the five minutes', async ({ api, clock, skip }) => {
    if (!clock.available) skip(clock.reason);
    const service = await defaultServiceSid(api);
    const conversation = await createConversation(api);
    const media = await uploadMedia(api, service, pngBytes('kept'));
    const message = await sendMessage(api, conversation, { MediaSid: media.sid });
    await clock.advance('PT6M');
    expect((await fetchMedia(api, service, media.sid, 200)).body.message_sid).toBe(message.sid);
  });

  test('an upload attached just before the deadline is kept', async ({ api, clock, skip }) => {
    // Attach at four minutes; if parallel scenarios moved the shared clock past five meanwhile, the check is moot.
    if (!clock.available) skip(clock.reason);
    const service = await defaultServiceSid(api);
    const conversation = await createConversation(api);
    const media = await uploadMedia(api, service, pngBytes('just-in-time'));
    const deadline = Date.parse(media.date_created) + 5 * 60_000;
    await clock.advance('PT4M');
    const attach = await api.post<Message & TwilioError>(
      conversation.links.messages,
      { MediaSid: media.sid },
      { expect: [201, 400], cleanup: true },
    );
    if (attach.status === 400 && (await clock.now()).getTime() >= deadline) {
      skip('another scenario moved the shared clock past the five minutes before the attach');
    }
    expect(attach.status).toBe(201);
    await clock.advance('PT2M');
    expect((await fetchMedia(api, service, media.sid, 200)).body.message_sid).toBe(attach.body.sid);
  });
});
