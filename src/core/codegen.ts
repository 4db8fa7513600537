/** Whether this runtime lets us compile small helpers with `new Function` (decided once). */
import { globalConfig } from 'zod/v4/core';

/**
 * Whether code may be generated here, decided as zod decides it (`util.allowsEval`): not with
 * `jitless`, not on Cloudflare Workers, not where `new Function` throws (a CSP). Repeated here
 * rather than imported because reaching `util` pulls zod's whole util namespace into edge bundles.
 * Used by the validation fast path (fast-parse.ts) and ChartMogul's key conversion.
 */
let evalAllowed: boolean | undefined;
export function canGenerate(): boolean {
  if (globalConfig.jitless) return false;
  if (evalAllowed === undefined) {
    const agent = (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent;
    evalAllowed = !agent?.includes('Cloudflare') && functionConstructorWorks();
  }
  return evalAllowed;
}

function functionConstructorWorks(): boolean {
  try {
    new Function('');
    return true;
  } catch {
    return false;
  }
}
