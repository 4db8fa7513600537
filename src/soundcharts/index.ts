/** `chartstack/soundcharts`: the Soundcharts client, its catalog, and the shared errors. */
export { Soundcharts, SOUNDCHARTS_SANDBOX, SOUNDCHARTS_TOKEN_URL, type SoundchartsOptions, type SoundchartsOAuthOptions, type SoundchartsLegacyOptions } from './client.js';
export { soundchartsCatalog, soundchartsEndpoints } from './catalog/index.js';
export * from '../errors.js';
export type * from '../types.js';
