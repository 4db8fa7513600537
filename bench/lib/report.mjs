// Turns one run's results into bench/RESULTS.md: goals first, then each benchmark's table with
// absolute figures and the ratios beside them, then how it was measured.
import { fixed, mark, ratio } from './stats.mjs';

const RAW = 'raw undici.request';
const STRICT = "chartstack, validation 'strict'";

const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map((h, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const coldRow = (results, spec) => results.coldStart.rows.find((r) => r.spec === spec);

const PROVIDER_NAMES = { chartmetric: 'Chartmetric', chartmogul: 'ChartMogul', soundcharts: 'Soundcharts' };

/** Pacing goals (issues #8 and #14): a steady network ≥ 0.95 and no 429; arrivals jittered ≥ 0.85 and at most 1 per 100 calls. */
function pacingGoal(p) {
  const jittered = p.jitterMs > 0;
  const per100 = (p.tooMany / p.calls) * 100;
  const who = p.fleet ? `${p.fleet} processes sharing ${PROVIDER_NAMES[p.provider]}'s limit through Redis` : PROVIDER_NAMES[p.provider];
  return {
    what: `Pacing, ${who}, ${p.limit} req/s, ${jittered ? `arrivals delayed 0–${p.jitterMs} ms` : 'steady network'}: achieved rate ÷ limit after the first response, 429s`,
    goal: jittered ? '≥ 0.85, ≤ 1 per 100 calls' : '≥ 0.95, 0',
    result: `${p.steady.toFixed(3)}, ${p.tooMany} in ${p.calls} (from the first call: ${p.overall.toFixed(3)})`,
    ok: jittered ? p.steady >= 0.85 && per100 <= 1 : p.steady >= 0.95 && p.tooMany === 0,
  };
}

/** Quota goals (issue #17). */
export function quotaGoals(q) {
  const d = q.dashboard;
  const small = q.hit.rows[0];
  const out = [
    {
      what: `Quota, dashboard: ${d.artists * d.widgets.length} concurrent widget reads over ${d.artists} artists, refreshed every minute for 10 minutes (simulated clock): upstream calls with coalescing and the in-memory cache ÷ without, results identical`,
      goal: '≤ 10 %, identical',
      result: `${d.economy.upstream} of ${d.baseline.upstream} (${(d.ratio * 100).toFixed(1)} %), ${d.identical ? 'identical' : 'NOT identical'}`,
      ok: d.ratio <= 0.1 && d.identical,
    },
    {
      what: `A cache hit, in-memory store: a whole call answered from the cache (${small.name}), median`,
      goal: '< 5 µs',
      result: `${fixed(small.hitUs, 2)} µs (the same call uncached over loopback: ${fixed(small.uncachedUs)} µs)`,
      ok: small.hitUs < 5,
    },
  ];
  const f = q.fleet;
  if (f) {
    out.push({
      what: `Shared cache, ${f.workers} processes through Redis reading ${f.distinctReads} artists every 50 ms for ${f.seconds} s, TTL ${f.ttlMs / 1000} s: requests per distinct read, and the shortest time between two of them`,
      goal: `once per TTL: ≤ ${f.allowedPerRead}, ≥ ${f.ttlMs} ms apart`,
      result: `at most ${f.maxPerRead}, ${fixed(f.minGapMs)} ms apart (${f.upstream} requests for ${f.reads.toLocaleString('en-US')} reads)`,
      ok: f.maxPerRead <= f.allowedPerRead && f.minGapMs >= f.ttlMs && f.failed === 0,
    });
  }
  return out;
}

export function quotaSection(q) {
  const d = q.dashboard;
  const run = (name, r) => [name, r.upstream, r.tokens, r.tooMany, r.usage.cacheHits, r.usage.coalesced, `${fixed(r.usage.queueWaitMs / 1000, 1)} s`, `${fixed(r.wallMs / 1000, 1)} s`];
  const f = q.fleet;
  return `## Quota economy — coalescing and the response cache

**Dashboard.** ${d.artists} artists with ${d.widgets.length} widgets each (${d.widgets.join(', ')}): the header and the profile card
read the same profile, the followers chart and tile the same statistics, so ${d.baseline.distinctReadsPerLoad} of the ${d.artists * d.widgets.length} reads of a load
are distinct. All ${d.artists * d.widgets.length} reads are made at once; the dashboard loads ${d.loads} times, a simulated minute apart (minutes 0 to 10:
the cache's clock is simulated, the sandbox's data clock fixed). Real loopback HTTP, default pacing, the sandbox enforcing
Chartmetric's limit and counting what reaches it. The cached run uses \`MemoryCacheStore\` and the default TTLs
(1 hour for Chartmetric artist data). Every widget's data is compared between the two runs: ${d.identical ? '**identical**' : '**different**'}.

${table(
  ['run', 'upstream calls', 'token exchanges', '429s', 'cache hits', 'coalesced', 'time waiting in the queue (all calls)', 'wall time'],
  [run('coalescing off, no cache', d.baseline), run('defaults (coalescing) + in-memory cache', d.economy)],
)}

**What a hit costs.** A whole method call answered from the in-memory cache (params checked and serialized, key
built, entry looked up and checked, the caller's own copy made), sequential, median of batches; beside it the same
call uncached over the loopback server (one round trip each, no pacing).

${table(
  ['call', 'cache hit', 'uncached (loopback)', 'hit ÷ uncached'],
  q.hit.rows.map((r) => [r.name, `${fixed(r.hitUs, 2)} µs`, `${fixed(r.uncachedUs)} µs`, `${((r.hitUs / r.uncachedUs) * 100).toFixed(2)} %`]),
)}

**What coalescing costs when there is nothing to share**: CPU per call for distinct ChartMogul calls answered at once by a
canned response, coalescing on ${fixed(q.hit.coalescing.onUs, 1)} µs, off ${fixed(q.hit.coalescing.offUs, 1)} µs (medians; ±1–2 µs between runs on a shared machine).

${
  f
    ? `**Four processes, one cache in Redis** (\`RedisCacheStore\`): each reads the same ${f.distinctReads} artists at once every 50 ms for ${f.seconds} s, TTL ${f.ttlMs / 1000} s.
A missing entry is claimed by one process; the others wait for its entry. Counted at the server.

${table(
  ['processes', 'reads', 'upstream requests', 'per distinct read (min–max)', 'allowed (once per TTL)', 'shortest gap for one read', 'cache hits', 'token exchanges', 'failed'],
  [[f.workers, f.reads.toLocaleString('en-US'), f.upstream, `${f.minPerRead}–${f.maxPerRead}`, f.allowedPerRead, `${fixed(f.minGapMs)} ms`, f.cacheHits.toLocaleString('en-US'), f.tokenExchanges, f.failed]],
)}`
    : 'The Redis fleet was not measured in this run: `redis-server` is not installed.'
}`;
}

export function goals(results) {
  const out = [];
  for (const t of results.overhead.targets) {
    const raw = t.rows.find((r) => r.contender === RAW);
    const cs = t.rows.find((r) => r.contender === STRICT);
    const r = cs.callsPerSec / raw.callsPerSec;
    out.push({
      what: `Per-call overhead, ${t.target} response: chartstack (validation on) ÷ raw undici, calls/s at concurrency 16`,
      goal: '≥ 0.85',
      result: `${ratio(r)} (CPU per call: raw ÷ chartstack = ${ratio(raw.cpuUsPerCall / cs.cpuUsPerCall)})`,
      ok: r >= 0.85,
    });
  }
  const node = results.mogul.rows.find((r) => r.contender.startsWith('chartmogul-node'));
  const cs = results.mogul.rows.find((r) => r.contender === STRICT);
  out.push({ what: 'Throughput against chartmogul-node on the metrics endpoints', goal: '≥ 3×', result: ratio(cs.callsPerSec / node.callsPerSec), ok: cs.callsPerSec / node.callsPerSec >= 3 });
  for (const p of [...results.pacing.rows, ...results.pacing.fleet]) out.push(pacingGoal(p));
  for (const f of results.firstCall.rows) {
    const budget = f.concurrent > 1 ? 100 : 50;
    out.push({
      what: `A fresh ${PROVIDER_NAMES[f.provider]} client, ${f.concurrent === 1 ? 'its first call' : `${f.concurrent} concurrent first calls`} (${f.latencyMs} ms per round trip)`,
      goal: `≤ ${f.roundTrips} round trips + ${budget} ms`,
      result: `${fixed(f.ms)} ms = ${f.roundTrips} × ${f.latencyMs} ms ${f.overheadMs < 0 ? '−' : '+'} ${fixed(Math.abs(f.overheadMs))} ms`,
      ok: f.overheadMs < budget,
    });
  }
  const mogulNode = coldRow(results, 'chartmogul-node');
  for (const [spec, goal] of [['chartstack/chartmogul', 0.5], ['chartstack/chartmetric', 0.6], ['chartstack/soundcharts', 0.6]]) {
    const r = coldRow(results, spec).load / mogulNode.load;
    out.push({ what: `Cold start: \`require('${spec}')\` ÷ \`require('chartmogul-node')\`, fresh processes`, goal: `≤ ${goal}`, result: ratio(r), ok: r <= goal });
  }
  const heaviest = results.coldStart.rows.filter((r) => r.spec !== 'chartmogul-node').reduce((a, b) => (b.heapMiB > a.heapMiB ? b : a));
  out.push({ what: 'Cold start: heap after loading each entry, above an empty process', goal: '≤ 6 MiB', result: `${fixed(heaviest.heapMiB, 1)} MiB at most (${heaviest.spec})`, ok: heaviest.heapMiB <= 6 });
  const [first, firstNode] = ['chartstack', 'chartmogul-node'].map((c) => results.coldStart.firstCall.find((r) => r.client === c).ms);
  out.push({ what: 'Cold start: require + client + first ChartMogul call, chartstack ÷ chartmogul-node', goal: '< 1', result: `${ratio(first / firstNode)} (${fixed(first)} vs ${fixed(firstNode)} ms)`, ok: first < firstNode });
  if (results.quota) out.push(...quotaGoals(results.quota));
  const walk = (mode, heap) => results.pagination.rows.find((r) => r.mode === mode && r.heap === heap);
  const pg = walk('chartstack', 'capped');
  out.push({
    what: `Pagination, 100,000 items: peak RSS growth (heap capped: ${results.pagination.cappedFlags})`,
    goal: '< 50 MB',
    result:
      `${fixed(pg.growthMiB, 1)} MiB (raw undici loop: ${fixed(walk('raw', 'capped').growthMiB, 1)} MiB). ` +
      `With Node's default heap: ${fixed(walk('chartstack', 'default').growthMiB, 1)} MiB, raw loop ${fixed(walk('raw', 'default').growthMiB, 1)} MiB — V8's young generation alone reaches ${fixed(walk('chartstack', 'default').newSpaceMiB, 0)} MiB`,
    ok: pg.growthMiB * 2 ** 20 < 50e6,
  });
  return out;
}

export function renderReport(results) {
  const m = results.machine;
  const parts = [];
  parts.push(`# chartstack benchmarks

Generated by \`npm run bench\` (bench/run.mjs) on ${m.date}${results.quick ? ' — **quick smoke run: too short to quote**' : ''}.
Every comparison below was measured in this one run, on the loopback sandbox (\`createSandbox().listen()\`),
against the same server. Absolute numbers depend on the machine and its load; the ratios are the
comparison. Regenerate with \`npm run bench\`.

## Machine

${table(['', ''], [
    ['CPU', m.cpu],
    ['memory', m.memory],
    ['OS', m.os],
    ['Node', m.node],
    ['chartstack / undici / chartmogul-node', `${m.chartstack} / ${m.undici} / ${m.chartmogulNode}`],
    ['load average (1/5/15 min) at start → end', `${m.loadAtStart} → ${results.loadAtEnd}`],
  ])}

## Goals

${table(['benchmark', 'goal', 'this run', ''], goals(results).map((g) => [g.what, g.goal, g.result, mark(g.ok)]))}`);

  for (const t of results.overhead.targets) {
    const raw = t.rows.find((r) => r.contender === RAW);
    parts.push(`## Per-call overhead — ${t.label}

${t.calls.toLocaleString('en-US')} calls per measurement at concurrency ${results.overhead.concurrency}, ${t.rounds} rounds, medians.
"CPU ÷" is raw undici's CPU per call divided by the contender's (1.00× = the same cost, lower = more work per call).

${table(
  ['contender', 'calls/s', 'vs raw undici', 'CPU µs/call', 'CPU ÷'],
  t.rows.map((r) => [r.contender, fixed(r.callsPerSec), ratio(r.callsPerSec / raw.callsPerSec), fixed(r.cpuUsPerCall), ratio(raw.cpuUsPerCall / r.cpuUsPerCall)]),
)}`);
  }

  const node = results.mogul.rows.find((r) => r.contender.startsWith('chartmogul-node'));
  parts.push(`## Against chartmogul-node — ChartMogul metrics endpoints

Both clients cycle through the nine metrics endpoints (mrr, arr, arpa, asp, customer-count,
customer-churn-rate, mrr-churn-rate, ltv, all) with the same parameters, against the same server:
${results.mogul.calls.toLocaleString('en-US')} calls per measurement at concurrency ${results.mogul.concurrency}, ${results.mogul.rounds} rounds, medians.
chartstack also camelCases and validates every response; chartmogul-node returns the JSON as sent.

${table(
  ['client', 'calls/s', 'vs chartmogul-node', 'CPU µs/call'],
  results.mogul.rows.map((r) => [r.contender, fixed(r.callsPerSec), ratio(r.callsPerSec / node.callsPerSec), fixed(r.cpuUsPerCall)]),
)}`);

  parts.push(`## Pacing — sandbox enforcing the limit, steady and jittery networks

A sandbox enforcing the provider's limit in a sliding one-second window (429 above it), which counts
each request when it arrives; in the "jitter" rows every request is delayed on its way in by 0–150 ms,
drawn at random per request (\`createSandbox({ latency: { minMs: 0, maxMs: 150 } })\`). A chartstack
client with default pacing (Chartmetric learns the limit from \`X-RateLimit-Limit\`; ChartMogul paces at
its documented 40 req/s), all calls queued at once, over the real Node transport. "After the first
response" is the pace the limiter keeps; "from the first call" also counts the token exchange and the
first (probe) call. The margin below the limit follows the spread of response latencies (src/core/pace-margin.ts).

${table(
  ['provider', 'limit', 'arrival jitter', 'calls', '429s', 'achieved ÷ limit, after the first response', 'from the first call', 'seconds'],
  results.pacing.rows.map((p) => [PROVIDER_NAMES[p.provider], `${p.limit}/s`, p.jitterMs ? `0–${p.jitterMs} ms` : '–', p.calls, p.tooMany, p.steady.toFixed(3), p.overall.toFixed(3), p.seconds.toFixed(1)]),
)}

### Four processes sharing one limit through Redis

${
  results.pacing.fleet.length
    ? `Four Node processes, each with a Chartmetric client on one credential (\`rateLimit: { redis }\`, tokens in a
\`RedisTokenStore\`), all calls queued at once, against one sandbox enforcing the limit. Counted at the server.

${table(
  ['processes', 'limit', 'arrival jitter', 'calls', '429s', 'most in any second', 'token exchanges', 'achieved ÷ limit, after the first response', 'from the first call'],
  results.pacing.fleet.map((p) => [p.fleet, `${p.limit}/s`, p.jitterMs ? `0–${p.jitterMs} ms` : '–', p.calls, p.tooMany, p.peakPerSecond, p.tokenExchanges, p.steady.toFixed(3), p.overall.toFixed(3)]),
)}`
    : 'Not measured in this run: `redis-server` is not installed (Debian: `apt-get install -y redis-server`).'
}`);

  if (results.quota) parts.push(quotaSection(results.quota));

  parts.push(`## A fresh client's first calls

A loopback sandbox where every request takes ${results.firstCall.latencyMs} ms to arrive (a fixed round trip), and a new
client — its modules, undici and the sandbox's data already loaded by an earlier client in the same
process — making its first call, or three first calls at once. Median of several fresh clients. The
token exchange is not paced; Chartmetric's first call goes at once and the calls made meanwhile wait for
its answer (which tells the limit), then leave together.

${table(
  ['client', 'first calls', 'time', 'round trips', 'beyond the round trips'],
  results.firstCall.rows.map((f) => [PROVIDER_NAMES[f.provider], f.concurrent, `${fixed(f.ms)} ms`, `${f.roundTrips} × ${f.latencyMs} ms`, `${f.overheadMs < 0 ? '−' : '+'}${fixed(Math.abs(f.overheadMs))} ms`]),
)}`);

  parts.push(`## Pagination — 100,000 Soundcharts items

One walk through a 100,000-song list (1,000 pages of 100) per row, each in a fresh process; RSS is
sampled every 20 ms. "Kept after GC" is the heap that survives a full collection after the walk,
compared with before it. Each walk runs with Node's default heap settings and with the heap capped
(\`${results.pagination.cappedFlags}\`). With the defaults, V8 sizes its heap for the allocation rate:
on this machine it grows the young generation ("new space at peak") to its maximum for any client
walking pages, the raw loop included, so peak RSS there measures V8's sizing rather than the walk.
Under the cap, a walk that kept items or pages would run out of heap; one that keeps a page at a time
finishes, and its growth is what walking really costs.

${table(
  ['walk', 'heap', 'items/s', 'peak RSS growth', 'new space at peak', 'RSS change over the 2nd half', 'kept after GC'],
  results.pagination.rows.map((r) => [
    r.mode === 'raw' ? 'raw undici.request + JSON.parse, following page.next' : 'chartstack `for await`',
    r.heap === 'capped' ? 'capped' : 'Node defaults',
    fixed(r.itemsPerSecond),
    `${fixed(r.growthMiB, 1)} MiB`,
    `${fixed(r.newSpaceMiB, 0)} MiB`,
    `${fixed(r.secondHalfMiB, 1)} MiB`,
    `${fixed(r.retainedMiB, 1)} MiB`,
  ]),
)}`);

  const cold = results.coldStart;
  const mogulNode = coldRow(results, 'chartmogul-node');
  const firstNode = cold.firstCall.find((r) => r.client === 'chartmogul-node');
  parts.push(`## Cold start — a fresh process, side by side with chartmogul-node

What a serverless instance pays before its first answer. Each figure is the median over ${cold.rounds}
rounds of fresh Node processes, timed from spawn to exit, minus an empty \`node -e ""\` process of the
same round (${fixed(cold.empty.cjs)} ms here); every contender ran in every round. Heap is \`heapUsed\`
after a full GC, minus an empty process's (${fixed(cold.empty.heapMiB, 1)} MiB). workerd: the entry
bundled as wrangler does (workerd conditions, minified) into a Worker that builds its client (the root
entry: all three) and reads one family of each; ${cold.copies} copies of that Worker started in one workerd
(one isolate each), from \`new Miniflare()\` to every copy's first response, minus the same for an empty
Worker (${fixed(cold.empty.workerd)} ms), divided by ${cold.copies}: one Worker's start and first request. Median of ${cold.workerRounds} rounds.

${table(
  ['entry', 'require()', '÷ chartmogul-node', 'import()', 'heap after load', 'workerd: one Worker\'s start + first response', 'Worker bundle (min)'],
  cold.rows.map((r) => [
    r.spec === 'chartmogul-node' ? 'chartmogul-node 3 (for comparison)' : r.spec,
    `${fixed(r.load)} ms`,
    ratio(r.load / mogulNode.load),
    r.esm === undefined ? '–' : `${fixed(r.esm)} ms`,
    `+${fixed(r.heapMiB, 1)} MiB`,
    r.workerd ? `${fixed(r.workerd.ms)} ms` : '–',
    r.workerd ? `${fixed(r.workerd.kib, 1)} KiB` : '–',
  ]),
)}

A fresh process's \`require\`, a client and one ChartMogul MRR call against the bench server, then exit
(chartstack loads undici's dispatcher on its first request, so the load column alone would flatter it):

${table(
  ['client', 'require + client + first call', '÷ chartmogul-node'],
  cold.firstCall.map((r) => [r.client === 'chartstack' ? 'chartstack/chartmogul' : 'chartmogul-node 3', `${fixed(r.ms)} ms`, ratio(r.ms / firstNode.ms)]),
)}`);

  parts.push(`## Bundle size

From ${results.sizes.source}. ${results.sizes.title}

${results.sizes.table}`);

  parts.push(`## How this is measured

- **Server.** The sandbox's loopback server runs in its own process. For the throughput tables it
  memoizes successful GET answers per URL and credential and replays their bytes straight onto the
  socket (bench/lib/server.mjs): the fake builds its deterministic data and WHATWG Request/Response
  objects on every request, and on 2 shared cores that would cost the server as much as the fastest
  clients and cap them all at its pace. Every contender talks to that same server.
- **Contenders.** Each measurement is a fresh process (bench/workers/throughput.mjs): a warm-up of
  half as many calls as are measured (so V8 has finished optimizing every contender: process CPU
  time also counts its background compiler threads), then the measured calls from ${results.overhead.concurrency} concurrent loops. Raw undici and raw fetch send the same GET with
  the same credentials and \`JSON.parse\` the body. The goal is set against \`undici.request\`, what
  people write by hand; "raw undici dispatch" (undici's lowest-level API, which chartstack's Node
  transport is built on, collecting the body without a stream) is shown as the floor for any client
  on undici. chartstack also checks and serializes the
  parameters, unwraps the envelope, camelCases ChartMogul keys and, with validation on, checks the
  body against the catalog's schema. All chartstack clients here use \`rateLimit: false\` and
  \`coalesce: false\`: the concurrent loops repeat one identical call, which chartstack would otherwise
  share (fewer requests rather than a cheaper pipeline); what coalescing costs a call with nothing to
  share is measured on its own (Quota economy).
- **CPU per call** is the client process's user + system CPU time (all threads, GC included) divided
  by the calls. On a shared machine it is steadier than calls per second.
- **chartmogul-node** resolves paths against the origin of its \`apiBase\`, so the bench server also
  serves the ChartMogul fake at the root (\`/v1/...\`).
- **Pagination** uses a bench-only sandbox provider with a 100,000-song list (bench/lib/big-list.mjs);
  the sandbox's own lists are a few hundred items long.
- **Cold start** (bench/suites/cold-start.mjs) spawns a fresh process per figure and per round; the
  chartstack entries are the built package (\`dist/\`, resolved through its \`exports\` as a user's
  \`require\` would). On 2 shared cores single processes swing by tens of milliseconds: the medians
  and the ratios within one run are the figures to read.
- **Sizes** come from the project's size check when present, so CI and this report agree.`);
  return `${parts.join('\n\n')}\n`;
}
