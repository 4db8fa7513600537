/**
 * The default transport of this build. This is the Node variant (undici); edge builds swap this
 * module for `platform.web.ts` (fetch), so no Node builtin reaches an edge bundle.
 */
import { undiciTransport } from './undici.js';

export const defaultTransport = undiciTransport;
export const platformName = 'node';
