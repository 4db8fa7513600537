/**
 * A plain-text table for the terminal. Column widths are set by the first batch of rows (so later
 * pages line up under the same header while streaming), cells longer than 40 characters are cut
 * with `…`, and columns that do not fit the terminal's width are left out and named on stderr.
 */
import { columnsOf, flattenRow } from './flatten.js';

const CELL_MAX = 40;
const GAP = '  ';
const NUMERIC = /^-?[\d,]*\.?\d+(e[+-]?\d+)?%?$/i;

const fit = (text: string, width: number) => {
  const one = text.replace(/\s+/g, ' ');
  return one.length > width ? `${one.slice(0, Math.max(0, width - 1))}…` : one;
};

export class TableWriter {
  #columns: string[] | undefined;
  #widths: number[] = [];
  #right: boolean[] = [];
  #hidden: string[] = [];
  #count = 0;

  /** `maxWidth`: the terminal's width (undefined: no limit); `columns`: the columns to show. */
  constructor(
    private readonly maxWidth: number | undefined,
    private readonly chosen?: readonly string[],
  ) {}

  rows(batch: readonly unknown[]): string {
    const flat = batch.map((r) => flattenRow(r));
    if (flat.length === 0) return '';
    let out = '';
    if (!this.#columns) out += this.#layout(flat);
    const cols = this.#columns!;
    for (const r of flat) {
      out += `${cols.map((c, i) => this.#pad(fit(r[c] ?? '', this.#widths[i]!), i)).join(GAP).trimEnd()}\n`;
    }
    this.#count += flat.length;
    return out;
  }

  /** Chooses the columns and widths from the first rows; returns the header. */
  #layout(flat: Record<string, string>[]): string {
    const all = this.chosen?.length ? [...this.chosen] : columnsOf(flat);
    const widths = all.map((c) => Math.min(CELL_MAX, Math.max(c.length, ...flat.map((r) => (r[c] ?? '').replace(/\s+/g, ' ').length))));
    const shown: number[] = [];
    let used = 0;
    for (let i = 0; i < all.length; i++) {
      const w = widths[i]! + (shown.length ? GAP.length : 0);
      if (this.maxWidth !== undefined && shown.length > 0 && used + w > this.maxWidth) continue;
      shown.push(i);
      used += w;
    }
    this.#columns = shown.map((i) => all[i]!);
    this.#widths = shown.map((i) => widths[i]!);
    this.#right = this.#columns.map((c) => {
      const values = flat.map((r) => r[c] ?? '').filter((v) => v !== '');
      return values.length > 0 && values.every((v) => NUMERIC.test(v));
    });
    this.#hidden = all.filter((c) => !this.#columns!.includes(c));
    const header = this.#columns.map((c, i) => this.#pad(fit(c, this.#widths[i]!), i)).join(GAP).trimEnd();
    const rule = this.#widths.map((w) => '─'.repeat(w)).join(GAP);
    return `${header}\n${rule}\n`;
  }

  #pad(text: string, i: number): string {
    return this.#right[i] ? text.padStart(this.#widths[i]!) : text.padEnd(this.#widths[i]!);
  }

  /** "(no rows)" for an empty answer; nothing after an error (its message says what happened). */
  end(failed = false): string {
    return this.#count === 0 && !failed ? '(no rows)\n' : '';
  }

  notes(): string[] {
    if (!this.#hidden.length) return [];
    const names = this.#hidden.slice(0, 8).join(', ');
    return [`table: ${this.#hidden.length} more column(s) did not fit (${names}${this.#hidden.length > 8 ? ', …' : ''}); pick them with --columns, or use --format csv or json.`];
  }
}
