/**
 * The ChartMogul sandbox's `account` endpoints and `ping`, keyed by endpoint id (definitions:
 * src/chartmogul/catalog/account.ts).
 */
import { reply, type RouteHandlers } from '../types.js';

/**
 * The sandbox account's data settings, answered when `include` names them: the first two as in the
 * published example; the reference gives no values for the others, so these are the sandbox's own.
 */
const SETTINGS: Record<string, string | boolean> = {
  churn_recognition: 'immediate',
  churn_when_zero_mrr: true,
  auto_churn_subscription: false,
  refund_handling: 'refund_as_contraction',
  proximate_movement_reclassification: true,
};

export const accountHandlers = (): RouteHandlers => ({
  ping: () => ({ data: 'pong!' }),
  'account.get': (ctx) => {
    const include = ctx.query.get('include');
    const bad = include?.split(',').find((x) => !Object.hasOwn(SETTINGS, x));
    if (bad) return reply(400, { message: `Invalid include parameter: ${bad}` });
    const account = { id: 'acc_93b52b3a-6c38-4d3c-9f0a-7f7d4a6f0c11', name: 'Sandbox Inc.', currency: 'USD', time_zone: 'UTC', week_start_on: 'sunday' };
    // Each included setting is added under its own name (values as in the published example).
    const settings = include?.split(',').map((name) => [name, SETTINGS[name]]) ?? [];
    return { ...account, ...Object.fromEntries(settings) };
  },
});
