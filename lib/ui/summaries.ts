/**
 * The small record summaries the cards and the popup show, built from the dataset
 * in the background (so the content script never needs the dataset).
 */
import type { Authority, CouncilNotInspected, Dataset, Grade, Inspection } from '../data/schema';
import { lookupFor } from '../data/lookup';
import { GRADES } from '../data/vocabulary';

const GRADE_SET: ReadonlySet<string> = new Set(GRADES);
import type { Analysis } from '../engine/types';
import type { AnalyseResponse, AuthorityHistory, AuthoritySummary, InspectionSummary } from '../messaging';

/** Lookups over a dataset, built once. */
export interface RecordIndex {
  dataset: Dataset;
  authorities: ReadonlyMap<string, Authority>;
  councils: ReadonlyMap<string, CouncilNotInspected>;
  /** Each authority's inspections, newest first. */
  inspections: ReadonlyMap<string, readonly Inspection[]>;
  inspectionsById: ReadonlyMap<string, Inspection>;
}

/** Builds the lookups for `summarise*` and `historyOf`. */
export function recordIndex(dataset: Dataset): RecordIndex {
  const lookup = lookupFor(dataset);
  return {
    dataset,
    authorities: lookup.authorities,
    councils: lookup.councilsNotInspected,
    inspections: lookup.newestFirst,
    inspectionsById: lookup.inspectionsById,
  };
}

/** An inspection as a card or chip row needs it. */
export function summariseInspection(inspection: Inspection): InspectionSummary {
  return {
    id: inspection.id,
    published: inspection.published,
    framework: inspection.framework,
    judgements: { ...inspection.judgements },
    url: inspection.url,
    unverified: inspection.source.kind === 'unverified',
  };
}

/** An authority or council-not-inspected by id, with its newest report; undefined for unknown ids. */
export function summariseAuthority(index: RecordIndex, id: string): AuthoritySummary | undefined {
  const authority = index.authorities.get(id);
  if (authority) {
    const list = index.inspections.get(id) ?? [];
    const latest = list[0];
    // Newest first: the first verified report with an overall grade a reader can quote.
    const graded = list.find((i) => i.source.kind !== 'unverified' && GRADE_SET.has(i.judgements.overall ?? ''));
    return {
      kind: 'authority',
      id,
      name: authority.name,
      shortName: authority.shortName,
      latest: latest ? summariseInspection(latest) : null,
      lastGraded: graded ? { grade: graded.judgements.overall as Grade, published: graded.published } : null,
      ofstedPage: authority.ofstedPage,
      abolished: authority.abolished,
    };
  }
  const council = index.councils.get(id);
  if (council) {
    return { kind: 'not_inspected', id, name: council.name, shortName: council.shortName, inspectorate: council.inspectorate };
  }
  return undefined;
}

/** The engine's analysis with every authority and inspection it refers to, summarised. */
export function withRecords(index: RecordIndex, analysis: Analysis): AnalyseResponse {
  const authorities: Record<string, AuthoritySummary> = {};
  const inspections: Record<string, InspectionSummary> = {};
  const addAuthority = (id: string) => {
    if (authorities[id]) return;
    const summary = summariseAuthority(index, id);
    if (summary) authorities[id] = summary;
  };
  const addInspection = (id: string | undefined) => {
    if (!id || inspections[id]) return;
    const inspection = index.inspectionsById.get(id);
    if (inspection) inspections[id] = summariseInspection(inspection);
  };
  for (const mention of analysis.mentions) addAuthority(mention.id);
  for (const claim of analysis.claims) {
    addAuthority(claim.authority);
    if (claim.suggestion) addAuthority(claim.suggestion.authority);
    addInspection(claim.inspection?.id);
    addInspection(claim.supersededBy?.id);
  }
  return { analysis, authorities, inspections, asOf: index.dataset.asOf };
}

/** An authority's full record for the popup's History view; null for unknown ids. */
export function historyOf(index: RecordIndex, id: string): AuthorityHistory | null {
  const authority = index.authorities.get(id);
  if (!authority) return null;
  const named = (ids: readonly string[]) =>
    ids.flatMap((other) => {
      const a = index.authorities.get(other);
      return a ? [{ id: a.id, name: a.name }] : [];
    });
  return {
    authority,
    inspections: [...(index.inspections.get(id) ?? [])],
    events: (index.dataset.events ?? []).filter((e) => e.authority === id).sort((a, b) => b.published.localeCompare(a.published)),
    predecessors: named(authority.predecessors),
    successors: named(authority.successors),
    neighbours: authority.statisticalNeighbours.flatMap((other) => {
      const a = index.authorities.get(other);
      if (!a) return [];
      const latest = index.inspections.get(other)?.[0];
      return [{ id: a.id, name: a.name, latest: latest ? summariseInspection(latest) : null }];
    }),
  };
}
