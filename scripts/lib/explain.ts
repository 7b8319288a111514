import type {
  ElementDescription,
  ExtractTrace,
  FieldCandidate,
  FieldName,
  PassRecord,
  TracedResult,
} from '../../utils/article';

/**
 * `extract --explain`: the pass trace as text a person reads top to bottom. First each field
 * with the source it came from and the values it beat, then what each pass did to the text,
 * grouped by pass in the order the passes ran.
 */

const FIELDS: FieldName[] = ['title', 'authors', 'teaser', 'publishedTime', 'siteName', 'leadImage', 'lang'];
/** Records printed per pass and why before the rest are counted instead. */
const PER_GROUP = 8;
/** Characters of a value shown. */
const VALUE_CHARS = 100;

export function explain(result: TracedResult, file: string): string {
  const out: string[] = [
    `${file}: ${result.ok ? `article, ${result.article.wordCount} words` : `no article (${result.reason})`}`,
    '',
  ];
  out.push(...fields(result.trace), '');
  out.push(...passes(result.trace.passes));
  return out.join('\n') + '\n';
}

function fields(trace: ExtractTrace): string[] {
  const out = ['FIELDS'];
  const shown = FIELDS.filter((f) => trace.fields[f]);
  if (!shown.length) return [...out, '  (none: the page gave no article)'];
  for (const name of shown) {
    const field = trace.fields[name]!;
    const also = field.also.length ? `; also ${field.also.join(', ')}` : '';
    out.push(`  ${name}: ${value(field.value)}`, `      from ${field.source}${where(field.element)}${also}`);
    for (const c of field.candidates as Array<FieldCandidate<unknown>>)
      out.push(`      not ${value(c.value)}  (${c.source}${where(c.element)})`);
  }
  return out;
}

function passes(records: PassRecord[]): string[] {
  const out = [`PASSES (${records.length} records)`];
  if (!records.length) return [...out, '  (none changed the text)'];
  const groups = new Map<string, PassRecord[]>();
  for (const r of records) {
    const group = `${r.pass}: ${r.action}`;
    groups.set(group, [...(groups.get(group) ?? []), r]);
  }
  for (const [group, list] of groups) {
    const chars = list.reduce((n, r) => n + r.chars, 0);
    out.push(`  ${group} — ${list.length} block${list.length === 1 ? '' : 's'}, ${chars} characters`);
    const byWhy = new Map<string, PassRecord[]>();
    for (const r of list) byWhy.set(r.why, [...(byWhy.get(r.why) ?? []), r]);
    for (const [why, same] of byWhy) {
      out.push(`    ${why}:`);
      for (const r of same.slice(0, PER_GROUP)) out.push(`      - "${r.text}"${where(r.element)}`);
      if (same.length > PER_GROUP) out.push(`      … and ${same.length - PER_GROUP} more`);
    }
  }
  return out;
}

function value(v: unknown): string {
  if (v === null || v === undefined || (Array.isArray(v) && !v.length) || v === '') return '(none)';
  const text = Array.isArray(v) ? v.map((x) => `"${String(x)}"`).join(' | ') : `"${String(v)}"`;
  const count = Array.isArray(v) && v.length > 1 ? `${v.length}× ` : '';
  return count + (text.length <= VALUE_CHARS ? text : `${text.slice(0, VALUE_CHARS - 1)}…`);
}

/** `  [p.lead in article > div.body]`: enough to find the element in the page's source. */
function where(el: ElementDescription | undefined): string {
  if (!el) return '';
  const own = `${el.tag}${el.id ? `#${el.id}` : ''}${el.classes
    .slice(0, 3)
    .map((c) => `.${c}`)
    .join('')}`;
  const up = [...el.path].reverse();
  const chain = [el.landmark, ...up].filter(Boolean).join(' > ');
  return `  [${own}${chain ? ` in ${chain}` : ''}]`;
}
