/**
 * The article's text of a page for the command line: the text of the elements the
 * article reader kept (lib/page/article-reader.ts), laid out in blocks as a browser shows
 * them, so the command line reads the same article the extension finds in a live page.
 * Pure DOM reading.
 */

/** Elements whose text nobody reads (the walker in lib/page/walker.ts skips the same). */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'HEAD',
  'TITLE',
  'MATH',
]);
/** Elements that are blocks by default (text either side of them never runs together). */
const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'NAV',
  'ASIDE',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'FIGURE',
  'FIGCAPTION',
  'PRE',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'HR',
  'ADDRESS',
  'TIME',
  'CAPTION',
  'DETAILS',
  'SUMMARY',
  'FIELDSET',
  'LEGEND',
]);

/** Separators, weakest first: a stronger one met before the next text wins. */
type Gap = '' | ' ' | '\t' | '\n' | '\n\n';
const STRENGTH: Record<Gap, number> = { '': 0, ' ': 1, '\t': 2, '\n': 3, '\n\n': 4 };

/**
 * A page's style attribute can make an inline element a block (`display:block`) or hide it.
 * Without a layout engine (linkedom) the style attribute is all there is to go on; the
 * extension's walker asks the browser's computed style instead.
 */
function displayOf(el: Element): string | null {
  const style = el.getAttribute('style');
  if (!style) return null;
  const m = /(?:^|;)\s*display\s*:\s*([a-z-]+)/i.exec(style);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * The selectors a page's own style sheets (its <style> elements) lay out as blocks, as one
 * selector list, or null. Enough to tell that `.quote b { display: block }` ends a line of
 * text where a layout engine is not at hand (media queries are not weighed: a rule inside
 * one counts as if it applied).
 */
function blockSelectors(doc: Document): string | null {
  const selectors: string[] = [];
  for (const style of Array.from(doc.querySelectorAll('style'))) {
    const css = (style.textContent ?? '').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const rule of css.matchAll(/([^{}@;]+)\{([^{}]*)\}/g)) {
      if (!/(?:^|;)\s*display\s*:\s*(?:block|flex|grid|list-item|table|flow-root)\b/i.test(rule[2]!)) continue;
      for (const selector of rule[1]!.split(',')) {
        const trimmed = selector.trim();
        try {
          doc.querySelector(trimmed);
          selectors.push(trimmed);
        } catch {
          // A selector the parser does not know (a vendor pseudo-class) cannot be matched here.
        }
      }
    }
  }
  return selectors.length > 0 ? selectors.join(', ') : null;
}

/**
 * The readable text under `root` of the text nodes `keep` accepts: blocks separated by blank
 * lines, table cells by tabs, a <br> by a line break, whitespace runs collapsed to one space
 * as a browser shows them.
 */
export function pageText(root: Element, keep: (node: Text) => boolean): string {
  let out = '';
  let gap: Gap = '';
  const shownAsBlock = root.ownerDocument ? blockSelectors(root.ownerDocument) : null;
  const brk = (g: Gap) => {
    if (g === '\n' && gap === '\n') gap = '\n\n';
    else if (STRENGTH[g] > STRENGTH[gap]) gap = g;
  };
  const write = (node: Text) => {
    if (!keep(node)) return;
    const s = node.data.replace(/[ \t\n\r\f]+/g, ' ');
    if (s.startsWith(' ')) brk(' ');
    const core = s.trim();
    if (core) {
      if (out.length > 0) out += gap;
      gap = '';
      out += core;
    }
    if (s.endsWith(' ') && s.length > 0) brk(' ');
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) return write(node as Text);
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || el.hasAttribute('hidden')) return;
    const display = displayOf(el);
    if (display === 'none') return;
    if (tag === 'BR') return brk('\n');
    const cell = tag === 'TD' || tag === 'TH';
    const block =
      display !== null
        ? !display.startsWith('inline') && display !== 'contents'
        : BLOCK.has(tag) || (shownAsBlock !== null && el.matches(shownAsBlock));
    if (block) brk('\n\n');
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (cell) brk('\t');
    if (block) brk('\n\n');
  };
  walk(root);
  return out;
}
