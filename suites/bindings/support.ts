// Helpers of the Binding suite only (not a suite itself: no `.suite.ts`).
import type { ScenarioApi } from '../../src/runtime/index.ts';

/** A push binding as the Binding resource returns it (004:L14301-14363). */
export interface Binding {
  sid: string;
  account_sid: string;
  chat_service_sid: string;
  credential_sid: string;
  endpoint: string;
  identity: string;
  binding_type: 'apn' | 'gcm' | 'fcm';
  message_types: string[];
  url: string;
}

/** What the emulator's seeding endpoint takes (D-EMU-BIND-1). */
export interface BindingSeed {
  Identity: string;
  BindingType: 'apn' | 'gcm' | 'fcm';
  Endpoint: string;
  CredentialSid: string;
}

/**
 * Seeds a push Binding through the emulator's control endpoint `POST /__emulator/services/{IS}/bindings`: the REST API
 * has no create (bindings come from SDK registration, 004:L29485; D-BIND-1), so this call is outside the Twilio API and
 * is sent unchecked. Only valid against the emulator. Registered for cleanup.
 */
export async function seedBinding(api: ScenarioApi, serviceSid: string, seed: BindingSeed): Promise<Binding> {
  const exchange = await api.client.send({
    method: 'POST',
    path: `/__emulator/services/${serviceSid}/bindings`,
    form: { ...seed },
  });
  if (exchange.response.status !== 201) {
    throw new Error(`binding seeding answered ${exchange.response.status}: ${exchange.response.text.slice(0, 300)}`);
  }
  const binding = exchange.response.json as Binding;
  api.track(binding.url);
  return binding;
}
