/**
 * Reads one authority's page on Ofsted's reports site
 * (https://reports.ofsted.gov.uk/provider/44/<urn>): every publication is a link
 * `a.publication-link` to the file service, whose hidden label `span.nonvisual`
 * gives its type and date, e.g. "children's services inspection - 25 august 2026, pdf".
 * Node only (linkedom); pure otherwise. A page that no longer looks like this fails
 * with a LayoutError naming the page, so a site redesign is never read as "nothing new"
 * (the refresh also fails a page that lists none of the reports already held from it).
 */
import { parseHTML } from 'linkedom';
import type { EventKind } from '../../../lib/data/schema';
import { parseDate } from '../import/dates';

/** What a publication on the page is: a graded report, an ungraded event, or something we do not hold. */
export type PublicationKind = 'report' | EventKind | 'other';

/** One publication listed on a provider page. */
export interface Publication {
  /** The file service's id, the key for "already held". */
  readonly fileId: string;
  /** Where to download it (the link as given, resolved against the page). */
  readonly href: string;
  readonly kind: PublicationKind;
  /** ISO date from the label. */
  readonly published: string;
  /** The hidden label as written, for messages. */
  readonly label: string;
}

/** The page no longer has the layout this reader knows. */
export class LayoutError extends Error {
  constructor(page: string, what: string) {
    super(`${page} no longer matches the expected layout: ${what}`);
    this.name = 'LayoutError';
  }
}

/** Which kind a label's type words name. Only "children's services inspection" is a graded report. */
export function publicationKind(type: string): PublicationKind {
  const t = type.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  if (/^children's services inspection\b/.test(t)) return 'report';
  if (/focused visit/.test(t)) return 'focused_visit';
  if (/monitoring visit/.test(t)) return 'monitoring_visit';
  if (/joint targeted area inspection|\bjtai\b/.test(t)) return 'joint_targeted_area_inspection';
  return 'other';
}

const FILE_ID = /\/v1\/file\/(\d+)\/?$/;

/** Every publication on a provider page, in page order. */
export function readProviderPage(html: string, page: string): Publication[] {
  const { document } = parseHTML(html);
  // An empty list is not an error here: the caller knows whether the page should list reports.
  const links = Array.from(document.querySelectorAll('a.publication-link'));
  return links.map((link) => {
    const label = link.querySelector('span.nonvisual')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (label === '') throw new LayoutError(page, 'an a.publication-link without a span.nonvisual label');
    const href = new URL(link.getAttribute('href') ?? '', page).href;
    const fileId = FILE_ID.exec(new URL(href).pathname)?.[1];
    if (!fileId) throw new LayoutError(page, `a publication link that is not a file address (${href})`);
    // "<type> - <date>, pdf": the type may hold hyphens of its own, so split at the last " - ".
    const cut = label.lastIndexOf(' - ');
    const published = cut < 0 ? null : parseDate(label.slice(cut + 3));
    if (!published) throw new LayoutError(page, `a label without "<type> - <date>" ("${label}")`);
    return { fileId, href, kind: publicationKind(label.slice(0, cut)), published, label };
  });
}

/** The file id of a file service address (https://files.ofsted.gov.uk/v1/file/<id>), or null. */
export function fileIdOf(url: string): string | null {
  try {
    return FILE_ID.exec(new URL(url).pathname)?.[1] ?? null;
  } catch {
    return null;
  }
}
