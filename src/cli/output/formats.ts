/**
 * The output formats. Each turns list pages (as they arrive) or a single result into text, so a
 * long pull is written page by page and an interrupted one still ends in a valid document:
 * - `json`: a list is one JSON array (items streamed, the bracket closed at the end, also after
 *   Ctrl-C); any other result is written whole, pretty-printed;
 * - `ndjson`: one JSON value per line (a list's items, or a result's rows, see rows.ts);
 * - `csv`: a header and one line per row, flattened (see flatten.ts);
 * - `table`: aligned columns for reading on a terminal.
 */
import { CsvWriter } from './csv.js';
import { rowsOf } from './rows.js';
import { TableWriter } from './table.js';

export const FORMATS = ['json', 'ndjson', 'csv', 'table'] as const;
export type Format = (typeof FORMATS)[number];

export interface Formatter {
  /** Text for one page of a list's items. */
  items(batch: readonly unknown[]): string;
  /** Text for a non-list result. */
  value(result: unknown): string;
  /** Text that closes the output (a JSON array's `]`); `failed` when the call ended in an error. */
  end(failed?: boolean): string;
  /** Remarks for stderr once the output is complete (columns left out). */
  notes(): string[];
}

export interface FormatOptions {
  /** `--columns`: the columns of CSV and table output. */
  columns?: readonly string[] | undefined;
  /** `--rows`: the list inside a result that gives the rows. */
  rows?: string | undefined;
  /** The terminal's width, for tables. */
  width?: number | undefined;
}

const indent = (text: string) => text.replace(/\n/g, '\n  ');

class JsonFormatter implements Formatter {
  #started = false;
  #list = false;
  items(batch: readonly unknown[]): string {
    this.#list = true;
    if (batch.length === 0) return '';
    const body = batch.map((item) => `  ${indent(JSON.stringify(item, null, 2))}`).join(',\n');
    const out = `${this.#started ? ',\n' : '[\n'}${body}`;
    this.#started = true;
    return out;
  }
  value(result: unknown): string {
    return `${JSON.stringify(result, null, 2) ?? 'null'}\n`;
  }
  end(): string {
    if (!this.#list) return '';
    return this.#started ? '\n]\n' : '[]\n';
  }
  notes(): string[] {
    return [];
  }
}

class NdjsonFormatter implements Formatter {
  constructor(private readonly rowsKey?: string) {}
  items(batch: readonly unknown[]): string {
    return batch.map((item) => `${JSON.stringify(item)}\n`).join('');
  }
  value(result: unknown): string {
    return this.items(rowsOf(result, this.rowsKey));
  }
  end(): string {
    return '';
  }
  notes(): string[] {
    return [];
  }
}

/** CSV and table share the row logic: a result's rows, flattened. */
class RowFormatter implements Formatter {
  constructor(
    private readonly writer: CsvWriter | TableWriter,
    private readonly rowsKey?: string,
  ) {}
  items(batch: readonly unknown[]): string {
    return this.writer.rows(batch);
  }
  value(result: unknown): string {
    return this.writer.rows(rowsOf(result, this.rowsKey));
  }
  end(failed = false): string {
    return this.writer.end(failed);
  }
  notes(): string[] {
    return this.writer.notes();
  }
}

export function formatter(format: Format, o: FormatOptions = {}): Formatter {
  switch (format) {
    case 'json':
      return new JsonFormatter();
    case 'ndjson':
      return new NdjsonFormatter(o.rows);
    case 'csv':
      return new RowFormatter(new CsvWriter(o.columns), o.rows);
    case 'table':
      return new RowFormatter(new TableWriter(o.width, o.columns), o.rows);
  }
}

/** The format implied by an output file's extension, if any. */
export function formatForFile(file: string): Format | undefined {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'csv') return 'csv';
  if (ext === 'ndjson' || ext === 'jsonl') return 'ndjson';
  if (ext === 'json') return 'json';
  return undefined;
}
