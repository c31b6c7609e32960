/**
 * Finds the article's own elements the way Firefox's Reader View does: Mozilla's
 * Readability runs on a clone of the document (it rewrites what it reads, so never on
 * the page itself), and the elements it keeps are traced back to the page's own.
 * Shared by the lazily loaded reader chunk of the extension and by the command line
 * (on linkedom), so both read a page alike. Never changes the document it is given.
 */
import { Readability } from '@mozilla/readability';
import { isFurniture } from './furniture';

/** The attribute the clone's elements carry back to their originals (on the clone only). */
const INDEX_ATTRIBUTE = 'data-ofsted-lens-i';

/**
 * The page's elements that hold the article's own text: every element Readability kept,
 * and the headline (Readability lifts the headline out of the body into its title, but a
 * headline's claims are the article's). Text directly inside one of them is the article's.
 * Null when Readability finds no article.
 */
export type ArticleElements = ReadonlySet<Element>;

/**
 * Clones and indexes the document now (one task), and returns the parse to run in a later
 * task: on a 5,000-word page the two take about 1 and 20 ms in Chromium, so the caller can
 * let the page run between them.
 */
export function prepareArticleRead(doc: Document): () => ArticleElements | null {
  const root = doc.documentElement;
  if (!root) return () => null;
  const clone = doc.cloneNode(true) as Document;
  // The clone has the page's shape exactly, so a parallel walk pairs each element with its copy.
  const originals: Element[] = [];
  const pageWalk = doc.createTreeWalker(root, 1);
  const cloneWalk = clone.createTreeWalker(clone.documentElement, 1);
  for (
    let a: Node | null = pageWalk.currentNode, b: Node | null = cloneWalk.currentNode;
    a && b;
    a = pageWalk.nextNode(), b = cloneWalk.nextNode()
  ) {
    (b as Element).setAttribute(INDEX_ATTRIBUTE, String(originals.length));
    originals.push(a as Element);
  }
  return () => {
    // The element itself, not HTML: Readability's default serialiser would make a string of it.
    // Classes kept: the furniture rules below read them.
    const article = new Readability<Element>(clone, { serializer: (node) => node as Element, keepClasses: true }).parse();
    const content = article?.content;
    if (!content) return null;
    // What Readability keeps can still hold a "Read more" line, an advert or a share bar.
    for (const el of Array.from(content.querySelectorAll('*'))) if (content.contains(el) && isFurniture(el)) el.remove();
    const kept = new Set<Element>();
    const add = (el: Element) => {
      const i = Number(el.getAttribute(INDEX_ATTRIBUTE));
      const original = originals[i];
      if (el.hasAttribute(INDEX_ATTRIBUTE) && original) kept.add(original);
    };
    add(content);
    for (const el of Array.from(content.querySelectorAll(`[${INDEX_ATTRIBUTE}]`))) add(el);
    if (kept.size === 0) return null;
    const headline = headlineOf(doc, kept);
    if (headline) {
      kept.add(headline);
      for (const el of Array.from(headline.querySelectorAll('*'))) kept.add(el);
    }
    return kept;
  };
}

/** Readability's article elements for `doc`, in one go (the command line; tests). */
export function readArticleElements(doc: Document): ArticleElements | null {
  return prepareArticleRead(doc)();
}

/**
 * The article's headline: the first h1 inside or before the article's first kept element
 * (a page's h1 is its headline; an h1 after the article belongs to something else).
 */
function headlineOf(doc: Document, kept: ReadonlySet<Element>): Element | null {
  const first = [...kept][0] ?? null;
  for (const h1 of Array.from(doc.getElementsByTagName('h1'))) {
    if (kept.has(h1)) return h1;
    if (!first || first.contains(h1) || h1.compareDocumentPosition(first) & 4 /* FOLLOWING */) return h1;
  }
  return null;
}
