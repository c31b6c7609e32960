/**
 * The one lookup over a dataset: authorities, councils Ofsted does not inspect and
 * inspections by id, and each authority's inspections in date order. Built once per
 * Dataset (and kept as long as it lives); the engine's index and the views' summaries
 * build on it.
 */
import type { Authority, CouncilNotInspected, Dataset, Inspection } from './schema';

export interface DatasetLookup {
  authorities: ReadonlyMap<string, Authority>;
  councilsNotInspected: ReadonlyMap<string, CouncilNotInspected>;
  inspectionsById: ReadonlyMap<string, Inspection>;
  /** Each authority's inspections, oldest first (same-day reports in the dataset's order). */
  oldestFirst: ReadonlyMap<string, readonly Inspection[]>;
  /** Each authority's inspections, newest first (same-day reports in the dataset's order). */
  newestFirst: ReadonlyMap<string, readonly Inspection[]>;
}

const cache = new WeakMap<Dataset, DatasetLookup>();

/** The lookup for `dataset`, built on first use. */
export function lookupFor(dataset: Dataset): DatasetLookup {
  let lookup = cache.get(dataset);
  if (!lookup) {
    const byAuthority = new Map<string, Inspection[]>();
    for (const inspection of dataset.inspections) {
      let list = byAuthority.get(inspection.authority);
      if (!list) byAuthority.set(inspection.authority, (list = []));
      list.push(inspection);
    }
    const sorted = (order: 1 | -1) =>
      new Map([...byAuthority].map(([id, list]) => [id, [...list].sort((a, b) => order * a.published.localeCompare(b.published))]));
    lookup = {
      authorities: new Map(dataset.authorities.map((a) => [a.id, a])),
      councilsNotInspected: new Map(dataset.councilsNotInspected.map((c) => [c.id, c])),
      inspectionsById: new Map(dataset.inspections.map((i) => [i.id, i])),
      oldestFirst: sorted(1),
      newestFirst: sorted(-1),
    };
    cache.set(dataset, lookup);
  }
  return lookup;
}
