/**
 * Parsers for each framework's report layout: extracted lines in, the facts of
 * one inspection out (framework, fieldwork dates, printed publication date,
 * judgements, and the report's own words for each). Pure: no file access.
 *
 * A parser that needs pages it was not given (the SIF review of the LSCB sits
 * near the end; the 2012-13 grades on page 4 to 8) asks for them by number.
 */
import { FRAMEWORKS, type Framework, type Judgement, type JudgementValue } from '../../../lib/data/schema';
import { compact, leadingGrade } from './grades';
import { daysBetween, parseDate, parseDateRange, type DateRange } from './dates';
import type { ExtractedText, TextLine } from './pdf-text';
import { gradeColumnX, readTableRows } from './table';

/** What a parser read from one report. */
export interface ParsedReport {
  readonly framework: Framework;
  readonly kind: 'standard' | 'short' | null;
  readonly fieldworkStart: string;
  readonly fieldworkEnd: string;
  /** The fieldwork dates as printed. */
  readonly fieldworkWords: string;
  /** Publication date printed in the report, if it prints one. */
  readonly published: string | null;
  readonly publishedWords: string | null;
  readonly judgements: Partial<Record<Judgement, JudgementValue>>;
  /** The report's own words behind each judgement, for the cross-check. */
  readonly evidence: Partial<Record<Judgement, string>>;
  /** Anything a reader of the import's output should know about this report. */
  readonly notes: readonly string[];
}

export type ParseOutcome =
  | { readonly status: 'parsed'; readonly report: ParsedReport }
  | { readonly status: 'need-pages'; readonly pages: readonly number[] }
  | { readonly status: 'failed'; readonly missing: readonly string[] };

/** Inspections starting on or after this date use the April 2026 ILACS (no overall judgement). */
export const ILACS_2026_FROM = '2026-04-20';
/** Inspections starting on or after this date judge care leavers separately. */
export const ILACS_2023_FROM = '2023-01-01';

type Lines = readonly TextLine[];

function pageLines(text: ExtractedText, page: number): Lines {
  return text.lines.filter((l) => l.page === page);
}

function pageText(lines: Lines): string {
  return lines.map((l) => l.text).join(' ');
}

/** The fieldwork range from an "Inspection date(s):" line (joined with the next, for wrapping). */
function readFieldwork(lines: Lines): { start: string; end: string; firstEnd: string; words: string } | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || !/inspection dates?\b/i.test(line.text)) continue;
    const joined = `${line.text} ${lines[i + 1]?.text ?? ''}`;
    const after = joined.replace(/^.*?inspection dates?:?/i, '');
    const range = parseDateRange(after);
    if (range) return withLaterVisits(range, after);
    const single = parseDate(after);
    if (single) return { start: single, end: single, firstEnd: single, words: after.trim() };
  }
  return null;
}

/**
 * Fieldwork split into visits ("5 to 9 December 2022 and 14 to 15 February 2023"):
 * fieldwork ends on the last day of the last visit. `firstEnd` keeps the first
 * visit's end, which still decides short or standard.
 */
function withLaterVisits(first: DateRange, after: string): { start: string; end: string; firstEnd: string; words: string } {
  let end = first.end;
  let words = first.words;
  let rest = after.slice(after.indexOf(first.words) + first.words.length);
  for (;;) {
    const visit = /^\s*(?:,|and|&)\s*/i.exec(rest);
    if (!visit) break;
    const tail = rest.slice(visit[0].length);
    const range = parseDateRange(tail);
    const single = parseDate(tail);
    const next = range && tail.indexOf(range.words) === 0 ? range : single && /^\d/.test(tail) ? { end: single, words: tail.match(/^\S+\s+\S+\s+\d{4}/)?.[0] ?? '' } : null;
    if (!next || next.end <= end || next.words === '') break;
    end = next.end;
    words = `${words}${visit[0]}${next.words}`;
    rest = tail.slice(next.words.length);
  }
  return { start: first.start, end, firstEnd: first.end, words };
}

/** "Report published: 8 August 2014" / "Published: 16 August 2013". */
function readPublished(lines: Lines): { date: string; words: string } | null {
  for (const line of lines) {
    const m = /^(?:report\s+)?published:?\s*(.*)$/i.exec(line.text);
    if (!m) continue;
    const date = parseDate(m[1] ?? '');
    if (date) return { date, words: line.text };
  }
  return null;
}

/** Standard or short, from fieldwork length: one week short, two weeks standard. */
export function kindFromFieldwork(start: string, end: string): 'standard' | 'short' {
  return daysBetween(start, end) <= 7 ? 'short' : 'standard';
}

/** Which layout page 1 shows. */
export type Layout = 'ilacs' | 'sif' | 'lscb_review' | 'looked_after_2012' | 'child_protection_2012' | 'safeguarding_lac_2009';

/** Recognises the layout from the first page's words. */
export function detectLayout(first: Lines): Layout | null {
  const c = compact(pageText(first.slice(0, 40)));
  if (first.some((l) => compact(l.text) === 'judgementgrade')) return 'ilacs';
  if (c.includes('inspectionoflookedafterchildrenservices')) return 'looked_after_2012';
  if (c.includes('safeguardingandlookedafterchildrenservices')) return 'safeguarding_lac_2009';
  if (c.includes('arrangementsfortheprotectionofchildren') || c.includes('inspectionofchildprotection'))
    return 'child_protection_2012';
  if (c.includes('inspectionofservicesforchildreninneedofhelp')) return 'sif';
  if (c.includes('reviewoftheeffectivenessofthelocalsafeguardingchildrenboard')) return 'lscb_review';
  return null;
}

/** Maps an ILACS table label to its judgement; `combined` marks the 2018 in-care-and-care-leavers row. */
function ilacsJudgement(label: string): { judgement: Judgement; combined: boolean } | null {
  const c = compact(label);
  if (c.includes('overalleffectiveness')) return { judgement: 'overall', combined: false };
  if (c.includes('impactofleaders')) return { judgement: 'leaders', combined: false };
  if (c.includes('helpandprotection')) return { judgement: 'help_protection', combined: false };
  if (c.includes('childrenincareandcareleavers')) return { judgement: 'in_care', combined: true };
  if (c.includes('careleavers')) return { judgement: 'care_leavers', combined: false };
  if (c.includes('childrenincare')) return { judgement: 'in_care', combined: false };
  return null;
}

const ILACS_ANCHOR = /^(the impact|the experiences|overall effectiveness)/i;
const SIF_ANCHOR = /^\d(\.\d)?\.?\s/;

function parseIlacs(first: Lines): ParseOutcome {
  const missing: string[] = [];
  const notes: string[] = [];
  const fieldwork = readFieldwork(first);
  if (!fieldwork) missing.push('fieldwork dates ("Inspection dates: ...")');
  const header = first.findIndex((l) => compact(l.text) === 'judgementgrade');
  const gradeItem = first[header]?.items.find((i) => /^\s*grade\s*$/i.test(i.text));
  const rows = gradeItem ? readTableRows(first, header + 1, gradeItem.x, (label) => ILACS_ANCHOR.test(label)) : [];
  const judgements: Partial<Record<Judgement, JudgementValue>> = {};
  const evidence: Partial<Record<Judgement, string>> = {};
  let combined = false;
  for (const row of rows) {
    const j = ilacsJudgement(row.label);
    const complete = (['leaders', 'help_protection', 'in_care'] as const).every((k) => judgements[k] !== undefined);
    // Whatever follows a complete table is the report's opening paragraph.
    if (complete && (j === null || j.judgement !== 'overall' && j.judgement !== 'care_leavers' || row.grade === null)) break;
    if (!j) {
      missing.push(`a judgement for the table row "${row.label}"`);
      continue;
    }
    if (row.grade === null) {
      missing.push(`a grade for "${row.label}" (the grade column reads "${row.gradeText}")`);
      continue;
    }
    if (judgements[j.judgement] !== undefined) missing.push(`a single row for ${j.judgement} (found two)`);
    judgements[j.judgement] = row.grade;
    evidence[j.judgement] = `${row.label}: ${row.gradeText}`;
    combined ||= j.combined;
  }
  const framework: Framework = combined
    ? 'ilacs_2018'
    : judgements.overall === undefined
      ? 'ilacs_2026'
      : 'ilacs_2023';
  for (const j of FRAMEWORKS[framework]) {
    if (judgements[j] === undefined) missing.push(`the "${j}" row of the judgement table`);
  }
  if (!fieldwork || missing.length > 0) return { status: 'failed', missing };
  // The layout decides the framework; the dates must agree with it, or the report is odd enough to stop for.
  const byDate: Framework =
    fieldwork.start >= ILACS_2026_FROM ? 'ilacs_2026' : fieldwork.start >= ILACS_2023_FROM ? 'ilacs_2023' : 'ilacs_2018';
  if (byDate !== framework) {
    if (framework === 'ilacs_2026' || byDate === 'ilacs_2026') {
      return {
        status: 'failed',
        missing: [`a layout matching the fieldwork dates (${fieldwork.words} suggests ${byDate}, the table is ${framework})`],
      };
    }
    notes.push(`fieldwork ${fieldwork.words}; the judgement table uses the ${framework} layout`);
  }
  return {
    status: 'parsed',
    report: {
      framework,
      kind: kindFromFieldwork(fieldwork.start, fieldwork.firstEnd),
      fieldworkStart: fieldwork.start,
      fieldworkEnd: fieldwork.end,
      fieldworkWords: fieldwork.words,
      published: null,
      publishedWords: null,
      judgements,
      evidence,
      notes,
    },
  };
}

/** SIF table labels, in the order the first page lists them. */
function sifJudgement(label: string): Judgement | null {
  const c = compact(label);
  if (c.includes('adoptionperformance')) return 'adoption';
  if (c.includes('careleavers')) return 'care_leavers';
  if (c.includes('childrenwhoneedhelpandprotection')) return 'help_protection';
  if (c.includes('childrenlookedafterandachievingpermanence')) return 'in_care';
  if (c.includes('leadershipmanagementandgovernance')) return 'leaders';
  return null;
}

/** "Children's services in X are good" / "The overall judgement is requires improvement". */
function readSifHeadline(lines: Lines): { grade: JudgementValue; words: string } | null {
  for (let i = 0; i < lines.length; i++) {
    const text = `${lines[i]?.text ?? ''} ${lines[i + 1]?.text ?? ''}`;
    const m = /^(?:children.s services\s+(.*)|the overall judgement is\s+(.*))$/i.exec(text.trim());
    if (!m) continue;
    const rest = compact(m[1] ?? m[2] ?? '');
    const found = /requires?improvement|outstanding|inadequate|good/.exec(rest);
    if (!found) continue;
    const grade = leadingGrade(found[0]);
    if (grade) return { grade, words: (lines[i]?.text ?? '').trim() };
  }
  return null;
}

const LSCB_SENTENCE =
  /(?:the effectiveness of )?the (?:local safeguarding children board|lscb)\s*(?:\(lscb\))?\s*(?:is|are)?\s*(requires? improvement|good|outstanding|inadequate)/i;

/** The LSCB judgement sentence in a run of lines. */
function readLscb(lines: Lines): { grade: JudgementValue; words: string } | null {
  const text = pageText(lines).replace(/\s+/g, ' ');
  const m = LSCB_SENTENCE.exec(text);
  if (!m) return null;
  const grade = leadingGrade(m[1] ?? '');
  return grade ? { grade, words: m[0] } : null;
}

/** The printed page on which the contents list puts the LSCB review. */
function lscbContentsPage(text: ExtractedText): number | null {
  for (const line of text.lines) {
    if (line.page > 5) break;
    const m = /(?:local safeguarding children board|lscb)\)?\s*\.*\s*(\d{1,3})\s*$/i.exec(line.text);
    if (m && !/review of the effectiveness/i.test(line.text)) return Number(m[1]);
  }
  return null;
}

/**
 * The pages just after the last page the contents list names: where a separately
 * published LSCB review sits when one PDF binds it after the report (Hull, 2015).
 */
function pagesAfterContents(text: ExtractedText): number[] {
  let last = 0;
  for (const line of text.lines) {
    if (line.page < 2 || line.page > 5) continue;
    const m = /\D\s(\d{1,3})\s*$/.exec(line.text);
    if (m) last = Math.max(last, Number(m[1]));
  }
  if (last === 0 || text.pageCount <= last + 2) return [];
  return Array.from({ length: Math.min(6, text.pageCount - last) }, (_, i) => last + 1 + i);
}

const BOUND_LSCB_TITLE = /^inspectionoftheeffectivenessofthelocalsafeguardingchildrenboard|^reviewoftheeffectivenessofthelocalsafeguardingchildrenboard/;

/**
 * A separate LSCB review bound after the report: its own title page, publication
 * date and judgement sentence. `need-pages` until the pages after the contents are read.
 */
function boundLscbReview(text: ExtractedText): { grade: JudgementValue; words: string; published: string } | 'need-pages' | null {
  const pages = pagesAfterContents(text);
  if (pages.length === 0) return null;
  if (pages.some((p) => !text.pagesRead.includes(p))) return 'need-pages';
  for (const p of pages) {
    const lines = pageLines(text, p);
    const titled = lines.slice(0, 6).some((l, i) => BOUND_LSCB_TITLE.test(compact(`${l.text} ${lines[i + 1]?.text ?? ''}`)));
    if (!titled) continue;
    const found = readLscb(lines);
    const printed = readPublished(lines);
    if (found && printed) return { ...found, published: printed.words };
  }
  return null;
}

function parseSif(text: ExtractedText, lscbOnly: boolean): ParseOutcome {
  const first = pageLines(text, 1);
  const missing: string[] = [];
  const notes: string[] = [];
  const fieldwork = readFieldwork(first);
  if (!fieldwork) missing.push('fieldwork dates ("Inspection date: ...")');
  const printed = readPublished(first);
  const original = /originally published on\s+(\d{1,2}\s+\w+\s+\d{4})/i.exec(pageText(first).replace(/\s+/g, ' '));
  const judgements: Partial<Record<Judgement, JudgementValue>> = {};
  const evidence: Partial<Record<Judgement, string>> = {};
  const coversLscb = compact(pageText(first.slice(0, 15))).includes('reviewoftheeffectivenessofthelocalsafeguardingchildrenboard');

  if (lscbOnly) {
    for (const j of FRAMEWORKS.sif) judgements[j] = 'not_judged';
    notes.push('a review of the LSCB only: no judgements on the local authority\'s services');
  } else {
    const headline = readSifHeadline(first);
    if (headline) {
      judgements.overall = headline.grade;
      evidence.overall = headline.words;
    } else missing.push('the overall judgement ("Children\'s services in ... are ...")');
    const labelIndex = first.findIndex((l) => compact(l.text).includes('childrenwhoneedhelpandprotection'));
    if (labelIndex >= 0) {
      const labelLine = first[labelIndex];
      const near = first.filter((l) => labelLine && Math.abs(l.y - labelLine.y) < 200 && l.y <= labelLine.y + 15);
      const gradeX = gradeColumnX(near);
      let start = labelIndex;
      while (start > 0) {
        const prev = first[start - 1];
        const cur = first[start];
        if (!prev || !cur || prev.y - cur.y >= 22 || gradeX === null || prev.items.some((i) => i.x < gradeX - 6)) break;
        start--;
      }
      const rows = gradeX === null ? [] : readTableRows(first, start, gradeX, (label) => SIF_ANCHOR.test(label));
      // A table that runs off page 1 goes on at the top of page 2.
      const second = pageLines(text, 2);
      const resume = second.findIndex((l) => SIF_ANCHOR.test(l.text));
      if (gradeX !== null && resume >= 0 && resume <= 2 && rows.length < 5) {
        rows.push(...readTableRows(second, resume, gradeX, (label) => SIF_ANCHOR.test(label)));
      }
      for (const row of rows) {
        const j = sifJudgement(row.label);
        if (!j) continue;
        if (row.grade === null) {
          missing.push(`a grade for "${row.label}" (the grade column reads "${row.gradeText}")`);
          continue;
        }
        judgements[j] = row.grade;
        evidence[j] = `${row.label}: ${row.gradeText}`;
      }
    }
    for (const j of ['help_protection', 'in_care', 'adoption', 'care_leavers', 'leaders'] as const) {
      if (judgements[j] === undefined) missing.push(`the "${j}" row of the judgement table`);
    }
  }

  if (coversLscb) {
    const onFirst = readLscb(first);
    let found = onFirst;
    if (!found) {
      const printedPage = lscbContentsPage(text);
      // The contents list is on page 2 to 5; read it before guessing.
      const contents = [2, 3, 4, 5].filter((p) => p <= text.pageCount && !text.pagesRead.includes(p));
      if (printedPage === null && contents.length > 0) return { status: 'need-pages', pages: contents };
      const window = printedPage === null ? [] : [printedPage, printedPage + 1, printedPage - 1];
      const absent = window.filter((p) => p >= 1 && p <= text.pageCount && !text.pagesRead.includes(p));
      if (absent.length > 0) return { status: 'need-pages', pages: absent };
      for (const p of window) {
        found = readLscb(pageLines(text, p));
        if (found) break;
      }
      if (!found && printedPage === null) {
        // No contents entry: read every page rather than guess.
        const unread = Array.from({ length: text.pageCount }, (_, i) => i + 1).filter(
          (p) => !text.pagesRead.includes(p),
        );
        if (unread.length > 0) return { status: 'need-pages', pages: unread };
        for (let p = 1; p <= text.pageCount && !found; p++) found = readLscb(pageLines(text, p));
      }
    }
    if (found) {
      judgements.lscb = found.grade;
      evidence.lscb = found.words;
    } else missing.push('the LSCB judgement ("The Local Safeguarding Children Board is ...")');
  } else if (!lscbOnly) {
    const bound = boundLscbReview(text);
    if (bound === 'need-pages') {
      const pages = pagesAfterContents(text).filter((p) => !text.pagesRead.includes(p));
      if (pages.length > 0) return { status: 'need-pages', pages };
    }
    if (bound && bound !== 'need-pages') {
      judgements.lscb = bound.grade;
      evidence.lscb = bound.words;
      notes.push(`a separate review of the LSCB is bound after the report (${bound.published}): lscb recorded from it`);
    } else {
      judgements.lscb = 'not_judged';
      evidence.lscb = 'the report includes no review of the Local Safeguarding Children Board';
      notes.push('no LSCB review in this report: lscb recorded as not_judged');
    }
  }

  if (!fieldwork || missing.length > 0) return { status: 'failed', missing };
  let published = printed?.date ?? null;
  let publishedWords = printed?.words ?? null;
  if (!published && original?.[1]) {
    published = parseDate(original[1]);
    publishedWords = original[0];
    notes.push(`the report says its local-authority sections were ${original[0]}`);
  }
  return {
    status: 'parsed',
    report: {
      framework: 'sif',
      kind: null,
      fieldworkStart: fieldwork.start,
      fieldworkEnd: fieldwork.end,
      fieldworkWords: fieldwork.words,
      published,
      publishedWords,
      judgements,
      evidence,
      notes,
    },
  };
}

/** "Overall effectiveness ... Grade 3 (adequate)" in the 2009-2013 layouts. */
function readGradeAfter(lines: Lines, heading: RegExp): { grade: JudgementValue; words: string } | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || !heading.test(line.text) || /\d+\s*$/.test(line.text)) continue;
    for (let k = i; k < Math.min(lines.length, i + 5); k++) {
      const m = /grade\s*([1-4])\s*\(\s*([a-z ]+)\)/i.exec(lines[k]?.text ?? '');
      if (!m) continue;
      const grade = leadingGrade(m[2] ?? '');
      if (grade === 'requires_improvement' || grade === null) continue;
      return { grade, words: `${line.text.trim()}: ${m[0]}` };
    }
  }
  return null;
}

function parseEarlier(text: ExtractedText, framework: Framework): ParseOutcome {
  const first = pageLines(text, 1);
  const missing: string[] = [];
  const fieldwork = readFieldwork(first);
  if (!fieldwork) missing.push('fieldwork dates ("Inspection dates: ...")');
  const printed = readPublished(first);
  const body = text.lines.filter((l) => l.page >= 2);
  const overall = readGradeAfter(body, /^overall effectiveness/i);
  const capacity = readGradeAfter(body, /^capacity to improve/i);
  if (!overall || !capacity) {
    const unread = [4, 5, 6, 7, 8, 9, 10].filter((p) => p <= text.pageCount && !text.pagesRead.includes(p));
    if (unread.length > 0) return { status: 'need-pages', pages: unread };
  }
  if (!overall) missing.push('the overall effectiveness grade ("Grade n (...)")');
  if (!capacity) missing.push('the capacity to improve grade ("Grade n (...)")');
  if (!fieldwork || !overall || !capacity) return { status: 'failed', missing };
  return {
    status: 'parsed',
    report: {
      framework,
      kind: null,
      fieldworkStart: fieldwork.start,
      fieldworkEnd: fieldwork.end,
      fieldworkWords: fieldwork.words,
      published: printed?.date ?? null,
      publishedWords: printed?.words ?? null,
      judgements: { overall: overall.grade, capacity_to_improve: capacity.grade },
      evidence: { overall: overall.words, capacity_to_improve: capacity.words },
      notes: [],
    },
  };
}

/**
 * Parses one report from the lines of the pages read so far (page 1 at least).
 * Returns the facts, a request for more pages, or what could not be found.
 */
export function parseReport(raw: ExtractedText): ParseOutcome {
  // Footnote markers and page numbers sit on lines of their own and split wrapped sentences.
  const text: ExtractedText = { ...raw, lines: raw.lines.filter((l) => !/^\d{1,3}$/.test(l.text)) };
  const first = pageLines(text, 1);
  const layout = detectLayout(first);
  switch (layout) {
    case 'ilacs':
      return parseIlacs(first);
    case 'sif':
      return parseSif(text, false);
    case 'lscb_review':
      return parseSif(text, true);
    case 'looked_after_2012':
    case 'child_protection_2012':
    case 'safeguarding_lac_2009':
      return parseEarlier(text, layout);
    case null:
      return {
        status: 'failed',
        missing: ['a recognisable report layout (no ILACS judgement table, SIF title or 2009-2013 title on page 1)'],
      };
  }
}
