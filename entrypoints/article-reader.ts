/**
 * The article reader (Mozilla's Readability and its mapping back to the page), loaded by
 * the content script only on pages where the names prefilter found a name: 11 KB gzipped
 * that most pages never need, and that would not fit the content script's size budget.
 * It only hands its entry point to the content script's isolated world.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { prepareArticleRead } from '@/lib/page/article-reader';
import { READER_GLOBAL, type PrepareArticleRead } from '@/lib/page/reader-global';

export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, PrepareArticleRead | undefined>)[READER_GLOBAL] = prepareArticleRead;
});
