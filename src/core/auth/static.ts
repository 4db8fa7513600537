/** Credentials that never change: HTTP Basic (ChartMogul) and fixed headers (Soundcharts legacy keys). */
import type { Redactor } from '../redact.js';
import { fingerprint, type AuthStrategy } from './types.js';

/** HTTP Basic. ChartMogul: the API key is the user, the password is empty (reference/chartmogul.md §1). */
export function basicAuth(user: string, password: string, redactor: Redactor): AuthStrategy {
  redactor.addBasic(user, password);
  const fixed = { authorization: `Basic ${btoa(`${user}:${password}`)}` };
  return {
    credentialKey: `basic:${fingerprint(user)}`,
    fixedHeaders: fixed,
    headers: async () => fixed,
  };
}

/** Fixed headers (for example `x-app-id` / `x-api-key`). Every value is treated as a secret. */
export function headerAuth(headers: Record<string, string>, redactor: Redactor): AuthStrategy {
  for (const v of Object.values(headers)) redactor.add(v);
  const frozen = { ...headers };
  return {
    credentialKey: `headers:${fingerprint(Object.values(headers).join('\u0000'))}`,
    fixedHeaders: frozen,
    headers: async () => frozen,
  };
}
