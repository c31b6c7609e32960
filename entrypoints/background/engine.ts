/**
 * The background's engine: the bundled dataset, its engine index and its search,
 * built once on first use (the service worker may be restarted at any time).
 */
import type { Dataset } from '@/lib/data/schema';
import type { Analysis, ArticleContext } from '@/lib/engine/types';
import type { SearchHit } from '@/lib/messaging';
import { analyse, buildEngineIndex } from '@/lib/engine';
import { createSearch } from '@/lib/data/search';
import { getDataset } from '@/lib/data/bundled';

export interface Engine {
  dataset: Dataset;
  analyse(text: string, context: ArticleContext): Analysis;
  search(query: string): SearchHit[];
}

/** Builds the engine from a dataset. */
export function createEngine(dataset: Dataset): Engine {
  const index = buildEngineIndex(dataset);
  const search = createSearch(dataset);
  return {
    dataset,
    analyse: (text, context) => analyse(text, context, index),
    search: (query) =>
      search(query, 12).map((hit) => ({
        id: hit.id,
        kind: hit.kind,
        name: hit.name,
        matched: hit.matched !== hit.name && hit.matched !== hit.shortName ? hit.matched : null,
        inspectorate: hit.inspectorate,
        abolished: hit.abolished,
      })),
  };
}

/** The bundled dataset's engine, built on first call. */
export function loadEngine(): () => Engine {
  let engine: Engine | undefined;
  return () => (engine ??= createEngine(getDataset()));
}
