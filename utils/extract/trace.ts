import type {
  ElementDescription,
  ExtractTrace,
  FieldCandidate,
  FieldName,
  FieldTrace,
  PassName,
  PassRecord,
  TraceFields,
} from '../article';
import { describeElement, STAMP } from './trace-element';
import { clean, key, textOf } from './text';

/**
 * The pass trace (`extractArticle(doc, url, { trace: true })`): the phases report to a recorder
 * handed down to them, what each pass took out of the text and which values each field was read
 * from. With tracing off they get `NO_TRACE`, whose methods do nothing: callers pass elements,
 * never text they computed for it, so an untraced run costs a few empty calls. A caller that must
 * compute something only for the trace asks `rec.on` first.
 */
export interface Recorder {
  readonly on: boolean;
  /** A pass took `el` (or, with `text`, that text of it) out of the body. */
  removed(pass: PassName, why: string, el: Element, text?: string): void;
  /** A pass kept, moved or added text that would otherwise be lost. */
  changed(pass: PassName, action: 'kept' | 'moved' | 'added', why: string, el: Element, text?: string): void;
  /** A value a phase read for a field from `source`, winning or not. Empty values are ignored. */
  saw<K extends FieldName>(field: K, value: TraceFields[K]['value'], source: string, el?: Element | null): void;
  /** The value the article shows; unless `how` names its source, that of the first `saw` of the same value. */
  chose<K extends FieldName>(field: K, value: TraceFields[K]['value'], how?: Chosen): void;
  /** Records made from here on go before the ones made so far after `mark()` (see `insertAt`). */
  mark(): number;
  insertAt(at: number, records: PassRecord[]): void;
  /** Text a pass already took out, by comparison key. */
  accounted(text: string): boolean;
  describe(el: Element): ElementDescription;
  /** A record for `insertAt`, or null for an element without text. */
  build(pass: PassName, action: PassRecord['action'], why: string, el: Element, text?: string): PassRecord | null;
  /** The source of the first value seen for `field` equal to `value`. */
  sourceOf<K extends FieldName>(field: K, value: TraceFields[K]['value']): string | undefined;
  /** Marks the clone's elements with their descriptions before any pass runs; `unstamp` takes the marks off. */
  stamp(root: Element): void;
  unstamp(root: Element): void;
}

/** How a field's value was chosen, when the phase knows better than the first source that gave it. */
export interface Chosen {
  source?: string;
  element?: Element | null;
  /** Sources that confirmed the value without giving it whole (a segment of a meta title). */
  also?: string[];
}

const noop = (): void => {};

export const NO_TRACE: Recorder = {
  on: false,
  removed: noop,
  changed: noop,
  saw: noop,
  chose: noop,
  mark: () => 0,
  insertAt: noop,
  accounted: () => false,
  describe: () => ({ tag: '', classes: [], path: [] }),
  build: () => null,
  sourceOf: () => undefined,
  stamp: noop,
  unstamp: noop,
};

/** Characters of a removed text kept in the trace. */
const SHORT = 120;

type AnyValue = TraceFields[FieldName]['value'];

interface Seen {
  value: AnyValue;
  valueKey: string;
  source: string;
  element?: ElementDescription;
}

export class TraceRecorder implements Recorder {
  readonly on = true;
  private readonly passes: PassRecord[] = [];
  private readonly seen = new Map<FieldName, Seen[]>();
  private readonly chosen = new Map<
    FieldName,
    { value: AnyValue; source?: string; also: string[]; element?: ElementDescription }
  >();
  private readonly texts = new Set<string>();
  /** Descriptions of the clone's elements as they stood before any pass changed them, by stamp. */
  private readonly stamped: ElementDescription[] = [];
  private readonly byElement = new WeakMap<Element, ElementDescription>();

  /**
   * Marks every element of the clone with its index before any pass runs, and keeps its
   * description: Readability strips classes and rebuilds some elements (a `<div>` turned `<p>`
   * keeps its attributes), so a block removed later is still described as the page had it.
   * The marks are taken off again before the body is serialised (`unstamp`).
   */
  stamp(root: Element): void {
    const landmarks = new Map<Element, ElementDescription>();
    const walker = root.ownerDocument.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
    for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) {
      const description = describeElement(n, landmarks);
      n.setAttribute(STAMP, String(this.stamped.length));
      this.stamped.push(description);
      this.byElement.set(n, description);
    }
  }

  /** Takes the marks off the body, remembering each element's description for the sanitiser's removals. */
  unstamp(root: Element): void {
    for (const el of Array.from(root.querySelectorAll(`[${STAMP}]`))) {
      const description = this.stamped[Number(el.getAttribute(STAMP))];
      if (description) this.byElement.set(el, description);
      el.removeAttribute(STAMP);
    }
  }

  describe(el: Element): ElementDescription {
    const known = this.byElement.get(el) ?? this.stamped[Number(el.getAttribute(STAMP) ?? NaN)];
    return known ?? describeElement(el);
  }

  removed(pass: PassName, why: string, el: Element, text?: string): void {
    this.record(pass, 'removed', why, el, text);
  }

  changed(pass: PassName, action: 'kept' | 'moved' | 'added', why: string, el: Element, text?: string): void {
    this.record(pass, action, why, el, text);
  }

  private record(pass: PassName, action: PassRecord['action'], why: string, el: Element, given?: string): void {
    const record = this.build(pass, action, why, el, given);
    if (record) this.passes.push(record);
  }

  build(pass: PassName, action: PassRecord['action'], why: string, el: Element, given?: string): PassRecord | null {
    // Block-aware text, so that a list's items read apart ("E-Mail Teilen", not "E-MailTeilen").
    const text = clean(given ?? textOf(el));
    if (!text) return null;
    if (action === 'removed') {
      this.texts.add(key(text));
      // Its blocks are accounted for too: Readability's comparison goes block by block.
      for (const inner of [el, ...Array.from(el.getElementsByTagName('*'))]) this.texts.add(key(inner.textContent));
    }
    return { pass, action, why, text: shorten(text), chars: text.length, element: this.describe(el) };
  }

  sourceOf<K extends FieldName>(field: K, value: TraceFields[K]['value']): string | undefined {
    const valueKey = keyOf(value);
    return this.seen.get(field)?.find((s) => s.valueKey === valueKey)?.source;
  }

  mark(): number {
    return this.passes.length;
  }

  insertAt(at: number, records: PassRecord[]): void {
    this.passes.splice(at, 0, ...records);
  }

  accounted(text: string): boolean {
    return this.texts.has(key(text));
  }

  saw<K extends FieldName>(field: K, value: TraceFields[K]['value'], source: string, el?: Element | null): void {
    const valueKey = keyOf(value);
    if (!valueKey) return;
    const list = this.seen.get(field) ?? [];
    if (list.some((s) => s.valueKey === valueKey && s.source === source)) return;
    list.push({ value, valueKey, source, ...(el ? { element: this.describe(el) } : {}) });
    this.seen.set(field, list);
  }

  chose<K extends FieldName>(field: K, value: TraceFields[K]['value'], how: Chosen = {}): void {
    this.chosen.set(field, {
      value,
      source: how.source,
      also: how.also ?? [],
      ...(how.element ? { element: this.describe(how.element) } : {}),
    });
  }

  result(): ExtractTrace {
    const fields: Partial<Record<FieldName, FieldTrace<AnyValue>>> = {};
    for (const [field, chosen] of this.chosen) fields[field] = fieldTrace(chosen, this.seen.get(field) ?? []);
    return { passes: this.passes, fields: fields as Partial<TraceFields> };
  }
}

function fieldTrace(
  chosen: { value: AnyValue; source?: string; also: string[]; element?: ElementDescription },
  seen: Seen[],
): FieldTrace<AnyValue> {
  const { value } = chosen;
  const valueKey = keyOf(value);
  const same = valueKey ? seen.filter((s) => s.valueKey === valueKey) : [];
  const winner = chosen.source ? undefined : same[0];
  const source = chosen.source ?? winner?.source ?? (valueKey ? 'unknown' : 'none');
  const element = chosen.element ?? winner?.element;
  const candidates: Array<FieldCandidate<AnyValue>> = [];
  const listed = new Set([valueKey]);
  for (const s of seen) {
    if (listed.has(s.valueKey)) continue;
    listed.add(s.valueKey);
    candidates.push({ value: s.value, source: s.source, ...(s.element ? { element: s.element } : {}) });
  }
  return {
    value,
    source,
    ...(element ? { element } : {}),
    also: [...new Set([...chosen.also, ...same.map((s) => s.source)].filter((s) => s !== source))],
    candidates,
  };
}

function keyOf(value: AnyValue): string {
  if (value === null) return '';
  return Array.isArray(value) ? value.map(key).filter(Boolean).join('\n') : key(value) || clean(value);
}

export function shorten(text: string): string {
  return text.length <= SHORT ? text : `${text.slice(0, SHORT - 1).trimEnd()}…`;
}
