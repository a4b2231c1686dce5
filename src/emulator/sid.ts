// Every SID is two letters + 32 hex digits, 34 characters (004:L4546). Prefix per resource: seed-inventory §2.0.
import { randomBytes, randomFillSync } from 'node:crypto';

/** SID prefix per resource kind. */
export const SID_PREFIX = {
  account: 'AC', // 004:L4546
  apiKey: 'SK', // API key SID (004:L4439-4444 describes API keys; prefix from Twilio's key format)
  service: 'IS', // 004:L15895
  messagingService: 'MG', // 004:L16490
  conversation: 'CH', // 004:L16496
  participant: 'MB', // 004:L6121
  message: 'IM', // 004:L4558
  media: 'ME', // 004:L4672
  deliveryReceipt: 'DY', // 004:L12100
  user: 'US', // 004:L7903
  role: 'RL', // 004:L8741
  webhook: 'WH', // 004:L11198
  addressConfiguration: 'IG', // 004:L9831
  binding: 'BS', // 004:L14308
  credential: 'CR', // 004:L14822
  content: 'HX', // Content template SID (004:L4674-4678)
  smsMessage: 'SM', // receipt channel_message_sid for SMS (004:L12108-12112, L26602)
  whatsappMessage: 'WA', // receipt channel_message_sid for WhatsApp (004:L12108-12112, L26632)
} as const;

/** A SID prefix from {@link SID_PREFIX}. */
export type SidPrefix = (typeof SID_PREFIX)[keyof typeof SID_PREFIX];

// `randomBytes(16)` per SID cost ~8 µs (a native call and a fresh buffer each time), about a tenth of a create under
// load (docs/benchmarks.md). SIDs take their 16 bytes from a pool of crypto randomness instead, refilled by
// `randomFillSync` when used up; every byte is used once.
const POOL_BYTES = 8192;
const SID_BYTES = 16;
const pool = Buffer.allocUnsafe(POOL_BYTES);
let poolOffset = POOL_BYTES;

/** 32 lowercase hex digits of fresh crypto randomness from the pool. */
export function randomHex32(): string {
  if (poolOffset + SID_BYTES > POOL_BYTES) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const hex = pool.toString('hex', poolOffset, poolOffset + SID_BYTES);
  poolOffset += SID_BYTES;
  return hex;
}

/** A fresh SID `<PREFIX><32 lowercase hex>` from crypto randomness. */
export function newSid(prefix: SidPrefix): string {
  return prefix + randomHex32();
}

/** A random 32-hex secret (auth tokens, API key secrets). */
export function newSecret(): string {
  return randomBytes(16).toString('hex');
}

/** Whether `value` is a SID with `prefix` (hex in either case, as the docs' patterns allow). */
export function isSid(value: string, prefix: SidPrefix | string): boolean {
  return value.length === 34 && value.startsWith(prefix) && /^[0-9a-fA-F]{32}$/.test(value.slice(2));
}
