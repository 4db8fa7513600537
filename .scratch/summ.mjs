import fs from 'node:fs';
const p = JSON.parse(fs.readFileSync(process.argv[2]));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const self = new Map();
const counts = new Map();
for (const s of p.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
let total = 0;
for (const [id, c] of counts) { const n = byId.get(id); const f = n.callFrame; const key = `${f.functionName || '(anon)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber}`; self.set(key, (self.get(key) ?? 0) + c); total += c; }
// group by file
const byFile = new Map();
for (const [k, c] of self) { const file = k.split(' ').slice(1).join(' ').split(':')[0]; byFile.set(file, (byFile.get(file) ?? 0) + c); }
console.log('total samples', total);
console.log('--- by file'); for (const [k, c] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((100 * c / total).toFixed(1).padStart(5), k);
console.log('--- by fn'); for (const [k, c] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] ?? 50))) console.log((100 * c / total).toFixed(1).padStart(5), k);
