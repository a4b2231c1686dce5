// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${CONVERSATION}` etc. are Twilio push template variables.
import { afterEach, describe, expect, test } from 'vitest';
import { conforms } from '../spec-support.ts';
import { defaultServiceSid, setup, type TestClient } from '../test-support.ts';

let client: TestClient;
afterEach(async () => {
  await client?.emulator.close();
});

describe('fetchServiceNotification', () => {
  test('defaults: everything disabled, REST example templates, no sound (004:L28903; D-CFG-12)', async () => {
    client = setup();
    const is = defaultServiceSid(client);
    const response = await client.get(`/v1/Services/${is}/Configuration/Notifications`);
    await conforms('fetchServiceNotification', response, 200);
    expect(response.body).toEqual({
      account_sid: client.account.accountSid,
      chat_service_sid: is,
      log_enabled: false,
      new_message: {
        enabled: false,
        template: 'You have a new message in ${CONVERSATION} from ${PARTICIPANT}: ${MESSAGE}',
        badge_count_enabled: false,
        sound: null,
        with_media: {
          enabled: false,
          template: 'You have a new message in ${CONVERSATION} with ${MEDIA_COUNT} media files: ${MEDIA}',
        },
      },
      added_to_conversation: {
        enabled: false,
        template: 'You have been added to a Conversation: ${CONVERSATION}',
        sound: null,
      },
      removed_from_conversation: {
        enabled: false,
        template: 'You have been removed from a Conversation: ${CONVERSATION}',
        sound: null,
      },
      url: `http://localhost:80/v1/Services/${is}/Configuration/Notifications`,
    });
  });

  test('unknown service is 404', async () => {
    client = setup();
    const response = await client.get(`/v1/Services/IS${'0'.repeat(32)}/Configuration/Notifications`);
    await conforms('fetchServiceNotification', response, 404);
  });
});

describe('updateServiceNotification', () => {
  test('every dotted parameter is applied; what is not sent keeps its value', async () => {
    client = setup();
    const url = `/v1/Services/${defaultServiceSid(client)}/Configuration/Notifications`;
    const response = await client.post(url, {
      LogEnabled: 'true',
      'NewMessage.Enabled': 'true',
      'NewMessage.Template': 'New: ${MESSAGE}',
      'NewMessage.Sound': 'ring',
      'NewMessage.BadgeCountEnabled': 'True',
      'NewMessage.WithMedia.Enabled': 'true',
      'NewMessage.WithMedia.Template': 'Media: ${MEDIA}',
      'AddedToConversation.Enabled': 'true',
      'AddedToConversation.Template': 'Added to ${CONVERSATION}',
      'AddedToConversation.Sound': 'added',
      'RemovedFromConversation.Enabled': 'true',
      'RemovedFromConversation.Template': 'Removed from ${CONVERSATION}',
      'RemovedFromConversation.Sound': 'removed',
    });
    await conforms('updateServiceNotification', response, 200);
    expect(response.body).toMatchObject({
      log_enabled: true,
      new_message: {
        enabled: true,
        template: 'New: ${MESSAGE}',
        badge_count_enabled: true,
        sound: 'ring',
        with_media: { enabled: true, template: 'Media: ${MEDIA}' },
      },
      added_to_conversation: { enabled: true, template: 'Added to ${CONVERSATION}', sound: 'added' },
      removed_from_conversation: { enabled: true, template: 'Removed from ${CONVERSATION}', sound: 'removed' },
    });
    const partial = await client.post(url, { 'AddedToConversation.Enabled': 'false' });
    await conforms('updateServiceNotification', partial, 200);
    expect(partial.body).toEqual({
      ...response.body,
      added_to_conversation: { ...response.body.added_to_conversation, enabled: false },
    });
    expect((await client.get(url)).body).toEqual(partial.body);
  });

  test('a malformed boolean is 400 and nothing changes', async () => {
    client = setup();
    const url = `/v1/Services/${defaultServiceSid(client)}/Configuration/Notifications`;
    const before = (await client.get(url)).body;
    const response = await client.post(url, { 'NewMessage.Template': 'x', 'NewMessage.Enabled': 'on' });
    await conforms('updateServiceNotification', response, 400);
    expect((await client.get(url)).body).toEqual(before);
  });
});
