import fs from 'node:fs';
const load = (dir) => {
  const f = fs.readdirSync(dir).find((x) => x.endsWith('.cpuprofile'));
  const p = JSON.parse(fs.readFileSync(`${dir}/${f}`));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const dt = (p.endTime - p.startTime) / p.samples.length; // µs per sample
  const self = new Map();
  for (let i = 0; i < p.samples.length; i++) {
    const n = byId.get(p.samples[i]); const fr = n.callFrame;
    const k = `${fr.functionName || '(anon)'} ${fr.url.split('/').slice(-2).join('/')}:${fr.lineNumber}`;
    self.set(k, (self.get(k) ?? 0) + (p.timeDeltas[i] ?? dt));
  }
  return self;
};
const [a, b, calls] = [load(process.argv[2]), load(process.argv[3]), Number(process.argv[4])];
const keys = new Set([...a.keys(), ...b.keys()]);
const rows = [...keys].map((k) => [((b.get(k) ?? 0) - (a.get(k) ?? 0)) / calls, (a.get(k) ?? 0) / calls, (b.get(k) ?? 0) / calls, k]).sort((x, y) => y[0] - x[0]);
const sum = (m) => [...m.entries()].filter(([k]) => !k.startsWith('(idle)')).reduce((s, [, v]) => s + v, 0) / calls;
console.log('non-idle µs/call', sum(a).toFixed(2), sum(b).toFixed(2));
for (const r of rows.slice(0, 40)) console.log(r[0].toFixed(3).padStart(7), r[1].toFixed(3).padStart(7), r[2].toFixed(3).padStart(7), r[3]);
console.log('...');
for (const r of rows.slice(-10)) console.log(r[0].toFixed(3).padStart(7), r[1].toFixed(3).padStart(7), r[2].toFixed(3).padStart(7), r[3]);
