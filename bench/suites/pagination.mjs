// Pagination memory: 100,000 items through `for await`, served by the bench server's long list,
// beside a raw undici loop over the same pages (same run, same server).
import { runWorker } from '../lib/child.mjs';

export async function paginationSuite(server) {
  const total = 100_000;
  const rows = [];
  for (const mode of ['chartstack', 'raw']) {
    const result = await runWorker('pagination', { baseUrl: server.bigListUrl, total, mode }, { nodeArgs: ['--expose-gc'] });
    if (result.items !== total) throw new Error(`pagination (${mode}): iterated ${result.items} items, expected ${total}`);
    rows.push(result);
  }
  return { total, rows };
}
