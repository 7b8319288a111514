/**
 * The hostile payload set: each entry is one attack, as data. `page.ts` spreads them through an
 * otherwise ordinary news article. Every payload, if it ever runs, either bumps the global
 * counter `top.__pwned_<id>` or requests `http://127.0.0.1:<port>/hit/<id>`, so a test can tell
 * exactly which one got through and how often it fired (the page's own copy fires too: the
 * browser tests compare counts before and after Lede renders its copy).
 *
 * Sources of style: the OWASP XSS filter-evasion cheat sheet, DOMPurify's test fixtures
 * (namespace confusion, mXSS through raw-text elements, DOM clobbering) and the places a
 * reader view specifically exposes (metadata fields, link targets, video embeds, referrers).
 */

/** Where in the article the payload sits. */
export type Where = 'head' | 'title' | 'byline' | 'teaser' | 'body';

export interface Tokens {
  id: string;
  /** A statement that bumps the payload's counter; no quotes, no spaces, safe in any attribute. */
  js: string;
  /** Absolute URL on the local test server that counts a request for this payload. */
  hit: string;
}

export interface Payload {
  /** [a-z0-9_], so it is also a valid part of a JavaScript identifier. */
  id: string;
  where: Where;
  html: (t: Tokens) => string;
  /**
   * The markup is text on the page (escaped, or inside a meta attribute or JSON string), so a
   * reader must show it literally: `<img …>` as characters, never as an element.
   */
  text?: true;
}

export const flagName = (id: string): string => `__pwned_${id}`;

/**
 * Whether `text` (markup, a URL, a field) carries payload `id`'s flag or one of its URLs. Ids
 * can be prefixes of one another (`a_js`, `a_js_tab`), so the match stops at an identifier end.
 */
export function mentions(text: string, id: string): boolean {
  return new RegExp(`(__pwned_|/hit/|/elsewhere/)${id}(?![a-z0-9_])`).test(text);
}

export function tokens(id: string, port: number): Tokens {
  const flag = `top.${flagName(id)}`;
  return { id, js: `${flag}=(${flag}|0)+1`, hit: `http://127.0.0.1:${port}/hit/${id}` };
}

const dec = (s: string): string => [...s].map((c) => `&#${c.codePointAt(0)};`).join('');
const decPadded = (s: string): string => [...s].map((c) => `&#${String(c.codePointAt(0)).padStart(7, '0')}`).join('');
const hexNoSemi = (s: string): string => [...s].map((c) => `&#x${c.codePointAt(0)!.toString(16)}`).join('');
const charCodes = (s: string): string => [...s].map((c) => c.charCodeAt(0)).join(',');
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
/** Text that shows as markup once decoded: the page author escaped it, a careless reader unescapes it. */
const shown = (html: string): string =>
  html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

export const PAYLOADS: readonly Payload[] = [
  // ── head: metadata Lede reads (title, author, description, site, image, canonical URL) ──
  {
    id: 'doc_title_script',
    where: 'head',
    text: true,
    html: (t) => `<title>Council passes budget <script>${t.js}</script> after long night</title>`,
  },
  {
    id: 'og_title_markup',
    where: 'head',
    text: true,
    html: (t) =>
      `<meta property="og:title" content="Council passes budget ${shown(`<img src=x onerror=${t.js}>`)} after long night">`,
  },
  {
    id: 'meta_author_markup',
    where: 'head',
    text: true,
    html: (t) => `<meta name="author" content="${shown(`<svg onload=${t.js}>`)}">`,
  },
  {
    id: 'meta_description_markup',
    where: 'head',
    text: true,
    html: (t) =>
      `<meta name="description" content="The council agreed the budget ${shown(`<img src=x onerror=${t.js}>`)} +++ Libraries stay open +++ Bus fares frozen">`,
  },
  {
    id: 'og_site_name_markup',
    where: 'head',
    text: true,
    html: (t) =>
      `<meta property="og:site_name" content="Harbour ${shown(`<iframe srcdoc="<script>${t.js}</script>">`)} Herald">`,
  },
  { id: 'og_image_js', where: 'head', html: (t) => `<meta property="og:image" content="javascript:${t.js}">` },
  { id: 'canonical_js', where: 'head', html: (t) => `<link rel="canonical" href="javascript:${t.js}">` },
  { id: 'og_url_js', where: 'head', html: (t) => `<meta property="og:url" content="javascript:${t.js}">` },
  {
    id: 'published_time_markup',
    where: 'head',
    text: true,
    html: (t) => `<meta property="article:published_time" content="2024-05-02T09:30:00Z<img src=x onerror=${t.js}>">`,
  },
  {
    id: 'jsonld_headline_markup',
    where: 'head',
    text: true,
    html: (t) =>
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council passes budget <img src=x onerror=${t.js}> after long night","author":[{"@type":"Person","name":"Maya Lindqvist <b onmouseover=${t.js}>"}],"datePublished":"2024-05-02T09:30:00Z"}</script>`,
  },
  {
    id: 'jsonld_breakout',
    where: 'head',
    html: (t) =>
      `<script type="application/ld+json">{"@type":"NewsArticle","description":"</script><img src=x onerror=${t.js}>"}</script>`,
  },
  {
    id: 'head_refresh_js',
    where: 'head',
    html: (t) => `<meta http-equiv="refresh" content="600;url=javascript:${t.js}">`,
  },

  // ── the headline ──
  { id: 'title_escaped_img', where: 'title', text: true, html: (t) => shown(`<img src=x onerror=${t.js}>`) },
  { id: 'title_real_img', where: 'title', html: (t) => `<img src="x" onerror="${t.js}" alt="">` },
  { id: 'title_escaped_script', where: 'title', text: true, html: (t) => shown(`<script>${t.js}</script>`) },
  { id: 'title_real_svg', where: 'title', html: (t) => `<svg width="1" height="1" onload="${t.js}"></svg>` },

  // ── the byline ──
  { id: 'byline_escaped_img', where: 'byline', text: true, html: (t) => shown(`<img src=x onerror=${t.js}>`) },
  { id: 'byline_real_img', where: 'byline', html: (t) => `<img src="x" onerror="${t.js}" alt="">` },
  {
    id: 'byline_link_js',
    where: 'byline',
    html: (t) => `<a href="javascript:${t.js}" rel="author">Tom Achterberg</a>`,
  },
  { id: 'byline_escaped_iframe', where: 'byline', text: true, html: (t) => shown(`<iframe src="javascript:${t.js}">`) },

  // ── the teaser (standfirst with +++ points) ──
  { id: 'teaser_escaped_img', where: 'teaser', text: true, html: (t) => shown(`<img src=x onerror=${t.js}>`) },
  { id: 'teaser_real_img', where: 'teaser', html: (t) => `<img src="x" onerror="${t.js}" alt="">` },
  { id: 'teaser_escaped_svg', where: 'teaser', text: true, html: (t) => shown(`<svg/onload=${t.js}>`) },
  { id: 'teaser_real_link_js', where: 'teaser', html: (t) => `<a href="javascript:${t.js}">details</a>` },

  // ── body: <script> in all its spellings ──
  { id: 'script_plain', where: 'body', html: (t) => `<script>${t.js}</script>` },
  { id: 'script_src', where: 'body', html: (t) => `<script src="${t.hit}"></script>` },
  { id: 'script_mixed_case', where: 'body', html: (t) => `<ScRiPt>${t.js}</sCrIpT>` },
  { id: 'script_module', where: 'body', html: (t) => `<script type="module">${t.js}</script>` },
  { id: 'script_non_alpha', where: 'body', html: (t) => `<SCRIPT/XSS SRC="${t.hit}"></SCRIPT>` },
  { id: 'script_extra_brackets', where: 'body', html: (t) => `<<SCRIPT>${t.js}//<</SCRIPT>` },
  { id: 'script_split_tag', where: 'body', html: (t) => `<scr<script>ipt>${t.js}</scr</script>ipt>` },
  { id: 'script_after_title_end', where: 'body', html: (t) => `</TITLE><SCRIPT>${t.js}</SCRIPT>` },
  { id: 'script_quote_breakout', where: 'body', html: (t) => `<IMG """><SCRIPT>${t.js}</SCRIPT>">` },
  { id: 'script_in_svg', where: 'body', html: (t) => `<svg><script>${t.js}</script></svg>` },
  {
    id: 'script_svg_href_data',
    where: 'body',
    html: (t) => `<svg><script href="data:text/javascript,${t.js}"></script></svg>`,
  },

  // ── body: event handlers of every kind ──
  { id: 'img_onerror', where: 'body', html: (t) => `<img src="x" onerror="${t.js}">` },
  { id: 'img_onerror_unquoted', where: 'body', html: (t) => `<img src=x onerror=${t.js}>` },
  { id: 'img_onerror_mixed_case', where: 'body', html: (t) => `<IMG SRC=x OnErRoR="${t.js}">` },
  { id: 'img_onerror_dec_entities', where: 'body', html: (t) => `<img src=x onerror="${dec(t.js)}">` },
  { id: 'img_onerror_hex_nosemi', where: 'body', html: (t) => `<img src=x onerror="${hexNoSemi(t.js)}">` },
  { id: 'img_onerror_slashes', where: 'body', html: (t) => `<img/src="x"/onerror="${t.js}">` },
  { id: 'img_onerror_newlines', where: 'body', html: (t) => `<img\nsrc=x\nonerror\n=\n"${t.js}"\n>` },
  {
    id: 'img_onerror_fromcharcode',
    where: 'body',
    html: (t) => `<img src=x onerror="eval(String.fromCharCode(${charCodes(t.js)}))">`,
  },
  {
    id: 'img_onerror_unicode_escape',
    where: 'body',
    html: (t) => `<img src=x onerror="${t.js.replace(/^top/, '\\u0074op')}">`,
  },
  { id: 'img_onload', where: 'body', html: (t) => `<img src="${GIF}" onload="${t.js}">` },
  { id: 'img_backtick_js', where: 'body', html: (t) => `<IMG SRC=\`javascript:${t.js}\`>` },
  { id: 'body_onload', where: 'body', html: (t) => `<body onload="${t.js}">` },
  { id: 'svg_onload', where: 'body', html: (t) => `<svg onload="${t.js}"></svg>` },
  { id: 'svg_slash_onload', where: 'body', html: (t) => `<svg/onload=${t.js}>` },
  { id: 'input_autofocus', where: 'body', html: (t) => `<input onfocus="${t.js}" autofocus>` },
  { id: 'textarea_autofocus', where: 'body', html: (t) => `<textarea autofocus onfocus="${t.js}">x</textarea>` },
  {
    id: 'select_autofocus',
    where: 'body',
    html: (t) => `<select autofocus onfocus="${t.js}"><option>a</option></select>`,
  },
  {
    id: 'span_tabindex_autofocus',
    where: 'body',
    html: (t) => `<span tabindex="0" autofocus onfocus="${t.js}">focus</span>`,
  },
  {
    id: 'contenteditable_onfocus',
    where: 'body',
    html: (t) => `<div contenteditable autofocus onfocus="${t.js}">edit</div>`,
  },
  {
    id: 'details_ontoggle',
    where: 'body',
    html: (t) => `<details open ontoggle="${t.js}"><summary>More</summary>Hidden note</details>`,
  },
  { id: 'video_onerror', where: 'body', html: (t) => `<video src="x" onerror="${t.js}"></video>` },
  { id: 'video_source_onerror', where: 'body', html: (t) => `<video><source src="x" onerror="${t.js}"></video>` },
  { id: 'audio_onerror', where: 'body', html: (t) => `<audio src="x" onerror="${t.js}"></audio>` },
  { id: 'marquee_onstart', where: 'body', html: (t) => `<marquee onstart="${t.js}">Breaking</marquee>` },
  {
    id: 'animation_onstart',
    where: 'body',
    html: (t) =>
      `<style>@keyframes lede_x{from{opacity:1}to{opacity:.9}}</style><p style="animation:lede_x 1ms" onanimationstart="${t.js}" onanimationend="${t.js}">animated</p>`,
  },
  { id: 'div_onmouseover', where: 'body', html: (t) => `<div onmouseover="${t.js}" onclick="${t.js}">hover me</div>` },
  { id: 'a_onclick', where: 'body', html: (t) => `<a href="#top" onclick="${t.js}">jump</a>` },
  {
    id: 'pointer_events',
    where: 'body',
    html: (t) => `<b onpointerenter="${t.js}" onpointerdown="${t.js}" onauxclick="${t.js}">bold</b>`,
  },
  {
    id: 'onbeforetoggle_popover',
    where: 'body',
    html: (t) =>
      `<div popover id="lede_pop" onbeforetoggle="${t.js}">pop</div><button popovertarget="lede_pop">open</button>`,
  },
  {
    id: 'form_autofocus_onfocus',
    where: 'body',
    html: (t) =>
      `<form tabindex="0" autofocus onfocus="${t.js}"><input name="attributes"><input name="attributes"></form>`,
  },

  // ── body: URLs with script schemes ──
  { id: 'a_js', where: 'body', html: (t) => `<a href="javascript:${t.js}">read more</a>` },
  { id: 'a_js_mixed_case', where: 'body', html: (t) => `<a href="JaVaScRiPt:${t.js}">read more</a>` },
  { id: 'a_js_dec_entities', where: 'body', html: (t) => `<a href="${dec('javascript:')}${t.js}">read more</a>` },
  { id: 'a_js_padded_dec', where: 'body', html: (t) => `<a href="${decPadded('javascript:')}${t.js}">read more</a>` },
  { id: 'a_js_hex_nosemi', where: 'body', html: (t) => `<a href="${hexNoSemi('javascript:')}${t.js}">read more</a>` },
  { id: 'a_js_tab', where: 'body', html: (t) => `<a href="jav&#x09;ascript:${t.js}">read more</a>` },
  { id: 'a_js_newline', where: 'body', html: (t) => `<a href="jav&#x0A;ascript:${t.js}">read more</a>` },
  {
    id: 'a_js_named_entities',
    where: 'body',
    html: (t) => `<a href="java&NewLine;script&colon;${t.js}">read more</a>`,
  },
  { id: 'a_js_leading_controls', where: 'body', html: (t) => `<a href=" &#14;  javascript:${t.js}">read more</a>` },
  { id: 'a_js_comment_newline', where: 'body', html: (t) => `<a href="javascript://%0a${t.js}">read more</a>` },
  { id: 'a_vbscript', where: 'body', html: (t) => `<a href="vbscript:${t.js}">read more</a>` },
  {
    id: 'a_data_html',
    where: 'body',
    html: (t) => `<a href="data:text/html;base64,${b64(`<script>${t.js}</script>`)}">read more</a>`,
  },
  {
    id: 'area_js',
    where: 'body',
    html: (t) =>
      `<map name="lede_map"><area shape="rect" coords="0,0,10,10" href="javascript:${t.js}" alt="area"></map>`,
  },
  { id: 'img_src_js', where: 'body', html: (t) => `<img src="javascript:${t.js}">` },
  { id: 'img_srcset_js', where: 'body', html: (t) => `<img src="${GIF}" srcset="javascript:${t.js} 1x">` },
  {
    id: 'img_lowsrc_dynsrc',
    where: 'body',
    html: (t) => `<img src="${GIF}" lowsrc="javascript:${t.js}" dynsrc="javascript:${t.js}">`,
  },
  {
    id: 'picture_source_js',
    where: 'body',
    html: (t) => `<picture><source srcset="javascript:${t.js}"><img src="${GIF}" alt=""></picture>`,
  },
  { id: 'video_poster_js', where: 'body', html: (t) => `<video poster="javascript:${t.js}"></video>` },
  {
    id: 'button_formaction_js',
    where: 'body',
    html: (t) => `<form><button formaction="javascript:${t.js}">send</button></form>`,
  },
  {
    id: 'input_image_js',
    where: 'body',
    html: (t) => `<input type="image" src="javascript:${t.js}" onerror="${t.js}">`,
  },
  {
    id: 'body_background_js',
    where: 'body',
    html: (t) => `<table background="javascript:${t.js}"><tr><td>cell</td></tr></table>`,
  },

  // ── body: SVG ──
  {
    id: 'svg_animate_onbegin',
    where: 'body',
    html: (t) => `<svg><animate onbegin="${t.js}" attributeName="x" dur="1s"></animate></svg>`,
  },
  {
    id: 'svg_set_onbegin',
    where: 'body',
    html: (t) => `<svg><set onbegin="${t.js}" attributeName="x" to="1"></set></svg>`,
  },
  {
    id: 'svg_animatetransform',
    where: 'body',
    html: (t) =>
      `<svg><animateTransform onbegin="${t.js}" attributeName="transform" type="scale" dur="1s"></animateTransform></svg>`,
  },
  {
    id: 'svg_set_href_js',
    where: 'body',
    html: (t) =>
      `<svg><a><set attributeName="href" to="javascript:${t.js}"></set><text x="20" y="20">open</text></a></svg>`,
  },
  {
    id: 'svg_animate_href_js',
    where: 'body',
    html: (t) =>
      `<svg><a><animate attributeName="href" values="javascript:${t.js}"></animate><text x="20" y="20">open</text></a></svg>`,
  },
  {
    id: 'svg_a_xlink_js',
    where: 'body',
    html: (t) => `<svg><a xlink:href="javascript:${t.js}"><text x="20" y="20">open</text></a></svg>`,
  },
  {
    id: 'svg_use_data',
    where: 'body',
    html: (t) =>
      `<svg><use href="data:image/svg+xml;base64,${b64(`<svg id="x" xmlns="http://www.w3.org/2000/svg"><image href="1" onerror="${t.js}"/></svg>`)}#x"></use></svg>`,
  },
  { id: 'svg_use_external', where: 'body', html: (t) => `<svg><use href="${t.hit}#x"></use></svg>` },
  {
    id: 'svg_foreignobject',
    where: 'body',
    html: (t) => `<svg><foreignObject width="10" height="10"><img src="x" onerror="${t.js}"></foreignObject></svg>`,
  },
  { id: 'svg_image_onerror', where: 'body', html: (t) => `<svg><image href="x" onerror="${t.js}"></image></svg>` },
  { id: 'svg_style_breakout', where: 'body', html: (t) => `<svg><style><img src=x onerror="${t.js}"></style></svg>` },
  {
    id: 'svg_p_style_mxss',
    where: 'body',
    html: (t) => `<svg></p><style><a title="</style><img src=x onerror=${t.js}>"></a></style></svg>`,
  },
  {
    id: 'svg_cdata_mxss',
    where: 'body',
    html: (t) => `<svg><![CDATA[><image xlink:href="]]><img src=x onerror=${t.js}>"></image>]]></svg>`,
  },
  { id: 'svg_style_import', where: 'body', html: (t) => `<svg><style>@import url("${t.hit}");</style></svg>` },

  // ── body: MathML ──
  {
    id: 'math_mglyph_mxss',
    where: 'body',
    html: (t) =>
      `<form><math><mtext></form><form><mglyph><style></math><img src=x onerror="${t.js}"></style></mglyph></form></mtext></math>`,
  },
  {
    id: 'math_mtext_table_mxss',
    where: 'body',
    html: (t) =>
      `<math><mtext><table><mglyph><style><img src=x onerror="${t.js}"></style></mglyph></table></mtext></math>`,
  },
  { id: 'math_href_js', where: 'body', html: (t) => `<math href="javascript:${t.js}"><mi>x</mi></math>` },
  {
    id: 'math_maction_js',
    where: 'body',
    html: (t) =>
      `<math><maction actiontype="statusline" xlink:href="javascript:${t.js}"><mi>click</mi></maction></math>`,
  },
  {
    id: 'math_annotation_svg',
    where: 'body',
    html: (t) => `<math><annotation-xml encoding="text/html"><img src=x onerror="${t.js}"></annotation-xml></math>`,
  },

  // ── body: raw-text and template elements (mutation XSS) ──
  { id: 'template_img', where: 'body', html: (t) => `<template><img src=x onerror="${t.js}"></template>` },
  {
    id: 'template_shadowroot',
    where: 'body',
    html: (t) => `<div><template shadowrootmode="open"><img src=x onerror="${t.js}"></template></div>`,
  },
  {
    id: 'noscript_title_mxss',
    where: 'body',
    html: (t) => `<noscript><p title="</noscript><img src=x onerror=${t.js}>"></noscript>`,
  },
  {
    id: 'noscript_style_mxss',
    where: 'body',
    html: (t) => `<noscript><style></noscript><img src=x onerror="${t.js}"></style>`,
  },
  {
    id: 'noembed_mxss',
    where: 'body',
    html: (t) => `<noembed><img title="</noembed><img src=x onerror=${t.js}>"></noembed>`,
  },
  { id: 'xmp_mxss', where: 'body', html: (t) => `<xmp><p title="</xmp><img src=x onerror=${t.js}>"></xmp>` },
  {
    id: 'textarea_mxss',
    where: 'body',
    html: (t) => `<textarea><img title="</textarea><img src=x onerror=${t.js}>"></textarea>`,
  },
  {
    id: 'title_in_body_mxss',
    where: 'body',
    html: (t) => `<title><img title="</title><img src=x onerror=${t.js}>"></title>`,
  },
  {
    id: 'style_in_body_mxss',
    where: 'body',
    html: (t) => `<style><img title="</style><img src=x onerror=${t.js}>"></style>`,
  },
  {
    id: 'iframe_content_mxss',
    where: 'body',
    html: (t) => `<iframe><img title="</iframe><img src=x onerror=${t.js}>"></iframe>`,
  },
  { id: 'comment_mxss', where: 'body', html: (t) => `<!--<img src="--><img src=x onerror=${t.js}>-->` },
  { id: 'comment_bang_mxss', where: 'body', html: (t) => `<!-- --!><img src=x onerror=${t.js}> -->` },
  { id: 'processing_instruction', where: 'body', html: (t) => `<?xml version="><img src=x onerror=${t.js}>"?>` },
  { id: 'cdata_in_html', where: 'body', html: (t) => `<![CDATA[><img src=x onerror=${t.js}>]]>` },

  // ── body: frames, objects, embeds ──
  {
    id: 'iframe_srcdoc',
    where: 'body',
    html: (t) => `<iframe srcdoc="${shown(`<script>${t.js}</script>`)}"></iframe>`,
  },
  { id: 'iframe_js_src', where: 'body', html: (t) => `<iframe src="javascript:${t.js}"></iframe>` },
  {
    id: 'iframe_data_src',
    where: 'body',
    html: (t) => `<iframe src="data:text/html,${encodeURIComponent(`<img src="${t.hit}">`)}"></iframe>`,
  },
  { id: 'iframe_hit', where: 'body', html: (t) => `<iframe src="${t.hit}" onload="${t.js}"></iframe>` },
  {
    id: 'iframe_lookalike_host',
    where: 'body',
    html: (t) => `<iframe src="https://www.youtube.com.evil.example/embed/abc" onload="${t.js}"></iframe>`,
  },
  {
    id: 'iframe_userinfo_host',
    where: 'body',
    html: (t) =>
      `<iframe src="http://www.youtube.com@127.0.0.1:${new URL(t.hit).port}/hit/${t.id}/embed/abc"></iframe>`,
  },
  {
    id: 'iframe_video_onload',
    where: 'body',
    html: (t) => `<iframe src="https://www.youtube.com/embed/lede_video" onload="${t.js}"></iframe>`,
  },
  {
    id: 'iframe_video_srcdoc',
    where: 'body',
    html: (t) =>
      `<iframe src="https://www.youtube.com/embed/lede_video" srcdoc="${shown(`<script>${t.js}</script>`)}"></iframe>`,
  },
  {
    id: 'iframe_video_js_name',
    where: 'body',
    html: (t) =>
      `<iframe src="https://player.vimeo.com/video/1" name="lede_frame"></iframe><a href="javascript:${t.js}" target="lede_frame">play</a>`,
  },
  { id: 'object_data_hit', where: 'body', html: (t) => `<object data="${t.hit}" type="text/html"></object>` },
  { id: 'object_js', where: 'body', html: (t) => `<object data="javascript:${t.js}"></object>` },
  {
    id: 'object_data_svg',
    where: 'body',
    html: (t) =>
      `<object type="image/svg+xml" data="data:image/svg+xml;base64,${b64(`<svg xmlns="http://www.w3.org/2000/svg"><image href="${t.hit}"/></svg>`)}"></object>`,
  },
  { id: 'embed_hit', where: 'body', html: (t) => `<embed src="${t.hit}" type="text/html">` },
  { id: 'embed_js', where: 'body', html: (t) => `<embed src="javascript:${t.js}">` },

  // ── body: CSS (exfiltration, imports, expressions) ──
  { id: 'link_stylesheet', where: 'body', html: (t) => `<link rel="stylesheet" href="${t.hit}">` },
  { id: 'link_prefetch', where: 'body', html: (t) => `<link rel="prefetch" href="${t.hit}">` },
  { id: 'link_preload', where: 'body', html: (t) => `<link rel="preload" as="image" href="${t.hit}">` },
  { id: 'style_import', where: 'body', html: (t) => `<style>@import url("${t.hit}");</style>` },
  { id: 'style_background', where: 'body', html: (t) => `<style>p{background:url("${t.hit}")}</style>` },
  {
    id: 'style_attr_selector_exfil',
    where: 'body',
    html: (t) => `<style>a[href^="/"]{background-image:url("${t.hit}")}</style>`,
  },
  {
    id: 'style_font_face',
    where: 'body',
    html: (t) => `<style>@font-face{font-family:lede_f;src:url("${t.hit}")}p{font-family:lede_f}</style>`,
  },
  { id: 'style_attr_url', where: 'body', html: (t) => `<p style="background:url('${t.hit}')">A styled aside.</p>` },
  {
    id: 'style_attr_escaped_url',
    where: 'body',
    html: (t) => `<span style="background-image:u\\72l('${t.hit}')">styled</span>`,
  },
  {
    id: 'style_attr_expression',
    where: 'body',
    html: (t) => `<p style="width:expression(${t.js})">An expression aside.</p>`,
  },
  {
    id: 'table_background_hit',
    where: 'body',
    html: (t) => `<table background="${t.hit}"><tr><td background="${t.hit}">cell</td></tr></table>`,
  },

  // ── body: navigation, base URL, forms, opener ──
  { id: 'meta_refresh_hit', where: 'body', html: (t) => `<meta http-equiv="refresh" content="600;url=${t.hit}">` },
  {
    id: 'meta_refresh_data',
    where: 'body',
    html: (t) =>
      `<meta http-equiv="refresh" content="600;url=data:text/html;base64,${b64(`<script>${t.js}</script>`)}">`,
  },
  // Not a hit URL: the page's own relative URLs (its images) rightly follow its base, in Lede too.
  { id: 'base_href', where: 'body', html: (t) => `<base href="${t.hit.replace('/hit/', '/elsewhere/')}/">` },
  {
    id: 'form_post',
    where: 'body',
    html: (t) => `<form action="${t.hit}" method="post"><input name="q" value="reader"><button>Send</button></form>`,
  },
  {
    id: 'form_js_action',
    where: 'body',
    html: (t) => `<form action="javascript:${t.js}"><input type="submit" value="Go"></form>`,
  },
  { id: 'a_blank_no_rel', where: 'body', html: (t) => `<a href="${t.hit}" target="_blank">source</a>` },
  {
    id: 'a_blank_rel_opener',
    where: 'body',
    html: (t) => `<a href="${t.hit}" target="_blank" rel="opener">source</a>`,
  },
  { id: 'a_ping', where: 'body', html: (t) => `<a href="https://example.org/" ping="${t.hit}">source</a>` },
  { id: 'a_target_top_js', where: 'body', html: (t) => `<a href="javascript:${t.js}" target="_top">source</a>` },
  {
    id: 'img_referrer_unsafe',
    where: 'body',
    html: (t) => `<img src="${t.hit}" referrerpolicy="unsafe-url" alt="chart">`,
  },

  // ── body: DOM clobbering ──
  {
    id: 'clobber_attributes',
    where: 'body',
    html: (t) => `<form onmouseover="${t.js}"><input name="attributes"><input name="attributes"></form>`,
  },
  {
    id: 'clobber_proto',
    where: 'body',
    html: (t) => `<img id="__proto__" name="__proto__" src="x" onerror="${t.js}">`,
  },
  // Clobbering that breaks extraction outright is in clobbering.ts: here the article must still come out.
  {
    id: 'clobber_nodename',
    where: 'body',
    html: (t) =>
      `<form id="lede_clobber"><input name="nodeName"><input name="attributes"></form><img src="x" onerror="${t.js}">`,
  },
  {
    id: 'clobber_document_props',
    where: 'body',
    html: (t) => `<img name="getElementById" src="x" onerror="${t.js}"><img name="cookie" src="${GIF}">`,
  },
  {
    id: 'clobber_anchor_tostring',
    where: 'body',
    html: (t) =>
      `<a id="lede_config" href="javascript:${t.js}">config</a><a id="lede_config" name="url" href="javascript:${t.js}">url</a>`,
  },
];
