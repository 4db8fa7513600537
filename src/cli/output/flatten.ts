/**
 * Flattening for CSV and table output: one row object → one flat record of text cells.
 * The rule (README "Command line"):
 * - nested objects become dotted columns: `{ artist: { name } }` → `artist.name`;
 * - a list of plain values is joined with `; ` in one cell: `genres` → `pop; rock`;
 * - a list that holds objects is written as JSON text in one cell (nothing is lost, and the
 *   columns stay the same from row to row);
 * - null and missing values are empty cells; everything else is its JSON text without quotes.
 */

/** Text of one scalar cell. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);

/** Flattens one row into `column → text`, keeping the order in which keys first appear. */
export function flattenRow(row: unknown, into: Record<string, string> = {}, prefix = ''): Record<string, string> {
  if (!isPlainObject(row)) {
    into[prefix || 'value'] = Array.isArray(row) ? listCell(row) : cell(row);
    return into;
  }
  for (const [key, value] of Object.entries(row)) {
    const column = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(value) && Object.keys(value).length > 0) flattenRow(value, into, column);
    else if (Array.isArray(value)) into[column] = listCell(value);
    else into[column] = isPlainObject(value) ? '' : cell(value);
  }
  return into;
}

function listCell(list: unknown[]): string {
  return list.some((v) => v !== null && typeof v === 'object') ? JSON.stringify(list) : list.map(cell).join('; ');
}

/** The columns of a batch of flat rows, in order of first appearance. */
export function columnsOf(rows: readonly Record<string, string>[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}
