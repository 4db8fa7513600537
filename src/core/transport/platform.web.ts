/** The default transport on edge runtimes, Deno, Bun and browsers: the global `fetch`. */
import { fetchTransport, globalFetch } from './fetch.js';
import type { Transport } from './types.js';

export const defaultTransport = (_timeout: number): Transport & { close(): Promise<void> } =>
  Object.assign(fetchTransport((input, init) => globalFetch()(input, init)), { close: async () => undefined });
export const platformName = 'web';
