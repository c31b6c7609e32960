/**
 * Site furniture a reader-mode leaves out but an article's own markup can still hold:
 * "Read more" lines, adverts, related-story and most-read boxes, comments, share bars,
 * navigation and footers. Judged on one element at a time, from its tag, its role and
 * landmark, the words in its class and id, and (for a short block that is mostly a link)
 * the words it starts with. Used on Readability's result and by the cheaper landmark
 * scoping for pages too big for Readability. Reads only; changes nothing.
 */

// Not <form>: some sites wrap a whole page, article and all, in one.
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'iframe']);
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'form']);
/** Whole words (between -, _, spaces or camelCase) in a class or id that name furniture. */
const FURNITURE_NAMES =
  /(?:^|[-_\s])(?:ads?|adverts?|advertisement|advertising|sponsored|promo|promoted|related|most-?read|most-?popular|popular|trending|comments?|newsletter|share|sharing|social|read-?more|also-?read|recommended|outbrain|taboola|breadcrumbs?|masthead|site-?header|site-?footer)(?:$|[-_\s])/i;
/** How a "Read more" line or a box of links to other stories begins. */
const POINTER_LINE =
  /^\s*(?:read more|read next|related|see also|also read|also on|more on this|more from|most read|most popular|you may also like|recommended|watch|listen)\b/i;

/** Block elements that can be a "Read more" line (short, mostly a link). */
const LINE_TAGS = new Set(['p', 'li', 'div', 'h2', 'h3', 'h4', 'h5', 'h6', 'section']);

/** The share of an element's text that is link text. */
function linkShare(el: Element, length: number): number {
  let links = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) links += (a.textContent ?? '').trim().length;
  return length === 0 ? 0 : links / length;
}

/** Is this element (with all it holds) site furniture rather than the article's text? */
export function isFurniture(el: Element): boolean {
  const tag = el.localName;
  if (FURNITURE_TAGS.has(tag)) return true;
  // Most of an article's elements have no attributes: no strings made for them (a page of
  // 200,000 spans asks about each).
  if (el.hasAttributes()) {
    const role = el.getAttribute('role');
    if (role && FURNITURE_ROLES.has(role.toLowerCase())) return true;
    const label = el.getAttribute('aria-label');
    if (label && /\badvert/i.test(label)) return true;
    const names = `${el.getAttribute('class') ?? ''} ${el.id}`.replace(/([a-z])([A-Z])/g, '$1-$2');
    if (names.trim() && FURNITURE_NAMES.test(names)) return true;
  }
  if (!LINE_TAGS.has(tag)) return false;
  const text = shortText(el, POINTER_LINE_MAX);
  // A pointer line is short and mostly a link ("Read more: <a>...</a>"); a paragraph that
  // merely begins "Related" is the article's.
  return text !== null && text.length > 0 && POINTER_LINE.test(text) && linkShare(el, text.length) >= 0.5;
}

/**
 * Whether `isFurniture` is decided by the element's tag alone (no attributes, and not a block
 * that can be a "Read more" line): cheap enough that a caller need not remember the answer.
 */
export function tagDecides(el: Element): boolean {
  return !el.hasAttributes() && !LINE_TAGS.has(el.localName);
}

/** The longest text a "Read more" line can have. */
const POINTER_LINE_MAX = 300;

/**
 * The element's text, trimmed, or null when it is longer than `max`: read a text node at a
 * time and given up on past `max` plus some leading space, so a long block (a paragraph
 * holding a whole page) is never copied out whole.
 */
function shortText(el: Element, max: number): string | null {
  const walker = el.ownerDocument.createTreeWalker(el, 0x4);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    text += text.length === 0 ? (node as Text).data.trimStart() : (node as Text).data;
    // Past four times `max` it is long whatever its trailing space (and no run of space is trimmed twice).
    if (text.length > max && (text.length > 4 * max || text.trimEnd().length > max)) return null;
  }
  return text.trimEnd();
}
