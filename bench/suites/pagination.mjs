// Pagination memory: 100,000 items through `for await`, served by the bench server's long list,
// beside a raw undici loop over the same pages (same run, same server). Each walk runs twice:
// - with Node's default heap settings: peak RSS is then mostly V8's own sizing (on a machine with
//   plenty of memory it grows the young generation to 2 × 64 MiB semi-spaces for any process
//   allocating page after page — the raw loop included), not what the walk keeps;
// - with the heap capped (`--max-old-space-size=32 --max-semi-space-size=2`): a walk that kept
//   items or pages would run out of heap here; a flat one finishes, and its RSS growth is what the
//   walk itself costs.
import { SANDBOX_CREDENTIALS } from 'chartstack/testing';
import { runWorker } from '../lib/child.mjs';

/** The capped-heap flags: small enough that holding the list (tens of MiB) would crash the walk. */
export const CAPPED_HEAP = ['--max-old-space-size=32', '--max-semi-space-size=2'];

export async function paginationSuite(server) {
  const total = 100_000;
  const rows = [];
  for (const heap of ['default', 'capped']) {
    for (const mode of ['chartstack', 'raw']) {
      const nodeArgs = ['--expose-gc', ...(heap === 'capped' ? CAPPED_HEAP : [])];
      const result = await runWorker('pagination', { baseUrl: server.bigListUrl, total, mode, legacyKeys: SANDBOX_CREDENTIALS.soundchartsLegacy }, { nodeArgs });
      if (result.items !== total) throw new Error(`pagination (${mode}, ${heap} heap): iterated ${result.items} items, expected ${total}`);
      rows.push({ ...result, heap });
    }
  }
  return { total, rows, cappedFlags: CAPPED_HEAP.join(' ') };
}
