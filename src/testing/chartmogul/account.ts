/**
 * The ChartMogul sandbox's `account` endpoints and `ping`, keyed by endpoint id (definitions:
 * src/chartmogul/catalog/account.ts).
 */
import { reply, type RouteHandlers } from '../types.js';

export const accountHandlers = (): RouteHandlers => ({
  ping: () => ({ data: 'pong!' }),
  'account.get': (ctx) => {
    const include = ctx.query.get('include');
    const bad = include?.split(',').find((x) => !['churn_recognition', 'churn_when_zero_mrr', 'auto_churn_subscription', 'refund_handling', 'proximate_movement_reclassification'].includes(x));
    if (bad) return reply(400, { message: `Invalid include parameter: ${bad}` });
    return { id: 'acc_93b52b3a-6c38-4d3c-9f0a-7f7d4a6f0c11', name: 'Sandbox Inc.', currency: 'USD', time_zone: 'UTC', week_start_on: 'sunday' };
  },
});
