/**
 * Parsers for each framework's report layout: extracted lines in, the facts of
 * one inspection out (framework, fieldwork dates, printed publication date,
 * judgements, and the report's own words for each). Pure: no file access.
 *
 * A parser that needs pages it was not given (the SIF review of the LSCB sits
 * near the end; the 2012-13 grades on page 4 to 8) asks for them by number.
 */
import { compact } from './grades';
import type { ExtractedText } from './pdf-text';
import { pageLines, pageText, type Lines, type ParseOutcome } from './layouts/common';
import { parseEarlier } from './layouts/earlier';
import { parseIlacs } from './layouts/ilacs';
import { parseSif } from './layouts/sif';

export { ILACS_2023_FROM, ILACS_2026_FROM, kindFromFieldwork, type ParsedReport, type ParseOutcome } from './layouts/common';

/** Which layout page 1 shows. */
export type Layout = 'ilacs' | 'sif' | 'lscb_review' | 'looked_after_2012' | 'child_protection_2012' | 'safeguarding_lac_2009';

/** Recognises the layout from the first page's words. */
export function detectLayout(first: Lines): Layout | null {
  const c = compact(pageText(first.slice(0, 40)));
  if (first.some((l) => compact(l.text) === 'judgementgrade')) return 'ilacs';
  if (c.includes('inspectionoflookedafterchildrenservices')) return 'looked_after_2012';
  if (c.includes('safeguardingandlookedafterchildrenservices')) return 'safeguarding_lac_2009';
  if (c.includes('arrangementsfortheprotectionofchildren') || c.includes('inspectionofchildprotection')) return 'child_protection_2012';
  if (c.includes('inspectionofservicesforchildreninneedofhelp')) return 'sif';
  if (c.includes('reviewoftheeffectivenessofthelocalsafeguardingchildrenboard')) return 'lscb_review';
  return null;
}

/** One parser per layout (each in tools/data/import/layouts/). */
const PARSERS: Record<Layout, (text: ExtractedText) => ParseOutcome> = {
  ilacs: parseIlacs,
  sif: (text) => parseSif(text, false),
  lscb_review: (text) => parseSif(text, true),
  looked_after_2012: (text) => parseEarlier(text, 'looked_after_2012'),
  child_protection_2012: (text) => parseEarlier(text, 'child_protection_2012'),
  safeguarding_lac_2009: (text) => parseEarlier(text, 'safeguarding_lac_2009'),
};

/**
 * Parses one report from the lines of the pages read so far (page 1 at least).
 * Returns the facts, a request for more pages, or what could not be found.
 */
export function parseReport(raw: ExtractedText): ParseOutcome {
  // Footnote markers and page numbers sit on lines of their own and split wrapped sentences.
  const text: ExtractedText = { ...raw, lines: raw.lines.filter((l) => !/^\d{1,3}$/.test(l.text)) };
  const first = pageLines(text, 1);
  const layout = detectLayout(first);
  return layout === null
    ? { status: 'failed', missing: ['a recognisable report layout (no ILACS judgement table, SIF title or 2009-2013 title on page 1)'] }
    : PARSERS[layout](text);
}
