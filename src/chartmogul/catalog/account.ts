/** Account details and the auth check (reference/chartmogul.md §1 "Auth check", §2.2 `/v1/account`). */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import { once } from '../../core/lazy.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';

export const account = defineFamily(() => {
  return {
    /**
     * The account: `name`, `currency`, `timeZone`, `weekStartOn` (they shape every metric), and the
     * data settings named in `include` (`churnRecognition`, `churnWhenZeroMrr`, …). `GET /v1/account`.
     */
    get: defineEndpoint({
      id: 'account.get',
      method: 'GET',
      path: '/v1/account',
      query: {
        /** Extra settings to include, e.g. `['churn_recognition', 'refund_handling']`. */
        include: p.optional(p.list(p.oneOf(['churn_recognition', 'churn_when_zero_mrr', 'auto_churn_subscription', 'refund_handling', 'proximate_movement_reclassification']))),
      },
      response: s.obj({
        id: s.opt(s.str()),
        name: s.opt(s.str()),
        currency: s.opt(s.str()),
        timeZone: s.opt(s.str()),
        weekStartOn: s.opt(s.str()),
        // The settings `include` asks for (reference §2.2 /v1/account names them; the published example
        // `include=churn_recognition,churn_when_zero_mrr` answers `"churn_recognition": "immediate"` and
        // `"churn_when_zero_mrr": true`). The others' values are not documented: a string or a boolean.
        churnRecognition: s.opt(s.str()),
        churnWhenZeroMrr: s.opt(s.bool()),
        autoChurnSubscription: s.opt(s.oneOf([s.bool(), s.str()])),
        refundHandling: s.opt(s.oneOf([s.bool(), s.str()])),
        proximateMovementReclassification: s.opt(s.oneOf([s.bool(), s.str()])),
      }),
      summary: 'Account name, currency, time zone and week start.',
      docs: 'reference/chartmogul.md §2.2 (/v1/account)',
    }),
  };
});

/** Checks the API key: resolves to `{ data: 'pong!' }`. `GET /v1/ping`. */
export const ping = once(() =>
  defineEndpoint({
    id: 'ping',
    method: 'GET',
    path: '/v1/ping',
    response: s.obj({ data: s.str() }),
    summary: "Auth check: { data: 'pong!' }.",
    docs: 'reference/chartmogul.md §1 (Auth check)',
  }),
);
