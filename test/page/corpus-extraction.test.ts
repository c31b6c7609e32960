// @vitest-environment happy-dom
/**
 * The real-article evaluation wraps each corpus text as a plain article page (headline in an
 * h1, one <p> per line) and reads it through `prepareInput`: the article reader must keep the
 * headline and every paragraph, in order, or the evaluation would score text it never read.
 * Runs over ../shared/articles when that folder exists (the texts are never copied here).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { prepareInput } from '@/tools/cli/inputs';
import { readArticleElements } from '@/lib/page/article-reader';
import { articleSpans, inArticle } from '@/lib/page/article-spans';
import { TextWalk } from '@/lib/page/walker';
import { Segments } from '@/lib/page/segments';

const DIR = resolve(import.meta.dirname, '../../../shared/articles/articles');
const files = existsSync(DIR)
  ? readdirSync(DIR)
      .filter((f) => f.endsWith('.txt'))
      .sort()
  : [];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const parse = (html: string) => parseHTML(html).document as unknown as Document;

/** The corpus README's wrapping (without the date meta, which does not change the text). */
function wrap(raw: string): { html: string; title: string; lines: string[] } {
  const [head, ...rest] = raw.split('\n\n');
  const titleLine = /^TITLE: (.*)$/m.exec(head ?? '')?.[1] ?? '';
  const title = titleLine.startsWith('(not returned by corpus') ? '' : titleLine.trim();
  const lines = rest
    .join('\n\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head>` +
    `<body><article><h1>${escape(title)}</h1>\n${lines.map((l) => `<p>${escape(l)}</p>`).join('\n')}\n</article></body></html>`;
  return { html, title, lines };
}

describe.skipIf(files.length === 0)('the article reader on every corpus page', () => {
  it.each(files)('%s: the headline and every paragraph, in order', (file) => {
    const { html, title, lines } = wrap(readFileSync(join(DIR, file), 'utf8'));
    const { text } = prepareInput(html, `${file}.html`, parse, null);
    // A browser shows a run of spaces and tabs as one space; nothing else may change.
    const expected = [...(title ? [title] : []), ...lines].map((l) => l.replace(/[ \t\n\r\f]+/g, ' ')).join('\n\n');
    expect(text).toBe(expected);
  });

  // In a browser-like DOM (happy-dom), as the extension reads it: the walk's offset table finds
  // nodes again with a TreeWalker moved to a node it keeps, which linkedom's TreeWalker cannot do.
  it.each(files)('%s: the extension’s article spans hold the headline and every paragraph too', async (file) => {
    const { html, title, lines } = wrap(readFileSync(join(DIR, file), 'utf8'));
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const kept = readArticleElements(doc);
    expect(kept).not.toBeNull();
    const walk = new TextWalk(doc.body, new Segments(), inArticle(kept!));
    walk.step();
    const { text, segments } = walk.result();
    const spans = await articleSpans({ text, segments }, inArticle(kept!));
    // The walk works the same spans out as it goes (the annotator takes those for the landmarks).
    expect(walk.article).toEqual(spans);
    const inside = spans.map((s) => text.slice(s.start, s.end)).join('\n');
    let at = 0;
    for (const line of [...(title ? [title] : []), ...lines]) {
      const found = inside.indexOf(line, at);
      expect(found, line.slice(0, 60)).toBeGreaterThanOrEqual(0);
      at = found + line.length;
    }
  });
});
