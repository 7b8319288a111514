import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article, ExtractTrace, FieldCandidate, FixReport, PassRecord, TraceFields } from '@/utils/article';
import { blockRule, hideRule, pickRule, pictureRule } from '@/utils/fixes/make';
import type { HideField, PickField, SiteRule } from '@/utils/fixes/rules';
import { addSiteRule, removeSiteRule, setFieldRule } from '@/utils/fixes/store';
import { key } from '@/utils/extract/text';
import { t } from '@/utils/i18n';
import { blockKey, blockPicture, blockText } from './blocks';
import { leftOutOn, type LeftOut } from './left-out';

/** What the overlay lends fix mode: the live page, a way to read it again, and the page's site. */
export interface FixesHost {
  /** The page the reader lies over: a rule describes a block of it, never of the reader's copy. */
  page: Document;
  /** What became of the site's fixes on this article, when it had any. */
  report?: FixReport;
  /**
   * Reads the page again, with or without the site's rules, with the trace when asked. `except`:
   * rules to leave unapplied although stored (those this reader made by removing a block, whose
   * block stays in the body behind its stub, so that Restore can still reach it).
   */
  read(options: {
    rules: boolean;
    trace: boolean;
    except?: readonly SiteRule[];
  }): Promise<{ article: Article; trace?: ExtractTrace } | null>;
  /** The registrable domain the page's rules are stored under; empty for a page that is no site. */
  site(): Promise<string>;
  /** Told which blocks (by `blockKey`: their text, or a picture's name) the reader has removed, so a save leaves them out too. */
  removedBlocks?(texts: readonly string[]): void;
}

/** The header fields fix mode offers other candidates for; all but the headline can also be hidden. */
export type FixField = PickField;
export const FIX_FIELDS: readonly FixField[] = ['title', 'authors', 'teaser', 'publishedTime'];

/** Whether "Show none" is offered: an article always has a headline. */
export function canHide(field: FixField): field is HideField {
  return field !== 'title';
}

export interface FixMode {
  on: boolean;
  toggle(): void;
  /** How many of the site's fixes changed this article (0 once shown without them). */
  applied: number;
  /** How many of the site's fixes the guard kept from this article (they would take the headline or most of the text). */
  held: number;
  withoutFixes: boolean;
  showWithout(): Promise<void>;
  announcement: string;
  /**
   * Makes and stores the rule that removes this block of the reader's body (found on the page by its
   * text, or by its picture when it has none); null (and says so) when the page has no such block.
   */
  removeBlock(block: Element): Promise<SiteRule | null>;
  /** Deletes the rule a removal made; false (and says so) when storage refused. */
  restoreBlock(rule: SiteRule): Promise<boolean>;
  /** The rule that removed this block of the body in this reader, if it was removed here. */
  removedRule(block: Element): SiteRule | undefined;
  /** The article as this reader shows it. */
  article: Article;
  /** The header fields as the extraction traced them, once fix mode has been opened. */
  fields: Partial<TraceFields> | null;
  /** Shows this candidate of the field from now on, or nothing (`null`), and stores the rule. */
  pick(field: FixField, candidate: FieldCandidate<unknown> | null): Promise<void>;
  /** Whether the body shows the passages the extraction left out. */
  showLeftOut: boolean;
  toggleLeftOut(): void;
  /** Those passages, as the page has them, while they are shown (null until the trace is read). */
  leftOut: LeftOut[] | null;
  /** The passages brought back in this reader, by their text, with the rule each made. */
  brought: ReadonlyMap<string, SiteRule>;
  /**
   * Makes and stores the rule that brings back the passage with this text, and shows the page read
   * again with it; false (and says so, keeping nothing) when it cannot be made or brings nothing back.
   */
  bringBack(text: string): Promise<boolean>;
  /** Deletes the rule that brought back this passage, and shows the page read again without it. */
  undoBringBack(text: string): Promise<boolean>;
}

export function useFixMode(host: FixesHost, article: Article, show: (article: Article) => void): FixMode {
  const [on, setOn] = useState(false);
  const [withoutFixes, setWithoutFixes] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [fields, setFields] = useState<Partial<TraceFields> | null>(null);
  // The blocks removed in this reader: each rule, with the block's `blockKey`. A block is known by
  // its key, not its element, so that it keeps its stub in every body the page is read into again.
  const removed = useRef(new Map<SiteRule, string>());
  const tellRemoved = () => host.removedBlocks?.([...removed.current.values()]);
  const [traced, setTraced] = useState<{ passes: PassRecord[]; text: string } | null>(null);
  const [showLeftOut, setShowLeftOut] = useState(false);
  const [brought, setBrought] = useState<ReadonlyMap<string, SiteRule>>(new Map());
  // Found on the live page only once asked for: each passage is looked for in the whole page.
  const leftOut = useMemo(
    () => (showLeftOut && traced ? leftOutOn(host.page, traced.passes, traced.text) : null),
    [showLeftOut, traced, host.page],
  );

  // The candidates come from a traced reading, done only when fix mode first opens.
  useEffect(() => {
    if (!on || fields) return;
    let current = true;
    void host.read({ rules: !withoutFixes, trace: true }).then((read) => {
      if (current && read?.trace) took(read.article, read.trace);
    });
    return () => {
      current = false;
    };
  }, [on, fields, host, withoutFixes]);

  const took = (read: Article, trace: ExtractTrace) => {
    setFields(trace.fields);
    // The teaser too: a passage dropped for repeating it is not lost.
    setTraced({ passes: trace.passes, text: [...read.teaser, read.text].join('\n') });
  };

  /** Reads the page again with the site's rules as they now are, and shows it; the article, or null. */
  const reread = async (): Promise<Article | null> => {
    const read = await host.read({ rules: true, trace: true, except: [...removed.current.keys()] });
    if (!read) return null;
    if (read.trace) took(read.article, read.trace);
    setWithoutFixes(false);
    show(read.article);
    return read.article;
  };

  /** Stores a change for the page's site; false (and says so) when it cannot be stored. */
  const store = async (change: (site: string) => Promise<void>): Promise<string | null> => {
    try {
      const site = await host.site();
      if (!site) {
        setAnnouncement(t('fixNoSite'));
        return null;
      }
      await change(site);
      return site;
    } catch {
      setAnnouncement(t('fixStoreFailed'));
      return null;
    }
  };

  return {
    on,
    toggle() {
      setOn(!on);
      setAnnouncement(on ? t('fixModeOff') : t('fixModeOn'));
    },
    applied: withoutFixes ? 0 : (host.report?.applied ?? 0),
    held: withoutFixes
      ? 0
      : (host.report?.outcomes.filter((o) => o.reason === 'headline' || o.reason === 'too-much-text').length ?? 0),
    withoutFixes,
    async showWithout() {
      const read = await host.read({ rules: false, trace: false });
      if (!read) return;
      setWithoutFixes(true);
      setFields(null);
      setTraced(null);
      show(read.article);
      setAnnouncement(t('fixShownWithout'));
    },
    announcement,
    async removeBlock(block) {
      const text = blockText(block);
      const picture = text ? null : blockPicture(block);
      const rule = picture
        ? pictureRule(host.page, article.title, picture)
        : blockRule(host.page, article.title, 'remove', text);
      if (!rule) {
        setAnnouncement(t('fixBlockNotFound'));
        return null;
      }
      const site = await store((s) => addSiteRule(s, rule));
      if (!site) return null;
      setAnnouncement(t('fixBlockRemoved', site));
      removed.current.set(rule, blockKey(block));
      tellRemoved();
      return rule;
    },
    async restoreBlock(rule) {
      const site = await store((s) => removeSiteRule(s, rule));
      if (site) {
        setAnnouncement(t('fixBlockRestored', site));
        removed.current.delete(rule);
        tellRemoved();
      }
      return site !== null;
    },
    removedRule(block) {
      const wanted = blockKey(block);
      if (!wanted) return undefined;
      for (const [rule, key] of removed.current) if (key === wanted) return rule;
      return undefined;
    },
    article,
    fields,
    showLeftOut,
    toggleLeftOut() {
      setShowLeftOut(!showLeftOut);
    },
    leftOut,
    brought,
    async bringBack(text) {
      const rule = blockRule(host.page, article.title, 'restore', text);
      if (!rule) {
        setAnnouncement(t('fixLeftOutNotFound'));
        return false;
      }
      const site = await store((s) => addSiteRule(s, rule));
      if (!site) return false;
      const read = await reread();
      // A rule that brings nothing back here (the guard, or no place for it in the body) is not kept.
      if (!read || !key(read.text).includes(key(text))) {
        await store((s) => removeSiteRule(s, rule));
        await reread();
        setAnnouncement(t('fixLeftOutNotBack'));
        return false;
      }
      // The rule names a structure, which other passages left out may share: those came back too,
      // and are marked with their own Undo (the same rule), rather than vanishing from the list unmarked.
      const now = key(read.text);
      const also = (leftOut ?? []).map((p) => p.text).filter((p) => p !== text && now.includes(key(p)));
      const next = new Map(brought).set(text, rule);
      for (const passage of also) next.set(passage, rule);
      setBrought(next);
      setAnnouncement(
        also.length ? t('fixLeftOutBroughtBackMore', [site, String(also.length)]) : t('fixLeftOutBroughtBack', site),
      );
      return true;
    },
    async undoBringBack(text) {
      const rule = brought.get(text);
      const site = rule ? await store((s) => removeSiteRule(s, rule)) : null;
      if (!site) return false;
      // Every passage that rule brought back goes out again with it.
      const rest = new Map([...brought].filter(([, r]) => r !== rule));
      setBrought(rest);
      await reread();
      setAnnouncement(t('fixLeftOutUndone', site));
      return true;
    },
    async pick(field, candidate) {
      const made = candidate ? pickRule(field, candidate) : canHide(field) ? hideRule(field) : null;
      if (!made) return;
      const rule = made as Parameters<typeof setFieldRule>[1];
      const site = await store((s) => setFieldRule(s, rule));
      if (!site) return;
      show(withField(article, field, candidate));
      setAnnouncement(t('fixFieldSaved', site));
    },
  };
}

/** The article as the reader shows it after a pick: the candidate's value, or nothing. */
export function withField(article: Article, field: FixField, candidate: FieldCandidate<unknown> | null): Article {
  const value = candidate?.value;
  switch (field) {
    case 'title':
      return typeof value === 'string' && value ? { ...article, title: value } : article;
    case 'authors':
    case 'teaser':
      return { ...article, [field]: Array.isArray(value) ? value.map(String) : [] };
    case 'publishedTime':
      return { ...article, publishedTime: typeof value === 'string' ? value : null };
  }
}
