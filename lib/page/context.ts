/**
 * The article's date and title for the engine, read from the page by lib/page/article.ts.
 */
import { pageTitle, publishedDate } from './article';

/** The article's published date (ISO, from meta tags, JSON-LD or <time>) and headline, or nulls. */
export function readPageContext(doc: Document): { published: string | null; title: string | null } {
  return { published: publishedDate(doc), title: pageTitle(doc) };
}
