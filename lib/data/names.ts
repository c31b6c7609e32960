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

/**
 * The fewest lower-case strings such that any of `names` occurring in a text (compared
 * case-insensitively) means at least one of them occurs in the lower-cased text: a name
 * is dropped when a shorter kept string is part of it ("kent" covers "kent county council").
 * A page none of these occur in names no authority; a hit only means "look closer".
 */
export function prefilterNeedles(names: readonly string[]): string[] {
  const lower = [...new Set(names.map((name) => name.toLowerCase()))].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const name of lower) {
    if (!kept.some((needle) => name.includes(needle))) kept.push(name);
  }
  return kept.sort();
}
