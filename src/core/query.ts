/**
 * Query-string serialization in each API's own array form:
 * - `comma`:    `geo=US,GB`                 (ChartMogul, Soundcharts)
 * - `brackets`: `code2[]=US&code2[]=GB`     (Chartmetric, reference/chartmetric.md §6.1)
 * - `repeat`:   `code2=US&code2=GB`
 * Booleans are `true`/`false`; `undefined`/`null` are left out; names and values are
 * percent-encoded (spaces as `%20`, never `+`, so `Gold Plan` survives every server).
 */
import type { ArrayFormat } from './endpoint.js';

/** Characters `encodeURIComponent` leaves alone anyway: most names and values are only these. */
const UNRESERVED = /^[\w.~-]*$/;
const enc = (s: string) => (UNRESERVED.test(s) ? s : encodeURIComponent(s));

function scalar(v: unknown): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/** Serializes already-validated params (SDK names) into a query string without the leading `?`. */
export function serializeQuery(
  params: Record<string, unknown>,
  wireName: (key: string) => string,
  arrayFormat: ArrayFormat,
): string {
  const parts: string[] = [];
  for (const key in params) {
    const value = params[key];
    if (value === undefined || value === null) continue;
    const name = wireName(key);
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      if (arrayFormat === 'comma') parts.push(`${enc(name)}=${value.map((v) => enc(scalar(v))).join(',')}`);
      else {
        const n = arrayFormat === 'brackets' && !name.endsWith('[]') ? `${name}[]` : name;
        for (const v of value) parts.push(`${enc(n).replace(/%5B%5D$/, '[]')}=${enc(scalar(v))}`);
      }
    } else {
      parts.push(`${enc(name)}=${enc(scalar(value))}`);
    }
  }
  return parts.join('&');
}

/**
 * Remembers a key conversion. Every response of a ChartMogul list converts the same few dozen keys
 * again and again, and a regex replace per key was a tenth of a small call's CPU time. Bounded, so
 * keys that never repeat (ids used as keys) cannot grow it without limit.
 */
function memoized(convert: (k: string) => string, max = 5_000): (k: string) => string {
  const cache = new Map<string, string>();
  return (k) => {
    let v = cache.get(k);
    if (v === undefined) {
      v = convert(k);
      if (cache.size >= max) cache.clear();
      cache.set(k, v);
    }
    return v;
  };
}

/** camelCase → snake_case (`countryCode` → `country_code`). */
export const snakeCase = memoized((k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
/** camelCase → kebab-case (`startDate` → `start-date`). */
export const kebabCase = memoized((k: string) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
/** kebab-case or snake_case → camelCase (`mrr-new-business` → `mrrNewBusiness`). */
export const camelCase = memoized((k: string) => k.replace(/[-_]+([a-z0-9])/g, (_, c: string) => c.toUpperCase()));
