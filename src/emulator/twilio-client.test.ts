// The real `twilio` helper library (devDependency) against the emulator on a real socket: the library builds its own
// requests (form encoding, `Participant` repeated, paging through `next_page_url`) and parses the answers, so this
// proves the emulator speaks the wire format Twilio's own clients expect. Every exchange is validated against our spec.
import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient.js';
import type * as TwilioResponse from 'twilio/lib/http/response.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { LoadedSpec } from '../spec/load.ts';
import { loadSpec } from '../spec/load.ts';
import type { ValidatorSet } from '../validation/validators.ts';
import { type RunningEmulator, startEmulator } from './serve.ts';
import { compileTagged } from './spec-support.ts';
import { eventually } from './test-support.ts';

/** The host the library addresses for the Conversations API. */
const TWILIO_CONVERSATIONS = 'https://conversations.twilio.com';

/** One request the library made and what it got back. */
interface Exchange {
  method: string;
  uri: string;
  status: number;
  body: unknown;
}

/**
 * The library's HTTP client, pointed at the emulator: `https://conversations.twilio.com/...` becomes
 * `http://127.0.0.1:PORT/...`; URLs the emulator handed out (paging) already point at it. Records every exchange.
 */
class EmulatorRequestClient extends twilio.RequestClient {
  readonly baseUrl: string;
  readonly exchanges: Exchange[] = [];

  constructor(baseUrl: string) {
    super({ timeout: 5_000 });
    this.baseUrl = baseUrl;
  }

  override async request<TData>(opts: RequestClient.RequestOptions<TData>): Promise<TwilioResponse.default<TData>> {
    const uri = opts.uri.startsWith(TWILIO_CONVERSATIONS)
      ? this.baseUrl + opts.uri.slice(TWILIO_CONVERSATIONS.length)
      : opts.uri;
    if (!uri.startsWith(this.baseUrl)) throw new Error(`refusing to leave the emulator: ${uri}`);
    const response = await super.request<TData>({ ...opts, uri });
    this.exchanges.push({ method: opts.method, uri, status: response.statusCode, body: response.body });
    return response;
  }
}

let running: RunningEmulator;
let spec: LoadedSpec;
let validators: ValidatorSet;
let http: EmulatorRequestClient;
let client: twilio.Twilio;

beforeAll(async () => {
  spec = await loadSpec();
  const tags = [
    'ConversationWithParticipants',
    'Conversation',
    'ConversationParticipant',
    'ConversationMessage',
    'ConversationMessageReceipt',
  ];
  validators = compileTagged(spec, tags);
  running = await startEmulator({ cwpParticipantDelayMs: 0 });
  const [account] = running.accounts;
  http = new EmulatorRequestClient(running.url);
  client = twilio(account!.accountSid, account!.authToken, { httpClient: http });
});

afterAll(async () => {
  await running?.close();
});

/** Every recorded exchange is a documented status with a body the spec accepts. */
function expectExchangesConform(): void {
  expect(http.exchanges.length).toBeGreaterThan(0);
  for (const exchange of http.exchanges.splice(0)) {
    const { pathname } = new URL(exchange.uri);
    const match = spec.operations.match(exchange.method, pathname);
    expect(match, `${exchange.method} ${pathname} is in the spec`).toBeDefined();
    const operationId = match!.operation.operationId;
    expect(
      validators.documentedStatus(operationId, exchange.status),
      `${operationId} ${exchange.status}`,
    ).toBeDefined();
    if (exchange.status === 204) continue;
    const outcome = validators.validateResponse(operationId, exchange.status, exchange.body);
    expect(outcome?.issues, `${operationId} ${exchange.status}`).toEqual([]);
  }
}

describe('twilio helper library against the emulator', () => {
  test('conversation with participants → active → messages → paging → delete', async () => {
    const created = await client.conversations.v1.conversationWithParticipants.create({
      friendlyName: 'Support',
      participant: [
        JSON.stringify({ identity: 'alice' }),
        JSON.stringify({ messaging_binding: { address: '+15550001', proxy_address: '+15559999' } }),
      ],
    });
    expect(created.sid).toMatch(/^CH[0-9a-f]{32}$/);
    expect(created.friendlyName).toBe('Support');

    const conversation = client.conversations.v1.conversations(created.sid);
    await eventually(async () => (await conversation.fetch()).state === 'active');
    const participants = await conversation.participants.list();
    expect(participants.map((p) => p.identity ?? p.messagingBinding?.address).sort()).toEqual(['+15550001', 'alice']);

    const first = await conversation.messages.create({ author: 'alice', body: 'Ahoy there!' });
    expect(first).toMatchObject({
      index: 0,
      author: 'alice',
      body: 'Ahoy there!',
      participantSid: expect.stringMatching(/^MB/),
    });
    expect(first.dateCreated).toBeInstanceOf(Date);
    expect(first.delivery).toMatchObject({ total: 1, sent: 'all' });
    for (let i = 1; i < 7; i++) await conversation.messages.create({ body: `message ${i}` });

    const fetched = await conversation.messages(first.sid).fetch();
    expect(fetched.body).toBe('Ahoy there!');
    const receipts = await conversation.messages(first.sid).deliveryReceipts.list();
    expect(receipts).toHaveLength(1);
    expect(receipts[0]).toMatchObject({ status: 'sent', channelMessageSid: expect.stringMatching(/^SM/) });
    const updated = await conversation.messages(first.sid).update({ body: 'Ahoy, edited' });
    expect(updated.body).toBe('Ahoy, edited');
    expect(updated.dateUpdated).toBeInstanceOf(Date);

    // list() with a page size of 2 and a limit of 5 follows next_page_url across three pages.
    const pageRequests = (): number =>
      http.exchanges.filter((e) => e.method === 'get' && new URL(e.uri).pathname.endsWith('/Messages')).length;
    const before = pageRequests();
    const listed = await conversation.messages.list({ pageSize: 2, limit: 5 });
    expect(listed.map((m) => m.index)).toEqual([0, 1, 2, 3, 4]);
    expect(pageRequests() - before).toBe(3);

    // each() in descending order walks every page to the end.
    const seen: number[] = [];
    await new Promise<void>((resolve, reject) => {
      conversation.messages.each({
        order: 'desc',
        pageSize: 3,
        callback: (message) => {
          seen.push(message.index);
        },
        done: (error?: Error) => (error ? reject(error) : resolve()),
      });
    });
    expect(seen).toEqual([6, 5, 4, 3, 2, 1, 0]);

    expect(await conversation.messages(first.sid).remove()).toBe(true);
    expect(await conversation.remove()).toBe(true);
    await expect(conversation.fetch()).rejects.toMatchObject({ status: 404, code: 20404 });
    expectExchangesConform();
  });
});
