/**
 * Grades written right after an authority's name, in brackets or after a dash, as lists
 * and league tables of ratings write them: "Essex (RI)", "Hertfordshire County Council
 * (Good)", "Barnet (RI, 2023)", "Norfolk – RI", "Derbyshire (RI in 2019, Good now)".
 * Only this tight position makes a bare "RI" a grade here; elsewhere grades.ts decides.
 */
import type { Grade } from '../data/schema';
import type { GradeWord } from './grades';
import type { Mention } from './types';

/** A grade in brackets (or after a dash) directly after an authority mention. */
export interface BracketedGrade extends GradeWord {
  grade: Grade;
  mention: Mention;
  /** The claim's span: the first grade's starts at the name, the last one's ends at the closing bracket. */
  spanStart: number;
  spanEnd: number;
  /** The grade's own item ("RI in 2019", "RI, 2023"): a year in it is the inspection's, never a loose one. */
  itemStart: number;
  itemEnd: number;
  /** "(formerly Good)", "(previously RI)": the grade before the one in force. */
  previous: boolean;
}

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const DATE = String.raw`(?:(?:in|since|from|as\s+of)\s+)?(?:${MONTH}\s+)?(?:19|20)\d{2}`;
/** "RI" is matched case-insensitively with the words and checked for capitals afterwards (no inline flags in Node 20). */
const GRADE = String.raw`(R\.?\s?I\.?)|(requires?\s+improvement(?:\s+to\s+be\s+good)?)|(outstanding|good|inadequate|adequate)`;
/** One grade: an optional lead ("formerly", "now", "Ofsted rating:"), the grade, optional words after it and a date. */
const ITEM = new RegExp(
  String.raw`^(\s*(?:(previously|formerly)\s+|(?:now|currently|rated|judged|graded)\s+|ofsted(?:['\u2019]s)?(?:\s+(?:rating|grade|judgement|judgment|verdict))?\s*[:\u2013-]?\s*)?)(?:${GRADE})(?![\p{L}\p{N}])(?:\s+(?:now|currently|overall|by\s+ofsted))?(?:,?\s+${DATE})?\s*$`,
  'iu',
);
/** An item that only dates the grade before it: "(RI, 2023)", "(Good, March 2023)". */
const DATE_ITEM = new RegExp(String.raw`^\s*(?:ofsted\s+)?${DATE}\s*$`, 'iu');
/** "Kent council (Good)": the council word a short name leaves out. */
const COUNCIL_WORD = /^(?:[ \t\u00a0]+(?:(?:county|borough|city|district|metropolitan\s+borough)\s+)?council\b)?/iu;
/** A bracket on the same line, with no bracket inside it (those are left to the general rules). */
const BRACKET = /^[ \t\u00a0]*(?:\(([^()[\]\n\r]{1,80})\)|\[([^()[\]\n\r]{1,80})\])/u;
const DASH = /^(?:[ \t\u00a0]*[\u2013\u2014][ \t\u00a0]*|[ \t\u00a0]+-[ \t\u00a0]+)/u;
/** A dashed grade ends at the end of its line or clause; anything else after it ("Kent – good news") is prose. */
const DASH_ITEM = /^[^,;!?\n\r()]*?(?=\.?(?:[ \t\u00a0]*(?:[,;!?\n\r)]|$)|[ \t\u00a0]*\())/u;
const DASH_DATE = new RegExp(String.raw`^[ \t\u00a0]*\(\s*${DATE}\s*\)`, 'iu');
/** Words of rating scales that share "Good" with Ofsted's: air quality, food hygiene, risk. */
const OTHER_SCALE = /^\s*(?:very\s+(?:good|poor|high|low)|moderate|poor|fair|excellent|high|low|medium|average|unhealthy|hazardous)\s*$/iu;

interface Item {
  start: number;
  end: number;
  grade: Grade | null;
  gradeStart: number;
  gradeEnd: number;
  previous: boolean;
}

/** Parses one item at `start` in the text; null when it is neither a grade nor a date. */
function parseItem(raw: string, start: number): Item | null {
  const m = ITEM.exec(raw);
  if (!m) {
    return DATE_ITEM.test(raw)
      ? { start, end: start + raw.length, grade: null, gradeStart: start, gradeEnd: start, previous: false }
      : null;
  }
  const lead = (m[1] ?? '').length;
  const word = (m[3] ?? m[4] ?? m[5]) as string;
  if (m[3] !== undefined && !/^R\.?\s?I\.?$/u.test(word)) return null;
  const grade: Grade = m[5] !== undefined ? (m[5].toLowerCase() as Grade) : 'requires_improvement';
  const gradeStart = start + lead;
  return { start, end: start + raw.length, grade, gradeStart, gradeEnd: gradeStart + word.length, previous: m[2] !== undefined };
}

/** Trims an item's offsets to its words. */
function trimmed(text: string, item: Item): Item {
  let { start, end } = item;
  while (start < end && /\s/u.test(text[start] as string)) start++;
  while (end > start && /\s/u.test(text[end - 1] as string)) end--;
  return { ...item, start, end };
}

/** The grades of one bracket's items; null unless every item is a grade or dates the grade before it. */
function bracketItems(text: string, from: number, to: number): Item[] | null {
  const items: Item[] = [];
  let at = from;
  for (const part of text.slice(from, to).split(/[,;]/u)) {
    const item = parseItem(part, at);
    at += part.length + 1;
    if (!item) return null;
    const last = items.at(-1);
    if (item.grade === null) {
      // A date extends the grade before it: "(RI, 2023)".
      if (!last) return null;
      last.end = item.end;
      continue;
    }
    items.push(item);
  }
  return items.length > 0 ? items.map((i) => trimmed(text, i)) : null;
}

function toGrades(mention: Mention, items: readonly Item[], closeEnd: number): BracketedGrade[] {
  return items.map((item, k) => ({
    start: item.gradeStart,
    end: item.gradeEnd,
    grade: item.grade as Grade,
    quoted: false,
    mention,
    spanStart: k === 0 ? mention.start : item.start,
    spanEnd: k === items.length - 1 ? closeEnd : item.end,
    itemStart: item.start,
    itemEnd: item.end,
    previous: item.previous,
  }));
}

/** What is written right after a mention: its grades, and whether it rates on some other scale. */
export interface AfterMention {
  grades: BracketedGrade[];
  /** "Essex (Moderate)", "Kent – Poor": a rating that is not Ofsted's, so neither are its neighbours'. */
  otherScale: boolean;
}

const NONE: AfterMention = { grades: [], otherScale: false };

/**
 * The grades written right after `mention`, in brackets ("Essex (RI, 2023)") or after a
 * dash ("Norfolk – RI"), up to `to` (the end of its sentence). No grades when what
 * follows is anything else: "(formerly Northamptonshire)", "(see below)", "– good news".
 */
export function afterMention(text: string, mention: Mention, to: number): AfterMention {
  const rest = text.slice(mention.end, Math.min(to, mention.end + 160));
  const council = (COUNCIL_WORD.exec(rest) as RegExpExecArray)[0].length;
  const after = rest.slice(council);
  const base = mention.end + council;
  const bracket = BRACKET.exec(after);
  if (bracket) {
    const content = (bracket[1] ?? bracket[2]) as string;
    const from = base + bracket[0].length - 1 - content.length;
    const items = bracketItems(text, from, from + content.length);
    return items
      ? { grades: toGrades(mention, items, base + bracket[0].length), otherScale: false }
      : { grades: [], otherScale: OTHER_SCALE.test(content) };
  }
  const dash = DASH.exec(after);
  if (!dash) return NONE;
  const tail = after.slice(dash[0].length);
  const words = DASH_ITEM.exec(tail);
  if (!words || words[0].length === 0) return NONE;
  const from = base + dash[0].length;
  let item = parseItem(words[0], from);
  if (!item || item.grade === null) return { grades: [], otherScale: OTHER_SCALE.test(words[0]) };
  item = trimmed(text, item);
  const date = DASH_DATE.exec(tail.slice(words[0].length));
  const end = date ? from + words[0].length + date[0].length : item.end;
  return { grades: toGrades(mention, [{ ...item, end }], end), otherScale: false };
}
