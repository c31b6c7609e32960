/**
 * Grade words in a sentence, and the tests that tell an Ofsted grade ("rated good",
 * "an ‘outstanding’ rating", "Overall effectiveness Good") from the ordinary word
 * ("good news", "a good example", "really outstanding").
 */
import type { Grade } from '../data/schema';

/** One grade expression in a sentence (offsets into the whole text). */
export interface GradeWord {
  start: number;
  end: number;
  /** Null for "the same grade": the grade of the one before it. */
  grade: Grade | null;
  /** Capitalised grade right after a judgement name at the start of a line: a findings table row. */
  quoted: boolean;
}

const GRADE_RE =
  /\b(?:((?:requires?|required|requiring)\s+improvement(?:\s+to\s+be\s+good)?|(?<=\b(?:found|judged|deemed|rated|said|considered)\s+to\s+)need\s+improvement|(?:needs?|needed|needing)\s+improving)|(outstanding|good|inadequate|adequate)|((?:the\s+)?same\s+(?:grade|rating|judgement|judgment|mark))|((?:highest|top)(?:\s+possible)?(?:\s+overall)?\s+(?:grade|rating|mark|judgement|judgment))|(lowest(?:\s+possible)?\s+(?:grade|rating|mark|judgement|judgment)))\b/giu;

/** Words allowed right after a grade: anything else in lower case makes it an adjective ("good news"). */
const ALLOWED_AFTER = new Set([
  'and',
  'or',
  'but',
  'by',
  'from',
  'in',
  'for',
  'with',
  'at',
  'on',
  'while',
  'whilst',
  'across',
  'after',
  'following',
  'since',
  'overall',
  'as',
  'when',
  'according',
  'rating',
  'ratings',
  'grade',
  'grades',
  'judgement',
  'judgements',
  'judgment',
  'judgments',
  'verdict',
  'mark',
  'score',
  'status',
  'ofsted',
  'leadership',
  'leaders',
  'last',
  'this',
  'again',
  'once',
  'too',
  'now',
  'since',
  'under',
  'then',
  'in',
  'during',
  'two',
  'three',
  'four',
  'five',
  'both',
  'all',
  'back',
  'earlier',
  'previously',
  'that',
  'which',
  'where',
  'because',
  'so',
  'judged',
  'rated',
  'overall',
  'inspection',
  'report',
  'outcome',
  'grading',
  'gradings',
  'ranking',
  'scores',
  'result',
  'results',
  'assessment',
  'sub-rating',
  'sub-ratings',
  'category',
  'due',
  'owing',
]);
/** Intensifiers: Ofsted grades are never "very good". */
const INTENSIFIERS =
  /\b(?:very|really|so|quite|pretty|extremely|truly|most|more|less|incredibly|absolutely|genuinely|fairly)\s+(?:(?:are|is|was|were|be|been)\s+)?$/i;
const NEGATION =
  /\b(?:not|never|no\s+longer|nor|n['\u2019]t|failed\s+to\s+(?:be|achieve|get|reach))\s+(?:(?:be|been|being|rated|judged|graded|considered|found|deemed|yet|a|an|the|as|to)\s+){0,3}['"\u2018\u201c*]*$/i;
/** Aims and targets are not grades: "aims to be good by 2016", "the next stop has to be outstanding". */
const ASPIRATION =
  /\b(?:aims?|aiming|aspir\w*|ambitions?|ambitious|wants?|wanted|hopes?|hoping|hoped|committed|commitment|reach|reaching|achieve(?!\s+permanence)|achieving(?!\s+permanence)|secure|securing|strive|striving|targets?|goal|on\s+track|working\s+towards?|journey|bid|determined|plans?|planning|next\s+stop|has\s+to|have\s+to|must|should|will|would|could|can|to\s+become|become)\b[^.;:!?]{0,60}$/i;
/** "Funding is inadequate": a grade word said of something no judgement covers. */
const OTHER_SUBJECT =
  /\b(?:funding|budgets?|money|resources|staffing|pay|salar(?:y|ies)|housing|sufficiency|placements?|facilities|buildings?|finances?|response|record-keeping|communication|accommodation|transport|premises|website|weather)\s+(?:is|are|was|were|remains?|remained|has\s+been|have\s+been|had\s+been|seemed|looked)\s+(?:(?:still|now|simply|clearly|wholly|also)\s+)?['"\u2018\u201c*]*$/i;
const SCALE_WORD = String.raw`(?:outstanding|good|adequate|inadequate|requires?\s+improvement)`;
const EQUALS = String.raw`['"\u2019\u201d]?\s+(?:is|was|means|meant|equals|became|becomes|has\s+become)\s+(?:now\s+)?(?:the\s+new\s+|the\s+old\s+)?['"\u2018\u201c]?`;
/** "adequate is now good", "requires improvement means not good": one grade defined as another. */
const DEFINED_AS = new RegExp(String.raw`\b${SCALE_WORD}${EQUALS}$`, 'iu');
const DEFINES = new RegExp(String.raw`^${EQUALS}${SCALE_WORD}\b`, 'iu');
const CONTEXT =
  /\b(?:ofsted|inspect\w*|rated|rating|ratings|re-?rated|judged|judgements?|judgments?|graded|grades?|verdict|report|upgraded|downgraded|remains?|remained|overall effectiveness)\b/i;

/** "RI", Ofsted's own shorthand for requires improvement: upper case, as a word of its own. */
const RI_RE = /(?<![\p{L}\p{N}.'\u2019-])RI(?![\p{L}\p{N}'\u2019-])/gu;
/** Words that make "RI" a grade when one is close by (elsewhere it is Rhode Island, someone's initials...). */
const RI_CONTEXT = /\b(?:ofsted|rated|rating|re-?rated|judged|judgements?|graded|grades?|downgraded|upgraded|inspect\w*)\b/iu;

/**
 * "RI" used as a grade: a grade word is close by (within 40 characters on either side,
 * in the same stretch of text), it is not a parenthesised abbreviation ("Rhode Island
 * (RI)", or the "(RI)" after "requires improvement", which is that same grade) and no
 * capitalised name follows it ("RI Smith").
 */
function isRiGrade(text: string, start: number, end: number, from: number, to: number): boolean {
  const before = text.slice(Math.max(from, start - 40), start);
  const after = text.slice(end, Math.min(to, end + 40));
  if (/\(\s*$/u.test(before) && /^\s*\)/u.test(after)) return false;
  if (/^\s+(?!Ofsted\b)\p{Lu}/u.test(after)) return false;
  return RI_CONTEXT.test(before) || RI_CONTEXT.test(after);
}

function gradeOf(m: RegExpExecArray): Grade | null {
  if (m[1]) return 'requires_improvement';
  if (m[2]) return m[2].toLowerCase() as Grade;
  if (m[3]) return null;
  if (m[4]) return 'outstanding';
  return 'inadequate';
}

/** Every grade expression in `text.slice(from, to)`, before any filtering. */
export function gradeWords(text: string, from: number, to: number): GradeWord[] {
  const slice = text.slice(from, to);
  const out: GradeWord[] = [];
  GRADE_RE.lastIndex = 0;
  for (let m = GRADE_RE.exec(slice); m; m = GRADE_RE.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? '';
    const after = text[end] ?? '';
    const quoted = /["'\u2018\u201c*]/.test(before) && /["'\u2019\u201d*]/.test(after);
    out.push({ start, end, grade: gradeOf(m), quoted });
  }
  RI_RE.lastIndex = 0;
  for (let m = RI_RE.exec(slice); m; m = RI_RE.exec(slice)) {
    const start = from + m.index;
    const end = start + 2;
    if (!isRiGrade(text, start, end, from, to)) continue;
    const quoted = /["'\u2018\u201c*]/.test(text[start - 1] ?? '') && /["'\u2019\u201d*]/.test(text[end] ?? '');
    out.push({ start, end, grade: 'requires_improvement', quoted });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The sentence contains words that make a grade word an Ofsted grade. */
export function hasGradeContext(sentence: string): boolean {
  return CONTEXT.test(sentence);
}

/**
 * True when the grade word is used as an ordinary word or is not asserted:
 * an adjective before a noun ("good news"), after an intensifier ("really good"),
 * negated ("no longer inadequate"), the old grade of a change ("from inadequate to good"),
 * or one of two alternatives ("adequate or good").
 */
export function notAGrade(text: string, g: GradeWord, sentenceStart: number, sentenceEnd: number): boolean {
  if (g.grade === null) return false;
  const before = text.slice(Math.max(sentenceStart, g.start - 40), g.start);
  const after = text.slice(g.end, Math.min(sentenceEnd, g.end + 60));
  if (INTENSIFIERS.test(before.replace(/['"\u2018\u201c*]+$/, ''))) return true;
  if (NEGATION.test(before)) return true;
  if (OTHER_SUBJECT.test(before)) return true;
  // "the ambition for Somerset to be rated by Ofsted as not just good": an aim reaches further back.
  if (ASPIRATION.test(text.slice(Math.max(sentenceStart, g.start - 60), g.start))) return true;
  // "...to be rated as not just good but outstanding": the second grade is the same aim's.
  const prefix = text.slice(sentenceStart, g.start);
  const notJust = /\bnot\s+(?:just|only|merely)\b[^.;:!?]*\bbut\b[^.;:!?]*$/iu.exec(prefix);
  if (notJust && ASPIRATION.test(text.slice(Math.max(sentenceStart, sentenceStart + notJust.index - 60), sentenceStart + notJust.index)))
    return true;
  // "the education of looked-after children was judged outstanding": an outcome for children, not a judgement of services.
  if (
    /\b(?:education|educational\s+outcomes?|health|attainment|achievements?|outcomes?)\s+(?:of|for)\s+[^,;:.!?]{0,40}?\b(?:was|were|is|are|has\s+been|have\s+been|remains?)\s+(?:(?:judged|rated|graded|deemed|assessed|found\s+to\s+be|considered)\s+)?(?:as\s+)?['"\u2018\u201c]?$/iu.test(
      text.slice(Math.max(sentenceStart, g.start - 90), g.start),
    )
  )
    return true;
  // "adequate is now good in old money", "requires improvement means not yet good": the scale defined, no one graded.
  if (DEFINED_AS.test(before) || DEFINES.test(after)) return true;
  // "after three inadequate Ofsted grades": a count of reports, not one report's grade.
  if (
    /\b(?:two|three|four|five|six|several|successive|consecutive|\d+)\s+['"\u2018\u201c]?$/iu.test(before) &&
    /^['"\u2019\u201d]?\s+(?:ofsted\s+)?(?:grades|ratings|judgements|judgments|verdicts)\b/iu.test(after)
  )
    return true;
  // "it follows three inspection ratings of inadequate": the same, the count first.
  if (
    /\b(?:two|three|four|five|six|several|successive|consecutive|\d+)\s+(?:[\p{L}]+\s+)?(?:grades|ratings|judgements|judgments|verdicts)\s+(?:of\s+)?['"\u2018\u201c]?$/iu.test(
      before,
    )
  )
    return true;
  // "the areas that had been identified as requires improvement": areas for improvement, not a grade.
  if (
    /\bareas?\s+(?:(?:that|which)\s+)?(?:(?:had|have|has)\s+)?(?:been\s+)?(?:identified|highlighted|flagged|singled\s+out)\s+as\s+['"\u2018\u201c]?$/iu.test(
      before,
    )
  )
    return true;
  // "None of the six councils has gained an outstanding rating": a grade nobody was given.
  if (/\b(?:none\s+of|no\s+(?:other\s+)?(?:council|authority|local\s+authority)|not\s+one)\b/iu.test(text.slice(sentenceStart, g.start)))
    return true;
  const rest = after.replace(/^['"\u2019\u201d*]+/, '');
  if (/^\s+or\s+['"\u2018\u201c*]*(?:outstanding|good|inadequate|adequate|requires?\s+improvement)\b/i.test(rest)) return true;
  if (/\b(?:outstanding|good|inadequate|adequate|improvement)['"\u2019\u201d*]*\s+or\s+['"\u2018\u201c*]*$/i.test(before)) return true;
  if (/\bfrom\s+['"\u2018\u201c*]*$/i.test(before) && /^\s+to\s+/i.test(rest)) return true;
  // "good and outstanding schools": both grades describe the noun after the second.
  if (
    /^\s+(?:and|or|&)\s+(?:outstanding|good|inadequate|adequate)\s+(?!and\b|or\b|by\b|in\b|for\b|overall\b|rating|grade|judgement)[\p{Ll}]/u.test(
      rest,
    )
  )
    return true;
  const next = /^\s+([\p{L}]+(?:-[\p{L}]+)*)/u.exec(rest);
  if (next && /^\s/.test(rest) && !/^[,;:.!?)]/.test(rest)) {
    const word = next[1] as string;
    if (word === word.toLowerCase() && !ALLOWED_AFTER.has(word)) return true;
  }
  return false;
}
