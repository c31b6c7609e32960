/**
 * Which of a live page's text is the article's own, for the annotator: Mozilla's Readability
 * (loaded on first use by the caller's `load`, entrypoints/content/connect.ts) on pages small enough for it to
 * stay well inside a 50 ms task, landmarks and furniture rules on bigger ones. Reads only.
 */
import { articleRoot } from './article';
import type { Segments } from './segments';
import { inArticle } from './article-spans';
import { isFurniture, tagDecides } from './furniture';
import { nextTask } from './slices';
import { READER_GLOBAL, type PrepareArticleRead } from './reader-global';

/** Is this text node the article's? */
export type ArticleTest = (node: Text) => boolean;

/**
 * Readability's parse grows with the page: in Chromium on this 2-CPU machine, 21 ms for a
 * 5,000-word article in a page of 312 elements, 64 ms for 20,000 words (medians of 5, by a
 * one-off script that was not kept). Above these sizes the page is scoped by landmarks instead;
 * test/e2e/article.e2e.ts holds the reader's tasks under 50 ms at 0, 5,000 and 50,000 words.
 */
export const READER_MAX_CHARS = 45_000;
export const READER_MAX_ELEMENTS = 4_000;
/**
 * Readability's passes look up each element's ancestors, so its cost grows with depth too: on
 * a claim 2,000 elements deep it held the page for 35 s. Real articles' text sits a few dozen
 * elements deep at most; deeper pages are scoped by landmarks.
 */
export const READER_MAX_DEPTH = 100;

/** A walk's text nodes, by their place in its offset table (lib/page/segments.ts). */
export type WalkedNodes = Pick<Segments, 'length' | 'node'>;

/** Whether any of (up to 256, evenly spread, the last always) text nodes of the walk sits deeper than `limit` elements. */
export function deeperThan(nodes: WalkedNodes, limit: number): boolean {
  const step = Math.max(1, Math.floor(nodes.length / 256));
  for (let i = nodes.length - 1; i >= 0; i -= step) {
    let depth = 0;
    for (let el = nodes.node(i)?.parentElement; el; el = el.parentElement) if (++depth > limit) return true;
  }
  return false;
}

/**
 * The reader's entry point once the chunk at `url` is loaded (null if it cannot be).
 * The chunk defines it as a global (lib/page/reader-global.ts).
 */
export async function loadReader(url: string): Promise<PrepareArticleRead | null> {
  const global = globalThis as Record<string, unknown>;
  if (typeof global[READER_GLOBAL] !== 'function') await import(/* @vite-ignore */ url);
  const reader = global[READER_GLOBAL];
  return typeof reader === 'function' ? (reader as PrepareArticleRead) : null;
}

/** How the article was found, and what it cost (for the debug timings). */
export interface FoundArticle {
  /** Is this text node the article's? Null when no article can be told from the rest (then all the text counts). */
  test: ArticleTest | null;
  how: 'readability' | 'landmarks';
  /** Main-thread milliseconds of each of Readability's two tasks (0 for landmarks). */
  cloneMs: number;
  parseMs: number;
}

/**
 * The article of `doc`, whose walked text (`text`, from the text nodes `nodes`) is small enough
 * to weigh; `load` gives Readability (null: landmarks only). `landmarks` is `landmarkArticle`'s
 * test, when the caller has made it already (the annotator walks with it).
 */
export async function findArticle(
  doc: Document,
  walked: { text: string; nodes: WalkedNodes },
  load: () => Promise<PrepareArticleRead | null>,
  landmarks: ArticleTest | null = landmarkArticle(doc),
): Promise<FoundArticle> {
  if (
    walked.text.length <= READER_MAX_CHARS &&
    doc.getElementsByTagName('*').length <= READER_MAX_ELEMENTS &&
    !deeperThan(walked.nodes, READER_MAX_DEPTH)
  ) {
    const reader = await load().catch(() => null);
    if (reader) {
      let t = performance.now();
      const parse = reader(doc);
      const cloneMs = performance.now() - t;
      // Cloning and parsing in separate tasks: each stays far from 50 ms.
      await nextTask();
      t = performance.now();
      const kept = parse();
      const parseMs = performance.now() - t;
      return { test: kept ? inArticle(kept) : null, how: 'readability', cloneMs, parseMs };
    }
  }
  return { test: landmarks, how: 'landmarks', cloneMs: 0, parseMs: 0 };
}

/**
 * The cheaper scoping for big pages: the article's landmark (`itemprop=articleBody`, the
 * longest <article>, <main>) and the page's h1, less the furniture inside it. Null when
 * the page has no such landmark.
 */
export function landmarkArticle(doc: Document): ArticleTest | null {
  const root = articleRoot(doc);
  if (!root || root === doc.body || root === doc.documentElement) return null;
  const headline = doc.querySelector('h1');
  const verdicts = new Map<Element, boolean>();
  /** Is `el` inside the article: under its root (or the headline), with no furniture between? */
  const inside = (el: Element): boolean => {
    // Not remembered for the many plain inline elements (a page of 200,000 spans would fill the map).
    if (el !== root && el !== headline && tagDecides(el)) {
      const parent = el.parentElement;
      return !isFurniture(el) && parent !== null && inside(parent);
    }
    const known = verdicts.get(el);
    if (known !== undefined) return known;
    let answer: boolean;
    if (el === root || el === headline) answer = true;
    else if (isFurniture(el)) answer = false;
    else {
      const parent = el.parentElement;
      answer = parent !== null && inside(parent);
    }
    verdicts.set(el, answer);
    return answer;
  };
  return (node) => {
    const parent = node.parentElement;
    return parent !== null && (root.contains(parent) || (headline?.contains(parent) ?? false)) && inside(parent);
  };
}
