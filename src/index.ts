/**
 * chartstack: one typed SDK for Chartmetric, Soundcharts and the ChartMogul Metrics API.
 * Each provider also has its own entry (`chartstack/chartmogul`, …) that carries only that provider.
 */
export { ChartMogul, type ChartMogulOptions } from './chartmogul/client.js';
export { Chartmetric, type ChartmetricOptions } from './chartmetric/client.js';
export { Soundcharts, type SoundchartsOptions } from './soundcharts/client.js';
export { MemoryTokenStore } from './core/auth/token-store.js';
export * from './errors.js';
export type * from './types.js';
export { VERSION } from './version.js';
