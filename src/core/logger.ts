/**
 * A levelled logger, silent by default. `CHARTSTACK_LOG=debug` (or `logLevel`) turns it on.
 * Every line goes through the client's redactor first.
 */
import type { Redactor } from './redact.js';

export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** Anything with console-like methods. */
export interface Logger {
  error(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  info(message: string, ...rest: unknown[]): void;
  debug(message: string, ...rest: unknown[]): void;
}

const ORDER: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

interface DenoPermissions {
  permissions?: { querySync?(descriptor: { name: 'env'; variable: string }): { state: string } };
}

function envLevel(): LogLevel | undefined {
  try {
    // Deno throws on (or prompts for) env access without --allow-env: an optional setting must
    // not do either, so ask quietly first.
    const deno = (globalThis as { Deno?: DenoPermissions }).Deno;
    if (deno?.permissions?.querySync && deno.permissions.querySync({ name: 'env', variable: 'CHARTSTACK_LOG' }).state !== 'granted') return undefined;
    // `process` may not exist on edge runtimes; read it defensively.
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
    const v = env?.CHARTSTACK_LOG?.toLowerCase();
    return v && v in ORDER ? (v as LogLevel) : undefined;
  } catch {
    return undefined;
  }
}

export class Log {
  readonly level: LogLevel;
  constructor(
    private readonly sink: Logger,
    level: LogLevel | undefined,
    private readonly redactor: Redactor,
    private readonly prefix: string,
  ) {
    this.level = level ?? envLevel() ?? 'off';
  }

  enabled(level: Exclude<LogLevel, 'off'>): boolean {
    return ORDER[this.level] >= ORDER[level];
  }

  #emit(level: Exclude<LogLevel, 'off'>, message: string, details?: Record<string, unknown>): void {
    if (!this.enabled(level)) return;
    const line = `[chartstack:${this.prefix}] ${this.redactor.text(message)}`;
    if (details) this.sink[level](line, this.redactor.value(details));
    else this.sink[level](line);
  }

  error(m: string, d?: Record<string, unknown>) { this.#emit('error', m, d); }
  warn(m: string, d?: Record<string, unknown>) { this.#emit('warn', m, d); }
  info(m: string, d?: Record<string, unknown>) { this.#emit('info', m, d); }
  debug(m: string, d?: Record<string, unknown>) { this.#emit('debug', m, d); }
}
