/**
 * The compact form the extension bundles: the Dataset as positional tuples, with ids
 * replaced by indices, enums by numbers, judgements by one letter each and the
 * report host written once. `decodeDataset(encodeDataset(d))` equals `d` exactly.
 */
import { z } from 'zod';
import {
  AUTHORITY_TYPES,
  Dataset,
  EVENT_KINDS,
  FRAMEWORKS,
  INSPECTORATES,
  REGIONS,
  type Authority,
  type CouncilNotInspected,
  type Framework,
  type Inspection,
  type InspectionEvent,
  type Judgement,
  type JudgementValue,
  type Nation,
} from './schema.ts';

/** Bumped whenever the compact layout changes. */
export const COMPACT_VERSION = 1;

/** Report addresses almost all start with this; the compact form stores the rest. */
const REPORT_HOST = 'https://files.ofsted.gov.uk/v1/file/';
const PROVIDER_PAGE = 'https://reports.ofsted.gov.uk/provider/44/';

const FRAMEWORK_NAMES = Object.keys(FRAMEWORKS) as Framework[];
const NATIONS = Object.keys(INSPECTORATES) as Nation[];
const KINDS = [null, 'standard', 'short'] as const;
/** One letter per judgement value; `-` marks a judgement the record leaves out. */
const VALUE_LETTERS: Record<JudgementValue, string> = {
  outstanding: 'o',
  good: 'g',
  requires_improvement: 'r',
  inadequate: 'i',
  adequate: 'a',
  not_judged: 'n',
  unknown: 'u',
};
const LETTER_VALUES = new Map(Object.entries(VALUE_LETTERS).map(([value, letter]) => [letter, value as JudgementValue]));

const str = z.string();
const strs = z.array(z.string());
const nstr = z.string().nullable();
const idx = z.number().int().nonnegative();
const idxs = z.array(idx);

/** [id, name, shortName, aliases, ambiguousAliases (null = absent), urn, dfeCode, gss, type, region, neighbours, ofstedPage (1 = standard page for the urn), abolished, successors, predecessors, domain (null = absent)] */
const CompactAuthority = z.tuple([
  str,
  str,
  str,
  strs,
  strs.nullable(),
  nstr,
  nstr,
  str,
  idx,
  idx,
  idxs,
  z.union([z.literal(1), nstr]),
  nstr,
  idxs,
  idxs,
  nstr,
]);
/** [authority, framework, kind, fieldworkStart, fieldworkEnd, published, judgements, url (host-relative unless it starts with http), source (0 = report, [1, citation], [2, note]), id (null = `<authority>-<published>`)] */
const CompactInspection = z.tuple([
  idx,
  idx,
  idx,
  nstr,
  nstr,
  str,
  str,
  str,
  z.union([z.literal(0), z.tuple([z.literal(1), str]), z.tuple([z.literal(2), str])]),
  nstr,
]);
/** [id, name, shortName, aliases, ambiguousAliases (null = absent), nation, inspectorate (null = the nation's)] */
const CompactCouncil = z.tuple([str, str, str, strs, strs.nullable(), idx, nstr]);

/** [authority, kind (index in EVENT_KINDS), published, url (host-relative unless it starts with http)] */
const CompactEvent = z.tuple([idx, idx, str, str]);

/** The compact dataset's shape, checked before decoding. */
export const CompactDataset = z
  .object({
    v: z.literal(COMPACT_VERSION),
    asOf: str,
    a: z.array(CompactAuthority),
    i: z.array(CompactInspection),
    c: z.array(CompactCouncil),
    /** Events (absent when the dataset holds none). */
    e: z.array(CompactEvent).optional(),
  })
  .strict();
export type CompactDataset = z.infer<typeof CompactDataset>;

function indexer(ids: readonly string[], what: string): (id: string) => number {
  const map = new Map(ids.map((id, i) => [id, i]));
  return (id) => {
    const i = map.get(id);
    if (i === undefined) throw new Error(`encodeDataset: unknown ${what} "${id}"`);
    return i;
  };
}

function encodeJudgements(inspection: Inspection): string {
  const defined: readonly Judgement[] = FRAMEWORKS[inspection.framework];
  for (const key of Object.keys(inspection.judgements)) {
    if (!defined.includes(key as Judgement)) {
      throw new Error(`encodeDataset: ${inspection.id} has a "${key}" judgement ${inspection.framework} does not define`);
    }
  }
  return defined
    .map((key) => {
      const value = inspection.judgements[key];
      return value === undefined ? '-' : VALUE_LETTERS[value];
    })
    .join('');
}

/** Encodes a (valid) Dataset into its compact form. */
export function encodeDataset(dataset: Dataset): CompactDataset {
  const authorityIndex = indexer(
    dataset.authorities.map((a) => a.id),
    'authority',
  );
  const a = dataset.authorities.map((x): z.infer<typeof CompactAuthority> => [
    x.id,
    x.name,
    x.shortName,
    x.aliases,
    x.ambiguousAliases ?? null,
    x.urn,
    x.dfeCode,
    x.gss,
    AUTHORITY_TYPES.indexOf(x.type),
    REGIONS.indexOf(x.region),
    x.statisticalNeighbours.map(authorityIndex),
    x.urn !== null && x.ofstedPage === PROVIDER_PAGE + x.urn ? 1 : x.ofstedPage,
    x.abolished,
    x.successors.map(authorityIndex),
    x.predecessors.map(authorityIndex),
    x.domain ?? null,
  ]);
  const i = dataset.inspections.map((x): z.infer<typeof CompactInspection> => [
    authorityIndex(x.authority),
    FRAMEWORK_NAMES.indexOf(x.framework),
    KINDS.indexOf(x.kind),
    x.fieldworkStart,
    x.fieldworkEnd,
    x.published,
    encodeJudgements(x),
    x.url.startsWith(REPORT_HOST) ? x.url.slice(REPORT_HOST.length) : x.url,
    x.source.kind === 'report' ? 0 : x.source.kind === 'curated' ? [1, x.source.citation] : [2, x.source.note],
    x.id === `${x.authority}-${x.published}` ? null : x.id,
  ]);
  const c = dataset.councilsNotInspected.map((x): z.infer<typeof CompactCouncil> => [
    x.id,
    x.name,
    x.shortName,
    x.aliases,
    x.ambiguousAliases ?? null,
    NATIONS.indexOf(x.nation),
    x.inspectorate === INSPECTORATES[x.nation] ? null : x.inspectorate,
  ]);
  const e = dataset.events?.map((x): z.infer<typeof CompactEvent> => [
    authorityIndex(x.authority),
    EVENT_KINDS.indexOf(x.kind),
    x.published,
    x.url.startsWith(REPORT_HOST) ? x.url.slice(REPORT_HOST.length) : x.url,
  ]);
  return { v: COMPACT_VERSION, asOf: dataset.asOf, a, i, c, ...(e ? { e } : {}) };
}

function at<T>(list: readonly T[], i: number, what: string): T {
  const value = list[i];
  if (value === undefined) throw new Error(`decodeDataset: no ${what} at index ${i}`);
  return value;
}

function decodeJudgements(framework: Framework, letters: string): Inspection['judgements'] {
  const defined: readonly Judgement[] = FRAMEWORKS[framework];
  if (letters.length !== defined.length)
    throw new Error(`decodeDataset: ${framework} needs ${defined.length} judgement letters, got "${letters}"`);
  const out: Inspection['judgements'] = {};
  defined.forEach((key, n) => {
    const letter = letters[n] ?? '-';
    if (letter === '-') return;
    const value = LETTER_VALUES.get(letter);
    if (value === undefined) throw new Error(`decodeDataset: "${letter}" is not a judgement letter`);
    out[key] = value;
  });
  return out;
}

/**
 * Decodes the compact form back into the Dataset and validates it with the Dataset
 * schema, so a damaged bundle fails loudly rather than misleading a reader.
 */
export function decodeDataset(input: unknown): Dataset {
  const compact = CompactDataset.parse(input);
  const ids = compact.a.map((x) => x[0]);
  const idAt = (i: number) => at(ids, i, 'authority');
  const authorities = compact.a.map((x): Authority => {
    const [
      id,
      name,
      shortName,
      aliases,
      ambiguous,
      urn,
      dfeCode,
      gss,
      type,
      region,
      neighbours,
      page,
      abolished,
      successors,
      predecessors,
      domain,
    ] = x;
    return {
      id,
      name,
      shortName,
      aliases,
      ...(ambiguous === null ? {} : { ambiguousAliases: ambiguous }),
      urn,
      dfeCode,
      gss,
      type: at(AUTHORITY_TYPES, type, 'authority type'),
      region: at(REGIONS, region, 'region'),
      statisticalNeighbours: neighbours.map(idAt),
      ofstedPage: page === 1 ? PROVIDER_PAGE + (urn ?? '') : page,
      abolished,
      successors: successors.map(idAt),
      predecessors: predecessors.map(idAt),
      ...(domain === null ? {} : { domain }),
    };
  });
  const inspections = compact.i.map((x): Inspection => {
    const [authorityIndex, frameworkIndex, kindIndex, fieldworkStart, fieldworkEnd, published, letters, url, source, id] = x;
    const authority = idAt(authorityIndex);
    const framework = at(FRAMEWORK_NAMES, frameworkIndex, 'framework');
    return {
      id: id ?? `${authority}-${published}`,
      authority,
      framework,
      kind: at(KINDS, kindIndex, 'kind'),
      fieldworkStart,
      fieldworkEnd,
      published,
      judgements: decodeJudgements(framework, letters),
      url: /^https?:/.test(url) ? url : REPORT_HOST + url,
      source:
        source === 0
          ? { kind: 'report' }
          : source[0] === 1
            ? { kind: 'curated', citation: source[1] }
            : { kind: 'unverified', note: source[1] },
    };
  });
  const councilsNotInspected = compact.c.map((x): CouncilNotInspected => {
    const [id, name, shortName, aliases, ambiguous, nationIndex, inspectorate] = x;
    const nation = at(NATIONS, nationIndex, 'nation');
    return {
      id,
      name,
      shortName,
      aliases,
      ...(ambiguous === null ? {} : { ambiguousAliases: ambiguous }),
      nation,
      inspectorate: inspectorate ?? INSPECTORATES[nation],
    };
  });
  const events = compact.e?.map(([authorityIndex, kindIndex, published, url]): InspectionEvent => ({
    authority: idAt(authorityIndex),
    kind: at(EVENT_KINDS, kindIndex, 'event kind'),
    published,
    url: /^https?:/.test(url) ? url : REPORT_HOST + url,
  }));
  return Dataset.parse({ asOf: compact.asOf, authorities, inspections, councilsNotInspected, ...(events ? { events } : {}) });
}
