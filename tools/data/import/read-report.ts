/**
 * Reads one report file: notices files that are not PDFs, extracts the first
 * pages, and lets the parser ask for more pages until it has what it needs.
 */
import { looksLikePdf, openPdf, type TextLine } from './pdf-text';
import { parseReport, type ParseOutcome } from './parse-report';

/** Pages read before the parser is asked; dates and judgement tables sit on page 1. */
const FIRST_PAGES = 3;

export type ReadOutcome = Exclude<ParseOutcome, { status: 'need-pages' }> | { readonly status: 'not-a-report'; readonly reason: string };

/** Describes a file that is not a PDF, from its first bytes (e.g. a saved "Report not found" page). */
export function describeNonPdf(data: Uint8Array): string {
  const head = new TextDecoder('utf-8').decode(data.subarray(0, 4096));
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(head)?.[1]?.replace(/\s+/g, ' ').trim();
  const kind = /<html|<!doctype html/i.test(head) ? 'an HTML page' : 'not a PDF';
  return title ? `${kind} titled "${title}"` : kind;
}

/** Reads and parses one report's bytes. */
export async function readReport(data: Uint8Array): Promise<ReadOutcome & { pagesRead: number; pageCount: number }> {
  if (!looksLikePdf(data)) return { status: 'not-a-report', reason: describeNonPdf(data), pagesRead: 0, pageCount: 0 };
  const pdf = await openPdf(data);
  try {
    const firstPages = Array.from({ length: Math.min(FIRST_PAGES, pdf.pageCount) }, (_, i) => i + 1);
    const lines: TextLine[] = await pdf.readPages(firstPages);
    const read = new Set(firstPages);
    for (let round = 0; round < 4; round++) {
      const outcome = parseReport({ pageCount: pdf.pageCount, pagesRead: [...read], lines });
      if (outcome.status !== 'need-pages') return { ...outcome, pagesRead: read.size, pageCount: pdf.pageCount };
      const wanted = outcome.pages.filter((p) => !read.has(p) && p >= 1 && p <= pdf.pageCount);
      if (wanted.length === 0) break;
      lines.push(...(await pdf.readPages(wanted)));
      lines.sort((a, b) => a.page - b.page || b.y - a.y);
      for (const p of wanted) read.add(p);
    }
    return { status: 'failed', missing: ['pages the parser asked for (it kept asking)'], pagesRead: read.size, pageCount: pdf.pageCount };
  } finally {
    await pdf.close();
  }
}
