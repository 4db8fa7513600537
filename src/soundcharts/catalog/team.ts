/**
 * Soundcharts account usage (reference/soundcharts.md §2.1). The OAuth token endpoint of §2.1 is
 * part of the auth strategy, not of the catalog.
 *
 * Naming: `/api/v2/team/usage` → family `team`, method `usage`.
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as s from '../../core/schema.js';

const DOCS = 'reference/soundcharts.md §2.1 (Auth and account)';

export const team = defineFamily(() => {
  /** A consumption counter: what the plan allows, what was used, what remains. */
  const counter = s.obj({
    limit: s.opt(s.num()),
    used: s.opt(s.num()),
    remaining: s.opt(s.num()),
    /** When the counter resets (ISO-8601), if given. */
    resetAt: s.opt(s.date()),
  });

  return {
    /**
     * Quota of the current billing cycle and per-minute rate-limit consumption. Free (does not count
     * against the quota). The field names of the "Usage" resource are not published
     * (soundcharts.md §7): every field is optional and unknown fields are kept.
     */
    usage: defineEndpoint({
      id: 'team.usage',
      method: 'GET',
      path: '/api/v2/team/usage',
      response: s.obj({
        quota: s.opt(counter),
        rateLimit: s.opt(counter),
        /** Seen in one third-party client (`object.quotaRemaining`). */
        quotaRemaining: s.opt(s.num()),
      }),
      summary: 'Billing-cycle quota and per-minute rate-limit usage (free call; field names unconfirmed).',
      docs: DOCS,
    }),
  };
});
