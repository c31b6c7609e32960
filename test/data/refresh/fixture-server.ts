/**
 * A stand-in for Ofsted's reports site and file service on 127.0.0.1 (the tests have
 * no outside network): provider pages written in Ofsted's layout (a.publication-link
 * with a span.nonvisual label), ETags and 304s, and per-page behaviours the refresh
 * must survive: a 429 before success, a 500 every time, a changed layout.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseHTML } from 'linkedom';

/** One publication on a page. */
export interface FixturePublication {
  fileId: string;
  /** As Ofsted writes it: "children's services inspection", "focused visit", ... */
  type: string;
  /** ISO date. */
  published: string;
}

export type PageBehaviour = 'normal' | 'rate-limited-once' | 'error-500' | 'new-layout';

export interface FixtureSite {
  /** Publications per URN. */
  pages: Map<string, FixturePublication[]>;
  behaviour: Map<string, PageBehaviour>;
  /** PDF bytes per file id. */
  files: Map<string, Uint8Array>;
  /** Every request seen: path, status answered, headers. */
  log: { path: string; status: number; headers: IncomingHttpHeaders }[];
  /** Most requests in flight at once. */
  peak: number;
  base: string;
  close(): Promise<void>;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "2026-08-25" → "25 august 2026", as the hidden labels write dates. */
function labelDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** A provider page in Ofsted's layout, built as a DOM and serialised. */
export function providerPage(urn: string, publications: readonly FixturePublication[], base: string, layout: 'ofsted' | 'new'): string {
  const { document } = parseHTML('<!doctype html><html lang="en"><head><title>Local authority</title></head><body></body></html>');
  const heading = document.createElement('h1');
  heading.textContent = `Local authority children's services (URN ${urn})`;
  const list = document.createElement('ul');
  list.className = 'publications';
  for (const p of publications) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    // A redesign that renames the class and drops the hidden label.
    link.className = layout === 'ofsted' ? 'publication-link' : 'download-link';
    link.setAttribute('href', `${base}/v1/file/${p.fileId}`);
    link.append(document.createTextNode(p.type.replace(/^./, (c) => c.toUpperCase())));
    if (layout === 'ofsted') {
      const hidden = document.createElement('span');
      hidden.className = 'nonvisual';
      hidden.textContent = `${p.type} - ${labelDate(p.published)}, pdf`;
      link.append(hidden);
    }
    const date = document.createElement('time');
    date.textContent = labelDate(p.published);
    item.append(link, date);
    list.append(item);
  }
  document.body.append(heading, list);
  return document.toString();
}

/** Starts the site; `pages`, `behaviour` and `files` may be changed between runs. */
export async function startFixtureSite(): Promise<FixtureSite> {
  let inFlight = 0;
  const site = {
    pages: new Map(),
    behaviour: new Map(),
    files: new Map(),
    log: [],
    peak: 0,
    base: '',
  } as unknown as FixtureSite;
  const seen429 = new Set<string>();
  const server: Server = createServer((request, response) => {
    inFlight++;
    site.peak = Math.max(site.peak, inFlight);
    const path = request.url ?? '/';
    const answer = (status: number, headers: Record<string, string> = {}, body?: string | Uint8Array) => {
      site.log.push({ path, status, headers: request.headers });
      // A little latency so that concurrent requests overlap and the limit is tested.
      setTimeout(() => {
        response.writeHead(status, headers);
        response.end(body);
        inFlight--;
      }, 5);
    };
    const page = /^\/provider\/44\/(\d+)$/.exec(path);
    const file = /^\/v1\/file\/(\d+)$/.exec(path);
    if (page?.[1]) {
      const urn = page[1];
      const publications = site.pages.get(urn);
      const behaviour = site.behaviour.get(urn) ?? 'normal';
      if (!publications) return answer(404, {}, 'Not found');
      if (behaviour === 'error-500') return answer(500, {}, 'Internal Server Error');
      if (behaviour === 'rate-limited-once' && !seen429.has(urn)) {
        seen429.add(urn);
        return answer(429, { 'retry-after': '0' }, 'Too Many Requests');
      }
      const html = providerPage(urn, publications, site.base, behaviour === 'new-layout' ? 'new' : 'ofsted');
      const etag = `"${createHash('sha1').update(html).digest('hex').slice(0, 16)}"`;
      if (request.headers['if-none-match'] === etag) return answer(304, { etag });
      return answer(200, { 'content-type': 'text/html; charset=utf-8', etag }, html);
    }
    if (file?.[1]) {
      const bytes = site.files.get(file[1]);
      return bytes ? answer(200, { 'content-type': 'application/pdf' }, bytes) : answer(404, {}, 'Not found');
    }
    return answer(404, {}, 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  site.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return site;
}
