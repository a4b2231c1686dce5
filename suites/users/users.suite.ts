// @module-tag users
import { describe, expect, test } from '../../src/runtime/index.ts';
import type { TwilioError } from '../support/errors.ts';
import {
  createRole,
  createUser,
  SCOPE_FORMS,
  SERVICE_PERMISSIONS,
  serviceConfiguration,
  type User,
  unknownSid,
  userPath,
} from '../support/services.ts';

// The User resource in both forms: `/v1/Users` on the default service (004:L7814-8651) and
// `/v1/Services/{IS}/Users` on a dedicated service (004:L7893-7895; D-USER-1). Statuses: D-STATUS-1.

describe.each(SCOPE_FORMS)('Users ($label)', (form) => {
  describe(form.op('create', 'User'), () => {
    test('a user created with only Identity has "{}" attributes and the service default role', async ({
      api,
      data,
    }) => {
      const scope = await form.open(api, data);
      const identity = data.unique('user');
      const user = await createUser(api, scope, identity);
      expect(user.identity).toBe(identity);
      expect(user.chat_service_sid).toBe(scope.serviceSid);
      // "If attributes have not been set, {} is returned" (004:L7936); FriendlyName is optional (D-USER-5).
      expect(user.attributes).toBe('{}');
      expect(user.friendly_name).toBeNull();
      // The service-level role users get by default (004:L15511-15515; D-USER-5).
      expect(user.role_sid).toBe((await serviceConfiguration(api, scope.serviceSid)).default_chat_service_role_sid);
      expect(new URL(user.url).pathname).toBe(`${scope.base}/Users/${user.sid}`);
    });

    test('FriendlyName, Attributes and a service RoleSid are echoed', async ({ api, data }) => {
      const scope = await form.open(api, data);
      const role = await createRole(api, scope, data.unique('role'), 'service', ['editOwnUserInfo']);
      const params = {
        FriendlyName: data.faker.person.fullName(),
        Attributes: JSON.stringify({ team: data.faker.word.noun(), level: 3 }),
        RoleSid: role.sid,
      };
      // Create parameters 004:L7983-8002.
      const user = await createUser(api, scope, data.unique('user'), params);
      expect(user).toMatchObject({
        friendly_name: params.FriendlyName,
        attributes: params.Attributes,
        role_sid: role.sid,
      });
    });

    test('a create without Identity is rejected with 400 and code 50204', async ({ api, data }) => {
      // Identity is required (004:L7983-7986).
      const scope = await form.open(api, data);
      const res = await api.post<TwilioError>(`${scope.base}/Users`, { FriendlyName: 'no identity' }, { expect: 400 });
      expect(res.body.code).toBe(50204);
    });

    test('a duplicate identity is rejected with 409 and code 50201', async ({ api, data }) => {
      // Identity "uniquely identifies a user in each Conversation Service" (004:L7878; D-USER-3).
      const scope = await form.open(api, data);
      const identity = data.unique('dup');
      await createUser(api, scope, identity);
      const res = await api.post<TwilioError>(`${scope.base}/Users`, { Identity: identity }, { expect: 409 });
      expect(res.body.code).toBe(50201);
    });

    test('identities differing only in letter case are two users', async ({ api, data }) => {
      // Identity "is case-sensitive" (004:L7926).
      const scope = await form.open(api, data);
      const identity = data.unique('case');
      const lower = await createUser(api, scope, identity.toLowerCase());
      const upper = await createUser(api, scope, identity.toUpperCase());
      expect(upper.sid).not.toBe(lower.sid);
      const fetched = await api.get<User>(userPath(scope, identity.toUpperCase()), undefined, { expect: 200 });
      expect(fetched.body.sid).toBe(upper.sid);
    });

    test('an identity shaped like a User SID is rejected with 400 and code 50206', async ({ api, data }) => {
      // `{Sid}` takes "either the sid or the identity" (004:L8119), so an identity must not look like a SID (D-USER-2).
      const scope = await form.open(api, data);
      const sidLike = `US${data.faker.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' })}`;
      const res = await api.post<TwilioError>(`${scope.base}/Users`, { Identity: sidLike }, { expect: 400 });
      expect(res.body.code).toBe(50206);
    });

    test('an identity of 256 characters is accepted', async ({ api, data }) => {
      // The Identity limit of a participant, 256 characters (004:L22373-22376), holds for the User it creates.
      const scope = await form.open(api, data);
      const identity = data.unique('long').padEnd(256, 'x');
      const user = await createUser(api, scope, identity);
      expect(user.identity).toHaveLength(256);
    });

    test('an identity of 257 characters is rejected with 400 and code 50207', async ({ api, data }) => {
      const scope = await form.open(api, data);
      const identity = data.unique('long').padEnd(257, 'x');
      const res = await api.post<TwilioError>(`${scope.base}/Users`, { Identity: identity }, { expect: 400 });
      expect(res.body.code).toBe(50207);
    });

    test('a conversation-level RoleSid is rejected with 400 and code 50100', async ({ api, data }) => {
      // "The SID of a service-level Role to assign to the user" (004:L7998-8002).
      const scope = await form.open(api, data);
      const config = await serviceConfiguration(api, scope.serviceSid);
      const res = await api.post<TwilioError>(
        `${scope.base}/Users`,
        { Identity: data.unique('user'), RoleSid: config.default_conversation_role_sid },
        { expect: 400 },
      );
      expect(res.body.code).toBe(50100);
    });
  });

  describe(form.op('fetch', 'User'), () => {
    test('the same user is returned by SID and by identity', async ({ api, data }) => {
      // "either the sid or the identity of the User resource" (004:L8119); an email-like identity (004:L7926).
      const scope = await form.open(api, data);
      const identity = `${data.unique('mail')}@example.com`;
      const created = await createUser(api, scope, identity);
      const bySid = await api.get<User>(userPath(scope, created.sid), undefined, { expect: 200 });
      const byIdentity = await api.get<User>(userPath(scope, identity), undefined, { expect: 200 });
      expect(byIdentity.body.sid).toBe(created.sid);
      expect(byIdentity.body).toEqual(bySid.body);
    });

    test('reachability fields are null while the service has reachability off', async ({ api, data, skip }) => {
      // Null "if the Service's reachabilityEnabled is false" (004:L7941, L7946), the default (004:L15527-15530).
      const scope = await form.open(api, data);
      const config = await serviceConfiguration(api, scope.serviceSid);
      if (config.reachability_enabled) skip("the service has reachability on (the account's default may)");
      const user = await createUser(api, scope, data.unique('reach'));
      const fetched = await api.get<User>(user.url, undefined, { expect: 200 });
      expect(fetched.body.is_online).toBeNull();
      expect(fetched.body.is_notifiable).toBeNull();
    });

    test('an unknown identity answers 404 with code 20404', async ({ api, data }) => {
      const scope = await form.open(api, data);
      const res = await api.get<TwilioError>(userPath(scope, data.unique('nobody')), undefined, { expect: 404 });
      expect(res.body.code).toBe(20404);
    });
  });

  describe(form.op('list', 'User'), () => {
    test('the list holds the created user with null reachability fields', async ({ api, data }) => {
      const scope = await form.open(api, data);
      const user = await createUser(api, scope, data.unique('listed'));
      const users = await api.listAll<User>(`${scope.base}/Users`, 'users', { PageSize: 50 });
      const listed = users.find((u) => u.sid === user.sid);
      expect(listed?.identity).toBe(user.identity);
      // "null is always returned by a Read action" (004:L7941, L7946).
      expect(listed?.is_online).toBeNull();
      expect(listed?.is_notifiable).toBeNull();
    });
  });

  describe(form.op('update', 'User'), () => {
    test('FriendlyName and Attributes are replaced and kept', async ({ api, data }) => {
      // Update parameters 004:L8456-8470.
      const scope = await form.open(api, data);
      const user = await createUser(api, scope, data.unique('upd'), { FriendlyName: 'before' });
      const params = { FriendlyName: data.faker.person.fullName(), Attributes: JSON.stringify({ v: 2 }) };
      const updated = await api.post<User>(user.url, params, { expect: 200 });
      expect(updated.body).toMatchObject({ friendly_name: params.FriendlyName, attributes: params.Attributes });
      const fetched = await api.get<User>(user.url, undefined, { expect: 200 });
      expect(fetched.body).toMatchObject({ friendly_name: params.FriendlyName, attributes: params.Attributes });
    });

    test('a service RoleSid is assigned', async ({ api, data }) => {
      const scope = await form.open(api, data);
      const user = await createUser(api, scope, data.unique('role'));
      const role = await createRole(api, scope, data.unique('role'), 'service', SERVICE_PERMISSIONS.slice(0, 2));
      const updated = await api.post<User>(user.url, { RoleSid: role.sid }, { expect: 200 });
      expect(updated.body.role_sid).toBe(role.sid);
    });

    test('a conversation-level RoleSid is rejected with 400 and code 50100, and the role is kept', async ({
      api,
      data,
    }) => {
      // "The SID of a service-level Role to assign to the user" (004:L8466-8470).
      const scope = await form.open(api, data);
      const user = await createUser(api, scope, data.unique('role'));
      const config = await serviceConfiguration(api, scope.serviceSid);
      const res = await api.post<TwilioError>(
        user.url,
        { RoleSid: config.default_conversation_creator_role_sid },
        { expect: 400 },
      );
      expect(res.body.code).toBe(50100);
      expect((await api.get<User>(user.url, undefined, { expect: 200 })).body.role_sid).toBe(user.role_sid);
    });

    test('an Identity parameter does not change the identity', async ({ api, data }) => {
      // Identity is not an update parameter (004:L8452-8470); unknown parameters are ignored (D-SCHEMA-1).
      const scope = await form.open(api, data);
      const user = await createUser(api, scope, data.unique('fixed'));
      const other = data.unique('renamed');
      const updated = await api.post<User>(user.url, { Identity: other, FriendlyName: 'renamed?' }, { expect: 200 });
      expect(updated.body.identity).toBe(user.identity);
      await api.get(userPath(scope, user.identity), undefined, { expect: 200 });
      await api.get(userPath(scope, other), undefined, { expect: 404 });
    });

    test('a user addressed by identity is updated', async ({ api, data }) => {
      // {Sid} "can be either the sid or the identity" on update too (004:L8451).
      const scope = await form.open(api, data);
      const user = await createUser(api, scope, data.unique('by-id'));
      const name = data.faker.person.firstName();
      const updated = await api.post<User>(userPath(scope, user.identity), { FriendlyName: name }, { expect: 200 });
      expect(updated.body.sid).toBe(user.sid);
      expect(updated.body.friendly_name).toBe(name);
    });
  });

  describe(form.op('delete', 'User'), () => {
    test('a deleted user is gone by SID and by identity', async ({ api, data }) => {
      const scope = await form.open(api, data);
      const user = await createUser(api, scope, data.unique('gone'));
      await api.delete(user.url, { expect: 204 });
      await api.get(user.url, undefined, { expect: 404 });
      await api.get(userPath(scope, user.identity), undefined, { expect: 404 });
    });

    test('the identity of a deleted user can be created again', async ({ api, data }) => {
      const scope = await form.open(api, data);
      const identity = data.unique('again');
      const first = await createUser(api, scope, identity);
      await api.delete(userPath(scope, identity), { expect: 204 });
      const second = await createUser(api, scope, identity);
      expect(second.sid).not.toBe(first.sid);
    });

    test('an unknown user SID answers 404 with code 20404', async ({ api, data }) => {
      const scope = await form.open(api, data);
      const res = await api.delete<TwilioError>(userPath(scope, unknownSid('US')), { expect: 404 });
      expect(res.body.code).toBe(20404);
    });
  });
});
