/**
 * `--plot`: time series drawn as terminal sparklines, one line per series.
 * A series is a list of objects that carry a date (`date`, `timestp`, `timestamp`, `day`, …) and a
 * number: ChartMogul metrics `entries`, Chartmetric stats (`followers: [{ timestp, value }]`),
 * Soundcharts stats (`items: [{ date, value }]`). Points with a `value` plot that field; otherwise
 * each numeric field is a series, except changes and percentages (`percentageChange`, `*_diff`).
 * `--plot mrr,arr` picks fields by name.
 */

const BARS = '▁▂▃▄▅▆▇█';
const DATE_KEYS = ['date', 'timestp', 'timestamp', 'time', 'day', 'week', 'month', 'datetime', 'period', 'at'];
const SKIP = /percent|change|diff|ratio_change/i;

export interface Series {
  label: string;
  dates: string[];
  values: number[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const asNumber = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined;

function dateKey(points: Record<string, unknown>[]): string | undefined {
  return DATE_KEYS.find((k) => points.some((p) => p[k] !== undefined && p[k] !== null));
}

/** Series of one list of points, or none if it is not a time series. */
function seriesOfList(points: Record<string, unknown>[], path: string, fields: readonly string[] | undefined): Series[] {
  const key = dateKey(points);
  if (!key) return [];
  // Oldest first, whatever order the API used.
  const sorted = [...points].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
  const numeric = new Set<string>();
  for (const p of sorted) for (const [k, v] of Object.entries(p)) if (k !== key && asNumber(v) !== undefined && typeof v !== 'boolean') numeric.add(k);
  let chosen: string[];
  if (fields?.length) chosen = [...numeric].filter((k) => fields.includes(k) || fields.includes(`${path}.${k}`) || (k === 'value' && fields.includes(path)));
  else if (numeric.has('value')) chosen = ['value'];
  else chosen = [...numeric].filter((k) => !SKIP.test(k));
  return chosen.map((field) => {
    const rows = sorted.filter((p) => asNumber(p[field]) !== undefined);
    return {
      label: field === 'value' && path ? path : path && !['entries', 'items', 'data', 'rows'].includes(path) ? `${path}.${field}` : field,
      dates: rows.map((p) => String(p[key]).slice(0, 10)),
      values: rows.map((p) => asNumber(p[field])!),
    };
  });
}

/** Every time series in a result (lists of dated points, up to three levels deep). */
export function findSeries(result: unknown, fields?: readonly string[], path = '', depth = 0): Series[] {
  if (Array.isArray(result)) {
    const points = result.filter(isRecord);
    return points.length >= 2 ? seriesOfList(points, path, fields) : [];
  }
  if (!isRecord(result) || depth > 3) return [];
  return Object.entries(result).flatMap(([k, v]) => findSeries(v, fields, path ? `${path}.${k}` : k, depth + 1));
}

/** Averages `values` into `width` buckets (long series on a narrow terminal). */
export function resample(values: readonly number[], width: number): number[] {
  if (values.length <= width) return [...values];
  const out: number[] = [];
  for (let i = 0; i < width; i++) {
    const from = Math.floor((i * values.length) / width);
    const to = Math.max(from + 1, Math.floor(((i + 1) * values.length) / width));
    const slice = values.slice(from, to);
    out.push(slice.reduce((a, b) => a + b, 0) / slice.length);
  }
  return out;
}

/** A sparkline: one block character per value, scaled between the series' min and max. */
export function sparkline(values: readonly number[]): string {
  if (values.length === 0) return '';
  const min = Math.min(...values);
  const max = Math.max(...values);
  return values.map((v) => BARS[max === min ? 3 : Math.round(((v - min) / (max - min)) * (BARS.length - 1))]).join('');
}

const num = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** The plot: `label  first-date ▁▂▃▅▇ last-date  last (min … max)` per series. */
export function renderPlot(series: readonly Series[], width = 80): string {
  if (series.length === 0) return '';
  const labelWidth = Math.min(28, Math.max(...series.map((s) => s.label.length)));
  return series
    .map((s) => {
      const first = s.dates[0] ?? '';
      const last = s.dates.at(-1) ?? '';
      const room = Math.max(10, width - labelWidth - first.length - last.length - 40);
      const line = sparkline(resample(s.values, room));
      const label = s.label.length > labelWidth ? `${s.label.slice(0, labelWidth - 1)}…` : s.label.padEnd(labelWidth);
      return `${label}  ${first} ${line} ${last}  ${num(s.values.at(-1)!)} (min ${num(Math.min(...s.values))}, max ${num(Math.max(...s.values))})`;
    })
    .join('\n')
    .concat('\n');
}
