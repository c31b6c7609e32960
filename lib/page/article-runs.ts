/**
 * The one rule for turning the walk's text nodes, in order, into the article's spans: a node of
 * the article's runs on the span open or starts one, a node of the furniture ends it, and
 * whitespace between blocks (which the caller leaves out) does neither, so a break between two
 * of the article's paragraphs is the article's too. Shared by `articleSpans` (after the walk)
 * and `TextWalk` (as it walks).
 */
import type { Span } from './article-spans';

/** The article's spans, built one text node at a time. */
export class ArticleRuns {
  readonly spans: Span[] = [];
  private open: Span | null = null;

  /** Adds the stretch `start`-`end` of a text node that is not blank, the article's or not. */
  add(start: number, end: number, isArticle: boolean): void {
    if (!isArticle) this.open = null;
    else if (this.open) this.open.end = end;
    else this.spans.push((this.open = { start, end }));
  }
}
