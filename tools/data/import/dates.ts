/**
 * Reading dates as reports print them ("8 – 12 July 2013", "27 April to 1 May 2026",
 * "14 September 2015 – 8 October 2015", "Report published: 8 August 2014").
 */

import { isoDate as fromParts, MONTHS, monthNumber } from '../../../lib/dates';

const MONTH = `(${MONTHS.join('|').toLowerCase()}|sept|sep|jan|feb|mar|apr|jun|jul|aug|oct|nov|dec)`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const DASH = '\\s*(?:to|until|and|[-‐‑‒–—―─])\\s*';

/** An ISO date from day, month name and year as printed (2000 or later), or null if it is not a real date. */
function isoDate(day: string | number, month: string, year: string | number): string | null {
  const y = Number(year);
  return y < 2000 ? null : fromParts(y, monthNumber(month), Number(day));
}

export interface DateRange {
  readonly start: string;
  readonly end: string;
  readonly words: string;
}

const NUMERIC_RANGE = /(\d{1,2})\/(\d{1,2})\/(\d{4})\s*(?:to|[-‐‑‒–—―─])\s*(\d{1,2})\/(\d{1,2})\/(\d{4})/;
const NUMERIC = /(\d{1,2})\/(\d{1,2})\/(\d{4})/;

function numericIso(d: string, m: string, y: string): string | null {
  const month = MONTHS[Number(m) - 1];
  return month ? isoDate(d, month, y) : null;
}

const RANGE = new RegExp(`${DAY}(?:\\s+${MONTH})?(?:\\s+(\\d{4}))?${DASH}${DAY}\\s+${MONTH}\\s+(\\d{4})`, 'i');

/**
 * The first date range in `text`. The start's month and year default to the
 * end's ("18 to 29 July 2022"); a start month later than the end month means
 * the year turned ("27 November to 8 December" never needs it, but
 * "30 December to 10 January 2020" does).
 */
export function parseDateRange(text: string): DateRange | null {
  const n = NUMERIC_RANGE.exec(text);
  const m = RANGE.exec(text);
  if (n && (!m || n.index < m.index)) {
    const start = numericIso(n[1] ?? '', n[2] ?? '', n[3] ?? '');
    const end = numericIso(n[4] ?? '', n[5] ?? '', n[6] ?? '');
    return start && end ? { start, end, words: n[0] } : null;
  }
  if (!m) return null;
  const [words = '', d1 = '', m1, y1, d2 = '', m2 = '', y2 = ''] = m;
  const end = isoDate(d2, m2, y2);
  if (!end) return null;
  let startYear = y1 ?? y2;
  if (!y1 && m1 && monthNumber(m1) > monthNumber(m2)) startYear = String(Number(y2) - 1);
  const start = isoDate(d1, m1 ?? m2, startYear);
  if (!start) return null;
  return { start, end, words: words.trim() };
}

const SINGLE = new RegExp(`${DAY}\\s+${MONTH}\\s+(\\d{4})`, 'i');

/** The first full date ("8 August 2014") in `text`, as ISO. */
export function parseDate(text: string): string | null {
  const n = NUMERIC.exec(text);
  const m = SINGLE.exec(text);
  if (n && (!m || n.index < m.index)) return numericIso(n[1] ?? '', n[2] ?? '', n[3] ?? '');
  if (!m) return null;
  return isoDate(m[1] ?? '', m[2] ?? '', m[3] ?? '');
}

/** Whole days from `a` to `b` (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}
