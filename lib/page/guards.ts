/**
 * Small hand-written validators for what the content script receives. zod would
 * cost the content script most of its 25 KB budget, so these check the same
 * shapes as the schemas in lib/messaging.ts and lib/storage.ts;
 * test/page/guards.test.ts holds them to the same answers as those schemas.
 */
import type { AnalyseResponse, AuthoritySummary, InspectionSummary } from '../messaging';
import type { Options } from '../storage';
import { DEFAULT_OPTIONS, MARK_CHOICES, SCOPES } from '../storage';
import { CLAIM_JUDGEMENTS, DATE_SOURCES, VERDICTS } from '../engine/types';
import { FRAMEWORKS, GRADES, JUDGEMENTS, UNGRADED } from '../data/vocabulary';

type Check = (value: unknown) => boolean;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str: Check = (v) => typeof v === 'string';
const bool: Check = (v) => typeof v === 'boolean';
const count: Check = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const iso: Check = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
/** Like `HttpsUrl` in lib/data/schema.ts: an https:// address with no spaces that parses (never `javascript:` or `data:`). */
const url: Check = (v) => {
  if (typeof v !== 'string' || !/^https:\/\/\S+$/.test(v)) return false;
  try {
    return new URL(v).protocol === 'https:';
  } catch {
    return false;
  }
};
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v);
const nullable =
  (check: Check): Check =>
  (v) =>
    v === null || check(v);
const arrayOf =
  (check: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(check);
const recordOf =
  (check: Check): Check =>
  (v) =>
    isObj(v) && Object.values(v).every(check);
/** Exactly these keys (like zod's `.strict()`), each passing its check. */
/** A field that may be left out (the engine adds it only where it says something). */
const OPTIONAL = new WeakSet<Check>();
const optional = (check: Check): Check => {
  const c: Check = (v) => v === undefined || check(v);
  OPTIONAL.add(c);
  return c;
};

const shape = (fields: Record<string, Check>): Check => {
  // Worked out once per shape, not once per value checked (a reply holds hundreds of values).
  const required = Object.keys(fields).filter((key) => !OPTIONAL.has(fields[key]!));
  return (v) => {
    if (!isObj(v)) return false;
    if (!required.every((key) => Object.hasOwn(v, key))) return false;
    return Object.keys(v).every((key) => Object.hasOwn(fields, key) && fields[key]!(v[key]));
  };
};

const GRADE_VALUES: readonly string[] = GRADES;
const JUDGEMENT_KEYS: readonly string[] = JUDGEMENTS;
const FRAMEWORK_KEYS = Object.keys(FRAMEWORKS);
const span = { start: count, end: count, text: str };
const ref = nullable(shape({ id: str, published: iso, url }));

const isRecordedGrade = oneOf([...GRADE_VALUES, ...UNGRADED]);

const isInspectionSummary: Check = shape({
  id: str,
  published: iso,
  framework: oneOf(FRAMEWORK_KEYS),
  judgements: (v) => isObj(v) && Object.entries(v).every(([key, value]) => JUDGEMENT_KEYS.includes(key) && isRecordedGrade(value)),
  url,
  unverified: bool,
});

const isInspectedAuthority = shape({
  kind: str,
  id: str,
  name: str,
  shortName: str,
  latest: nullable(isInspectionSummary),
  lastGraded: nullable(shape({ grade: oneOf(GRADE_VALUES), published: iso })),
  ofstedPage: nullable(url),
  abolished: nullable(iso),
});
const isNotInspected = shape({ kind: str, id: str, name: str, shortName: str, inspectorate: str });

const isAuthoritySummary: Check = (v) =>
  isObj(v) && (v.kind === 'authority' ? isInspectedAuthority(v) : v.kind === 'not_inspected' && isNotInspected(v));

const isAnalysis: Check = shape({
  published: shape({ date: nullable(iso), source: oneOf(DATE_SOURCES) }),
  mentions: arrayOf(shape({ ...span, id: str, notInspected: bool })),
  claims: arrayOf(
    shape({
      ...span,
      authority: str,
      judgement: oneOf(CLAIM_JUDGEMENTS),
      grade: oneOf(GRADE_VALUES),
      verdict: oneOf(VERDICTS),
      inspection: ref,
      supersededBy: ref,
      suggestion: nullable(shape({ authority: str, reason: str })),
      explanation: str,
      flags: arrayOf(str),
      furniture: optional(bool),
    }),
  ),
});

const isAnalyseReply = shape({
  analysis: isAnalysis,
  authorities: recordOf(isAuthoritySummary),
  inspections: recordOf(isInspectionSummary),
  asOf: iso,
});

/** True when `value` is a well-formed reply to an `analyse` message. */
export function isAnalyseResponse(value: unknown): value is AnalyseResponse {
  return isAnalyseReply(value);
}

/** True for a popup's request for the page's findings. */
export function isPageFindingsRequest(value: unknown): value is { type: 'page-findings' } {
  return shape({ type: (v) => v === 'page-findings' })(value);
}

/**
 * The stored options, checked like `parseOptions` in lib/storage.ts (host names
 * trimmed and lower-cased); anything invalid becomes the defaults.
 */
export function coerceOptions(value: unknown): Options {
  const valid = shape({
    scope: oneOf(SCOPES),
    sites: (v) =>
      Array.isArray(v) && v.length <= 500 && v.every((s) => typeof s === 'string' && s.trim().length >= 1 && s.trim().length <= 253),
    marks: oneOf(MARK_CHOICES),
  })(value);
  if (!valid) return { ...DEFAULT_OPTIONS, sites: [] };
  const options = value as Options;
  return { ...options, sites: options.sites.map((site) => site.trim().toLowerCase()) };
}

export type { AuthoritySummary, InspectionSummary };
