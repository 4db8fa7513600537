// Vercel's Edge Runtime (the `edge-runtime` package: the same VM and globals as Vercel Edge
// Functions and Next.js middleware). The driver bundles it as Next.js does for the edge
// (conditions edge-light, worker, browser) and evaluates it in an EdgeRuntime.
import * as root from 'chartstack';
import * as chartmogul from 'chartstack/chartmogul';
import * as chartmetric from 'chartstack/chartmetric';
import * as soundcharts from 'chartstack/soundcharts';
import * as testing from 'chartstack/testing';
import { runScenario } from '../scenario.mjs';

globalThis.__chartstackRun = async (loopback) =>
  JSON.stringify({ results: await runScenario({ root, chartmogul, chartmetric, soundcharts, testing }, { loopback, build: 'edge' }) });
