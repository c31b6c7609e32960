/**
 * The article's date and title for the engine, read from the page.
 */

/** The article's published date (ISO) and title, or nulls. */
export function readPageContext(doc: Document): { published: string | null; title: string | null } {
  const meta = doc.querySelector<HTMLMetaElement>(
    'meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"]',
  );
  let published = meta?.content ?? null;
  if (!published) {
    for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
      const match = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
      if (match) {
        published = match[1]!;
        break;
      }
    }
  }
  published ??= doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? null;
  const iso = published ? /^\d{4}-\d{2}-\d{2}/.exec(published)?.[0] ?? null : null;
  return { published: iso, title: doc.title || null };
}
