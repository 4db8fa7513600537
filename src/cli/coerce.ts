/**
 * Turns command-line text into the values a parameter schema accepts: `--limit 50` → 50,
 * `--latest` → true, `--geo US,GB` (or `--geo US --geo GB`) → ['US', 'GB'], `--filters '[{…}]'` → the
 * parsed JSON. Coercion only converts; it never judges. Text that does not look like the kind the
 * schema wants is passed on unchanged, so the SDK's own validation rejects it with the SDK's own
 * message (`"limit" expected an integer between 1 and 100 (got "many")`) before anything is sent.
 * The one error raised here is JSON that does not parse, which the SDK could never see.
 */
import { readFileSync } from 'node:fs';
import type { ParamInfo, ValueKind } from './schema-info.js';

/** A usage error found while reading the command line (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const TRUE = new Set(['true', '1', 'yes', 'y', 'on']);
const FALSE = new Set(['false', '0', 'no', 'n', 'off']);

/**
 * Splits a list value on commas. A backslash keeps a comma literal (`--plans 'Gold\, EU,Silver'`),
 * since plan names and search terms may contain one.
 */
export function splitList(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && text[i + 1] === ',') {
      current += ',';
      i++;
    } else if (c === ',') {
      out.push(current.trim());
      current = '';
    } else current += c;
  }
  out.push(current.trim());
  return out.filter((s) => s !== '');
}

/** JSON from the text, or from a file when the text is `@path`. */
function parseJson(text: string, flag: string): unknown {
  let source = text;
  if (text.startsWith('@')) {
    try {
      source = readFileSync(text.slice(1), 'utf8');
    } catch (err) {
      throw new UsageError(`${flag}: cannot read ${text.slice(1)} (${(err as NodeJS.ErrnoException).code ?? String(err)}).`);
    }
  }
  try {
    return JSON.parse(source);
  } catch (err) {
    throw new UsageError(`${flag}: expected JSON, or @file.json (${(err as Error).message}).`);
  }
}

/** One scalar value: the first kind the schema accepts that the text can be read as. */
export function coerceScalar(text: string, kinds: ReadonlySet<ValueKind>, flag: string): unknown {
  // A schema that takes text gets the text: ids, dates, enums and names are strings in the SDK.
  if (kinds.has('string')) return text;
  const lower = text.trim().toLowerCase();
  if (kinds.has('number') && NUMERIC.test(text.trim())) return Number(text);
  if (kinds.has('boolean') && (TRUE.has(lower) || FALSE.has(lower))) return TRUE.has(lower);
  if (kinds.has('date') && !Number.isNaN(Date.parse(text))) return new Date(text);
  if (kinds.has('json')) return parseJson(text, flag);
  return text;
}

/**
 * The value of one parameter from every occurrence of its flag on the command line (in order).
 * Lists collect all of them, split on commas (or one JSON array); a scalar given twice keeps the last.
 */
export function coerceParam(info: ParamInfo, occurrences: readonly string[], flag = `--${info.name}`): unknown {
  if (occurrences.length === 0) return undefined;
  if (!info.list) return coerceScalar(occurrences.at(-1)!, info.kinds, flag);
  const items: unknown[] = [];
  for (const text of occurrences) {
    const trimmed = text.trim();
    if (info.kinds.has('json') && (trimmed.startsWith('[') || trimmed.startsWith('{') || trimmed.startsWith('@'))) {
      const parsed = parseJson(trimmed, flag);
      if (Array.isArray(parsed)) items.push(...parsed);
      else items.push(parsed);
    } else {
      for (const part of splitList(text)) items.push(coerceScalar(part, info.kinds, flag));
    }
  }
  return items;
}
