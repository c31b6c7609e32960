/**
 * Turns "which elements are the article's" into spans of the walked text, the form the
 * engine takes (`ArticleContext.articleSpans`): text outside them is site furniture.
 */
import type { Segments } from './segments';
import { isBlank } from './walker';
import { ArticleRuns } from './article-runs';

/** A stretch of text, as offsets. */
export interface Span {
  start: number;
  end: number;
}

/** Is this text node the article's own? Its parent element is one the reader kept. */
export function inArticle(kept: ReadonlySet<Element>): (node: Text) => boolean {
  return (node) => {
    const parent = node.parentElement;
    return parent !== null && kept.has(parent);
  };
}

/** The spans that fall in `piece` of the text, clipped to it and counted from its start. */
export function spansWithin(spans: readonly Span[], piece: Span): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const start = Math.max(span.start, piece.start);
    const end = Math.min(span.end, piece.end);
    if (end > start) out.push({ start: start - piece.start, end: end - piece.start });
  }
  return out;
}

/** The longest page address a request carries (longer ones are left out). */
export const MAX_URL = 8192;

/** The most spans one request may carry (lib/messaging.ts bounds the message with it). */
export const MAX_ARTICLE_SPANS = 10_000;

/** What `articleSpans` needs of the annotator's time slicing. */
export interface Yielder {
  shouldYield(): boolean;
  yield(): Promise<void>;
}

const NEVER_YIELD: Yielder = { shouldYield: () => false, yield: async () => undefined };

/**
 * The spans of the walked text that are the article's: runs of the article's text nodes
 * (lib/page/article-runs.ts). Lets the page run every few milliseconds through `slicer`. Asks the offset table for every node again, which a page of 200,000 text
 * nodes makes dear: `TextWalk` works the same spans out as it walks, for a test known before
 * (the landmarks'); this is for Readability's, on pages small enough for it.
 */
export async function articleSpans(
  { text, segments }: { text: string; segments: Segments },
  isArticle: (node: Text) => boolean,
  slicer: Yielder = NEVER_YIELD,
): Promise<Span[]> {
  const runs = new ArticleRuns();
  const { starts, ends } = segments;
  for (let i = 0; i < starts.length; i++) {
    if ((i & 127) === 127 && slicer.shouldYield()) await slicer.yield();
    if (isBlank(text, starts[i]!, ends[i]!)) continue;
    // In order, so the table finds each node with one step of a walk. A node it cannot find
    // (the page changed since the walk) is taken for furniture: its claims stand on their own.
    const node = segments.node(i);
    runs.add(starts[i]!, ends[i]!, node !== null && isArticle(node));
  }
  return runs.spans;
}
