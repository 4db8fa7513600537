/**
 * Progress on long work, on stderr: a line that follows a multi-page pull (items, pages, rate, time
 * spent waiting for the rate limit, quota left, and an estimate when the total is known) or an
 * export wait. Drawn with cli-progress; shown when stderr is a terminal, or with `--progress`
 * (then cli-progress prints a plain line every second), never with `--no-progress`.
 */
import { SingleBar } from 'cli-progress';
import type { Logger, RateLimitInfo } from '../index.js';

/** What the progress line shows. */
export interface ProgressState {
  items: number;
  pages: number;
  elapsedMs: number;
  /** Time requests spent queued for the rate limit or backing off before a retry. */
  waitedMs: number;
  /** Total items, when the API says (capped by `--limit`). */
  total?: number | undefined;
  rateLimit?: RateLimitInfo | undefined;
  /** An export wait instead of a pull: what is awaited. */
  waitingFor?: string | undefined;
}

const seconds = (ms: number) => (ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms < 3_600_000 ? `${Math.floor(ms / 60_000)}m${String(Math.round((ms % 60_000) / 1000)).padStart(2, '0')}s` : `${(ms / 3_600_000).toFixed(1)} h`);
const count = (n: number) => n.toLocaleString('en-US');

/** Quota or window budget left, as the provider reports it. */
function budget(rl: RateLimitInfo | undefined): string | undefined {
  if (rl?.quotaRemaining !== undefined) return `quota ${count(rl.quotaRemaining)} left`;
  if (rl?.remaining !== undefined) return `${count(rl.remaining)}${rl.limit !== undefined ? `/${count(rl.limit)}` : ''} left this window`;
  return undefined;
}

/** The progress line's text (without the bar). */
export function progressLine(s: ProgressState): string {
  if (s.waitingFor) {
    return [`waiting for ${s.waitingFor}`, seconds(s.elapsedMs), s.waitedMs >= 100 ? `rate-limit wait ${seconds(s.waitedMs)}` : undefined, budget(s.rateLimit)]
      .filter(Boolean)
      .join(' · ');
  }
  const perSecond = s.elapsedMs > 0 ? (s.items * 1000) / s.elapsedMs : 0;
  const parts = [
    s.total !== undefined ? `${count(s.items)}/${count(s.total)} items` : `${count(s.items)} items`,
    `${count(s.pages)} page${s.pages === 1 ? '' : 's'}`,
    `${perSecond >= 10 ? Math.round(perSecond) : perSecond.toFixed(1)} items/s`,
    `rate-limit wait ${seconds(s.waitedMs)}`,
    budget(s.rateLimit),
  ];
  if (s.total !== undefined && perSecond > 0 && s.items < s.total) parts.push(`about ${seconds(((s.total - s.items) / perSecond) * 1000)} left`);
  return parts.filter(Boolean).join(' · ');
}

/**
 * Measures the time requests wait before they leave (the limiter's queue, a 429's reset, a backoff)
 * from the SDK's debug log: a request is sent when the pipeline logs `→`, a response arrives at `←`.
 * Every other line is passed on to stderr when `CHARTSTACK_LOG` asks for its level.
 */
export class WaitTracker implements Logger {
  waitedMs = 0;
  /** Requests sent (attempts, token exchanges included). */
  sent = 0;
  #idleSince: number | undefined;

  constructor(private readonly forward: (level: 'error' | 'warn' | 'info' | 'debug', line: string) => void) {}

  /** The command asks for the next page: whatever happens before the request leaves is waiting. */
  asked(now = Date.now()): void {
    this.#idleSince = now;
  }

  observe(line: string, now = Date.now()): void {
    if (/^\[chartstack:[^\]]+\] → /.test(line)) {
      this.sent++;
      if (this.#idleSince !== undefined) this.waitedMs += Math.max(0, now - this.#idleSince);
      this.#idleSince = undefined;
    } else {
      const status = /^\[chartstack:[^\]]+\] ← (\d{3}) \S+ (\S+)/.exec(line);
      if (!status) return;
      // A failed attempt is retried after a wait (backoff, Retry-After, a 429's reset), and the call
      // after a token exchange waits for its turn: both count from now. After any other success the
      // next request is the command's own (it calls `asked()`) or a poll the SDK spaces on purpose.
      if (Number(status[1]) >= 300 || /token/i.test(status[2]!)) this.#idleSince = now;
    }
  }

  debug(line: string): void {
    this.observe(line);
    this.forward('debug', line);
  }
  info(line: string): void {
    this.forward('info', line);
  }
  warn(line: string): void {
    this.forward('warn', line);
  }
  error(line: string): void {
    this.forward('error', line);
  }
}

/** The progress line on stderr. */
export class Progress {
  #bar: SingleBar | undefined;
  #state: ProgressState = { items: 0, pages: 0, elapsedMs: 0, waitedMs: 0 };
  #started = Date.now();

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly tracker: WaitTracker,
    private readonly rateLimit: () => RateLimitInfo | undefined,
  ) {}

  get active(): boolean {
    return this.#bar !== undefined;
  }

  /** Shows the line (once). */
  start(state: Partial<ProgressState> = {}): void {
    this.#state = { ...this.#state, ...state };
    if (this.#bar) return;
    this.#bar = new SingleBar({
      stream: this.stream,
      // Cut to the terminal's width: a wrapped line could not be redrawn in place.
      format: () => progressLine(this.#snapshot()).slice(0, Math.max(20, (this.stream.columns || 200) - 1)),
      fps: 4,
      // Redraw on every tick: the elapsed time moves, and a table written to the same terminal clears the line.
      forceRedraw: true,
      hideCursor: false,
      // true: leave the terminal's line wrapping alone (cli-progress would switch it off until stop(),
      // which a process killed mid-pull never reaches); the line is cut to the width instead.
      linewrap: true,
      clearOnComplete: true,
      noTTYOutput: true,
      notTTYSchedule: 1000,
      gracefulExit: false,
    });
    this.#bar.start(1, 0);
  }

  /** New numbers for the line. */
  update(state: Partial<ProgressState>): void {
    this.#state = { ...this.#state, ...state };
    this.#bar?.update(0);
  }

  /**
   * Writes other text to the terminal the line is on: clears the line first (it is redrawn on the
   * next tick, below the text), then saves the cursor there, because cli-progress restores the
   * cursor it saved when it stops, and the one saved at start now lies above the text.
   */
  async interleave(write: () => Promise<void>): Promise<void> {
    const tty = this.#bar !== undefined && this.stream.isTTY;
    if (tty) this.stream.write('\r\x1b[2K');
    await write();
    if (tty) this.stream.write('\x1b7');
  }

  /** Removes the line; returns the final numbers. */
  stop(): ProgressState {
    this.#bar?.stop();
    this.#bar = undefined;
    return this.#snapshot();
  }

  #snapshot(): ProgressState {
    return { ...this.#state, elapsedMs: Date.now() - this.#started, waitedMs: this.tracker.waitedMs, rateLimit: this.rateLimit() };
  }
}
