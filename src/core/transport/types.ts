/** The smallest surface the pipeline needs from an HTTP client. */
import type { AttemptSignal } from './attempt-signal.js';
import type { ResponseHeaders } from './headers.js';

export interface TransportRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** Aborts the attempt (the caller's signal and the attempt timeout combined). */
  signal: AttemptSignal;
  /** The per-attempt timeout, so transports can align their own timers with it. */
  timeout: number;
}

export interface TransportResponse {
  status: number;
  headers: ResponseHeaders;
  /** Reads the whole body as text; rejects if the signal aborts mid-body. */
  text(): Promise<string>;
}

export type Transport = (req: TransportRequest) => Promise<TransportResponse>;

/** Any WHATWG `fetch`-compatible function. */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
