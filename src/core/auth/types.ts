/** How a provider proves who we are. Strategies attach credentials; the pipeline does the rest. */

export interface AuthStrategy {
  /** A stable, non-secret key for this credential (limiters and token stores are keyed by it). */
  readonly credentialKey: string;
  /** Credentials for the next attempt. May mint a token (single flight) before resolving. */
  headers(signal?: AbortSignal): Promise<Record<string, string>>;
  /** Credentials that never change (Basic, fixed keys): attached without a round through `headers()`. */
  readonly fixedHeaders?: Readonly<Record<string, string>>;
  /**
   * Called after a 401. Returns true when a fresh credential was obtained and one replay is worth
   * trying (token strategies); static credentials return false.
   */
  renew?(rejected: Record<string, string>, signal?: AbortSignal): Promise<boolean>;
}

/** A short, non-reversible fingerprint of a secret, for keys and log lines (FNV-1a, 2×32 bit). */
export function fingerprint(secret: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < secret.length; i++) {
    const c = secret.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(36) + (h2 >>> 0).toString(36);
}
