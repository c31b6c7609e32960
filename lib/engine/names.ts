/**
 * Every way people write an authority's name, derived from the dataset: official
 * name, short name, aliases, and the regular council forms built from the short
 * name and the aliases ("X Council", "X County Council", "London Borough of X"...).
 */
import type { Dataset } from '../data/schema';

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
  /** When the authority was abolished (null if current): a name shared with a successor goes by the article's date. */
  abolished: string | null;
  /** Also commonly means something else ("Reading", "Richmond"): a mention only with context. */
  ambiguous: boolean;
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
const PREFIXES = ['London Borough of', 'Royal Borough of', 'City of'];

/** An abbreviation like "BCP" or "RBKC": matched case-sensitively. */
export function isAbbreviation(name: string): boolean {
  return /^[A-Z&]{2,6}$/.test(name);
}

interface Named {
  id: string;
  name: string;
  shortName: string;
  aliases: readonly string[];
  ambiguousAliases?: readonly string[] | undefined;
}

function formsOf(x: Named, notInspected: boolean, abolished: string | null): NameForm[] {
  const forms: NameForm[] = [];
  const ambiguousNames = new Set(x.ambiguousAliases ?? []);
  const add = (text: string, priority: number, ambiguous: boolean): void => {
    const caseMode: CaseMode = isAbbreviation(text) ? 'exact' : 'capitalised';
    forms.push({ text, id: x.id, notInspected, caseMode, priority, abolished, ambiguous });
  };
  const names = [x.name, x.shortName, ...x.aliases, ...ambiguousNames];
  for (const name of new Set(names)) add(name, 2, ambiguousNames.has(name));
  const bases = [x.shortName, ...x.aliases, ...ambiguousNames];
  for (const base of new Set(bases)) {
    if (
      isAbbreviation(base) ||
      /\b(?:council|trust|children)\b/i.test(base) ||
      /^(?:London Borough|Royal Borough|Borough|City|County|Council) of\b/i.test(base)
    )
      continue;
    for (const suffix of SUFFIXES) add(`${base} ${suffix}`, 1, false);
    for (const prefix of PREFIXES) add(`${prefix} ${base}`, 1, false);
  }
  return forms;
}

/** Every name form for every authority and council-not-inspected in a dataset. */
export function nameForms(dataset: Pick<Dataset, 'authorities' | 'councilsNotInspected'>): NameForm[] {
  const forms: NameForm[] = [];
  for (const a of dataset.authorities) forms.push(...formsOf(a, false, a.abolished));
  for (const c of dataset.councilsNotInspected) forms.push(...formsOf(c, true, null));
  return forms;
}
