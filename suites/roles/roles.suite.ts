// @module-tag roles
import { describe, expect, test } from '../../src/runtime/index.ts';
import type { TwilioError } from '../support/errors.ts';
import {
  CONVERSATION_PERMISSIONS,
  createRole,
  createUser,
  emulatorOnly,
  isEmulator,
  type Role,
  SCOPE_FORMS,
  SERVICE_PERMISSIONS,
  SERVICE_SCOPE,
  serviceConfiguration,
  unknownSid,
} from '../support/services.ts';

// The Role resource in both forms: `/v1/Roles` on the default service (004:L8652-9459) and `/v1/Services/{IS}/Roles`
// on a dedicated service (004:L8725-8730; D-ROLE-1). Permission values depend on the role's type (004:L8810, L9213):
// 14 service-scope values (004:L9381-9412), 16 conversation-scope values (004:L9414-9449).

describe.each(SCOPE_FORMS)('Roles ($label)', (form) => {
  describe(form.op('fetch', 'Role'), () => {
    test('the three default roles of the service configuration exist with their type and permissions', async ({
      api,
      data,
    }) => {
      // Default roles: one service-level role and two conversation-level roles (004:L15499-15515; D-CFG-1).
      const scope = await form.open(api, data);
      const config = await serviceConfiguration(api, scope.serviceSid);
      const expected: [string, Role['type'], readonly string[]][] = [
        [config.default_chat_service_role_sid, 'service', SERVICE_PERMISSIONS],
        [config.default_conversation_role_sid, 'conversation', CONVERSATION_PERMISSIONS],
        [config.default_conversation_creator_role_sid, 'conversation', CONVERSATION_PERMISSIONS],
      ];
      for (const [sid, type, vocabulary] of expected) {
        const role = (await api.get<Role>(`${scope.base}/Roles/${sid}`, undefined, { expect: 200 })).body;
        expect(role.type).toBe(type);
        expect(role.chat_service_sid).toBe(scope.serviceSid);
        expect(role.permissions.length).toBeGreaterThan(0);
        for (const permission of role.permissions) expect(vocabulary).toContain(permission);
      }
    });

    test('an unknown role SID answers 404 with code 20404', async ({ api, data }) => {
      const scope = await form.open(api, data);
      const res = await api.get<TwilioError>(`${scope.base}/Roles/${unknownSid('RL')}`, undefined, { expect: 404 });
      expect(res.body.code).toBe(20404);
    });
  });

  describe(form.op('create', 'Role'), () => {
    test('a service role echoes its name, type and exactly the permissions granted', async ({ api, data }) => {
      // D-ROLE-4: the response lists what was granted (the docs' example does not, 004:L8851 vs L8894-8909).
      const scope = await form.open(api, data);
      const name = data.unique('svc-role').slice(0, 64);
      const permissions = ['createConversation', 'joinConversation', 'editOwnUserInfo'];
      const role = await createRole(api, scope, name, 'service', permissions);
      expect(role).toMatchObject({ friendly_name: name, type: 'service', chat_service_sid: scope.serviceSid });
      expect([...role.permissions].sort()).toEqual([...permissions].sort());
      expect(new URL(role.url).pathname).toBe(`${scope.base}/Roles/${role.sid}`);
    });

    test('a conversation role holds every conversation-scope permission', async ({ api, data }) => {
      const scope = await form.open(api, data);
      const role = await createRole(api, scope, data.unique('conv-role').slice(0, 64), 'conversation', [
        ...CONVERSATION_PERMISSIONS,
      ]);
      expect(role.type).toBe('conversation');
      expect([...role.permissions].sort()).toEqual([...CONVERSATION_PERMISSIONS].sort());
    });

    test('a FriendlyName of 64 characters is accepted', async ({ api, data }) => {
      // FriendlyName "can be up to 64 characters" (004:L8795-8798).
      const scope = await form.open(api, data);
      const name = data.unique('r').padEnd(64, 'n');
      const role = await createRole(api, scope, name, 'service', ['joinConversation']);
      expect(role.friendly_name).toBe(name);
    });

    test('a FriendlyName of 65 characters is rejected with 400 and code 50003', async ({ api, data }) => {
      const scope = await form.open(api, data);
      const res = await api.post<TwilioError>(
        `${scope.base}/Roles`,
        { FriendlyName: data.unique('r').padEnd(65, 'n'), Type: 'service', Permission: ['joinConversation'] },
        { expect: 400 },
      );
      expect(res.body.code).toBe(50003);
    });

    test.for([
      ['service', 'sendMessage'],
      ['service', 'leaveConversation'],
      ['conversation', 'createConversation'],
      ['conversation', 'joinConversation'],
    ] as const)(
      'a %s role with %s (a permission of the other type) is rejected with 400 and code 50104',
      async ([type, permission], { api, data }) => {
        // "The values for this parameter depend on the role's type" (004:L8810; D-ROLE-2).
        const scope = await form.open(api, data);
        const res = await api.post<TwilioError>(
          `${scope.base}/Roles`,
          { FriendlyName: data.unique('mix').slice(0, 64), Type: type, Permission: ['addParticipant', permission] },
          { expect: 400 },
        );
        expect(res.body.code).toBe(50104);
      },
    );

    test('a Type outside conversation|service is rejected with 400 and code 50105', async ({ api, data }) => {
      // Type enum conversation|service (004:L8800-8805).
      const scope = await form.open(api, data);
      const res = await api.post<TwilioError>(
        `${scope.base}/Roles`,
        { FriendlyName: data.unique('bad').slice(0, 64), Type: 'channel', Permission: ['addParticipant'] },
        { expect: 400 },
      );
      expect(res.body.code).toBe(50105);
    });
  });

  describe(form.op('update', 'Role'), () => {
    test('Permission replaces every previously granted permission', async ({ api, data }) => {
      // The update "replaces all previously assigned permissions" (004:L9210-9213).
      const scope = await form.open(api, data);
      const role = await createRole(api, scope, data.unique('upd').slice(0, 64), 'conversation', [
        'sendMessage',
        'leaveConversation',
      ]);
      const updated = await api.post<Role>(
        role.url,
        { Permission: ['deleteOwnMessage', 'editOwnMessage'] },
        {
          expect: 200,
        },
      );
      expect([...updated.body.permissions].sort()).toEqual(['deleteOwnMessage', 'editOwnMessage']);
      const fetched = await api.get<Role>(role.url, undefined, { expect: 200 });
      expect([...fetched.body.permissions].sort()).toEqual(['deleteOwnMessage', 'editOwnMessage']);
      expect(fetched.body).toMatchObject({ friendly_name: role.friendly_name, type: 'conversation' });
    });

    test("a permission outside the role's type is rejected with 400 and code 50104, and nothing changes", async ({
      api,
      data,
    }) => {
      const scope = await form.open(api, data);
      const role = await createRole(api, scope, data.unique('upd').slice(0, 64), 'service', ['joinConversation']);
      const res = await api.post<TwilioError>(role.url, { Permission: ['sendMediaMessage'] }, { expect: 400 });
      expect(res.body.code).toBe(50104);
      expect((await api.get<Role>(role.url, undefined, { expect: 200 })).body.permissions).toEqual([
        'joinConversation',
      ]);
    });
  });

  describe(form.op('list', 'Role'), () => {
    test('a page of at most 50 roles holds the created role', async ({ api, data }) => {
      // PageSize maximum 50 (004:L9042-9046).
      const scope = await form.open(api, data);
      const role = await createRole(api, scope, data.unique('listed').slice(0, 64), 'service', ['createConversation']);
      const page = await api.get<{ roles: Role[]; meta: { page_size: number } }>(
        `${scope.base}/Roles`,
        { PageSize: 50 },
        { expect: 200 },
      );
      expect(page.body.meta.page_size).toBe(50);
      expect(page.body.roles.length).toBeLessThanOrEqual(50);
      const all = await api.listAll<Role>(`${scope.base}/Roles`, 'roles', { PageSize: 50 });
      expect(all.find((r) => r.sid === role.sid)?.permissions).toEqual(['createConversation']);
    });
  });

  describe(form.op('delete', 'Role'), () => {
    test('a deleted role is gone', async ({ api, data }) => {
      const scope = await form.open(api, data);
      const role = await createRole(api, scope, data.unique('gone').slice(0, 64), 'conversation', ['sendMessage']);
      await api.delete(role.url, { expect: 204 });
      await api.get(role.url, undefined, { expect: 404 });
    });
  });
});

describe('deleteServiceRole (in use)', () => {
  // The docs are silent on deleting a role that is in use (004:L9320-9328); D-EMU-ROLE-1 refuses it. Run in a
  // dedicated service so that a target which does delete it loses nothing the account relies on.
  test('a default role of the service configuration is refused with 409 and code 20409', async ({
    api,
    data,
    target,
    skip,
  }) => {
    if (!isEmulator(target)) skip(emulatorOnly('D-EMU-ROLE-1'));
    const scope = await SERVICE_SCOPE.open(api, data);
    const config = await serviceConfiguration(api, scope.serviceSid);
    const res = await api.delete<TwilioError>(`${scope.base}/Roles/${config.default_conversation_role_sid}`, {
      expect: 409,
    });
    expect(res.body.code).toBe(20409);
    await api.get(`${scope.base}/Roles/${config.default_conversation_role_sid}`, undefined, { expect: 200 });
  });

  test("a role held by a user is refused with 409 and code 20409 until the user's role changes", async ({
    api,
    data,
    target,
    skip,
  }) => {
    if (!isEmulator(target)) skip(emulatorOnly('D-EMU-ROLE-1'));
    const scope = await SERVICE_SCOPE.open(api, data);
    const role = await createRole(api, scope, data.unique('held').slice(0, 64), 'service', ['joinConversation']);
    const user = await createUser(api, scope, data.unique('holder'), { RoleSid: role.sid });
    const res = await api.delete<TwilioError>(role.url, { expect: 409 });
    expect(res.body.code).toBe(20409);
    const config = await serviceConfiguration(api, scope.serviceSid);
    await api.post(user.url, { RoleSid: config.default_chat_service_role_sid }, { expect: 200 });
    await api.delete(role.url, { expect: 204 });
  });
});
