/** Small helpers for building sandbox responses. */
import { SandboxReply } from './types.js';

/** Turns a handler result into a `Response`: plain values are 200 JSON, strings in a reply are text. */
export function toResponse(result: unknown, extraHeaders: Record<string, string> = {}): Response {
  const r = result instanceof SandboxReply ? result : new SandboxReply(200, result);
  const isText = typeof r.body === 'string';
  const headers = new Headers({
    'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    ...extraHeaders,
    ...r.headers,
  });
  const body = r.status === 204 || r.body === undefined ? null : isText ? (r.body as string) : JSON.stringify(r.body);
  return new Response(body, { status: r.status, headers });
}

/** Reads a request body as JSON or form fields; undefined when empty. */
export async function readBody(req: Request): Promise<unknown> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const text = await req.text();
  if (!text) return undefined;
  const type = req.headers.get('content-type') ?? '';
  if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A sliding one-second window counter, per key (rate-limit enforcement). */
export class SlidingWindow {
  #hits = new Map<string, number[]>();
  /** Records a hit at `now` and returns how many hits the key had in the last `windowMs`, this one included. */
  hit(key: string, now: number, windowMs = 1000): { count: number; oldest: number } {
    const list = (this.#hits.get(key) ?? []).filter((t) => t > now - windowMs);
    list.push(now);
    this.#hits.set(key, list);
    return { count: list.length, oldest: list[0]! };
  }
  /** Forgets the last hit (a rejected request does not count). */
  undo(key: string): void {
    this.#hits.get(key)?.pop();
  }
}
