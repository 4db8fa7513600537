/** Shared public types. */
export type { ClientOptions, RequestOptions, RateLimitOptions, ValidationMode, CacheOptions } from './core/options.js';
export type { CacheStore, CacheEntry } from './core/cache/store.js';
export type {
  Usage,
  ChartstackEvent,
  EventListener,
  EventBase,
  RequestEvent,
  ResponseEvent,
  RetryEvent,
  RateLimitWaitEvent,
  CacheHitEvent,
  CoalescedEvent,
} from './core/usage.js';
export type { APIPromise, WithResponse, RawResponse } from './core/api-promise.js';
export type { PagePromise, Page } from './core/pagination.js';
export type { RateLimitInfo, ProviderName } from './core/provider.js';
export type { Endpoint, AnyEndpoint, HttpMethod, PaginationRule, ResultOf, ItemOf } from './core/endpoint.js';
export type { TokenStore, StoredToken } from './core/auth/token-store.js';
export type { Logger, LogLevel } from './core/logger.js';
export type { FetchLike } from './core/transport/types.js';
export type { RawRequest } from './core/client.js';
export type { OpenEnum } from './core/schema.js';
export type { Resources, MethodOf, Catalog, Family } from './core/endpoint.js';
export type { Schema, Infer } from './core/schema.js';
export type { BaseClient } from './core/base-client.js';
