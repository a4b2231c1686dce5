import { afterEach, describe, expect, test } from 'vitest';
import { conforms } from '../spec-support.ts';
import { setup, type TestClient } from '../test-support.ts';

let client: TestClient;
afterEach(async () => {
  await client?.emulator.close();
});

async function service(c: TestClient): Promise<string> {
  return (await c.post('/v1/Services', { FriendlyName: 's' })).body.sid;
}

async function role(c: TestClient, is: string, type: 'service' | 'conversation'): Promise<string> {
  const permission = type === 'service' ? 'createConversation' : 'sendMessage';
  const response = await c.post(`/v1/Services/${is}/Roles`, { FriendlyName: type, Type: type, Permission: permission });
  expect(response.status).toBe(201);
  return response.body.sid;
}

describe('fetchServiceConfiguration', () => {
  test('every documented key; reachability off by default; links to notifications and webhooks', async () => {
    client = setup();
    const is = await service(client);
    const response = await client.get(`/v1/Services/${is}/Configuration`);
    await conforms('fetchServiceConfiguration', response, 200);
    const url = `http://localhost:80/v1/Services/${is}/Configuration`;
    expect(response.body).toMatchObject({
      chat_service_sid: is,
      reachability_enabled: false,
      url,
      links: { notifications: `${url}/Notifications`, webhooks: `${url}/Webhooks` },
    });
  });

  test('unknown service is 404', async () => {
    client = setup();
    await conforms(
      'fetchServiceConfiguration',
      await client.get(`/v1/Services/IS${'0'.repeat(32)}/Configuration`),
      404,
    );
  });
});

describe('updateServiceConfiguration', () => {
  test('sets roles of the right type and reachability; new users and participants get the new defaults', async () => {
    client = setup();
    const is = await service(client);
    const serviceRole = await role(client, is, 'service');
    const conversationRole = await role(client, is, 'conversation');
    const response = await client.post(`/v1/Services/${is}/Configuration`, {
      DefaultChatServiceRoleSid: serviceRole,
      DefaultConversationRoleSid: conversationRole,
      DefaultConversationCreatorRoleSid: conversationRole,
      ReachabilityEnabled: 'true',
    });
    await conforms('updateServiceConfiguration', response, 200);
    expect(response.body).toMatchObject({
      default_chat_service_role_sid: serviceRole,
      default_conversation_role_sid: conversationRole,
      default_conversation_creator_role_sid: conversationRole,
      reachability_enabled: true,
    });
    expect((await client.post(`/v1/Services/${is}/Users`, { Identity: 'u' })).body.role_sid).toBe(serviceRole);
    const ch = (await client.post(`/v1/Services/${is}/Conversations`)).body.sid;
    const participant = await client.post(`/v1/Services/${is}/Conversations/${ch}/Participants`, { Identity: 'p' });
    expect(participant.body.role_sid).toBe(conversationRole);
  });

  test('an empty update returns the configuration unchanged', async () => {
    client = setup();
    const is = await service(client);
    const before = (await client.get(`/v1/Services/${is}/Configuration`)).body;
    const response = await client.post(`/v1/Services/${is}/Configuration`);
    await conforms('updateServiceConfiguration', response, 200);
    expect(response.body).toEqual(before);
  });

  test.each<[string, 'service' | 'conversation' | 'other' | null, string, number]>([
    ['a service role as the conversation role', 'service', 'DefaultConversationRoleSid', 50109],
    ['a service role as the creator role', 'service', 'DefaultConversationCreatorRoleSid', 50109],
    ['a conversation role as the chat-service role', 'conversation', 'DefaultChatServiceRoleSid', 50100],
    ["another service's role", 'other', 'DefaultChatServiceRoleSid', 50100],
    ['an unknown role', null, 'DefaultChatServiceRoleSid', 50100],
  ])('400 for %s, nothing changes', async (_name, kind, field, code) => {
    client = setup();
    const is = await service(client);
    const sid =
      kind === null
        ? `RL${'0'.repeat(32)}`
        : kind === 'other'
          ? await role(client, await service(client), 'service')
          : await role(client, is, kind);
    const before = (await client.get(`/v1/Services/${is}/Configuration`)).body;
    const response = await client.post(`/v1/Services/${is}/Configuration`, {
      ReachabilityEnabled: 'true',
      [field]: sid,
    });
    await conforms('updateServiceConfiguration', response, 400);
    expect(response.body.code).toBe(code);
    expect((await client.get(`/v1/Services/${is}/Configuration`)).body).toEqual(before);
  });

  test('ReachabilityEnabled must be a boolean', async () => {
    client = setup();
    const is = await service(client);
    const response = await client.post(`/v1/Services/${is}/Configuration`, { ReachabilityEnabled: 'yes' });
    await conforms('updateServiceConfiguration', response, 400);
  });
});
