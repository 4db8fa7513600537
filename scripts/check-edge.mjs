#!/usr/bin/env node
// `npm run check:edge`: fails when a Node builtin (`node:*`, `http`, `events`, …) or undici is
// reachable from any public entry as an edge runtime resolves it. Every entry is bundled from the
// built package through `exports`, for each target's conditions (workerd, edge-light, browser,
// deno, bun, default), both as `import` and as `require`, with all dependencies followed —
// dynamic `import()`s included. Also checks that the Node entry still resolves to undici, so the
// two builds cannot silently swap. Run `npm run build` first.
import { ENTRIES, EDGE_TARGETS, bundleEntry, importChain } from './lib/edge-bundle.mjs';

const failures = [];
let bundles = 0;
for (const [target, conditions] of Object.entries(EDGE_TARGETS)) {
  for (const format of ['esm', 'cjs']) {
    for (const entry of ENTRIES) {
      const { metafile, forbidden } = await bundleEntry(entry, { conditions, format });
      bundles++;
      const inputs = Object.keys(metafile.inputs);
      if (!inputs.some((f) => f.startsWith('dist/edge/'))) failures.push(`${target}/${format} ${entry}: resolved outside dist/edge (${inputs.find((f) => f.startsWith('dist/'))})`);
      for (const hit of forbidden) failures.push(`${target}/${format} ${entry}: ${hit.kind} '${hit.specifier}' via ${importChain(metafile, hit.importer)}`);
      for (const file of inputs.filter((f) => /(^|\/)node_modules\/undici\//.test(f))) failures.push(`${target}/${format} ${entry}: undici file ${importChain(metafile, file)}`);
    }
  }
}

// The control: the Node build must still reach undici, or the check above proves nothing.
const node = await bundleEntry('chartstack', { conditions: ['node'] });
if (!node.forbidden.some((f) => f.specifier === 'undici')) failures.push("node: the 'node' condition no longer reaches undici (exports map or tsup config changed?)");

if (failures.length) {
  console.error(`check:edge FAILED — Node-only modules reachable from edge entries:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`check:edge ok — ${bundles} edge bundles (${ENTRIES.length} entries × ${Object.keys(EDGE_TARGETS).length} targets × import/require): no node: builtin, no undici; the node condition still uses undici.`);
