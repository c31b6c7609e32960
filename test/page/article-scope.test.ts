// @vitest-environment happy-dom
/**
 * Telling the article's own text from the site around it, on a live-like DOM: Readability's
 * elements mapped back to spans of the walked text, the landmark scoping for big pages, and
 * an inline element laid out as a block ending a line of text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TextWalk } from '@/lib/page/walker';
import { PrefilterWalk } from '@/lib/page/prefilter-walk';
import { Segments } from '@/lib/page/segments';
import { walkText } from './walk-text';
import { prepareArticleRead, readArticleElements } from '@/lib/page/article-reader';
import { articleSpans, inArticle, spansWithin } from '@/lib/page/article-spans';
import {
  READER_MAX_CHARS,
  READER_MAX_DEPTH,
  deeperThan,
  findArticle,
  landmarkArticle,
  type ArticleTest,
  type WalkedNodes,
} from '@/lib/page/article-scope';

const FIXTURE = readFileSync(join(import.meta.dirname, '../fixtures/pages/furniture.html'), 'utf8');

/** Loads a whole page into the test document (head and body), as a browser would show it. */
function load(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.replaceChildren(...Array.from(parsed.head.childNodes, (n) => document.importNode(n, true)));
  document.body.replaceChildren(...Array.from(parsed.body.childNodes, (n) => document.importNode(n, true)));
  return document;
}

/** The page's text and structure: every element with its attributes, then the text. */
function snapshot(doc: Document): string {
  const elements = Array.from(
    doc.querySelectorAll('*'),
    (el) => `${el.localName}[${Array.from(el.attributes, (a) => `${a.name}=${a.value}`).join(' ')}]`,
  );
  return `${elements.join('|')}\n${doc.documentElement.textContent}`;
}

/** The walk's text and text nodes, as the annotator hands them over. */
function walked(doc: Document): { text: string; nodes: WalkedNodes } {
  const { text, segments } = walkText(doc.body);
  return { text, nodes: segments };
}

/** The walked text, cut into what the test says is the article's and what is not. */
async function split(doc: Document, test: ArticleTest): Promise<{ article: string[]; rest: string }> {
  const walk = new TextWalk(doc.body, new Segments(), test);
  walk.step();
  const { text, segments } = walk.result();
  const spans = await articleSpans({ text, segments }, test);
  // The walk works the same spans out as it goes (the annotator takes those for the landmarks).
  expect(walk.article).toEqual(spans);
  let rest = '';
  let at = 0;
  for (const s of spans) {
    rest += text.slice(at, s.start);
    at = s.end;
  }
  rest += text.slice(at);
  return { article: spans.map((s) => text.slice(s.start, s.end)), rest };
}

const ARTICLE_LINES = [
  "Hertfordshire children's services rated outstanding",
  "Hertfordshire County Council's children's services have been rated outstanding by Ofsted in a report published this month.",
  "The council's children's services were rated good at the previous inspection, in 2018",
  "Hertfordshire County Council's lead member for children said staff had earned the result.",
  'Families who spoke to the inspectors described workers',
];
const FURNITURE_LINES = [
  "Essex County Council's children's services rated outstanding",
  'Foster with Kent County Council',
  "Lancashire County Council's children's services were rated requires improvement",
  "Kent County Council's children's services rated good by Ofsted",
  "Lancashire children's services judged requires improvement",
  'Editions for Essex, Kent and Hertfordshire',
  'Politics',
];

describe('Readability on the page, mapped back to the walked text', () => {
  it('puts the headline and every paragraph of the story inside the article, and no site furniture', async () => {
    const doc = load(FIXTURE);
    const before = snapshot(doc);
    const kept = readArticleElements(doc);
    expect(kept).not.toBeNull();
    const { article, rest } = await split(doc, inArticle(kept!));
    const inside = article.join('\n');
    for (const line of ARTICLE_LINES) expect(inside).toContain(line);
    for (const line of FURNITURE_LINES) {
      expect(inside).not.toContain(line);
      expect(rest).toContain(line);
    }
    // Readability ran on a copy: the page is exactly as it was.
    expect(snapshot(doc)).toBe(before);
  });

  it('keeps the headline first and the story in order, as one article from the headline on', async () => {
    const doc = load(FIXTURE);
    const { article } = await split(doc, inArticle(readArticleElements(doc)!));
    const inside = article.join('\n');
    const at = ARTICLE_LINES.map((line) => inside.indexOf(line));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(inside.startsWith(ARTICLE_LINES[0]!)).toBe(true);
  });

  it('clones in one step and parses in the next, and finds nothing on a page without an article', () => {
    const doc = load('<!doctype html><html><head><title>x</title></head><body></body></html>');
    expect(prepareArticleRead(doc)()).toBeNull();
  });
});

describe('spans of the walked text', () => {
  it('joins neighbouring article text across block breaks and clips spans to each piece sent', async () => {
    const doc = load('<!doctype html><body><p id="a">One.</p><p id="b">Two.</p><p id="c">Menu</p><p id="d">Three.</p></body>');
    const kept = new Set<Element>(['a', 'b', 'd'].map((id) => doc.getElementById(id)!));
    const { text, segments } = walkText(doc.body);
    expect(text).toBe('One.\nTwo.\nMenu\nThree.');
    const spans = await articleSpans({ text, segments }, inArticle(kept));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['One.\nTwo.', 'Three.']);
    // Yielding between every 128 nodes changes nothing.
    const sliced = await articleSpans({ text, segments }, inArticle(kept), { shouldYield: () => true, yield: async () => undefined });
    expect(sliced).toEqual(spans);
    // A piece from "Two." on: offsets count from the piece's start.
    const piece = { start: text.indexOf('Two.'), end: text.length };
    const within = spansWithin(spans, piece);
    const pieceText = text.slice(piece.start, piece.end);
    expect(within.map((s) => pieceText.slice(s.start, s.end))).toEqual(['Two.', 'Three.']);
  });
});

describe('choosing how to find the article', () => {
  it('uses Readability (loaded on demand) on an ordinary page', async () => {
    const doc = load(FIXTURE);
    let loads = 0;
    const { test, how } = await findArticle(doc, walked(doc), async () => {
      loads++;
      return prepareArticleRead;
    });
    expect(loads).toBe(1);
    expect(how).toBe('readability');
    const { article } = await split(doc, test!);
    expect(article.join('\n')).toContain(ARTICLE_LINES[1]);
    expect(article.join('\n')).not.toContain(FURNITURE_LINES[0]);
  });

  it('scopes a page too big for Readability by its landmarks, and leaves out the furniture inside them', async () => {
    const doc = load(FIXTURE);
    let loads = 0;
    const { test, how } = await findArticle(doc, { text: 'x'.repeat(READER_MAX_CHARS + 1), nodes: new Segments() }, async () => {
      loads++;
      return prepareArticleRead;
    });
    expect(loads).toBe(0);
    expect(how).toBe('landmarks');
    const { article, rest } = await split(doc, test!);
    const inside = article.join('\n');
    for (const line of ARTICLE_LINES) expect(inside).toContain(line);
    for (const line of FURNITURE_LINES) expect(rest).toContain(line);
    for (const line of FURNITURE_LINES) expect(inside).not.toContain(line);
  });

  it('leaves Readability out on a page nested deeper than real articles are (its passes climb every ancestor)', async () => {
    const doc = load(FIXTURE);
    let at = doc.querySelector('.article-body')!;
    for (let i = 0; i < READER_MAX_DEPTH + 5; i++) at = at.appendChild(doc.createElement('div'));
    at.appendChild(doc.createTextNode('Deep text.'));
    expect(deeperThan(walked(doc).nodes, READER_MAX_DEPTH)).toBe(true);
    let loads = 0;
    const { how } = await findArticle(doc, walked(doc), async () => {
      loads++;
      return prepareArticleRead;
    });
    expect([how, loads]).toEqual(['landmarks', 0]);
    expect(deeperThan(walked(load(FIXTURE)).nodes, READER_MAX_DEPTH)).toBe(false);
  });

  it('tells a short "Read more" line from a long paragraph that starts like one, however the text is split', async () => {
    const long = 'Related work by the council '.repeat(80);
    load(
      '<!doctype html><body><article><h1>Kent rated good</h1>' +
        '<p>\n   <strong>Read more:</strong> <a href="#">Essex rated outstanding</a>\n   </p>' +
        `<p><a href="#">${long}</a></p>` +
        '<p><span>Kent County Council</span> was rated good.</p></article></body>',
    );
    const { article, rest } = await split(document, landmarkArticle(document)!);
    expect(rest).toContain('Essex rated outstanding');
    expect(article.join('\n')).toContain(long.trim());
    expect(article.join('\n')).toContain('Kent County Council was rated good.');
  });

  it('falls back to the landmarks when the reader cannot be loaded, and says "all of it" without any landmark', async () => {
    const doc = load(FIXTURE);
    const { test } = await findArticle(doc, walked(doc), async () => null);
    expect((await split(doc, test!)).article.join('\n')).toContain(ARTICLE_LINES[1]);
    load('<!doctype html><body><p>Kent County Council was rated good.</p></body>');
    expect(landmarkArticle(document)).toBeNull();
  });
});

describe('blocks follow the layout, not the tag', () => {
  it('ends a line of text at an inline element shown as a block, so two names never run together', () => {
    const doc = load(
      '<!doctype html><head><style>.name { display: block }</style></head><body>' +
        '<p><b style="display:block">Cllr J. Smith</b>Lancashire County Council’s children’s services were rated good.</p>' +
        '<p><span class="name">Cllr A. Jones</span>Kent County Council said so too.</p>' +
        '<p>Hertford<b>shire</b> and <a href="#">Essex</a>’s services.</p></body>',
    );
    const { text } = walkText(doc.body);
    expect(text).toContain('Cllr J. Smith\nLancashire County Council');
    expect(text).toContain('Cllr A. Jones\nKent County Council');
    // Inline elements laid out inline still run on: a word split by markup stays one word.
    expect(text).toContain('Hertfordshire and Essex’s services.');
    // The first stage's tag walk asks no style but gives both readings where pieces glue, so its
    // prefilter reads "Lancashire" (and "SmithLancashire"), whatever the layout says.
    const pieces: string[] = [];
    new PrefilterWalk(doc.body, (piece) => (pieces.push(piece), false)).step();
    const tagWords = new Set(pieces.join('').split(/[^\p{L}\p{N}]+/u));
    for (const word of text.split(/[^\p{L}\p{N}]+/u)) expect(tagWords).toContain(word);
  });
});
