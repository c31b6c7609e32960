/**
 * Every way people write an authority's name, derived from the dataset: official
 * name, short name, aliases, and the regular council forms built from the short
 * name and the aliases ("X Council", "X County Council", "London Borough of X"...).
 */
import type { Dataset } from '../data/schema';

/** Words of a name that may be written in any case ("Hertfordshire council", "Kingston Upon Hull"). */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'council', 'county', 'city', 'borough', 'metropolitan', 'district', 'of', 'upon', 'on', 'under',
  'and', 'the', 'le', 'in', 'royal', 'london',
]);

/** How strictly a name's case must match the text. */
export type CaseMode =
  /** Exactly as written: abbreviations such as "BCP", "RBKC". */
  | 'exact'
  /** Each non-generic word capitalised (or all capitals). */
  | 'capitalised';

/** One written form of a name and who it names. */
export interface NameForm {
  text: string;
  /** Authority id or council-not-inspected id. */
  id: string;
  notInspected: boolean;
  caseMode: CaseMode;
  /** Official names and listed aliases outrank forms the engine derives. */
  priority: number;
  /** Current authorities outrank abolished ones written the same way ("Dorset"). */
  current: boolean;
}

const SUFFIXES = [
  'Council',
  'County Council',
  'City Council',
  'Borough Council',
  'Metropolitan Borough Council',
  'Metropolitan District Council',
  'Unitary Council',
];
const PREFIXES = ['London Borough of', 'Royal Borough of', 'City of', 'Council of the City of'];

/** An abbreviation like "BCP" or "RBKC": matched case-sensitively. */
export function isAbbreviation(name: string): boolean {
  return /^[A-Z&]{2,6}$/.test(name);
}

function formsOf(
  id: string,
  names: readonly string[],
  bases: readonly string[],
  notInspected: boolean,
  current: boolean,
): NameForm[] {
  const forms: NameForm[] = [];
  const add = (text: string, priority: number): void => {
    const caseMode: CaseMode = isAbbreviation(text) ? 'exact' : 'capitalised';
    forms.push({ text, id, notInspected, caseMode, priority, current });
  };
  for (const name of names) add(name, 2);
  for (const base of bases) {
    if (isAbbreviation(base) || /\bcouncil\b/i.test(base)) continue;
    for (const suffix of SUFFIXES) add(`${base} ${suffix}`, 1);
    for (const prefix of PREFIXES) add(`${prefix} ${base}`, 1);
  }
  return forms;
}

/** Every name form for every authority and council-not-inspected in a dataset. */
export function nameForms(dataset: Pick<Dataset, 'authorities' | 'councilsNotInspected'>): NameForm[] {
  const forms: NameForm[] = [];
  for (const a of dataset.authorities) {
    const names = [a.name, a.shortName, ...a.aliases];
    forms.push(...formsOf(a.id, names, [a.shortName, ...a.aliases], false, a.abolished === null));
  }
  for (const c of dataset.councilsNotInspected) {
    const names = [c.name, c.shortName, ...c.aliases];
    forms.push(...formsOf(c.id, names, [c.shortName, ...c.aliases], true, true));
  }
  return forms;
}
