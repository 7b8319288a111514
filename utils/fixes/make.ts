import type { FieldCandidate, FieldName } from '../article';
import {
  elementWithPicture,
  elementWithText,
  headlineElement,
  labelOf,
  selectorFor,
  selectorOfDescription,
} from './match';
import type { BlockSelector, HideField, PickField, SiteRule } from './rules';

/**
 * The rules a reader's fixes become, made from the page the reader is fixing: what fix mode,
 * the tests and `eval --fixes` all call, so that a rule is tested as the reader makes it.
 */

/**
 * Remove a block the body shows, or bring back one the extraction left out (`text` is the
 * block's text as the reader or the trace shows it). Null when the page has no such block.
 */
export function blockRule(
  page: Document,
  title: string,
  kind: 'remove' | 'restore',
  text: string,
): Extract<SiteRule, { kind: 'remove' | 'restore' }> | null {
  return ruleFor(page, title, kind, elementWithText(page, text, kind === 'remove'));
}

/**
 * Remove a block of the body that is only a picture (`picture`: its name, as `pictureName` gives it), found
 * on the page by the picture's name. Null when the page has no such picture.
 */
export function pictureRule(
  page: Document,
  title: string,
  picture: string,
): Extract<SiteRule, { kind: 'remove' }> | null {
  return ruleFor(page, title, 'remove', elementWithPicture(page, picture));
}

/** The rule for the block found on the page: described by its structure, named for the reader by its label. */
function ruleFor<K extends 'remove' | 'restore'>(
  page: Document,
  title: string,
  kind: K,
  el: Element | null,
): { kind: K; block: BlockSelector; label: string } | null {
  if (!el) return null;
  return { kind, block: selectorFor(el, headlineElement(page, title)), label: labelOf(el) };
}

/**
 * Show this candidate of the field from now on. A candidate read from an element (an `h1`, a
 * byline) keeps that element's description: a source such as `h1` names several elements of a
 * page, and another article's headline may be a different one.
 */
export function pickRule(field: PickField, candidate: FieldCandidate<unknown>): SiteRule {
  const value = candidate.value;
  const label = Array.isArray(value) ? value.join(', ') : String(value ?? '');
  const element = candidate.element ? { element: selectorOfDescription(candidate.element) } : {};
  return { kind: 'pick', field, source: candidate.source, ...element, label: label.slice(0, 200) };
}

export function hideRule(field: HideField): SiteRule {
  return { kind: 'hide', field };
}

export function isPickField(field: FieldName): field is PickField {
  return field === 'title' || field === 'authors' || field === 'teaser' || field === 'publishedTime';
}
