/**
 * DOM clobbering aimed at Lede itself rather than at the sanitiser: named elements that shadow the
 * document's or a form's own properties, in the page and so in the clone Lede extracts from
 * (named properties reach content scripts' isolated worlds too). A page must not be able to make
 * the reader fail, or hang its tab, with one of these. Each goes on an otherwise plain article.
 */
export interface Clobber {
  id: string;
  html: string;
}

export const CLOBBERS: readonly Clobber[] = [
  { id: 'form_remove_attribute', html: '<form><input name="removeAttribute"></form>' },
  { id: 'form_get_attribute', html: '<form><input name="getAttribute"><input name="className"></form>' },
  { id: 'form_parent_node', html: '<form><input name="parentNode"></form>' },
  {
    id: 'form_child_nodes',
    html: '<form><input name="children"><input name="childNodes"><input name="firstChild"><input name="textContent"></form>',
  },
  { id: 'form_tag_name', html: '<form><input name="tagName"><input name="localName"><input name="nodeType"></form>' },
  { id: 'doc_query_selector_all', html: '<img name="querySelectorAll" alt="">' },
  { id: 'doc_clone_node', html: '<embed name="cloneNode"><img name="defaultView" alt="">' },
  { id: 'doc_body_title', html: '<img name="body" alt=""><img name="title" alt="">' },
  { id: 'doc_create_element', html: '<img name="createElement" alt=""><form name="getElementsByTagName"></form>' },
  { id: 'doc_document_element', html: '<img name="documentElement" alt=""><img name="head" alt="">' },
  // Window named properties: ids (and names of images, forms…) against Lede's own globals.
  { id: 'window_img_name_lede_reader', html: '<img name="__ledeReader" alt="">' },
  { id: 'window_id_lede_reader', html: '<div id="__ledeReader">x</div>' },
  { id: 'window_id_lede_intent', html: '<a id="__ledeIntent" href="#x">x</a>' },
  { id: 'window_lede_globals', html: '<img name="__ledeReader" alt=""><a id="__ledeIntent" href="#x">x</a>' },
];
