// A pathological story: N articles of SIZE characters, each quoting sentences of the others and
// crediting them. Prints the time `check` takes; the project's bound for it is an open target.
//   npx tsx bench/pathological.ts [articles=200] [chars=100000]
import { check } from '../src/check.js';

const N = Number(process.argv[2] ?? 200);
const SIZE = Number(process.argv[3] ?? 100_000);
let seed = 7;
const rnd = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const words = 'council budget bridge harbour minister repairs vote election police flood toll storm people million dollars officials plan report week city river'.split(' ');
const names = ['Anna Berg', 'Tomas Lind', 'Marta Ruiz', 'John Okafor', 'Li Wei'];
const sentence = (): string => {
  const w = Array.from({ length: 8 + Math.floor(rnd() * 12) }, () => words[Math.floor(rnd() * words.length)]!);
  w[0] = w[0]![0]!.toUpperCase() + w[0]!.slice(1);
  return `${w.join(' ')} ${Math.floor(rnd() * 5000)}`;
};
const pool = Array.from({ length: 3000 }, sentence);
const articles = Array.from({ length: N }, (_, i) => {
  let text = `Outlet${i}/ `;
  while (text.length < SIZE) {
    const s = pool[Math.floor(rnd() * pool.length)]!;
    const who = names[Math.floor(rnd() * names.length)]!;
    text += rnd() < 0.5 ? `"${s}," ${who} said, according to Outlet${Math.floor(rnd() * N)}. ` : `${who} said ${s.toLowerCase()}. `;
    if (rnd() < 0.2) text += '\n\n';
  }
  return { id: `outlet${i}`, text, published: `2025-01-${String(1 + (i % 28)).padStart(2, '0')}` };
});
const t = performance.now();
const r = check(articles, { maxTotalChars: N * SIZE * 2 });
console.log(`${N} articles x ${SIZE} chars: ${((performance.now() - t) / 1000).toFixed(1)} s, ${r.claims.length} claims, ${r.discrepancies.length} findings, ${r.errors.length} errors`);
