/**
 * Turns "which elements are the article's" into spans of the walked text, the form the
 * engine takes (`ArticleContext.articleSpans`): text outside them is site furniture.
 */
import type { Segments } from './segments';
import { isSpace } from './walker';

/** A stretch of text, as offsets. */
export interface Span {
  start: number;
  end: number;
}

/** Whether `text` from `start` to `end` is all whitespace (read from the walked text: asking each node for its data again made a string per node, 11.6 MB on a page of 200,000 text nodes). */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
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
 * The spans of the walked text that are the article's: runs of the article's text nodes,
 * joined across the line breaks the walk puts between blocks (a break between two of the
 * article's paragraphs is the article's too). Lets the page run every few milliseconds
 * through `slicer` (a page can have 200,000 text nodes).
 */
export async function articleSpans(
  { text, segments }: { text: string; segments: Segments },
  isArticle: (node: Text) => boolean,
  slicer: Yielder = NEVER_YIELD,
): Promise<Span[]> {
  const spans: Span[] = [];
  let open: Span | null = null;
  const { nodes, starts, ends } = segments;
  for (let i = 0; i < nodes.length; i++) {
    if ((i & 127) === 127 && slicer.shouldYield()) await slicer.yield();
    // Whitespace between blocks is neither the article's nor the furniture's: it neither starts nor ends a span.
    if (isBlank(text, starts[i]!, ends[i]!)) continue;
    if (!isArticle(nodes[i]!)) {
      open = null;
      continue;
    }
    if (open) open.end = ends[i]!;
    else spans.push((open = { start: starts[i]!, end: ends[i]! }));
  }
  return spans;
}
