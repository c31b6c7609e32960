/**
 * What every report layout's parser shares: the outcome types, the framework dates,
 * and reading page lines, fieldwork dates and a printed publication date.
 */
import { type Framework, type Judgement, type JudgementValue } from '../../../../lib/data/schema';
import { daysBetween, parseDate, parseDateRange, type DateRange } from '../dates';
import { type ExtractedText, type TextLine } from '../pdf-text';

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

/** The text lines of one or more pages, in reading order. */
export type Lines = readonly TextLine[];

export function pageLines(text: ExtractedText, page: number): Lines {
  return text.lines.filter((l) => l.page === page);
}

export function pageText(lines: Lines): string {
  return lines.map((l) => l.text).join(' ');
}

/** The fieldwork range from an "Inspection date(s):" line (joined with the next, for wrapping). */
export function readFieldwork(lines: Lines): { start: string; end: string; firstEnd: string; words: string } | null {
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
    const next =
      range && tail.indexOf(range.words) === 0
        ? range
        : single && /^\d/.test(tail)
          ? { end: single, words: tail.match(/^\S+\s+\S+\s+\d{4}/)?.[0] ?? '' }
          : null;
    if (!next || next.end <= end || next.words === '') break;
    end = next.end;
    words = `${words}${visit[0]}${next.words}`;
    rest = tail.slice(next.words.length);
  }
  return { start: first.start, end, firstEnd: first.end, words };
}

/** "Report published: 8 August 2014" / "Published: 16 August 2013". */
export function readPublished(lines: Lines): { date: string; words: string } | null {
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
