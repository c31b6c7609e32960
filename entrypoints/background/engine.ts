/**
 * TEMPORARY adapter until lib/engine's analyse and lib/data/bundled land: fixture dataset, mentions only.
 */
import type { Dataset } from '@/lib/data/schema';
import type { Analysis, ArticleContext } from '@/lib/engine/types';
import type { SearchHit } from '@/lib/messaging';
import { buildEngineIndex } from '@/lib/engine/engine-index';
import { findMentions } from '@/lib/engine/mentions';
import { tokenise } from '@/lib/engine/normalise';
import { createSearch } from '@/lib/data/search';
import { getDataset } from '@/lib/data/bundled';

export interface Engine {
  dataset: Dataset;
  analyse(text: string, context: ArticleContext): Analysis;
  search(query: string): SearchHit[];
}

export function loadEngine(): () => Engine {
  let engine: Engine | undefined;
  return () => {
    if (engine) return engine;
    const dataset = getDataset();
    const index = buildEngineIndex(dataset);
    const search = createSearch(dataset);
    engine = {
      dataset,
      analyse: (text, context) => ({
        published: { date: context.published ?? null, source: context.published ? 'metadata' : 'none' },
        mentions: findMentions(text, tokenise(text), index.trie, (id) => index.authorities.get(id)),
        claims: [],
      }),
      search: (query) =>
        search(query, 12).map((hit) => ({
          id: hit.id,
          kind: hit.kind === 'authority' ? 'authority' : 'not_inspected',
          name: hit.name,
          matched: hit.matched !== hit.name ? hit.matched : null,
          inspectorate: hit.inspectorate,
          abolished: hit.abolished,
        })),
    };
    return engine;
  };
}
