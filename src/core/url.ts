/**
 * URL safety: base URLs must be https (loopback may be http, for the sandbox), and path segments
 * are encoded so that no id can change the route (DESIGN.md, "Safety").
 */
import { InvalidParamsError } from './errors.js';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** Validates and normalizes a base URL (no trailing slash). Throws `InvalidParamsError` if unsafe. */
export function checkBaseUrl(raw: string, option = 'baseUrl'): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InvalidParamsError(`Invalid ${option} ${JSON.stringify(raw)}: expected an absolute URL such as 'https://api.example.com'.`, [
      { param: option, message: 'expected an absolute https:// URL' },
    ]);
  }
  const loopback = LOOPBACK.test(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new InvalidParamsError(
      `Invalid ${option} ${JSON.stringify(url.origin)}: credentials are only sent over https:// (plain http:// is allowed for localhost, 127.0.0.1 and [::1] only).`,
      [{ param: option, message: 'expected an https:// URL (http:// only for loopback hosts)' }],
    );
  }
  if (url.username || url.password) {
    throw new InvalidParamsError(`Invalid ${option}: put credentials in the client options, not in the URL.`, [
      { param: option, message: 'expected a URL without user:password' },
    ]);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** Encodes one path segment. Empty, `.` and `..` are rejected: they would change the route. */
export function encodeSegment(name: string, value: unknown): string {
  const s = String(value);
  if (s === '' || s === '.' || s === '..') {
    throw new InvalidParamsError(`Invalid path parameter "${name}": ${JSON.stringify(s)} is not a usable id.`, [
      { param: name, message: 'expected a non-empty id' },
    ]);
  }
  // Commas stay literal: they are legal in a segment (RFC 3986 sub-delims), cannot change the route,
  // and batch endpoints document `uuid1,uuid2` (reference/soundcharts.md §6.7).
  return encodeURIComponent(s).replace(/%2C/g, ',');
}

/** Fills a path template (`/api/artist/{id}`) with encoded segments. */
export function fillPath(template: string, values: Record<string, unknown>): string {
  if (!template.includes('{')) return template;
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeSegment(name, values[name]));
}

/**
 * Resolves a relative link handed back by the API (Soundcharts `page.next`) against the base URL.
 * Only same-origin paths are followed: a link to another host is refused.
 */
export function resolveLink(baseUrl: string, link: string): string {
  const base = new URL(baseUrl);
  if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) {
    const abs = new URL(link, base);
    if (abs.origin !== base.origin) throw new InvalidParamsError(`Refusing to follow a page link to another host (${abs.origin}).`, []);
    return abs.href;
  }
  if (!link.startsWith('/')) throw new InvalidParamsError(`Refusing to follow a malformed page link.`, []);
  // The base may carry a path prefix (the loopback sandbox mounts each provider under one).
  const prefix = base.pathname.replace(/\/+$/, '');
  return `${base.origin}${link.startsWith(`${prefix}/`) && prefix ? '' : prefix}${link}`;
}
