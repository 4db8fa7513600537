/**
 * Which rows a result gives CSV, table, NDJSON and plots. A list endpoint's rows are its items.
 * For any other result: an array is its own rows; `--rows <key>` picks a list inside the result;
 * otherwise an object whose only list of objects is one field (ChartMogul's `entries`, a chart's
 * `data`) gives that list; anything else is a single row.
 */
import { UsageError } from '../coerce.js';

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isObjectList = (v: unknown): v is unknown[] => Array.isArray(v) && v.length > 0 && v.every(isRecord);

/** The value at a dotted path (`data.items`). */
function at(value: unknown, path: string): unknown {
  let v = value;
  for (const key of path.split('.')) v = isRecord(v) ? v[key] : undefined;
  return v;
}

/** The rows of a (non-list) result. */
export function rowsOf(result: unknown, rowsKey?: string): unknown[] {
  if (rowsKey) {
    const picked = at(result, rowsKey);
    if (!Array.isArray(picked)) {
      const lists = isRecord(result) ? Object.keys(result).filter((k) => Array.isArray(result[k])) : [];
      throw new UsageError(`--rows ${rowsKey}: the result has no list there${lists.length ? ` (lists: ${lists.join(', ')})` : ''}.`);
    }
    return picked;
  }
  if (Array.isArray(result)) return result;
  if (isRecord(result)) {
    const lists = Object.values(result).filter(isObjectList);
    if (lists.length === 1) return lists[0]!;
  }
  return [result];
}
