import { readFileSync } from 'node:fs';
import { loadSet } from './eval/sets';
import { parseHtml, readHtmlFile } from './lib/html-file';
const lines = readFileSync('/work/briefs/s12/fixes-explain.txt', 'utf8').split('\n').filter((l) => l.includes(' → '));
const cases = await loadSet('fundus-open');
const classes = new Map<string, Set<string>>();
async function cls(id: string) {
  if (!classes.has(id)) {
    const c = cases.find((x) => x.id === id)!;
    const d = parseHtml(await readHtmlFile(c.file), c.url);
    const s = new Set<string>();
    for (const el of Array.from(d.body?.querySelectorAll('[class]') ?? [])) for (const k of el.classList) s.add(k);
    classes.set(id, s);
    d.defaultView?.close();
  }
  return classes.get(id)!;
}
const rows: string[] = [];
for (const l of lines) {
  const m = l.match(/^(\S+) → (\S+): (\w+)/);
  if (!m) continue;
  const [, a, b, verdict] = m;
  const A = await cls(a!), B = await cls(b!);
  const inter = [...A].filter((k) => B.has(k)).length;
  const j = inter / (A.size + B.size - inter || 1);
  rows.push(`${j.toFixed(2)}\t${verdict}\t${a} → ${b}\t${l.includes('B needed no fix') ? 'noroom' : 'room'}`);
}
console.log(rows.sort().join('\n'));
