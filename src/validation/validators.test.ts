import { describe, expect, test } from 'vitest';
import { loadSpec } from '../spec/load.ts';
import { compileValidators } from './validators.ts';

const spec = await loadSpec();
const validators = compileValidators(spec);

function conversation(): Record<string, unknown> {
  return {
    account_sid: `AC${'a'.repeat(32)}`,
    chat_service_sid: `IS${'b'.repeat(32)}`,
    messaging_service_sid: `MG${'c'.repeat(32)}`,
    sid: `CH${'d'.repeat(32)}`,
    friendly_name: 'Friendly',
    unique_name: null,
    attributes: '{}',
    state: 'initializing',
    date_created: '2015-12-16T22:18:37Z',
    date_updated: '2015-12-16T22:18:37Z',
    timers: {},
    url: `https://conversations.twilio.com/v1/Conversations/CH${'d'.repeat(32)}`,
    links: {
      participants: `https://conversations.twilio.com/v1/Conversations/CH${'d'.repeat(32)}/Participants`,
      messages: `https://conversations.twilio.com/v1/Conversations/CH${'d'.repeat(32)}/Messages`,
      webhooks: `https://conversations.twilio.com/v1/Conversations/CH${'d'.repeat(32)}/Webhooks`,
    },
    bindings: null,
  };
}

describe('compileValidators', () => {
  test('compiles a validator per operation × JSON response status', () => {
    expect(validators.size).toBeGreaterThan(spec.operations.all.length);
    expect(validators.compileAll()).toBe(validators.size);
  });

  test('accepts a documented ConversationWithParticipants 201 body', () => {
    expect(validators.validateResponse('createConversationWithParticipants', 201, conversation())).toMatchObject({
      valid: true,
    });
  });

  test('rejects a response that lacks a required field, as data', () => {
    const body = conversation();
    delete body.sid;
    const outcome = validators.validateResponse('createConversationWithParticipants', 201, body);
    expect(outcome?.valid).toBe(false);
    expect(outcome?.issues).toContainEqual(
      expect.objectContaining({ keyword: 'required', params: { missingProperty: 'sid' }, instancePath: '' }),
    );
  });

  test.each([
    ['a wrong SID prefix', { sid: `XX${'d'.repeat(32)}` }, '/sid'],
    ['a state outside the enum', { state: 'archived' }, '/state'],
    ['a date that is not date-time', { date_created: 'yesterday' }, '/date_created'],
  ])('rejects %s', (_name, patch, path) => {
    const outcome = validators.validateResponse('createConversationWithParticipants', 201, {
      ...conversation(),
      ...patch,
    });
    expect(outcome?.issues.map((i) => i.instancePath)).toContain(path);
  });

  test('validates error bodies against the Twilio error schema', () => {
    const ok = {
      code: 20404,
      message: 'not found',
      more_info: 'https://www.twilio.com/docs/errors/20404',
      status: 404,
    };
    expect(validators.validateResponse('fetchConversation', 404, ok)?.valid).toBe(true);
    expect(validators.validateResponse('fetchConversation', 404, { message: 'x' })?.valid).toBe(false);
  });
});
