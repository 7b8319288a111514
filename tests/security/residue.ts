import { PAYLOADS, mentions } from './payloads';

/**
 * Static inspection of rendered or stored body HTML: what must not be there whether or not it
 * happened to fire in the test (a handler that needs a hover, a link that needs a click, a
 * stylesheet jsdom never fetches). Each finding names the payloads it came from, so a hole is
 * reported against the attack that opened it.
 */
export interface Residue {
  /** e.g. `<img onerror>` or `<a href=javascript:>` */
  what: string;
  ids: string[];
}

const FORBIDDEN_TAGS = new Set([
  'script',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'object',
  'embed',
  'frame',
  'frameset',
  'applet',
  'portal',
  'input',
  'button',
  'textarea',
  'select',
]);
/** Attributes that fetch, navigate or submit outside what a reader needs. */
const FORBIDDEN_ATTRS = new Set([
  'srcdoc',
  'ping',
  'formaction',
  'action',
  'background',
  'dynsrc',
  'lowsrc',
  'autofocus',
]);
const URL_ATTRS = new Set([
  'href',
  'xlink:href',
  'src',
  'srcset',
  'poster',
  'data',
  'cite',
  'longdesc',
  'to',
  'from',
  'values',
  'by',
]);
/** Only these hosts may stay as iframes, and only over https without credentials in the URL. */
const VIDEO_HOSTS = new Set([
  'www.youtube.com',
  'youtube.com',
  'www.youtube-nocookie.com',
  'youtube-nocookie.com',
  'player.vimeo.com',
  'www.dailymotion.com',
  'dailymotion.com',
  'geo.dailymotion.com',
]);

/** What a URL attribute's value means to a browser: controls and whitespace inside a scheme are ignored. */
const scheme = (value: string): string =>
  value
    // eslint-disable-next-line no-control-regex -- browsers skip these in a URL's scheme, so a payload may hide behind them
    .replace(/[\u0000-\u0020\u007f]/g, '')
    .toLowerCase()
    .match(/^([a-z][a-z0-9+.-]*):/)?.[1] ?? '';

function badUrl(el: Element, attr: string, value: string): boolean {
  const candidates = attr === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
  return candidates.some((v) => {
    const s = scheme(v);
    if (s === 'javascript' || s === 'vbscript') return true;
    if (s !== 'data') return false;
    // A data: image in <img> cannot run script; any other data: URL is a document.
    return !(/^(img|source)$/.test(el.localName) && /^\s*data:image\/(png|gif|jpe?g|webp|avif);/i.test(v));
  });
}

function isVideoEmbed(src: string | null): boolean {
  try {
    const url = new URL(src ?? '');
    return url.protocol === 'https:' && !url.username && !url.password && VIDEO_HOSTS.has(url.hostname);
  } catch {
    return false;
  }
}

/** Decodes the payloads' own obfuscations so a finding can be traced back to its payload. */
function reveal(snippet: string): string {
  const charCodes = [...snippet.matchAll(/fromCharCode\(([\d,\s]+)\)/g)].map((m) =>
    String.fromCharCode(...m[1]!.split(',').map(Number)),
  );
  return [snippet.replace(/\\u0074/g, 't'), ...charCodes].join(' ');
}

function idsIn(snippet: string): string[] {
  const text = reveal(snippet);
  return PAYLOADS.filter(({ id }) => mentions(text, id)).map((p) => p.id);
}

/** Every element under `root`, including those inside `<template>` contents (inert now, live once cloned). */
function elementsOf(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll('*')).flatMap((el) =>
    el.localName === 'template' ? [el, ...elementsOf((el as HTMLTemplateElement).content)] : [el],
  );
}

export function findResidues(root: ParentNode): Residue[] {
  const found: Residue[] = [];
  for (const el of elementsOf(root)) {
    const tag = el.localName;
    const startTag = el.cloneNode(false) as Element;
    const snippet = startTag.outerHTML + (/^(script|style)$/.test(tag) ? (el.textContent ?? '') : '');
    const add = (what: string): void => void found.push({ what, ids: idsIn(snippet) });

    if (FORBIDDEN_TAGS.has(tag)) add(`<${tag}>`);
    if (tag === 'iframe' && !isVideoEmbed(el.getAttribute('src'))) add(`<iframe src=${el.getAttribute('src')}>`);
    if (tag === 'use' && !(el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? '#').startsWith('#'))
      add('<use href=external>');
    for (const { name, value } of Array.from(el.attributes)) {
      const lname = name.toLowerCase();
      if (lname.startsWith('on')) add(`<${tag} ${lname}>`);
      else if (FORBIDDEN_ATTRS.has(lname)) add(`<${tag} ${lname}>`);
      else if (URL_ATTRS.has(lname) && badUrl(el, lname, value)) add(`<${tag} ${lname}=${scheme(value)}:>`);
      else if (lname === 'style' && /url\s*\(|expression\s*\(|\\|@import/i.test(value)) add(`<${tag} style=url()>`);
    }
    if (/^(a|area)$/.test(tag) && el.hasAttribute('href')) {
      const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) add(`<${tag}> without rel="noopener noreferrer"`);
    }
    if (tag === 'img' && el.getAttribute('referrerpolicy') !== 'no-referrer')
      add('<img> without referrerpolicy="no-referrer"');
  }
  return found;
}
