/**
 * Where the output goes: stdout, or the file of `--out`. Writes honour backpressure, `close()`
 * resolves once everything is flushed (so an interrupted pull exits with its rows on disk), and a
 * closed pipe (`chartstack … | head`) ends the pull quietly instead of crashing with EPIPE.
 */
import { closeSync, createWriteStream, openSync } from 'node:fs';
import { UsageError } from '../coerce.js';

export class Sink {
  readonly #stream: NodeJS.WritableStream;
  /** Set when the reader went away (EPIPE): nothing more can be written. */
  closedByReader = false;
  #onReaderGone: (() => void) | undefined;

  private constructor(stream: NodeJS.WritableStream) {
    this.#stream = stream;
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') {
        this.closedByReader = true;
        this.#onReaderGone?.();
      } else throw err;
    });
  }

  /** Standard output. */
  static stdout(): Sink {
    return new Sink(process.stdout);
  }

  /** A file, created (or truncated) now, so a bad path fails before any request is sent. */
  static file(path: string): Sink {
    let fd: number;
    try {
      fd = openSync(path, 'w');
    } catch (err) {
      throw new UsageError(`--out: cannot write ${path} (${(err as NodeJS.ErrnoException).code ?? String(err)}).`);
    }
    try {
      return new Sink(createWriteStream(path, { fd }));
    } catch (err) {
      closeSync(fd);
      throw err;
    }
  }

  /** Called once if the reader closes the pipe. */
  onReaderGone(fn: () => void): void {
    this.#onReaderGone = fn;
  }

  /** Whether this is a terminal (tables and the progress line share it). */
  get isTTY(): boolean {
    return Boolean((this.#stream as NodeJS.WriteStream).isTTY);
  }

  /** The terminal's width, if it is one. */
  get columns(): number | undefined {
    // 0 when the terminal does not report a size (e.g. under `script`): no limit then.
    return (this.isTTY && (this.#stream as NodeJS.WriteStream).columns) || undefined;
  }

  async write(text: string): Promise<void> {
    if (!text || this.closedByReader) return;
    if (!this.#stream.write(text)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.#stream.off('drain', done);
          this.#stream.off('close', done);
          resolve();
        };
        this.#stream.on('drain', done);
        this.#stream.on('close', done);
      });
    }
  }

  /** Flushes everything written; closes a file. */
  async close(): Promise<void> {
    if (this.closedByReader) return;
    const stream = this.#stream;
    if (stream === process.stdout) {
      await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
      return;
    }
    await new Promise<void>((resolve, reject) => {
      stream.once('error', reject);
      stream.end(() => resolve());
    });
  }
}
