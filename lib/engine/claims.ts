/**
 * Grade claims in a text: each grade word that is an Ofsted grade, the judgement it is
 * about and the authority it is attributed to. No verdicts here (see verdicts.ts).
 */
import type { Grade } from '../data/schema';
import { afterMention, type BracketedGrade } from './bracketed';
import { ALL_AREAS, DEFAULT_JUDGEMENT, assignJudgements, isTableRow, judgementNames, type JudgementName } from './judgements';
import { gradeWords, hasGradeContext, notAGrade, type GradeWord } from './grades';
import { locatedTimeHints, type TimeHint } from './hints';
import { sentences, type Sentence } from './sentences';
import type { ClaimJudgement, Mention } from './types';

/** A claim found in the text, before its verdict. */
export interface RawClaim {
  start: number;
  end: number;
  text: string;
  /** Authority or council-not-inspected id. */
  authority: string;
  notInspected: boolean;
  judgement: ClaimJudgement;
  grade: Grade;
  hints: TimeHint[];
  /** Start of the claim's sentence: claims from one sentence are judged together. */
  sentence: number;
  flags: string[];
  /** The authority is named in the claim's own sentence (not carried over from elsewhere). */
  firmAuthority: boolean;
  /**
   * Other judgements the sentence names that this grade might be about: a claim that
   * disagrees under its own reading but agrees under one of these is unclear, never wrong.
   */
  alternatives: ClaimJudgement[];
  /** The sentence names a framework older than the single inspection framework (annual ratings, SLAC...). */
  oldFramework: boolean;
  /** "Inadequate since 2010": the first year of a span the grade is said to have lasted, to the article's date. */
  since?: number;
  /** Outside the article's own text: judged on its own evidence, never with the article's date. */
  furniture?: boolean;
  /** For a grade of the frameworks before 2014 (judgement `other`): what the text said it was about. */
  topic?: ClaimJudgement;
}

/** Things Ofsted grades that are not the authority's children's services. */
const PROVIDER =
  /\b(?:local\s+safeguarding\s+children['\u2019]?s?\s+boards?|LSCBs?|safeguarding\s+(?:children\s+)?(?:boards?|partnerships?)|youth\s+(?:offending|justice)\s+(?:services?|teams?)|special\s+educational\s+needs|SEND\s+(?:services?|provision|inspections?|local\s+area)|local\s+area\s+(?:SEND\s+)?inspections?|schools?|academ(?:y|ies)|nurser(?:y|ies)|pre-?schools?|childminders?|children['\u2019]s\s+homes?|care\s+homes?|residential\s+homes?|police|constabulary|force|hospitals?|nhs|colleges?|universit(?:y|ies)|sixth\s+forms?|pupil\s+referral\s+units?|fostering\s+(?:agenc(?:y|ies)|services?)|(?:regional\s+)?adoption\s+(?:agenc(?:y|ies)|services?)|children['\u2019]s\s+centres?|secure\s+(?:children['\u2019]s\s+)?homes?|special\s+schools?|prisons?|young\s+offender|probation|surger(?:y|ies)|clinics?|setting)\b/giu;
const COUNCIL_WORDS =
  /\b(?:councils?|council['\u2019]s|(?:local\s+)?authority|authority['\u2019]s|children['\u2019]?s?\s+services|social\s+care|social\s+work|department)\b/giu;
const PERSON_TITLE =
  /^(?:['\u2019]s?)?\s+(?:County\s+|Borough\s+|City\s+)?(?:Council['\u2019]s\s+)?(?:cabinet\s+member|lead\s+member|portfolio\s+holder|(?:deputy\s+)?leader|chief\s+executive|spokes(?:man|woman|person)|councillor|director)\b/iu;
const BACK_REFERENCE_BLOCKERS = /\b(?:unlike|than|like|whereas|compared\s+(?:with|to)|neighbouring|next\s+door\s+to)\s+$/iu;
const OTHER_RATER =
  /\b(?:CQC|Care\s+Quality\s+Commission|HMICFRS|HM\s+Inspectorate|HMI\s+Probation|Care\s+Inspectorate|Estyn|auditors?|Moody['\u2019]?s|Fitch|Standard\s+(?:&|and)\s+Poor['\u2019]?s|peer\s+review|adults?['\u2019]?\s+social\s+care|adult\s+services)\b/iu;
const CLAUSE_BREAK = /[,;:()\u2013\u2014]|\b(?:after|before|while|whilst|whereas|but|following|since|when|having)\b/giu;
/** Words that make a name after a provider the provider's place or owner: "a school in Kent", "services run by". */
const LOCATIVE = /\b(?:in|at|near|across|around|from|of|outside|run\s+by|provided\s+by)\s+(?:the\s+)?$/iu;
/**
 * Words that name a framework older than the single inspection framework (2009-2013 and before).
 * Not its middle grade, "adequate": that dates only its own claim (isOldClaim), and a newer grade
 * is often compared with one ("good, up from adequate").
 */
const OLD_NAMES = String.raw`annual\s+(?:performance\s+assessments?|ratings?|children['\u2019]s\s+services\s+ratings?|assessments?)|joint\s+area\s+reviews?|safeguarding\s+and\s+looked[-\s]after\s+children|performs?\s+(?:excellently|well|adequately|poorly)|performing\s+(?:excellently|adequately|poorly)|arrangements\s+for\s+(?:the\s+)?protecti(?:ng|on\s+of)\s+children|capacity\s+to\s+improve|full\s+inspections?\s+of\s+safeguarding|unannounced\s+inspections?`;
export const OLD_FRAMEWORK = new RegExp(String.raw`\b(?:${OLD_NAMES})\b`, 'iu');
/**
 * The grade sits in a clause about an earlier inspection: "three years after an inspection
 * found it inadequate", "after being rated inadequate", "having been judged good".
 */
const EARLIER_CLAUSE =
  /(?:\bafter\s+(?:previously\s+)?(?:being|it\s+was|they\s+were|having\s+been)\b|\bhaving\s+(?:previously\s+)?been\b|\bsince\s+being\b|\bafter\s+(?:its|their|the|an?)\s+(?:earlier|previous|last)\b)[^,;:.!?]*$/iu;
/** A change of grade told in the sentence. */
const CHANGE =
  /\b(?:improved|improving|upgraded|downgraded|jumped|climbed|ris(?:en|e)|rose|moved\s+(?:up|down)|turned\s+around|turnaround|increase\s+of|(?:first|second)\s+re-?inspection)\b/iu;
/** "Rated good, three years after an inspection found it inadequate": after another grade, a time counted back from it. */
/** "Removing it from the inadequate category", "out of requires improvement": a grade left behind. */
const LEFT_BEHIND =
  /\b(?:remov(?:e|es|ed|ing)|lift(?:s|ed|ing)?|tak(?:e|es|en|ing)|took|mov(?:e|es|ed|ing)|climb(?:s|ed|ing)?|emerg(?:e|es|ed|ing)|escap(?:e|es|ed|ing)|out)\b[^,;:.!?]{0,24}?\b(?:out\s+of|from)\s+(?:the\s+|its\s+|their\s+)?['"\u2018\u201c]?$/iu;
const DURATION_AFTER = /\b(?:\w+|\d+)\s+(?:years?|months?)\s+after\b[^,;:.!?]*$/iu;
/** "..., since 2017, when it was judged ...": a year, then a "when" clause that runs on to the grade. */
const WHEN_CLAUSE = /\b((?:19|20)\d\d)\s*,?\s+when\b[^.;:!?]*$/iu;
/** A clause of its own after the grade: "rated good after previously being in intervention". */
const LATER_CLAUSE = /\b(?:after|following|before|since|when|while|whilst|having|despite)\b/iu;
/** "(had been) graded inadequate since 2010", "has been good since 2014": a span of years. */
const SINCE_YEAR =
  /\b(?:ha[sd]|have)\s+(?:been\s+)?(?:[\p{L}'\u2018\u2019"\u201c\u201d]+\s+){0,5}since\s+(?:at\s+least\s+)?((?:19|20)\d\d)\b/iu;
const VISIT = /\b(?:monitoring|focused|focussed)\s+visits?\b|\bjoint\s+targeted\s+area\s+inspections?\b|\bJTAI\b/iu;

/**
 * The grade at `at` in the sentence is said to be Ofsted's: Ofsted is named in the
 * grade's own clause, or, when that clause names no inspectorate, in the sentence and no
 * other inspectorate is ("Care Inspectorate Wales rated Cardiff good, as Ofsted did
 * Kent" gives Cardiff no Ofsted grade).
 */
function ofstedGrades(sentence: string, at: number): boolean {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(/[,;:()\u2013\u2014]/gu)) {
    if (m.index < at) from = m.index + 1;
    else {
      to = m.index;
      break;
    }
  }
  const clause = sentence.slice(from, to);
  const ofsted = /\bofsted\b/iu;
  if (ofsted.test(clause)) return true;
  if (OTHER_RATER.test(clause)) return false;
  return ofsted.test(sentence) && !OTHER_RATER.test(sentence);
}

/** Words that point back to an authority named before: "the council", "the local authority", "its", "the trust". */
const ANAPHOR =
  /\b(?:the\s+(?:(?:county|city|borough|district|unitary|metropolitan|local)\s+)?(?:council|authority|borough|county|trust|service|services|department|directorate|island|city)|services|its|it|they|their|children['\u2019]?s?\s+(?:social\s+care\s+)?services|children['\u2019]s\s+social\s+care|the\s+(?:last|latest|previous|most\s+recent)\s+(?:full\s+|ofsted\s+|standard\s+|short\s+)?inspection\b(?!\s+(?:regimes?|frameworks?|systems?|models?|methods?)\b))\b/iu;
/** "The island('s)": the island authority named before, whatever was named since. */
const ISLAND = /\bthe\s+island(?:['\u2019]s)?\b/iu;
const ISLAND_NAME = /\bIsles?\b/u;
/** "The council", "the local authority", "we": on a council's own site, that council. */
const COUNCIL_ANAPHOR = /\b(?:the\s+(?:(?:county|city|borough|district|unitary|metropolitan|local)\s+)?(?:council|authority)|we|our)\b/iu;
const COUNT =
  /^(?:and\s+|but\s+|while\s+)?(?:(?:only|just|around|about|nearly|almost|over|some|more\s+than|fewer\s+than|less\s+than)\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|half|most|many|some|several|few|none|a\s+(?:third|quarter|fifth|handful|minority|majority)|the\s+(?:rest|remainder|majority))\b/iu;
/** "10 have been rated good, 24 requires improvement": counts of councils, not any one's grade. */
function nationalStatistic(sentence: string, at: number): boolean {
  let from = 0;
  for (const m of sentence.slice(0, at).matchAll(/[,;:(\u2013\u2014]|\band\b/giu)) from = m.index + m[0].length;
  const clause = sentence.slice(from, at).trim();
  return (
    COUNT.test(clause) ||
    (/\b(?:councils|authorities|local\s+authorities)\b/iu.test(sentence.slice(0, at)) && !ANAPHOR.test(sentence.slice(0, at)))
  );
}

/** `m` is named as where `prev` is ("St Helens in Lancashire"). */
function locatedBy(text: string, m: Mention, prev: Mention | undefined): boolean {
  return prev !== undefined && m.start - prev.end < 24 && /\b(?:in|near|at|of)\s+(?:the\s+)?$/iu.test(text.slice(prev.end, m.start));
}

/** The authority "the council" points back to: the last one named before, unless named only as where something is ("St Helens in Lancashire"). */
function referent(text: string, mentions: readonly Mention[], at: number, inArticle: (at: number) => boolean): Mention | null {
  for (let k = at - 1; k >= 0; k--) {
    const m = mentions[k] as Mention;
    // A name in a "Read more" line or an advert never becomes who "the council" is.
    if (!inArticle(m.start)) continue;
    if (!locatedBy(text, m, mentions[k - 1])) return m;
  }
  return null;
}

/** The mentions listed with `m` in its sentence ("A, B and C", "A; B; C"), in order; [m] when it stands alone. */
function listAround(text: string, mentions: readonly Mention[], m: Mention, s: Sentence): Mention[] {
  const k = mentions.indexOf(m);
  // "A, B and C", "A; B; C", and "A in London and B in Lancashire" (the places stay out of the list).
  const joined = (a: Mention, b: Mention): boolean =>
    /^\s*(?:in\s+(?:\p{Lu}[\p{L}'-]*\s*)+)?(?:,|;|&|and|or|,\s*and|,\s*or|)\s*$/u.test(text.slice(a.end, b.start)) &&
    !locatedBy(text, b, a);
  let first = k;
  while (
    first > 0 &&
    (mentions[first - 1] as Mention).start >= s.start &&
    joined(mentions[first - 1] as Mention, mentions[first] as Mention)
  )
    first--;
  let last = k;
  while (
    last + 1 < mentions.length &&
    (mentions[last + 1] as Mention).end <= s.end &&
    joined(mentions[last] as Mention, mentions[last + 1] as Mention)
  )
    last++;
  return mentions.slice(first, last + 1).filter((x, i, all) => all.findIndex((y) => y.id === x.id) === i);
}

/** For a grade no judgement name was tied to: the judgements its sentence names, other readings of it. */
function alternativesOf(names: readonly JudgementName[], own: ClaimJudgement): ClaimJudgement[] {
  const out: ClaimJudgement[] = [];
  for (const n of names) for (const j of n.judgements) if (j !== own && !out.includes(j)) out.push(j);
  return out;
}

/** The text so far names one authority only, so a claim carried over from it cannot mean another. */
function soleAuthority(mentions: readonly Mention[], before: number, id: string): boolean {
  for (const m of mentions) {
    if (m.start >= before) break;
    if (m.id !== id) return false;
  }
  return true;
}

/** End of the last match of a global RegExp in `s`, or -1. */
function lastIndex(re: RegExp, s: string): number {
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m.index + m[0].length;
  return last;
}

/**
 * Where (counted from `from`) the council was last spoken of before `to`: a council word or a
 * name, except a name that only says whose or where a provider is ("adoption services at
 * Sandwell Children's Trust", "a school in Kent") and a person's title ("Sandwell Council's
 * cabinet member for children"). -1 when neither.
 */
function lastCouncil(text: string, from: number, to: number, provider: number, mentions: readonly Mention[]): number {
  const titled = (end: number): boolean => PERSON_TITLE.test(text.slice(end, end + 40));
  const skipped = mentions.filter(
    (m) =>
      m.start >= from &&
      m.end <= to &&
      (titled(m.end) || (m.start - from > provider && LOCATIVE.test(text.slice(Math.max(from, m.start - 24), m.start)))),
  );
  let council = -1;
  const region = text.slice(from, to);
  for (const w of region.matchAll(COUNCIL_WORDS)) {
    const at = from + w.index;
    if (titled(at + w[0].length) || skipped.some((m) => at >= m.start && at < m.end)) continue;
    council = w.index + w[0].length;
  }
  for (const m of mentions) if (m.start >= from && m.end <= to && !skipped.includes(m)) council = Math.max(council, m.end - from);
  return council;
}

/** The grade is about a school, nursery, police force... rather than the council. */
function aboutProvider(text: string, from: number, g: GradeWord, mentions: readonly Mention[]): boolean {
  const provider = lastIndex(PROVIDER, text.slice(from, g.start));
  return provider >= 0 && provider > lastCouncil(text, from, g.start, provider, mentions);
}

/** The text just before a claim with no name of its own last spoke of a school or another provider, not a council. */
function providerContext(text: string, sentenceStart: number, at: number, mentions: readonly Mention[]): boolean {
  const from = Math.max(0, sentenceStart - 600);
  const region = text.slice(from, at);
  const provider = Math.max(
    lastIndex(PROVIDER, region),
    lastIndex(/\b(?:pupils?|students?|head\s*teachers?|headteachers?|teachers?|the\s+site)\b/giu, region),
  );
  return provider >= 0 && provider > lastCouncil(text, from, at, provider, mentions);
}

/**
 * "Oakwood School, Kent (Good)", "a nursery in Essex (RI)": the bracket rates a provider
 * and the name only says where it is.
 */
function providerPlace(text: string, from: number, mention: Mention): boolean {
  const region = text.slice(from, mention.start);
  const provider = lastIndex(PROVIDER, region);
  if (provider < 0 || lastIndex(COUNCIL_WORDS, region) > provider) return false;
  return /(?:,|\b(?:in|at|near|of)(?:\s+the)?)\s*$/iu.test(region.slice(provider));
}

/**
 * The grades bracketed (or dashed) right after the sentence's mentions, and the spans
 * they cover. They count only where the text names Ofsted ("Bristol (RI)" is also a town
 * in Rhode Island) and the sentence rates no name on another scale ("Kent (Good), Essex
 * (Moderate)" is air quality).
 */
function bracketedGrades(
  text: string,
  s: Sentence,
  mentions: readonly Mention[],
  ofstedNamed: () => boolean,
): { grades: BracketedGrade[]; spans: { start: number; end: number; provider: boolean }[] } {
  const grades: BracketedGrade[] = [];
  const spans: { start: number; end: number; provider: boolean }[] = [];
  let otherScale = false;
  for (let k = firstAtOrAfter(mentions, s.start); k < mentions.length && (mentions[k] as Mention).start < s.end; k++) {
    const m = mentions[k] as Mention;
    if (m.end > s.end) break;
    const after = afterMention(text, m, s.end);
    otherScale ||= after.otherScale;
    const found = after.grades;
    if (found.length === 0 || !ofstedNamed()) continue;
    const previous = spans.at(-1);
    // "schools in Essex (Good) and Kent (RI)": a list goes on rating what it began with.
    const listed = previous?.provider === true && /^\s*(?:,|and|or|&)\s*$/iu.test(text.slice(previous.end, m.start));
    const provider = listed || providerPlace(text, previous?.end ?? s.start, m);
    // A provider's bracketed grade is still a grade in brackets: it is nobody's claim.
    if (!provider) grades.push(...found);
    spans.push({ start: m.start, end: (found.at(-1) as BracketedGrade).spanEnd, provider });
  }
  return { grades: otherScale ? [] : grades, spans };
}

/** Index of the first mention that starts at or after `pos` (mentions are in text order). */
function firstAtOrAfter(mentions: readonly Mention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function pickMention(text: string, s: Sentence, g: GradeWord, from: number, mentions: readonly Mention[]): Mention | null {
  const inSentence: Mention[] = [];
  for (let k = firstAtOrAfter(mentions, s.start); k < mentions.length && (mentions[k] as Mention).start < s.end; k++) {
    const m = mentions[k] as Mention;
    if (m.end <= s.end) inSentence.push(m);
  }
  const before = inSentence.filter(
    (m, k) =>
      m.end <= g.start &&
      !BACK_REFERENCE_BLOCKERS.test(text.slice(Math.max(s.start, m.start - 30), m.start)) &&
      // "St Helens in Lancashire": a place that says where the one before it is.
      !locatedBy(text, m, inSentence[k - 1]) &&
      // "According to a Hampshire report": whose report it is, not whose services.
      !/\baccording\s+to\s+(?:an?|the)\s+$/iu.test(text.slice(Math.max(s.start, m.start - 20), m.start)),
  );
  const region = before.filter((m) => m.start >= from);
  const chosen = region.at(-1) ?? before.at(-1) ?? inSentence.find((m) => m.start >= g.end);
  return chosen ?? null;
}

/** Finds the grade claims in a text, with the mentions already found in it. */
export function findClaims(
  text: string,
  mentions: readonly Mention[],
  titleMentions: readonly Mention[] = [],
  /** The authority whose own website the page is on: "the council" there is that council. */
  site: Mention | null = null,
  /** Is this offset in the article's own text (not a related link, an advert, a comment)? */
  inArticle: (at: number) => boolean = () => true,
): RawClaim[] {
  const out: RawClaim[] = [];
  /** Indexes (into `out`) of the first claim of grades attributed to an authority named only later. */
  const forward = new Set<number>();
  /** authority|judgements|grade of claims whose own sentence names the authority. */
  const explicit = new Set<string>();
  const firstOf = new Map<number, string>();
  let named: boolean | null = null;
  const ofstedNamed = (): boolean => (named ??= /\bofsted\b/iu.test(text));
  for (const s of sentences(text, mentions)) {
    const sentenceText = text.slice(s.start, s.end);
    const { grades: bracketed, spans } = bracketedGrades(text, s, mentions, ofstedNamed);
    // A bracket's words are read as its grades, never again by the general rules.
    const all = gradeWords(text, s.start, s.end).filter((g) => !spans.some((b) => g.start < b.end && g.end > b.start));
    if (all.length === 0 && bracketed.length === 0) continue;
    const names = judgementNames(text, s.start, s.end);
    const context = hasGradeContext(sentenceText);
    // Another inspectorate's or rater's grade (CQC on adult social care, auditors...) is not Ofsted's.
    if (OTHER_RATER.test(sentenceText) && !/\bofsted\b/i.test(sentenceText)) continue;
    const grades: GradeWord[] = [...bracketed];
    for (const g of all) {
      if (notAGrade(text, g, s.start, s.end)) continue;
      const row = names.some((n) => isTableRow(text, n, g));
      if (!context && !g.quoted && !row) continue;
      grades.push(g);
    }
    if (grades.length === 0) continue;
    grades.sort((a, b) => a.start - b.start);
    const bracketOf = new Map<GradeWord, BracketedGrade>(bracketed.map((b) => [b, b]));
    const judgements = assignJudgements(text, grades, names);
    const located = locatedTimeHints(sentenceText);
    /**
     * Each grade's hints: those in its own clause. Between two grades the text is split at
     * the last clause break (punctuation, "after", "while"...), or halfway when there is none.
     */
    const splits = grades.map((g, k) => {
      if (k === 0) return 0;
      const prevEnd = (grades[k - 1] as GradeWord).end - s.start;
      const gap = sentenceText.slice(prevEnd, g.start - s.start);
      let cut = -1;
      for (const m of gap.matchAll(CLAUSE_BREAK)) {
        // "from 2010 when it was rated inadequate": the year a "when" clause hangs on goes with it.
        const year = /^when$/iu.test(m[0]) ? /\b(?:19|20)\d\d\s*,?\s*$/u.exec(gap.slice(0, m.index)) : null;
        cut = year ? year.index : m.index;
      }
      return prevEnd + (cut >= 0 ? cut : Math.floor(gap.length / 2));
    });
    const hintsFor = (k: number): TimeHint[] => {
      const from = splits[k] as number;
      const to = k + 1 < grades.length ? (splits[k + 1] as number) : sentenceText.length;
      const b = bracketOf.get(grades[k] as GradeWord);
      const g = grades[k] as GradeWord;
      const gradeAt = g.start - s.start;
      const hints: TimeHint[] = located
        // "rated good after previously being in intervention": a "previously" well after the grade is another clause's.
        .filter(
          (h) =>
            h.at >= from &&
            h.at < to &&
            !(
              h.hint.previous &&
              h.at > gradeAt &&
              (h.at - (g.end - s.start) > 30 || LATER_CLAUSE.test(sentenceText.slice(g.end - s.start, h.at)))
            ) &&
            // "its first inspection since the authority was created in 2023": that time is another event's.
            !(h.at > gradeAt && /\bsince\b(?!\s*(?:at\s+least\s+)?$)/iu.test(sentenceText.slice(g.end - s.start, h.at))) &&
            // "...again in 2015 before they were taken over by the trust in 2018": so is a later clause's.
            !(h.at > gradeAt && /\b(?:before|until|whereas|while|whilst|which|who)\b/iu.test(sentenceText.slice(g.end - s.start, h.at))),
        )
        .map((h) => {
          // "(RI, 2023)": a year beside the grade in its bracket is when it was given.
          const inItem = b !== undefined && s.start + h.at >= b.itemStart && s.start + h.at < b.itemEnd;
          return inItem && h.hint.loose ? { ...h.hint, loose: false } : h.hint;
        });
      // "June 2018: the inspection rated it requires improvement, with leaders inadequate": a time
      // that opens the sentence dates each of its grades that names no time of its own.
      if (k > 0 && !hints.some((h) => h.year !== undefined || h.month !== undefined)) {
        const opening = located.find(
          (h) =>
            (h.hint.year !== undefined || h.hint.month !== undefined) &&
            !h.hint.loose &&
            h.at < gradeStartIn(grades[0] as GradeWord) &&
            /^\W*(?:(?:in|by|on|during)\s+)?$/iu.test(sentenceText.slice(0, h.at)),
        );
        if (opening) hints.push(opening.hint);
      }
      // "since 2017, when it was judged good": the time a "when" clause hangs on is the grade's own, whatever else the sentence dates.
      const hungOn = WHEN_CLAUSE.exec(sentenceText.slice(0, gradeAt));
      if (hungOn) return [{ year: Number(hungOn[1]) }];
      // "from 2010, when it was rated inadequate": a "when" clause takes the time just before it.
      if (!hints.some((h) => h.year !== undefined || h.month !== undefined) && /^\W*when\b/iu.test(sentenceText.slice(from, gradeAt))) {
        const before = located
          .filter((h) => h.at < from && h.at >= from - 24 && (h.hint.year !== undefined || h.hint.month !== undefined))
          .at(-1);
        if (before) hints.push({ ...before.hint, loose: false });
      }
      const prevEnd = k > 0 ? (grades[k - 1] as GradeWord).end - s.start : 0;
      const lead = sentenceText.slice(prevEnd, gradeAt);
      // "After being rated inadequate" is an earlier report only beside the new grade or a change ("has improved after...").
      const change = k > 0 || CHANGE.test(sentenceText);
      const earlier =
        (b?.previous ?? false) ||
        (change && EARLIER_CLAUSE.test(lead)) ||
        (k > 0 && DURATION_AFTER.test(lead)) ||
        LEFT_BEHIND.test(sentenceText.slice(0, gradeAt));
      return earlier && !hints.some((h) => h.previous) ? [...hints, { previous: true }] : hints;
    };
    const visit = VISIT.test(sentenceText);
    const old = OLD_FRAMEWORK.test(sentenceText) || /\b(?:APA|JAR)\b/u.test(sentenceText);
    const sinceMatch = SINCE_YEAR.exec(sentenceText);
    const since = sinceMatch ? Number(sinceMatch[1]) : null;
    const seen = new Set<string>();
    let previousGrade: Grade | null = null;
    const gradeStartIn = (g: GradeWord): number => g.start - s.start;
    grades.forEach((g, k) => {
      const grade = g.grade ?? previousGrade;
      const from = k > 0 ? (grades[k - 1] as GradeWord).end : s.start;
      previousGrade = grade;
      const b = bracketOf.get(g);
      if (!grade || (!b && aboutProvider(text, from, g, mentions))) return;
      let own = b ? b.mention : pickMention(text, s, g, from, mentions);
      // "a flurry of outstanding ratings for children's services in A, B and C": ratings, plural,
      // are the listed authorities', not the one the sentence began with.
      if (!b && /^['"\u2019\u201d]?\s+(?:ratings|grades|judgements|judgments)\b/iu.test(text.slice(g.end, g.end + 16))) {
        const next = mentions.find((m) => m.start >= g.end && m.end <= s.end);
        if (next && !/[.;:!?]/.test(text.slice(g.end, next.start)) && listAround(text, mentions, next, s).length >= 2) own = next;
      }
      // Site furniture (a related link, a comment) is read on its own evidence: its own names only.
      const furniture = !inArticle(g.start);
      if (furniture && !own) return;
      if (!own && nationalStatistic(sentenceText, gradeStartIn(g))) return;
      // A claim with no name of its own needs words that point back to an authority ("the council", "its services").
      // A judgement named ("Impact of leaders: good") or a findings row is about the authority the text is about, too.
      // None when the text around is about a school or another provider ("the site", "pupils").
      const pointsBack =
        own !== null ||
        ((ANAPHOR.test(sentenceText) || names.some((n) => !n.generic)) && !providerContext(text, s.start, g.start, mentions));
      const at = firstAtOrAfter(mentions, s.start);
      const earlier =
        own || !pointsBack
          ? null
          : ((site && COUNCIL_ANAPHOR.test(sentenceText) ? site : null) ??
            (ISLAND.test(sentenceText)
              ? (mentions.slice(0, at).findLast((m) => ISLAND_NAME.test(m.text) && inArticle(m.start)) ?? null)
              : null) ??
            referent(text, mentions, at, inArticle) ??
            titleMentions[0] ??
            site);
      const later = own || earlier || !pointsBack ? null : (mentions[firstAtOrAfter(mentions, s.end)] ?? null);
      const mention = own ?? earlier ?? later;
      if (!mention) return;
      // "East Sussex, Essex and Staffordshire were rated good": every authority of the list.
      const owners = own && !b ? listAround(text, mentions, own, s) : [mention];
      // "Five of these authorities were previously rated good, York ...": a count's grade, not the
      // one name after it (a list of names after the count is the count's, and is kept).
      if (own && !b && own.start > g.end && owners.length < 2 && nationalStatistic(sentenceText, gradeStartIn(g))) return;
      if (later) forward.add(out.length);
      if (own) explicit.add(`${mention.id}|${judgements[k]?.join(',')}|${grade}`);
      if (mention.notInspected && !ofstedGrades(sentenceText, g.start - s.start)) return;
      firstOf.set(out.length, `${mention.id}|${judgements[k]?.join(',')}|${grade}`);
      const hints = hintsFor(k);
      // "Rated good in all areas when last inspected in 2014": that inspection's areas may be another
      // framework's, so only its overall grade is firm.
      const pastReport = hints.some((h) => h.previous || h.yearsAgo !== undefined || (h.year !== undefined && !h.loose));
      const claimed = judgements[k] === ALL_AREAS && pastReport ? DEFAULT_JUDGEMENT : (judgements[k] ?? DEFAULT_JUDGEMENT);
      for (const owner of owners)
        for (const judgement of claimed) {
          // "Derbyshire (formerly Good) is now rated good": the earlier grade is a claim of its own.
          const key = `${owner.id}|${judgement}|${grade}${b?.previous ? '|previous' : ''}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const start = b ? b.spanStart : g.start;
          const end = b ? b.spanEnd : g.end;
          out.push({
            start,
            end,
            text: text.slice(start, end),
            authority: owner.id,
            notInspected: owner.notInspected,
            judgement,
            grade,
            hints,
            sentence: s.start,
            flags: visit
              ? [
                  'Ofsted’s monitoring and focused visits (and joint targeted area inspections) give no grade: this grade cannot come from one.',
                ]
              : [],
            firmAuthority:
              own !== null ||
              (earlier !== null && earlier !== site && earlier.start < s.start && soleAuthority(mentions, s.start, mention.id)),
            alternatives: judgements[k] === DEFAULT_JUDGEMENT ? alternativesOf(names, judgement) : [],
            oldFramework: old,
            ...(furniture ? { furniture: true } : {}),
          });
          // "Rated inadequate in 2013 and 2015": one claim for each year (each may be another framework's).
          const pushed = out[out.length - 1] as RawClaim;
          const years = [
            ...new Set(pushed.hints.filter((h) => h.year !== undefined && h.month === undefined && !h.loose).map((h) => h.year as number)),
          ];
          if (years.length > 1 && since === null) {
            out.pop();
            for (const y of years)
              out.push({
                ...pushed,
                hints: pushed.hints.filter((h) => h.year === undefined || h.month !== undefined || h.loose || h.year === y),
              });
          }
          // "Had been graded inadequate since 2010": the 2010 grade above, and a claim about every report since.
          if (since !== null) {
            const claim = out[out.length - 1] as RawClaim;
            claim.hints = claim.hints.map((h) => (h.year === since ? { ...h, loose: false } : h));
            out.push({ ...claim, hints: claim.hints.filter((h) => h.year !== since), since });
          }
        }
    });
  }
  // A grade with no authority of its own, given to one named only further on, is dropped
  // when that later passage makes the same claim itself: it was said twice, not about two.
  const drop = new Set<number>();
  let current = -1;
  out.forEach((_c, i) => {
    if (firstOf.has(i)) current = i;
    if (forward.has(current) && explicit.has(firstOf.get(current) as string)) drop.add(i);
  });
  return out.filter((_c, i) => !drop.has(i));
}
