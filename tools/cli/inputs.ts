/**
 * Turning what the command line was given (a text or an HTML page) into the text the
 * engine reads and the context it knows. Pure apart from the DOM parser passed in.
 */
import { pageTitle, publishedDate, readArticle } from '../../lib/page/article';
import { readArticleElements } from '../../lib/page/article-reader';
import { inArticle } from '../../lib/page/article-spans';
import { pageText } from '../../lib/page/page-text';
import type { ArticleContext } from '../../lib/engine/types';

/** A document parser (linkedom's in Node, the browser's own in a page). */
export type ParseHtml = (html: string) => Document;

/** Text and context ready for `analyse`. */
export interface PreparedInput {
  text: string;
  context: ArticleContext;
}

/** Is this content an HTML page rather than plain text? */
export function looksLikeHtml(content: string, name: string): boolean {
  if (/\.x?html?$/i.test(name)) return true;
  return /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(content);
}

/** The page's own address: the command line's URL, else the page's canonical link or og:url. */
function pageUrl(doc: Document, name: string): string | null {
  if (/^https?:\/\//i.test(name)) return name;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const url = (canonical ?? og ?? '').trim();
  return /^https?:\/\//i.test(url) ? url : null;
}

/**
 * Prepares one input. HTML is reduced to its article's text by the same reader the
 * extension uses (Mozilla's Readability, lib/page/article-reader.ts): related stories, "Read
 * more" lines, adverts, comments, navigation and footers are left out; the headline goes
 * first (headlines carry claims); the date comes from the metadata. Plain text is used as is.
 * `published` (from the command line) overrides any date found.
 */
export function prepareInput(content: string, name: string, parse: ParseHtml, published: string | null): PreparedInput {
  if (!looksLikeHtml(content, name)) {
    return { text: content, context: published ? { published, publishedSource: 'caller' } : {} };
  }
  const doc = parse(content);
  const title = pageTitle(doc);
  const kept = readArticleElements(doc);
  const body = doc.body ?? doc.documentElement;
  // No article found (an empty or odd page): the older landmark reading, which skips navigation and footers.
  let text = kept && body ? pageText(body, inArticle(kept)) : readArticle(doc).text;
  if (title && !text.startsWith(title)) text = `${title}\n\n${text}`;
  const context: ArticleContext = { title };
  if (published) Object.assign(context, { published, publishedSource: 'caller' });
  else {
    const found = publishedDate(doc);
    if (found) Object.assign(context, { published: found, publishedSource: 'metadata' });
  }
  const url = pageUrl(doc, name);
  if (url) context.url = url;
  return { text, context };
}
