/**
 * Questions asked of the dataset, answered from an index built once per Dataset:
 * authorities by id, GSS code or name; an authority's inspections; the inspection in
 * force on a date; successors, predecessors and statistical neighbours.
 */
import {
  GRADES,
  type Authority,
  type CouncilNotInspected,
  type Dataset,
  type Grade,
  type Inspection,
  type Judgement,
} from './schema';

/** A statistical neighbour and the inspection that speaks for it (latest, or in force on the date asked). */
export interface NeighbourRecord {
  authority: Authority;
  inspection: Inspection | null;
}

/** Answers about one Dataset; get it with `queriesFor(dataset)`. */
export interface DatasetQueries {
  readonly dataset: Dataset;
  /** The authority with this id. */
  authority(id: string): Authority | undefined;
  /** The authority with this ONS GSS code (e.g. "E10000015"). */
  authorityByGss(gss: string): Authority | undefined;
  /**
   * Authorities whose name, short name or alias is exactly `name` (case-insensitive,
   * spaces collapsed); ambiguous aliases are not matched. Current authorities first.
   * Several only when a predecessor shares a name with its successor ("Dorset").
   */
  authoritiesByName(name: string): Authority[];
  /**
   * The one authority `name` names: the one that existed on `onDate` when given (a
   * successor exists from its predecessors' abolition), else the current one. When none
   * existed on the date, the first match (current before abolished): an abolished one's
   * children's services are now its `successorsOf`.
   */
  authorityByName(name: string, onDate?: string): Authority | undefined;
  /** Whether the authority existed on the ISO date (abolished after it; successors from their predecessors' abolition). */
  existedOn(authority: Authority, date: string): boolean;
  /** The council not inspected by Ofsted with this id. */
  councilNotInspected(id: string): CouncilNotInspected | undefined;
  /** Councils not inspected whose name, short name or alias is exactly `name` (case-insensitive). */
  councilsNotInspectedByName(name: string): CouncilNotInspected[];
  /** The inspection with this id. */
  inspection(id: string): Inspection | undefined;
  /** The authority's inspections, newest first (empty for an unknown id). */
  inspectionsOf(authorityId: string): readonly Inspection[];
  /** The authority's most recently published inspection. */
  latestInspection(authorityId: string): Inspection | undefined;
  /**
   * The inspection in force on an ISO date: the latest published on or before it. With
   * `judgement`, the latest one that gave that judgement a grade (so an ILACS 2026
   * inspection, which has no overall judgement, leaves the previous overall grade in force).
   */
  inspectionInForce(authorityId: string, date: string, judgement?: Judgement): Inspection | undefined;
  /** The grade of a judgement in force on a date, with the inspection that gave it. */
  gradeInForce(authorityId: string, date: string, judgement: Judgement): { grade: Grade; inspection: Inspection } | undefined;
  /** The first inspection published after the given one for the same authority. */
  nextInspection(inspection: Inspection): Inspection | undefined;
  /** The authorities that took over its children's services. */
  successorsOf(authorityId: string): Authority[];
  /** The authorities it took over from. */
  predecessorsOf(authorityId: string): Authority[];
  /** Its statistical neighbours, closest first, each with its latest inspection (or the one in force on `date`). */
  statisticalNeighbours(authorityId: string, date?: string): NeighbourRecord[];
}

const GRADE_SET: ReadonlySet<string> = new Set(GRADES);

/** Lower-cases and collapses whitespace: how names are compared for exact lookups. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildQueries(dataset: Dataset): DatasetQueries {
  const byId = new Map(dataset.authorities.map((a) => [a.id, a]));
  const byGss = new Map(dataset.authorities.map((a) => [a.gss, a]));
  const byName = new Map<string, Authority[]>();
  for (const authority of dataset.authorities) {
    const names = new Set([authority.name, authority.shortName, ...authority.aliases].map(normaliseName));
    for (const name of names) pushTo(byName, name, authority);
  }
  for (const list of byName.values()) list.sort((a, b) => (a.abolished === null ? 0 : 1) - (b.abolished === null ? 0 : 1));
  const councils = new Map(dataset.councilsNotInspected.map((c) => [c.id, c]));
  const councilsByName = new Map<string, CouncilNotInspected[]>();
  for (const council of dataset.councilsNotInspected) {
    const names = new Set([council.name, council.shortName, ...council.aliases].map(normaliseName));
    for (const name of names) pushTo(councilsByName, name, council);
  }
  const inspections = new Map(dataset.inspections.map((i) => [i.id, i]));
  const byAuthority = new Map<string, Inspection[]>();
  for (const inspection of dataset.inspections) pushTo(byAuthority, inspection.authority, inspection);
  for (const list of byAuthority.values()) list.sort((a, b) => (a.published < b.published ? 1 : a.published > b.published ? -1 : 0));

  const lookup = (ids: readonly string[]) => ids.map((id) => byId.get(id)).filter((a): a is Authority => a !== undefined);
  const inspectionsOf = (id: string): readonly Inspection[] => byAuthority.get(id) ?? [];
  const existedOn = (authority: Authority, date: string): boolean => {
    if (authority.abolished !== null && date >= authority.abolished) return false;
    return lookup(authority.predecessors).every((p) => p.abolished === null || date >= p.abolished);
  };
  const gradeOf = (inspection: Inspection, judgement: Judgement): Grade | undefined => {
    const value = inspection.judgements[judgement];
    return value !== undefined && GRADE_SET.has(value) ? (value as Grade) : undefined;
  };
  const inspectionInForce = (authorityId: string, date: string, judgement?: Judgement) =>
    inspectionsOf(authorityId).find(
      (i) => i.published <= date && (judgement === undefined || gradeOf(i, judgement) !== undefined),
    );

  return {
    dataset,
    authority: (id) => byId.get(id),
    authorityByGss: (gss) => byGss.get(gss),
    authoritiesByName: (name) => [...(byName.get(normaliseName(name)) ?? [])],
    authorityByName(name, onDate) {
      const found = byName.get(normaliseName(name)) ?? [];
      if (onDate === undefined) return found[0];
      return found.find((a) => existedOn(a, onDate)) ?? found[0];
    },
    existedOn,
    councilNotInspected: (id) => councils.get(id),
    councilsNotInspectedByName: (name) => [...(councilsByName.get(normaliseName(name)) ?? [])],
    inspection: (id) => inspections.get(id),
    inspectionsOf,
    latestInspection: (id) => inspectionsOf(id)[0],
    inspectionInForce,
    gradeInForce(authorityId, date, judgement) {
      const inspection = inspectionInForce(authorityId, date, judgement);
      const grade = inspection && gradeOf(inspection, judgement);
      return inspection && grade ? { grade, inspection } : undefined;
    },
    nextInspection(inspection) {
      const list = inspectionsOf(inspection.authority);
      const at = list.findIndex((i) => i.id === inspection.id);
      return at > 0 ? list[at - 1] : undefined;
    },
    successorsOf: (id) => lookup(byId.get(id)?.successors ?? []),
    predecessorsOf: (id) => lookup(byId.get(id)?.predecessors ?? []),
    statisticalNeighbours: (id, date) =>
      lookup(byId.get(id)?.statisticalNeighbours ?? []).map((authority) => ({
        authority,
        inspection: (date === undefined ? inspectionsOf(authority.id)[0] : inspectionInForce(authority.id, date)) ?? null,
      })),
  };
}

const cache = new WeakMap<Dataset, DatasetQueries>();

/** The queries for a Dataset, built on first use and kept for as long as the Dataset lives. */
export function queriesFor(dataset: Dataset): DatasetQueries {
  let queries = cache.get(dataset);
  if (!queries) {
    queries = buildQueries(dataset);
    cache.set(dataset, queries);
  }
  return queries;
}
