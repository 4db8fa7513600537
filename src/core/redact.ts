/**
 * Secret scrubbing. Every credential a client holds (API key, refresh token, access tokens, client
 * secret, and the Basic header built from them) is registered here, and everything that leaves the
 * SDK as an error or a log line is scrubbed first (DESIGN.md, "Errors": no error, log line or
 * `inspect` output ever shows a secret).
 */

const SENSITIVE_HEADERS = new Set(['authorization', 'proxy-authorization', 'x-api-key', 'x-app-id', 'cookie', 'set-cookie']);
const MASK = '[REDACTED]';

export class Redactor {
  #secrets = new Set<string>();
  #pattern: RegExp | undefined;

  /** Registers a secret; also registers the base64 forms a Basic header would carry. */
  add(secret: string | undefined): void {
    if (!secret || secret.length < 4 || this.#secrets.has(secret)) return;
    this.#secrets.add(secret);
    this.#pattern = undefined;
  }

  /** Registers the Basic credentials `user:pass` and its base64 form. */
  addBasic(user: string, pass: string): void {
    this.add(user);
    this.add(pass);
    this.add(btoa(`${user}:${pass}`));
  }

  /** Replaces every registered secret in a string. */
  text(s: string): string {
    if (this.#secrets.size === 0 || !s) return s;
    this.#pattern ??= new RegExp(
      [...this.#secrets]
        .sort((a, b) => b.length - a.length)
        .map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'),
      'g',
    );
    return s.replace(this.#pattern, MASK);
  }

  /** Deep-scrubs a JSON-like value (strings anywhere, and token-ish keys by name). */
  value<T>(v: T, depth = 0): T {
    if (typeof v === 'string') return this.text(v) as T;
    if (v === null || typeof v !== 'object' || depth > 20) return v;
    if (Array.isArray(v)) return v.map((x) => this.value(x, depth + 1)) as T;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      out[k] = /^(access_?token|refresh_?token|refreshtoken|token|client_secret|api_?key|password)$/i.test(k) && typeof x === 'string' ? MASK : this.value(x, depth + 1);
    }
    return out as T;
  }

  /** Copies headers into a plain object with credentials masked. */
  headers(h: Headers | Record<string, string> | undefined): Record<string, string> {
    const out: Record<string, string> = {};
    if (!h) return out;
    const entries = h instanceof Headers ? h.entries() : Object.entries(h);
    for (const [k, v] of entries) out[k.toLowerCase()] = SENSITIVE_HEADERS.has(k.toLowerCase()) ? MASK : this.text(v);
    return out;
  }
}

/** A redactor with nothing registered: masks sensitive header names only. */
export const headerOnlyRedactor = new Redactor();
