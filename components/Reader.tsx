import { useMemo } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Article } from '@/utils/article';
import type { ReaderSettings } from '@/utils/settings';
import { hostOf } from '@/utils/extract/text';
import readerCss from './reader.css?inline';
import { ArticleBody } from './ArticleBody';
import { bodyHasLead } from '@/utils/library/lead-picture';
import { ReaderControls } from './ReaderControls';
import { TeaserList } from './TeaserList';
import { t } from '@/utils/i18n';
import { headerLabels } from './article-labels';
import { formatDate } from './format-date';

export interface ReaderProps {
  article: Article;
  /** The body is left out of this render (the overlay's first frame shows the header only). */
  bodyPending?: boolean;
  settings: ReaderSettings;
  onSettingsChange(next: ReaderSettings): void;
  /** undefined ⇒ no Save button */
  saved?: boolean;
  onToggleSave?(): void;
  /** Shown when saving failed (quota etc.). */
  saveError?: string | null;
  /** The "Saved articles" button; hidden when undefined. */
  onShowLibrary?(): void;
  /** Overlay only; hidden when undefined. */
  onClose?(): void;
}

/** The id of the headline, so a host can label its dialog with it. */
export const READER_HEADING_ID = 'lede-headline';

const FONT_STACKS: Record<ReaderSettings['font'], string> = {
  serif: 'var(--lede-serif)',
  sans: 'var(--lede-sans)',
  legible: 'var(--lede-legible)',
};

/**
 * One article, ready to read. Metadata is rendered as text (Preact escapes it); only the body is
 * HTML, and ArticleBody sanitises that again. The styles travel with the component so the overlay's
 * shadow root and the saved-article page look the same.
 */
export function Reader(props: ReaderProps) {
  const { article, settings } = props;
  const leadImage = webUrl(article.leadImage, /^data:image\//i);
  const originalUrl = webUrl(article.url);
  const showLeadImage = useMemo(
    () => leadImage !== null && !bodyHasLead(article.content, leadImage),
    [article.content, leadImage],
  );
  const style = {
    '--lede-reading-font': FONT_STACKS[settings.font],
    '--lede-size': `${settings.fontSize}px`,
    '--lede-measure': String(settings.lineWidth),
    '--lede-leading': String(settings.lineHeight),
  } as JSX.CSSProperties;
  const labels = headerLabels(article.lang);
  const date = formatDate(article.publishedTime, labels.locale);
  const site = article.siteName ?? hostOf(article.url);

  return (
    <div class="lede-root" data-theme={settings.theme} style={style}>
      <style>{readerCss}</style>
      <ReaderControls
        settings={settings}
        onSettingsChange={props.onSettingsChange}
        saved={props.saved}
        onToggleSave={props.saved === undefined ? undefined : props.onToggleSave}
        saveError={props.saveError}
        onShowLibrary={props.onShowLibrary}
        onClose={props.onClose}
      />
      <article class="lede-article" lang={article.lang || undefined} dir={article.dir}>
        <header>
          {/* The lines follow the article's direction, so an RTL article's header aligns right; the
              reader's own phrases are isolated (dir="auto") so "1 min read" does not reorder in it. */}
          {(site || date) && (
            <p class="lede-kicker">
              {/* The separator (CSS) goes on the outer span, in the article's direction, so an
                  RTL kicker reads "site · date" from the right. */}
              {site && (
                <span>
                  <bdi>{site}</bdi>
                </span>
              )}
              {date && (
                <span>
                  <time dir="auto" dateTime={article.publishedTime ?? undefined}>
                    {date}
                  </time>
                </span>
              )}
            </p>
          )}
          <h1 class="lede-headline" id={READER_HEADING_ID}>
            {article.title}
          </h1>
          {article.authors.length > 0 && (
            <p class="lede-byline">
              <span dir="auto">{labels.by(formatList(article.authors, labels.locale))}</span>
            </p>
          )}
          {/* A header read before its body (a large page) has no words counted yet: the page's
              raw text would count its scripts and menus too. */}
          {article.wordCount > 0 && (
            <p class="lede-reading-time">
              <span dir="auto">{labels.minutes(article.readingMinutes)}</span>
            </p>
          )}
          <TeaserList items={article.teaser} />
        </header>
        {showLeadImage && leadImage && (
          <figure class="lede-lead">
            <img
              src={leadImage}
              alt=""
              referrerpolicy="no-referrer"
              // Offline or blocked: an empty box would only push the text down.
              onError={(event) => ((event.currentTarget as HTMLElement).parentElement!.hidden = true)}
            />
          </figure>
        )}
        {!props.bodyPending && (
          <>
            <ArticleBody html={article.content} />
            <footer class="lede-footer">
              {originalUrl ? (
                <a dir="auto" href={originalUrl} target="_blank" rel="noopener noreferrer">
                  {t('readerOriginal', site)}
                </a>
              ) : (
                <span dir="auto">{site}</span>
              )}
            </footer>
          </>
        )}
      </article>
    </div>
  );
}

function formatList(items: string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * A stored article is data from the web (or from an import file): its URLs become attributes only
 * when they are plain web addresses, never `javascript:` or other schemes.
 */
function webUrl(url: string | null, alsoAllowed?: RegExp): string | null {
  if (!url) return null;
  if (alsoAllowed?.test(url)) return url;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
