/**
 * The words of authorities' names that say what kind of council it is, not which: one list for
 * the name forms (names.ts) and the prefilter's choice of a name's distinctive word (prefilter.ts).
 */
/** Words of a name that may be written in any case ("Hertfordshire council", "Kingston Upon Hull"). */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'council',
  'county',
  'city',
  'borough',
  'metropolitan',
  'district',
  'of',
  'upon',
  'on',
  'under',
  'and',
  'the',
  'le',
  'in',
  'royal',
  'london',
]);
