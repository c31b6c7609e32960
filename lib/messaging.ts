/**
 * The one typed message contract between the content script, the popup and the
 * background. Every message and every reply has a zod schema here; receivers
 * validate what they get and reject anything else.
 *
 * The content script imports only the types from this file (zod would blow its
 * size budget); it validates replies with the hand-written guards in
 * lib/page/guards.ts, which test/page/guards.test.ts checks against these schemas.
 *
 * This file is the contract only; lib/transport.ts carries it over the browser's runtime
 * messages.
 */
import { z } from 'zod';
import {
  Authority,
  FRAMEWORKS,
  HttpsUrl,
  Inspection,
  InspectionEvent,
  IsoDate,
  JUDGEMENTS,
  GRADES,
  UNGRADED,
  type Framework,
} from './data/schema';
import { CLAIM_JUDGEMENTS, DATE_SOURCES, VERDICTS, type Analysis } from './engine/types';
import { MAX_ARTICLE_SPANS, MAX_URL } from './page/article-spans';

/** A report's record, small enough for a card or a chip row. */
export const InspectionSummary = z
  .object({
    id: z.string(),
    published: IsoDate,
    framework: z.enum(Object.keys(FRAMEWORKS) as [Framework, ...Framework[]]),
    /** The judgements as recorded (grade, `not_judged` or `unknown`). */
    judgements: z.partialRecord(z.enum(JUDGEMENTS), z.union([z.enum(GRADES), z.enum(UNGRADED)])),
    url: HttpsUrl,
    /** True for records whose grades were not read from the report itself. */
    unverified: z.boolean(),
  })
  .strict();
export type InspectionSummary = z.infer<typeof InspectionSummary>;

/** What a card or the popup needs to name an authority (or a council Ofsted does not inspect). */
export const AuthoritySummary = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('authority'),
      id: z.string(),
      name: z.string(),
      shortName: z.string(),
      /** Its newest report, or null when none is recorded. */
      latest: InspectionSummary.nullable(),
      /** Its newest verified overall effectiveness grade (what a reader quotes when the newest report has none). */
      lastGraded: z
        .object({ grade: z.enum(GRADES), published: IsoDate })
        .strict()
        .nullable(),
      ofstedPage: HttpsUrl.nullable(),
      abolished: IsoDate.nullable(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('not_inspected'),
      id: z.string(),
      name: z.string(),
      shortName: z.string(),
      /** The body that inspects it instead, e.g. "Care Inspectorate Wales". */
      inspectorate: z.string(),
    })
    .strict(),
]);
export type AuthoritySummary = z.infer<typeof AuthoritySummary>;

const Span = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() };
const InspectionRef = z.object({ id: z.string(), published: IsoDate, url: HttpsUrl }).strict();

/** Mirrors `Analysis` in lib/engine/types.ts (checked at compile time below). */
export const AnalysisSchema = z
  .object({
    published: z
      .object({
        date: IsoDate.nullable(),
        source: z.enum(DATE_SOURCES),
      })
      .strict(),
    mentions: z.array(z.object({ ...Span, id: z.string(), notInspected: z.boolean() }).strict()),
    claims: z.array(
      z
        .object({
          ...Span,
          authority: z.string(),
          judgement: z.enum(CLAIM_JUDGEMENTS),
          grade: z.enum(GRADES),
          verdict: z.enum(VERDICTS),
          inspection: InspectionRef.nullable(),
          supersededBy: InspectionRef.nullable(),
          suggestion: z.object({ authority: z.string(), reason: z.string() }).strict().nullable(),
          explanation: z.string(),
          flags: z.array(z.string()),
          furniture: z.boolean().optional(),
        })
        .strict(),
    ),
  })
  .strict();
// Both directions, so a change to the engine's types fails the build here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const analysisMatches: Same<z.infer<typeof AnalysisSchema>, Analysis> = true;
void analysisMatches;

/** The largest text the content script sends in one message (a 1 MB page is about 1M code units). */
export const MAX_TEXT = 4_000_000;

/** Content script → background: analyse this text from the page. */
export const AnalyseRequest = z
  .object({
    type: z.literal('analyse'),
    text: z.string().max(MAX_TEXT),
    published: IsoDate.nullable(),
    title: z.string().max(2000).nullable(),
    /** Spans of `text` that are the article's own; the rest is site furniture (absent or null: all of it). */
    articleSpans: z
      .array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).strict())
      .max(MAX_ARTICLE_SPANS)
      .nullable()
      .optional(),
    /** The page's address. */
    url: z.string().max(MAX_URL).nullable().optional(),
  })
  .strict();
export type AnalyseRequest = z.infer<typeof AnalyseRequest>;

/** The engine's analysis plus the records the cards show. */
export const AnalyseResponse = z
  .object({
    analysis: AnalysisSchema,
    /** Every authority or council named in `analysis`, by id. */
    authorities: z.record(z.string(), AuthoritySummary),
    /** Every inspection a claim was checked against or superseded by, by id. */
    inspections: z.record(z.string(), InspectionSummary),
    /** The dataset's as-of date, for the card's "Data up to ..." line. */
    asOf: IsoDate,
  })
  .strict();
export type AnalyseResponse = z.infer<typeof AnalyseResponse>;

/** Content script → background: how many marks the tab has now (for the toolbar badge). */
export const BadgeRequest = z
  .object({
    type: z.literal('badge'),
    claims: z.number().int().nonnegative(),
    attention: z.number().int().nonnegative(),
  })
  .strict();
export type BadgeRequest = z.infer<typeof BadgeRequest>;

/** Popup → background: find authorities by any name. */
export const SearchRequest = z.object({ type: z.literal('search'), query: z.string().max(200) }).strict();
export type SearchRequest = z.infer<typeof SearchRequest>;

/** One search result: an authority, or a council another body inspects. */
export const SearchHit = z
  .object({
    id: z.string(),
    kind: z.enum(['authority', 'not_inspected']),
    name: z.string(),
    /** The name that matched, when it is not `name` (e.g. "Herts"). */
    matched: z.string().nullable(),
    /** For `not_inspected`: who inspects it. */
    inspectorate: z.string().nullable(),
    abolished: IsoDate.nullable(),
  })
  .strict();
export type SearchHit = z.infer<typeof SearchHit>;
export const SearchResponse = z.object({ hits: z.array(SearchHit) }).strict();
export type SearchResponse = z.infer<typeof SearchResponse>;

/** Popup → background: one authority's full record. */
export const HistoryRequest = z.object({ type: z.literal('history'), id: z.string().max(100) }).strict();
export type HistoryRequest = z.infer<typeof HistoryRequest>;

const NamedRef = z.object({ id: z.string(), name: z.string() }).strict();
/** An authority with its judgement history (newest first), its neighbours and its lineage. */
export const AuthorityHistory = z
  .object({
    authority: Authority,
    inspections: z.array(Inspection),
    /** Ungraded publications (focused and monitoring visits, JTAIs), newest first. */
    events: z.array(InspectionEvent).optional(),
    predecessors: z.array(NamedRef),
    successors: z.array(NamedRef),
    neighbours: z.array(z.object({ id: z.string(), name: z.string(), latest: InspectionSummary.nullable() }).strict()),
  })
  .strict();
export type AuthorityHistory = z.infer<typeof AuthorityHistory>;
export const HistoryResponse = z
  .object({
    history: AuthorityHistory.nullable(),
    /** Set when the id is a council Ofsted does not inspect. */
    notInspected: AuthoritySummary.nullable(),
  })
  .strict();
export type HistoryResponse = z.infer<typeof HistoryResponse>;

/** Popup → background: what the dataset is. */
export const InfoRequest = z.object({ type: z.literal('info') }).strict();
export type InfoRequest = z.infer<typeof InfoRequest>;
export const InfoResponse = z.object({ asOf: IsoDate, authorities: z.number().int(), inspections: z.number().int() }).strict();
export type InfoResponse = z.infer<typeof InfoResponse>;

/** Popup → content script (tabs.sendMessage): what is marked on this page. */
export const PageFindingsRequest = z.object({ type: z.literal('page-findings') }).strict();
export type PageFindingsRequest = z.infer<typeof PageFindingsRequest>;

/** Everything the content script has marked, merged over every scan of the page. */
export const PageFindings = z
  .object({
    url: z.string(),
    title: z.string(),
    /** The date verdicts were judged as of, and where it came from. */
    published: AnalysisSchema.shape.published,
    mentions: z.array(z.object({ id: z.string(), count: z.number().int().positive() }).strict()),
    /** Each claim with the sentence it sits in (the claim's own span is often one word). */
    claims: z.array(z.object({ claim: AnalysisSchema.shape.claims.element, sentence: z.string() }).strict()),
    authorities: z.record(z.string(), AuthoritySummary),
    inspections: z.record(z.string(), InspectionSummary),
    /** False when the user paused Ofsted Lens or it is off for this site. */
    active: z.boolean(),
  })
  .strict();
export type PageFindings = z.infer<typeof PageFindings>;

/** Messages the background answers, by type, with the schema of each reply. */
export const BACKGROUND_MESSAGES = {
  analyse: { request: AnalyseRequest, response: AnalyseResponse },
  badge: { request: BadgeRequest, response: z.object({ ok: z.literal(true) }).strict() },
  search: { request: SearchRequest, response: SearchResponse },
  history: { request: HistoryRequest, response: HistoryResponse },
  info: { request: InfoRequest, response: InfoResponse },
} as const;
export type BackgroundMessageType = keyof typeof BACKGROUND_MESSAGES;
export type RequestOf<T extends BackgroundMessageType> = z.infer<(typeof BACKGROUND_MESSAGES)[T]['request']>;
export type ResponseOf<T extends BackgroundMessageType> = z.infer<(typeof BACKGROUND_MESSAGES)[T]['response']>;
export type BackgroundMessage = { [T in BackgroundMessageType]: RequestOf<T> }[BackgroundMessageType];

/** Where a message came from, as far as the receiver needs to know. */
export interface SenderInfo {
  /** The sending extension's id (undefined for web pages in some browsers). */
  id?: string | undefined;
  /** The tab the sender runs in, for content scripts. */
  tabId?: number | undefined;
}

/** A handler per message type; each gets a validated request. */
export type BackgroundHandlers = {
  [T in BackgroundMessageType]: (request: RequestOf<T>, sender: SenderInfo) => Promise<ResponseOf<T>> | ResponseOf<T>;
};

/** Thrown (and sent back) when a message fails its schema. */
export class InvalidMessageError extends Error {}

function messageType(message: unknown): BackgroundMessageType | null {
  if (typeof message !== 'object' || message === null || !('type' in message)) return null;
  const type = (message as { type: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(BACKGROUND_MESSAGES, type) ? (type as BackgroundMessageType) : null;
}

/**
 * Whether the background should answer this message: one of its types, sent by
 * this extension (its content scripts and pages), never by a web page or another extension.
 */
export function isForBackground(message: unknown, sender: SenderInfo, extensionId: string): boolean {
  return sender.id === extensionId && messageType(message) !== null;
}

/**
 * Validates a message meant for the background (see `isForBackground`) and runs
 * its handler. Rejects with InvalidMessageError when it fails its schema.
 */
export async function dispatchBackgroundMessage(message: unknown, sender: SenderInfo, handlers: BackgroundHandlers): Promise<unknown> {
  const key = messageType(message);
  if (key === null) throw new InvalidMessageError('Not a message for the background');
  const parsed = BACKGROUND_MESSAGES[key].request.safeParse(message);
  if (!parsed.success) throw new InvalidMessageError(`Invalid "${key}" message: ${z.prettifyError(parsed.error)}`);
  const handler = handlers[key] as (request: unknown, sender: SenderInfo) => unknown;
  return handler(parsed.data, sender);
}
