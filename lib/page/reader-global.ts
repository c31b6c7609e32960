/**
 * Where the lazily loaded article reader (entrypoints/article-reader.ts) leaves its entry
 * point: a property of the content script's own global (its isolated world, which the page
 * cannot see). A file of its own so the content script can name it without bundling the
 * reader, which is 11 KB gzipped: more than the content script's budget has room for.
 */
import type { ArticleElements } from './article-reader';

export const READER_GLOBAL = '__ofstedLensArticleReader';

/** The reader's entry point: clone and index now, parse when called (see `prepareArticleRead`). */
export type PrepareArticleRead = (doc: Document) => () => ArticleElements | null;
