/**
 * The name list a content script needs for a cheap first look at a page ("could any
 * authority or council be named here?") without loading the whole dataset.
 */
import type { Dataset } from './schema.ts';

/**
 * Every name, short name, alias and ambiguous alias of every authority (current and
 * abolished) and every council not inspected, as written, deduplicated and sorted.
 */
export function datasetNames(dataset: Pick<Dataset, 'authorities' | 'councilsNotInspected'>): string[] {
  const names = new Set<string>();
  for (const entity of [...dataset.authorities, ...dataset.councilsNotInspected]) {
    for (const name of [entity.name, entity.shortName, ...entity.aliases, ...(entity.ambiguousAliases ?? [])]) names.add(name);
  }
  return [...names].sort();
}
