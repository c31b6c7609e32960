/**
 * Turning what the command line was given (a text or an HTML page) into the text the
 * engine reads and the context it knows. Pure apart from the DOM parser passed in.
 */
import { readArticle } from '../page/article';
import type { ArticleContext } from './types';

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

/**
 * Prepares one input. HTML is reduced to its article's text, with the headline first
 * (headlines carry claims) and the metadata date; plain text is used as is.
 * `published` (from the command line) overrides any date found.
 */
export function prepareInput(content: string, name: string, parse: ParseHtml, published: string | null): PreparedInput {
  if (!looksLikeHtml(content, name)) {
    return { text: content, context: published ? { published, publishedSource: 'caller' } : {} };
  }
  const article = readArticle(parse(content));
  const text = article.title && !article.text.startsWith(article.title) ? `${article.title}\n\n${article.text}` : article.text;
  const context: ArticleContext = { title: article.title };
  if (published) Object.assign(context, { published, publishedSource: 'caller' });
  else if (article.published) Object.assign(context, { published: article.published, publishedSource: 'metadata' });
  return { text, context };
}
