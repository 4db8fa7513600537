// A Cloudflare Worker (module syntax) run in workerd through miniflare, without `nodejs_compat`:
// a Node builtin anywhere in the graph, or a timer started at import (global scope), fails here.
// The driver bundles it as wrangler does (conditions workerd, worker, browser).
/* global Response */
import * as root from 'chartstack';
import * as chartmogul from 'chartstack/chartmogul';
import * as chartmetric from 'chartstack/chartmetric';
import * as soundcharts from 'chartstack/soundcharts';
import * as testing from 'chartstack/testing';
import { runScenario } from '../scenario.mjs';

export default {
  async fetch(_request, env) {
    const results = await runScenario({ root, chartmogul, chartmetric, soundcharts, testing }, { loopback: env.LOOPBACK, build: 'edge' });
    return Response.json({ results });
  },
};
