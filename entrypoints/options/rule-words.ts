import type { BlockSelector, PickField, SiteRule } from '@/utils/fixes/rules';
import type { MessageKey } from '@/utils/i18n';

type T = (key: MessageKey, substitutions?: string | string[]) => string;

const FIELD_KEYS: Record<PickField, MessageKey> = {
  title: 'fixesFieldTitle',
  authors: 'fixesFieldAuthors',
  teaser: 'fixesFieldTeaser',
  publishedTime: 'fixesFieldPublishedTime',
};

/** `aside#rail.related`: the block as a person who knows a little CSS would name it. */
export function blockName(block: BlockSelector): string {
  return `${block.tag}${block.id ? `#${block.id}` : ''}${block.classes.map((c) => `.${c}`).join('')}`;
}

/** One rule in the words of the Site fixes page: "remove the block “Mehr zum Thema” (aside.related)". */
export function ruleInWords(rule: SiteRule, t: T): string {
  switch (rule.kind) {
    case 'remove':
      return t(rule.block.caption ? 'fixesRuleRemoveCaption' : 'fixesRuleRemove', [
        rule.label || blockName(rule.block),
        blockName(rule.block),
      ]);
    case 'restore':
      return t('fixesRuleRestore', [rule.label || blockName(rule.block), blockName(rule.block)]);
    case 'pick':
      return t('fixesRulePick', [t(FIELD_KEYS[rule.field]), rule.source, rule.label]);
    case 'hide':
      return t('fixesRuleHide', t(FIELD_KEYS[rule.field]));
  }
}
