import { t } from '@/utils/i18n';

/** The publisher's standfirst or key points: one `<li>` per bullet, set apart from the body. */
export function TeaserList({ items }: { items: string[] }) {
  if (items.length === 0) return null;
  return (
    <ul class="lede-teaser" aria-label={t('readerTeaser')}>
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}
