// Summarise a V8 .cpuprofile folder: self time by function and by file.  node bench/profile-top.mjs DIR
import { readFileSync, readdirSync } from 'node:fs';
const dir = process.argv[2];
const files = readdirSync(dir).filter(f => f.endsWith('.cpuprofile'));
const prof = JSON.parse(readFileSync(`${dir}/${files.sort()[0]}`, 'utf8'));
const self = new Map(); const byId = new Map(prof.nodes.map(n => [n.id, n]));
const dt = prof.timeDeltas; const samples = prof.samples;
for (let i = 0; i < samples.length; i++) { const n = byId.get(samples[i]); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) || 0) + (dt[i] || 0)); }
const total = [...self.values()].reduce((a, b) => a + b, 0);
// inclusive by file
const byFile = new Map();
for (const [k, v] of self) { const f = k.split(' ')[1].split(':')[0]; byFile.set(f, (byFile.get(f) || 0) + v); }
console.log('self top:'); for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / total * 100).toFixed(1).padStart(5), k);
console.log('by file:'); for (const [k, v] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log((v / total * 100).toFixed(1).padStart(5), k);
