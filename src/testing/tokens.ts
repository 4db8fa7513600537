/** Access tokens issued by a sandbox token endpoint, with expiry (shared by Chartmetric and Soundcharts fakes). */
import { hashString } from './data.js';

export class TokenRegistry {
  #tokens = new Map<string, { owner: string; expiresAt: number }>();
  #counter = 0;
  /** Exchanges performed (tests assert single flight with it). */
  issued = 0;

  issue(owner: string, ttlSeconds: number, now = Date.now()): string {
    this.issued++;
    const token = `sbx.${hashString(owner).toString(36)}.${(++this.#counter).toString(36)}.${now.toString(36)}`;
    this.#tokens.set(token, { owner, expiresAt: now + ttlSeconds * 1000 });
    return token;
  }

  /** The owner of a valid token, or undefined when unknown or expired. */
  owner(token: string | undefined, now = Date.now()): string | undefined {
    const t = token ? this.#tokens.get(token) : undefined;
    return t && t.expiresAt > now ? t.owner : undefined;
  }

  expireAll(): void {
    this.#tokens.clear();
  }
}

/** The bearer token of a request, if any. */
export const bearer = (req: Request) => /^Bearer\s+(.+)$/i.exec(req.headers.get('authorization') ?? '')?.[1];
