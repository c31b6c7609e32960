/**
 * Reads an article out of a page: its title, its publication date from the page's
 * metadata, and its text with paragraph breaks. Pure DOM reading (nothing is changed),
 * shared by the content script (for the date) and the command line (via linkedom).
 */

/** What a page says about its article. */
export interface PageArticle {
  title: string | null;
  /** ISO date (YYYY-MM-DD) from metadata, or null. */
  published: string | null;
  /** The article's text, paragraphs separated by blank lines, table cells by tabs. */
  text: string;
}

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'NAV',
  'FOOTER',
  'ASIDE',
  'FORM',
  'BUTTON',
  'SVG',
  'TEMPLATE',
  'IFRAME',
  'SELECT',
  'HEAD',
]);
const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'FIGURE',
  'FIGCAPTION',
  'PRE',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'HR',
  'ADDRESS',
  'TIME',
]);
const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
  'meta[property="og:published_time"]',
];

/** The calendar date of a date or date-time string, or null. */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCDate() === Number(m[3]) ? `${m[1]}-${m[2]}-${m[3]}` : null;
  }
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function fromJsonLd(doc: Document): string | null {
  const find = (node: unknown): string | null => {
    if (Array.isArray(node)) {
      for (const n of node) {
        const d = find(n);
        if (d) return d;
      }
      return null;
    }
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.datePublished === 'string') return isoDay(o.datePublished);
      return find(o['@graph']);
    }
    return null;
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const d = find(JSON.parse(script.textContent ?? ''));
      if (d) return d;
    } catch {
      // A broken JSON-LD block is the page's problem; other sources may still give the date.
    }
  }
  return null;
}

/** The page's publication date: meta tags, then JSON-LD `datePublished`, then the first `<time datetime>`. */
export function publishedDate(doc: Document): string | null {
  for (const selector of DATE_META) {
    const d = isoDay(doc.querySelector(selector)?.getAttribute('content'));
    if (d) return d;
  }
  const ld = fromJsonLd(doc);
  if (ld) return ld;
  const time = doc.querySelector('article time[datetime], time[itemprop="datePublished"], time[datetime]');
  return isoDay(time?.getAttribute('datetime'));
}

/** The page's headline: og:title, the article's first h1, or the document title. */
export function pageTitle(doc: Document): string | null {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  const h1 = doc.querySelector('article h1, h1')?.textContent;
  const title = og ?? h1 ?? doc.title;
  const clean = title?.replace(/\s+/g, ' ').trim();
  return clean ? clean : null;
}

/** The element holding the article: itemprop articleBody, the longest <article>, <main>, or <body>. */
export function articleRoot(doc: Document): Element | null {
  const body = doc.querySelector('[itemprop="articleBody"]');
  if (body) return body;
  const articles = Array.from(doc.querySelectorAll('article'));
  if (articles.length > 0) {
    return articles.reduce((a, b) => ((b.textContent ?? '').length > (a.textContent ?? '').length ? b : a));
  }
  return doc.querySelector('main') ?? doc.body ?? doc.documentElement;
}

/** Visible text of an element, with blank lines between blocks and tabs between table cells. */
export function blockText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag) || (node as Element).getAttribute('hidden') !== null) return;
    if (tag === 'BR') {
      parts.push('\n');
      return;
    }
    const cell = tag === 'TD' || tag === 'TH';
    const block = BLOCK.has(tag);
    if (block) parts.push('\n\n');
    for (const child of Array.from(node.childNodes)) walk(child);
    if (cell) parts.push('\t');
    if (block) parts.push('\n\n');
  };
  walk(root);
  return parts
    .join('')
    .replace(/[ ]*\t[ ]*/g, '\t')
    .replace(/[ ]*\n[ ]*/g, '\n')
    .replace(/\t+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Reads the article of a page. */
export function readArticle(doc: Document): PageArticle {
  const root = articleRoot(doc);
  return { title: pageTitle(doc), published: publishedDate(doc), text: root ? blockText(root) : '' };
}
