/**
 * The SIF layout (2013-2018) and the LSCB review on its own: the headline, the judgement
 * table over pages 1 and 2, and the LSCB judgement, found through the contents page or a
 * review bound after the report.
 */
import { FRAMEWORKS, type Judgement, type JudgementValue } from '../../../../lib/data/schema';
import { compact, leadingGrade } from '../grades';
import { parseDate } from '../dates';
import { type ExtractedText } from '../pdf-text';
import { gradeColumnX, readTableRows } from '../table';
import { pageLines, pageText, readFieldwork, readPublished, type Lines, type ParseOutcome } from './common';

const SIF_ANCHOR = /^\d(\.\d)?\.?\s/;

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

const BOUND_LSCB_TITLE =
  /^inspectionoftheeffectivenessofthelocalsafeguardingchildrenboard|^reviewoftheeffectivenessofthelocalsafeguardingchildrenboard/;

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

/** The judgements read so far and the report's words for each. */
interface Found {
  judgements: Partial<Record<Judgement, JudgementValue>>;
  evidence: Partial<Record<Judgement, string>>;
}

/** The headline and the judgement table (over pages 1 and 2): each judgement on the council's services. */
function readSifServices(text: ExtractedText, first: Lines, into: Found, missing: string[]): void {
  const { judgements, evidence } = into;
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

/**
 * The LSCB judgement: in the report (page 1, or the page its contents list names), in a
 * review bound after it, or none. Returns the pages it needs to read first, if any.
 */
function readSifLscb(
  text: ExtractedText,
  first: Lines,
  lscbOnly: boolean,
  into: Found,
  missing: string[],
  notes: string[],
): number[] | null {
  const { judgements, evidence } = into;
  const coversLscb = compact(pageText(first.slice(0, 15))).includes('reviewoftheeffectivenessofthelocalsafeguardingchildrenboard');
  if (coversLscb) {
    const onFirst = readLscb(first);
    let found = onFirst;
    if (!found) {
      const printedPage = lscbContentsPage(text);
      // The contents list is on page 2 to 5; read it before guessing.
      const contents = [2, 3, 4, 5].filter((p) => p <= text.pageCount && !text.pagesRead.includes(p));
      if (printedPage === null && contents.length > 0) return contents;
      const window = printedPage === null ? [] : [printedPage, printedPage + 1, printedPage - 1];
      const absent = window.filter((p) => p >= 1 && p <= text.pageCount && !text.pagesRead.includes(p));
      if (absent.length > 0) return absent;
      for (const p of window) {
        found = readLscb(pageLines(text, p));
        if (found) break;
      }
      if (!found && printedPage === null) {
        // No contents entry: read every page rather than guess.
        const unread = Array.from({ length: text.pageCount }, (_, i) => i + 1).filter((p) => !text.pagesRead.includes(p));
        if (unread.length > 0) return unread;
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
      if (pages.length > 0) return pages;
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
  return null;
}

/** A SIF report (2013-2018), or a review of the LSCB on its own (`lscbOnly`). */
export function parseSif(text: ExtractedText, lscbOnly: boolean): ParseOutcome {
  const first = pageLines(text, 1);
  const missing: string[] = [];
  const notes: string[] = [];
  const fieldwork = readFieldwork(first);
  if (!fieldwork) missing.push('fieldwork dates ("Inspection date: ...")');
  const printed = readPublished(first);
  const original = /originally published on\s+(\d{1,2}\s+\w+\s+\d{4})/i.exec(pageText(first).replace(/\s+/g, ' '));
  const judgements: Partial<Record<Judgement, JudgementValue>> = {};
  const evidence: Partial<Record<Judgement, string>> = {};

  if (lscbOnly) {
    for (const j of FRAMEWORKS.sif) judgements[j] = 'not_judged';
    notes.push("a review of the LSCB only: no judgements on the local authority's services");
  } else {
    readSifServices(text, first, { judgements, evidence }, missing);
  }

  const pages = readSifLscb(text, first, lscbOnly, { judgements, evidence }, missing, notes);
  if (pages) return { status: 'need-pages', pages };

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
