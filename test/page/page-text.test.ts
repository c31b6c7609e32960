/**
 * The command line reads an HTML page's article as the extension does: Readability's
 * article (on linkedom), headline first, site furniture left out, blocks as laid out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { prepareInput } from '@/tools/cli/inputs';

const FIXTURE = readFileSync(join(import.meta.dirname, '../fixtures/pages/furniture.html'), 'utf8');
const parse = (html: string) => parseHTML(html).document as unknown as Document;

describe('prepareInput on a news page with site furniture', () => {
  const { text, context } = prepareInput(FIXTURE, 'story.html', parse, null);

  it('keeps the headline first and the story’s paragraphs in order', () => {
    expect(text.startsWith("Hertfordshire children's services rated outstanding\n\n")).toBe(true);
    const lines = [
      "Hertfordshire County Council's children's services have been rated outstanding",
      'Inspectors spent three weeks',
      "The council's children's services were rated good at the previous inspection",
      "Cllr J. Smith\n\nHertfordshire County Council's lead member",
      'Families who spoke to the inspectors',
    ];
    const at = lines.map((l) => text.indexOf(l));
    expect(at.every((i) => i > 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('leaves out the read-more line, the advert, comments, related and most-read lists, navigation and footer', () => {
    for (const furniture of [
      'Read more',
      'Foster with Kent',
      'Lancashire',
      'Kent County Council',
      'Related stories',
      'Most read',
      'Politics',
      'Editions for',
    ]) {
      expect(text).not.toContain(furniture);
    }
    expect(context).toMatchObject({ published: '2023-03-23', publishedSource: 'metadata' });
  });

  it('gives the engine the page’s address: the URL it was fetched from, else its canonical link', () => {
    expect(prepareInput(FIXTURE, 'https://news.example.org/2023/03/story', parse, null).context.url).toBe(
      'https://news.example.org/2023/03/story',
    );
    const withCanonical = FIXTURE.replace(
      '<meta charset="utf-8">',
      '<meta charset="utf-8"><link rel="canonical" href="https://www.hertfordshire.gov.uk/news/story">',
    );
    expect(prepareInput(withCanonical, 'page.html', parse, null).context.url).toBe('https://www.hertfordshire.gov.uk/news/story');
    expect(context.url).toBeUndefined();
  });

  it('ends a line where a style sheet or a style attribute lays an inline element out as a block', () => {
    const page = (style: string, b: string) =>
      `<!doctype html><html><head><title>t</title><style>${style}</style></head><body><article><h1>t</h1><p>${b}Cllr J. Smith</b>Lancashire County Council’s children’s services were rated good by Ofsted, inspectors said this week after a visit.</p></article></body></html>`;
    expect(prepareInput(page('', '<b style="display: block">'), 'a.html', parse, null).text).toContain('Smith\n\nLancashire');
    expect(prepareInput(page('p > b.who { color: red; display:block }', '<b class="who">'), 'a.html', parse, null).text).toContain(
      'Smith\n\nLancashire',
    );
    expect(prepareInput(page('', '<b>'), 'a.html', parse, null).text).toContain('Cllr J. SmithLancashire');
  });
});
