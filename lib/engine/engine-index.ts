/**
 * The engine's view of a dataset, built once: the name trie, authorities and
 * councils by id, each authority's inspections in date order, and its confusable
 * neighbours by name.
 */
import type { Authority, CouncilNotInspected, Dataset, Inspection } from '../data/schema';
import { lookupFor } from '../data/lookup';
import { confusablesOf } from './confusable';
import { buildTrie, type NameTrie } from './matcher';
import { nameForms } from './names';

/** Everything `analyse` needs, prepared from a Dataset by `buildEngineIndex`. */
export interface EngineIndex {
  asOf: string;
  /** Earliest publication date of any inspection held. */
  coverageStart: string | null;
  trie: NameTrie;
  authorities: ReadonlyMap<string, Authority>;
  councilsNotInspected: ReadonlyMap<string, CouncilNotInspected>;
  /** Each authority's inspections, oldest first. */
  inspections: ReadonlyMap<string, readonly Inspection[]>;
  /** Authorities whose names are easily confused with each one's, closest first. */
  confusables: ReadonlyMap<string, readonly string[]>;
}

/** Prepares a dataset for analysis. Cost grows with the dataset; call it once. */
export function buildEngineIndex(dataset: Dataset): EngineIndex {
  const { authorities, councilsNotInspected, oldestFirst: inspections } = lookupFor(dataset);
  const dates = dataset.inspections.map((i) => i.published).sort();
  return {
    asOf: dataset.asOf,
    coverageStart: dates[0] ?? null,
    trie: buildTrie(nameForms(dataset)),
    authorities,
    councilsNotInspected,
    inspections,
    confusables: confusablesOf(dataset.authorities),
  };
}
