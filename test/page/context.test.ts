// @vitest-environment happy-dom
/**
 * The date the verdicts are judged as of comes from the page itself.
 */
import { describe, expect, it } from 'vitest';
import { readPageContext } from '@/lib/page/context';

function page(head: string, body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

describe('readPageContext', () => {
  it.each([
    ['meta article:published_time', '<meta property="article:published_time" content="2023-03-14T08:00:00Z">', '', '2023-03-14'],
    [
      'JSON-LD datePublished',
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-01-02"}</script>',
      '',
      '2019-01-02',
    ],
    ['<time datetime>', '', '<article><time datetime="2018-11-20">20 November</time></article>', '2018-11-20'],
    ['nothing', '', '<p>No date here.</p>', null],
  ])('reads the date from %s', (_what, head, body, expected) => {
    expect(readPageContext(page(head, body)).published).toBe(expected);
  });
});
