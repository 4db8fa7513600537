/**
 * CSV (RFC 4180 quoting, `\n` line ends, a header row). Streams: the header is fixed by the first
 * batch of rows (or by `--columns`), later batches are written under it. A column that first appears
 * after the header was written cannot be added to a stream, so it is left out and reported once on
 * stderr (choose it with `--columns`).
 */
import { columnsOf, flattenRow } from './flatten.js';

/** One CSV field, quoted when it holds a comma, a quote, a line break, or edge spaces. */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export class CsvWriter {
  #columns: string[] | undefined;
  #headerWritten = false;
  #dropped = new Set<string>();
  #chosen: boolean;

  /** `columns`: the columns to write (`--columns`); otherwise those of the first batch. */
  constructor(columns?: readonly string[]) {
    if (columns?.length) this.#columns = [...columns];
    this.#chosen = Boolean(columns?.length);
  }

  #header(): string {
    this.#headerWritten = true;
    return `${this.#columns!.map(csvField).join(',')}\n`;
  }

  /** CSV text for a batch of rows (with the header before the first one). */
  rows(batch: readonly unknown[]): string {
    const flat = batch.map((r) => flattenRow(r));
    let out = '';
    if (!this.#headerWritten) {
      if (!this.#columns) {
        if (flat.length === 0) return '';
        this.#columns = columnsOf(flat);
      }
      out += this.#header();
    }
    const columns = this.#columns!;
    const known = new Set(columns);
    for (const r of flat) {
      if (!this.#chosen) for (const k of Object.keys(r)) if (!known.has(k)) this.#dropped.add(k);
      out += `${columns.map((c) => csvField(r[c] ?? '')).join(',')}\n`;
    }
    return out;
  }

  /** The header alone, when no row came but `--columns` named the columns. */
  end(): string {
    return !this.#headerWritten && this.#columns ? this.#header() : '';
  }

  notes(): string[] {
    if (!this.#dropped.size || !this.#headerWritten) return [];
    const names = [...this.#dropped];
    return [`csv: column(s) not in the header were left out: ${names.slice(0, 10).join(', ')}${names.length > 10 ? ', …' : ''} (name the columns with --columns).`];
  }
}
