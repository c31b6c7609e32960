/**
 * The engine's output: what it found in a text and what it concluded. Offsets are
 * UTF-16 code-unit offsets into the analysed text (what `String.prototype.slice` uses).
 */
import type { Grade, Judgement } from '../data/schema';

/** A claim's judgement as the engine reports it (`other` where the text names none it knows). */
export type ClaimJudgement = Exclude<Judgement, 'lscb' | 'capacity_to_improve'> | 'other';
/** Every ClaimJudgement, for the message schema and the content script's guards. */
export const CLAIM_JUDGEMENTS = [
  'overall',
  'leaders',
  'help_protection',
  'in_care',
  'care_leavers',
  'adoption',
  'other',
] as const satisfies readonly ClaimJudgement[];

export const VERDICTS = [
  'matches',
  'superseded',
  'contradicts',
  'wrong_authority',
  'no_record',
  'not_inspected_by_ofsted',
  'unclear',
] as const;
/** The verdict on one claim, against the record as of the article's date. */
export type Verdict = (typeof VERDICTS)[number];

/** A span of the analysed text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One place an authority (or a council Ofsted does not inspect) is named. */
export interface Mention extends Span {
  /** Authority id, or a council-not-inspected id when `notInspected` is true. */
  id: string;
  notInspected: boolean;
}

/** What the engine said about an inspection, small enough to send in a message. */
export interface InspectionRef {
  id: string;
  published: string;
  url: string;
}

/** A grade claim and its verdict. */
export interface Claim extends Span {
  /** The authority (or council-not-inspected) id the claim is about. */
  authority: string;
  judgement: ClaimJudgement;
  grade: Grade;
  verdict: Verdict;
  /** The inspection the claim was checked against, or null (no record, not inspected). */
  inspection: InspectionRef | null;
  /** For `superseded`: the later inspection that changed it. */
  supersededBy: InspectionRef | null;
  /** For `wrong_authority`: the authority whose record the claim fits, and why. */
  suggestion: { authority: string; reason: string } | null;
  /** One or two plain-English sentences a reader sees, e.g. "Correct when published (March 2023). Still the latest." */
  explanation: string;
  /** Warnings about the claim itself, e.g. a grade attributed to a monitoring visit. */
  flags: string[];
  /** Outside the article's own text (a related-story link, a comment...): judged on its own evidence. */
  furniture?: boolean;
}

/** The date the verdicts are judged as of, and where it came from. */
export interface ArticleDate {
  /** ISO date or null when none could be found or inferred. */
  date: string | null;
  source: DateSource;
}

/** Where an article's date came from. */
export const DATE_SOURCES = ['caller', 'metadata', 'text', 'inferred', 'none'] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

/** Everything the engine found in one text. */
export interface Analysis {
  published: ArticleDate;
  mentions: Mention[];
  claims: Claim[];
}

/** What the caller knows about the text besides its words. */
export interface ArticleContext {
  /** ISO date from the caller or the page's metadata. */
  published?: string | null;
  /** Where `published` came from; defaults to `caller`. */
  publishedSource?: 'caller' | 'metadata';
  title?: string | null;
  /**
   * Where the article's own text lies, as spans of the analysed text. Text outside them
   * (related-story lists, "Read more" lines, adverts, comments, navigation, footers) is site
   * furniture: its claims are judged on their own evidence, never with the article's date,
   * and it never decides who "the council" is. Absent or null: the whole text is the article.
   */
  articleSpans?: readonly { start: number; end: number }[] | null;
  /** The page's address: a council's own site names the article's subject authority. */
  url?: string | null;
}
