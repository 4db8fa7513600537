/**
 * ChartMogul activities and their asynchronous export (reference/chartmogul.md §2.2).
 * The export is created, then polled until `fileUrl` is set: see `ChartMogul.activitiesExport.waitUntilReady`.
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import { once } from '../../core/lazy.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { cursorQuery, cursorWire, dateOrDateTime, startBeforeEnd } from './params.js';

const ACTIVITY_TYPES = ['new_biz', 'expansion', 'contraction', 'churn', 'reactivation'] as const;

/** The filters the activity list and the export share: a date (or date-time) range and a type. */
const activityFilters = once(() => ({
  startDate: p.optional(dateOrDateTime()),
  endDate: p.optional(dateOrDateTime()),
  type: p.optional(p.oneOf(ACTIVITY_TYPES)),
}));

export const activities = defineFamily(() => {
  const activity = s.obj({
    uuid: s.opt(s.str()),
    date: s.date(),
    type: s.openEnum(ACTIVITY_TYPES),
    description: s.opt(s.str()),
    activityMrr: s.opt(s.num()),
    activityMrrMovement: s.opt(s.num()),
    activityArr: s.opt(s.num()),
    currency: s.opt(s.str()),
    subscriptionExternalId: s.opt(s.str()),
    subscriptionSetExternalId: s.opt(s.str()),
    planExternalId: s.opt(s.str()),
    customerName: s.opt(s.str()),
    customerUuid: s.opt(s.str()),
    customerExternalId: s.opt(s.str()),
    billingConnectorUuid: s.opt(s.str()),
  });

  return {
    /**
     * Every MRR activity of the account (`GET /v1/activities`), cursor-paginated, 200 per page at most.
     * `startDate`/`endDate` accept dates or ISO date-times; `order` is `date` or `-date`.
     */
    list: defineEndpoint({
      id: 'activities.list',
      method: 'GET',
      path: '/v1/activities',
      query: {
        ...activityFilters(),
        order: p.optional(p.exactly(['date', '-date'])),
        ...cursorQuery(),
      },
      wire: cursorWire,
      checks: [startBeforeEnd],
      response: s.obj({ entries: s.arr(activity), cursor: s.opt(s.str()), hasMore: s.opt(s.bool()) }),
      paginate: { kind: 'cursor', items: (d) => d.entries, nextCursor: (d) => (d.hasMore ? d.cursor : null) },
      summary: 'MRR activities across all customers.',
      docs: 'reference/chartmogul.md §2.2 (activities)',
    }),
  };
});

export const activitiesExports = defineFamily(() => {
  const activitiesExport = s.obj({
    id: s.str(),
    /** `pending` until the file is ready, then `succeeded` (other values possible, e.g. `failed`). */
    status: s.openEnum(['pending', 'processing', 'succeeded', 'failed']),
    /** Signed URL of a `.zip`, valid about 7 days; null until ready. */
    fileUrl: s.opt(s.str()),
    /**
     * What the export was asked for (reference §2.2 activities_export: `{kind: "activities", params:
     * {activity_type, start_date, end_date}}`). The published examples send the dates in several forms
     * (`2020-01-01`, `2020-01-01 00:00:00 +0000`, `2022-01-01T00:00:00.000+00:00`): kept as strings.
     */
    params: s.opt(
      s.obj({
        kind: s.opt(s.str()),
        params: s.opt(s.obj({ activityType: s.opt(s.openEnum(ACTIVITY_TYPES)), startDate: s.opt(s.date()), endDate: s.opt(s.date()) })),
      }),
    ),
    expiresAt: s.opt(s.date()),
    createdAt: s.opt(s.date()),
  });

  return {
    /** Starts an export of activities to a file (`POST /v1/activities_export`); poll with `get` or `waitUntilReady`. */
    create: defineEndpoint({
      id: 'activitiesExport.create',
      method: 'POST',
      path: '/v1/activities_export',
      body: {
        ...activityFilters(),
      },
      checks: [startBeforeEnd],
      response: activitiesExport,
      summary: 'Creates an activities export job.',
      docs: 'reference/chartmogul.md §2.2 (activities_export)',
    }),
    /** The state of an export (`GET /v1/activities_export/{id}`): `fileUrl` is set once `status` is `succeeded`. */
    get: defineEndpoint({
      id: 'activitiesExport.get',
      method: 'GET',
      path: '/v1/activities_export/{id}',
      pathParams: { id: p.text() },
      response: activitiesExport,
      summary: 'Retrieves an activities export job.',
      docs: 'reference/chartmogul.md §2.2 (activities_export/{id})',
    }),
  };
});
