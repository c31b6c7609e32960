/**
 * The article's own date when the caller does not know it: a labelled date
 * ("Published: 3 May 2024", "date 2023-03-23", "Updated 12/01/2026") near the top or a
 * line that is only a date. Date ranges ("28 January – 6 February 2013") are inspection
 * periods, never the article's date.
 */
import { isoDate, monthNumber } from '../dates';

const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?`;
const DAY_FIRST = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})\s*,?\s+(\d{4})\b`, 'i');
const MONTH_FIRST = new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(\d{4})\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const NUMERIC = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
const LABEL = /\b(?:published|posted|updated|last\s+updated|date|dated|first\s+published)\b\s*(?:on|:)?\s*(?:\p{L}+day,?\s+)?$/iu;

interface Found {
  index: number;
  length: number;
  iso: string;
}

function findDate(s: string): Found | null {
  const candidates: Found[] = [];
  const push = (m: RegExpExecArray | null, iso: string | null): void => {
    if (m && iso) candidates.push({ index: m.index, length: m[0].length, iso });
  };
  let m = ISO.exec(s);
  push(m, m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null);
  m = DAY_FIRST.exec(s);
  push(m, m ? isoDate(Number(m[3]), monthNumber(m[2] as string), Number(m[1])) : null);
  m = MONTH_FIRST.exec(s);
  push(m, m ? isoDate(Number(m[3]), monthNumber(m[1] as string), Number(m[2])) : null);
  m = NUMERIC.exec(s);
  push(m, m ? isoDate(Number(m[3]), Number(m[2]), Number(m[1])) : null);
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0] ?? null;
}

/** True when the date at `index` is one end of a range ("28 January – 6 February 2013"). */
function inRange(line: string, found: Found): boolean {
  const before = line.slice(Math.max(0, found.index - 20), found.index);
  const after = line.slice(found.index + found.length, found.index + found.length + 4);
  return /[-\u2013\u2014]\s*(?:\d{1,2}\s*\p{L}*\s*)?$/u.test(before) || /^\s*[-\u2013\u2014]/u.test(after) || /\bto\s*$/i.test(before);
}

/** The article's date written in its text, or null. Looks at the first lines and at labelled dates anywhere. */
export function dateFromText(text: string): string | null {
  const lines = text.split('\n');
  let offset = 0;
  for (const [k, line] of lines.entries()) {
    const found = findDate(line);
    if (found && !inRange(line, found)) {
      const before = line.slice(0, found.index);
      const rest = line.slice(found.index + found.length).trim();
      const labelled = LABEL.test(before);
      const alone = before.trim().length <= 12 && rest.length <= 12;
      if (labelled || (alone && k < 8 && offset < 600)) return found.iso;
    }
    offset += line.length + 1;
  }
  return null;
}
