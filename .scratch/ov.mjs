import { startServer } from '../bench/lib/child.mjs';
import { overheadSuite } from '../bench/suites/throughput.mjs';
const server = await startServer({ memo: true });
const r = await overheadSuite(server, { quick: false });
for (const t of r.targets) { console.log(t.target); for (const row of t.rows) console.log('  ', row.contender.padEnd(34), Math.round(row.callsPerSec), row.cpuUsPerCall.toFixed(1)); }
await server.stop();
