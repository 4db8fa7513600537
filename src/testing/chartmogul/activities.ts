/**
 * The ChartMogul sandbox's `activities` and `activitiesExport` endpoints, keyed by endpoint id
 * (definitions: src/chartmogul/catalog/activities.ts): 450 seeded activities as cursor pages, and the
 * asynchronous export, ready on the second poll.
 */
import { reply, type RouteHandlers } from '../types.js';
import { activitiesFor } from './data.js';
import { pageOf, type ChartmogulState } from './shared.js';

export const activitiesHandlers = (state: ChartmogulState): RouteHandlers => {
  const { exports } = state;
  return {
    'activities.list': (ctx) => {
      let all = activitiesFor(state.seed);
      const type = ctx.query.get('type');
      const start = ctx.query.get('start-date');
      const end = ctx.query.get('end-date');
      if (type) all = all.filter((a) => a.type === type);
      if (start) all = all.filter((a) => a.date.slice(0, 10) >= start.slice(0, 10));
      if (end) all = all.filter((a) => a.date.slice(0, 10) <= end.slice(0, 10));
      if (ctx.query.get('order') === '-date') all = [...all].reverse();
      const page = pageOf(all, ctx);
      return 'error' in page ? page.error : page.body;
    },
    'activitiesExport.create': (ctx) => {
      const body = (ctx.body ?? {}) as Record<string, unknown>;
      const id = `exp_${exports.size + 1}_${state.seed}`;
      const created = new Date(ctx.now).toISOString();
      exports.set(id, { polls: 0, created, params: { activity_type: body.type ?? null, start_date: body['start-date'] ?? null, end_date: body['end-date'] ?? null } });
      return reply(202, exportBody(id));
    },
    'activitiesExport.get': (ctx) => {
      const job = exports.get(ctx.params.id!);
      if (!job) return reply(404, { error: 'Activities export not found' });
      job.polls++;
      return exportBody(ctx.params.id!);
    },
  };

  function exportBody(id: string) {
    const job = exports.get(id)!;
    const ready = job.polls >= 2; // ready on the second poll
    return {
      id,
      status: ready ? 'succeeded' : 'pending',
      file_url: ready ? `https://chartmogul-exports.s3.amazonaws.com/${id}.zip?X-Amz-Expires=604800` : null,
      params: { kind: 'activities', params: job.params },
      expires_at: ready ? new Date(Date.parse(job.created) + 7 * 86_400_000).toISOString() : null,
      created_at: job.created,
    };
  }
};
