/**
 * Time in the words of a claim: "inspected in November", "the January 2023 inspection",
 * "report published today (January 12)", "findings 2018", "towards the end of last
 * year", "previously rated". A hint narrows which inspection a claim is about.
 */
import { monthNumber } from '../dates';

/** What a sentence says about when the graded inspection happened. */
export interface TimeHint {
  year?: number;
  /** 1-12 */
  month?: number;
  day?: number;
  /** A year counted back from the article's date ("last year" = 1). */
  yearsAgo?: number;
  /** "previously", "the previous inspection": the one before the one in force. */
  previous?: boolean;
  /**
   * Said of a report's publication ("a report published in January 2026", "its March 2023
   * report"): only an inspection of that time can be meant, not one merely in force then.
   */
  published?: boolean;
  /**
   * A bare year not said to be when something happened ("spent £5m since 2015", "2015
   * staff"): it may pick an inspection that fits it, but never stands for a time on its own.
   */
  loose?: boolean;
}

const MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;

const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}\b,?\s*(\d{4})?`, 'gi');
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s*(\d{4}))?`, 'gi');
const MONTH_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{4})\b`, 'gi');
const IN_MONTH = new RegExp(String.raw`\b(?:in|during|since|from|of|last)\s+${MONTH}\b`, 'gi');

/** A time hint and where it starts in the sentence. */
export interface LocatedHint {
  hint: TimeHint;
  at: number;
}

const PUBLISHED_BEFORE = /\b(?:published|publication|released|issued|reported|report|dated)(?:\s+(?:on|in|of|from|dated))?\s*$/iu;
/** What makes a bare year the time of an event: "in 2005", "the 2019 inspection", "published 2023". */
const YEAR_BEFORE =
  /\b(?:in|during|of|from|until|till|(?:first|only)\s+time\s+since|published|report(?:ed)?|dated|between)\s+(?:the\s+(?:year\s+)?|early\s+|late\s+|mid-?)?$/iu;
const YEAR_AFTER = /^(?:['\u2019]s)?\s+(?:ofsted\s+)?(?:report|inspection|visit|rating|judgement|judgment|grade|verdict|findings)s?\b/iu;
const PUBLISHED_AFTER = /^(?:\s+ofsted)?\s+report\b/iu;

/** The time hints in one sentence, with their positions (so each grade takes the ones in its own clause). */
export function locatedTimeHints(sentence: string): LocatedHint[] {
  const hints: LocatedHint[] = [];
  const used: [number, number][] = [];
  const take = (re: RegExp, make: (m: RegExpExecArray) => TimeHint | null): void => {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const s = m.index;
      const e = s + m[0].length;
      if (used.some(([a, b]) => s < b && e > a)) continue;
      const made = make(m);
      const dated = made !== null && (made.year !== undefined || made.month !== undefined);
      const hint =
        dated && (PUBLISHED_BEFORE.test(sentence.slice(Math.max(0, s - 40), s)) || PUBLISHED_AFTER.test(sentence.slice(e, e + 20)))
          ? { ...made, published: true }
          : made;
      if (hint) {
        hints.push({ hint, at: s });
        used.push([s, e]);
      }
    }
  };
  take(DAY_MONTH, (m) => ({
    day: Number(m[1]),
    month: monthNumber(m[2] as string),
    ...(m[3] ? { year: Number(m[3]) } : {}),
  }));
  take(MONTH_DAY, (m) =>
    Number(m[2]) <= 31 ? { day: Number(m[2]), month: monthNumber(m[1] as string), ...(m[3] ? { year: Number(m[3]) } : {}) } : null,
  );
  take(MONTH_YEAR, (m) => ({ month: monthNumber(m[1] as string), year: Number(m[2]) }));
  take(IN_MONTH, (m) => {
    const word = (m[1] as string).toLowerCase();
    return word === 'may' && !/^in\s/i.test(m[0]) ? null : { month: monthNumber(word) };
  });
  take(/\b(20[0-4]\d|199\d)\b/g, (m) => {
    const before = sentence.slice(Math.max(0, m.index - 30), m.index);
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 30);
    // "in 2013 and 2015": a year listed after an anchored one is anchored too.
    const listed = /\b(?:20[0-4]\d|199\d)\s*(?:,|and|or|&)\s*$/u.exec(before);
    const anchored =
      YEAR_BEFORE.test(before) ||
      YEAR_AFTER.test(after) ||
      (listed !== null && hints.some((h) => h.hint.year !== undefined && !h.hint.loose && h.at === m.index - before.length + listed.index));
    return anchored ? { year: Number(m[1]) } : { year: Number(m[1]), loose: true };
  });
  take(/\blast\s+year\b/gi, () => ({ yearsAgo: 1 }));
  take(/\bthis\s+year\b/gi, () => ({ yearsAgo: 0 }));
  take(/\b(?:previously|previous\s+inspection|earlier\s+inspection|before\s+that)\b/gi, () => ({ previous: true }));
  return hints.sort((a, b) => a.at - b.at);
}
