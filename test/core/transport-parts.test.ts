/**
 * The two small pieces the Node transport hands to the pipeline instead of WHATWG objects
 * (src/core/transport/headers.ts, attempt-signal.ts): they must read and abort exactly like the
 * `Headers` and `AbortSignal` they stand in for.
 */
import { describe, expect, it, vi } from 'vitest';
import { AttemptSignal } from '../../src/core/transport/attempt-signal.js';
import { NodeResponseHeaders, webHeaders } from '../../src/core/transport/headers.js';
import { splitUrl } from '../../src/core/transport/undici.js';

describe('NodeResponseHeaders', () => {
  const raw = { 'content-type': 'application/json', 'set-cookie': ['a=1', 'b=2'], 'x-ratelimit-limit': '10', empty: '' };

  it('reads like Headers.get / has: case-insensitive, repeated values joined, absent is null', () => {
    const view = new NodeResponseHeaders(raw);
    const web = new Headers();
    for (const [k, v] of Object.entries(raw)) for (const x of [v].flat()) web.append(k, x);
    for (const name of ['Content-Type', 'content-type', 'SET-COOKIE', 'x-ratelimit-limit', 'empty', 'missing', 'constructor', '__proto__', 'toString']) {
      expect(view.get(name), name).toBe(name === 'SET-COOKIE' ? 'a=1, b=2' : web.get(name));
      expect(view.has(name), name).toBe(web.has(name));
    }
  });

  it('becomes a real Headers once, when asked', () => {
    const view = new NodeResponseHeaders(raw);
    const web = webHeaders(view);
    expect(web).toBeInstanceOf(Headers);
    expect(web.get('x-ratelimit-limit')).toBe('10');
    expect(web.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(webHeaders(view)).toBe(web);
    const plain = new Headers({ a: '1' });
    expect(webHeaders(plain)).toBe(plain);
  });
});

describe('AttemptSignal', () => {
  it('calls its listeners once, with the reason set, and ignores later aborts', () => {
    const signal = new AttemptSignal();
    const seen: unknown[] = [];
    signal.onAbort(() => seen.push(signal.reason));
    signal.onAbort(() => seen.push('second'));
    expect(signal.fired).toBe(false);
    signal.abort('timeout');
    signal.abort('again');
    expect(signal.fired).toBe(true);
    expect(seen).toEqual(['timeout', 'second']);
  });

  it('a removed listener is not called; a listener added after the abort is not called', () => {
    const signal = new AttemptSignal();
    const removed = vi.fn();
    signal.onAbort(removed).offAbort(removed);
    signal.abort('x');
    const late = vi.fn();
    signal.onAbort(late);
    expect(removed).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });

  it('gives fetch a WHATWG AbortSignal that aborts with it (before or after)', () => {
    const before = new AttemptSignal();
    before.abort('early');
    expect(before.toAbortSignal().aborted).toBe(true);
    expect(before.toAbortSignal().reason).toBe('early');
    const after = new AttemptSignal();
    const web = after.toAbortSignal();
    expect(web.aborted).toBe(false);
    after.abort('late');
    expect(web.aborted).toBe(true);
    expect(web.reason).toBe('late');
  });
});

describe('splitUrl (what undici dispatches: origin and path)', () => {
  it('splits the URLs the pipeline builds without parsing them', () => {
    expect(splitUrl('http://127.0.0.1:4010/chartmogul/v1/metrics/mrr?start-date=2025-01-01&interval=month')).toEqual({
      origin: 'http://127.0.0.1:4010',
      path: '/chartmogul/v1/metrics/mrr?start-date=2025-01-01&interval=month',
    });
    expect(splitUrl('https://api.chartmetric.com')).toEqual({ origin: 'https://api.chartmetric.com', path: '/' });
  });

  it('leaves anything that is not printable ASCII to the WHATWG parser, as fetch would', () => {
    for (const url of ['https://api.example.com/a b?q=ü', 'https://api.example.com/é/x?y=1#frag', 'https://api.example.com/\u00e9\ttab']) {
      const parsed = new URL(url);
      expect(splitUrl(url), url).toEqual({ origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` });
    }
  });
});
