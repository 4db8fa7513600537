#!/usr/bin/env node
// `npm run check:edge`: fails when a Node builtin (`node:*`, `http`, `events`, …) or undici is
// reachable from any public entry as an edge runtime resolves it. Every entry is bundled from the
// built package through `exports`, for each target's conditions (workerd, edge-light, browser,
// deno, bun, default), both as `import` and as `require`, with all dependencies followed —
// dynamic `import()`s included — and when the Node-only Redis cluster limiter is in an edge bundle.
// Also checks that the Node entry still resolves to undici, so the two builds cannot silently swap.
// Run `npm run build` first.
import { Buffer } from 'node:buffer';
import { ENTRIES, EDGE_TARGETS, bundleEntry, importChain } from './lib/edge-bundle.mjs';

/**
 * Whether a bundle carries the Redis-shared limiter (Node only; edge builds get its `.web.ts` twin):
 * recognised by the Redis hash field only that module writes.
 */
const hasClusterLimiter = (code) => Buffer.from(code).includes('chartstackPausedUntil');

const failures = [];
let bundles = 0;
for (const [target, conditions] of Object.entries(EDGE_TARGETS)) {
  for (const format of ['esm', 'cjs']) {
    for (const entry of ENTRIES) {
      const { code, metafile, forbidden } = await bundleEntry(entry, { conditions, format });
      bundles++;
      const inputs = Object.keys(metafile.inputs);
      if (!inputs.some((f) => f.startsWith('dist/edge/'))) failures.push(`${target}/${format} ${entry}: resolved outside dist/edge (${inputs.find((f) => f.startsWith('dist/'))})`);
      for (const hit of forbidden) failures.push(`${target}/${format} ${entry}: ${hit.kind} '${hit.specifier}' via ${importChain(metafile, hit.importer)}`);
      for (const file of inputs.filter((f) => /(^|\/)node_modules\/undici\//.test(f))) failures.push(`${target}/${format} ${entry}: undici file ${importChain(metafile, file)}`);
      if (hasClusterLimiter(code)) failures.push(`${target}/${format} ${entry}: the Node-only Redis cluster limiter (src/core/cluster-limiter.ts) is in the bundle`);
    }
  }
}

// The control: the Node build must still reach undici and the cluster limiter, or the checks above prove nothing.
const node = await bundleEntry('chartstack', { conditions: ['node'] });
if (!node.forbidden.some((f) => f.specifier === 'undici')) failures.push("node: the 'node' condition no longer reaches undici (exports map or tsup config changed?)");
if (!hasClusterLimiter(node.code)) failures.push("node: the 'node' condition no longer reaches the Redis cluster limiter (the marker below is stale?)");

if (failures.length) {
  console.error(`check:edge FAILED — Node-only modules reachable from edge entries:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`check:edge ok — ${bundles} edge bundles (${ENTRIES.length} entries × ${Object.keys(EDGE_TARGETS).length} targets × import/require): no node: builtin, no undici, no Redis cluster limiter; the node condition still uses undici.`);
