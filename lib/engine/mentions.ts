/**
 * Authority mentions: name matches, minus the ones that name something else
 * ("Sutton Coldfield", "Kent Street", "Richmond, North Yorkshire", "Reading the report").
 */
import type { Authority } from '../data/schema';
import type { Mention } from './types';
import { locateNames, matchNames, type LocatedMatch, type NameMatch, type NameTrie } from './matcher';
import { isAbbreviation } from './names';
import { lowerWord, type Token } from './normalise';

/** Capitalised words that, after a one-word name, make it part of another place or thing. */
const PLACE_WORDS = new Set([
  'street',
  'road',
  'avenue',
  'lane',
  'way',
  'close',
  'drive',
  'square',
  'crescent',
  'terrace',
  'place',
  'gardens',
  'park',
  'coldfield',
  'pagnell',
  'st',
  'festival',
  'fc',
  'united',
  'rovers',
  'wanderers',
  'athletic',
  'albion',
  'hospital',
  'station',
  'airport',
  'cathedral',
  'prison',
  'bridge',
  'green',
  'common',
  'heath',
  'hill',
  'vale',
  'valley',
  'beach',
  'town',
  'city',
  'county',
  'castle',
  'abbey',
  'magna',
  'regis',
  'marina',
  'harbour',
  'port',
  'quay',
  'wharf',
  'market',
  'village',
]);
/** Joining words of compound place names ("Newcastle under Lyme", "Weston super Mare"). */
const PLACE_JOINERS = new Set(['upon', 'under', 'super', 'le']);
/** Words after which a capitalised sentence-initial word is a verb ("Reading the report"). */
const OBJECT_WORDS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'its',
  'it',
  'them',
  'him',
  'me',
  'us',
  'through',
  'about',
  'between',
  'up',
  'down',
  'into',
  'over',
]);

/** What the mention filters need to know about an authority. */
export type AuthorityInfo = Pick<Authority, 'type' | 'region'>;

function atSentenceStart(text: string, pos: number): boolean {
  for (let k = pos - 1; k >= 0; k--) {
    const ch = text[k] as string;
    if (/\s/.test(ch) || /["'\u2018\u201c(*#-]/.test(ch)) {
      if (ch === '\n') return true;
      continue;
    }
    return /[.!?:]/.test(ch);
  }
  return true;
}

function namesSomethingElse(text: string, tokens: readonly Token[], m: NameMatch): boolean {
  if (m.firstToken !== m.lastToken || isAbbreviation(m.form.text)) return false;
  const next = tokens[m.lastToken + 1];
  if (!next || !next.spaceBefore) return false;
  // A line break ends the name's phrase: "Middlesbrough\nSt Helens" is two names, not a street.
  if (/[\n\r\u2028\u2029]/.test(text.slice(m.end, next.start))) return false;
  const nextWord = lowerWord(text, next);
  const after = tokens[m.lastToken + 2];
  // "Staffordshire and Devon County Councils": two councils' names sharing their last words.
  if (next.upper && nextWord === 'county' && after && /^councils$/i.test(text.slice(after.start, after.end))) return false;
  if (next.upper && PLACE_WORDS.has(nextWord)) return true;
  if (PLACE_JOINERS.has(nextWord) && after?.upper && after.spaceBefore) return true;
  return !next.upper && OBJECT_WORDS.has(nextWord) && atSentenceStart(text, m.start);
}

/**
 * Drops "Richmond" in "Richmond, North Yorkshire": a one-word name directly followed
 * by ", <an English authority>" in another region (or a non-English council followed
 * by an English authority) names a town there, unless the two begin a list.
 */
function townInCounty(
  text: string,
  m: NameMatch,
  next: NameMatch | undefined,
  after: NameMatch | undefined,
  info: (id: string) => AuthorityInfo | undefined,
): boolean {
  if (!next || m.firstToken !== m.lastToken || next.form.notInspected) return false;
  if (!/^,[ \t\u00a0]*$/.test(text.slice(m.end, next.start))) return false;
  if (after && /^\s*(?:,|and|or|&)\s*$/.test(text.slice(next.end, after.start))) return false;
  if (m.form.notInspected) return true;
  const a = info(m.form.id);
  const b = info(next.form.id);
  if (!a || !b || a.type === 'county') return false;
  return a.region !== b.region;
}

/** Words that show a paragraph is about a council or its children's services. */
const COUNCIL_CONTEXT =
  /\b(?:councils?|council's|local authority|children['\u2019]s services|social care|social workers?|Ofsted|borough|county|inspect\w*|safeguarding)\b/i;

/**
 * An ambiguous name ("Reading", "Richmond") counts when the text also names the same
 * authority unambiguously, or when its paragraph is about councils or children's services.
 */
function ambiguousBacked(text: string, m: NameMatch, all: readonly NameMatch[]): boolean {
  if (all.some((o) => o.form.id === m.form.id && !o.form.ambiguous)) return true;
  const from = Math.max(text.lastIndexOf('\n\n', m.start), m.start - 200, 0);
  let to = text.indexOf('\n\n', m.end);
  if (to < 0 || to > m.end + 200) to = Math.min(text.length, m.end + 200);
  return COUNCIL_CONTEXT.test(text.slice(from, to));
}

/** Applies the mention rules to located matches. */
function mentionsOf(text: string, located: readonly LocatedMatch[], info: (id: string) => AuthorityInfo | undefined): Mention[] {
  const kept = located.filter((l) => !namesSomethingElse(text, l.tokens, l.match)).map((l) => l.match);
  const matches = kept.filter((m) => !m.form.ambiguous || ambiguousBacked(text, m, kept));
  const out: Mention[] = [];
  matches.forEach((m, k) => {
    if (townInCounty(text, m, matches[k + 1], matches[k + 2], info)) return;
    out.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), id: m.form.id, notInspected: m.form.notInspected });
  });
  return out;
}

/** Every authority and council-not-inspected mention in an already tokenised text, in order. */
export function findMentions(
  text: string,
  tokens: readonly Token[],
  trie: NameTrie,
  info: (id: string) => AuthorityInfo | undefined,
  date: string | null = null,
): Mention[] {
  return mentionsOf(
    text,
    matchNames(text, tokens, trie, date).map((match) => ({ match, tokens })),
    info,
  );
}

/**
 * Every authority and council-not-inspected mention in the text, in order: the same
 * result as `findMentions(text, tokenise(text), ...)`, without tokenising the whole text.
 */
export function scanMentions(
  text: string,
  trie: NameTrie,
  info: (id: string) => AuthorityInfo | undefined,
  date: string | null = null,
): Mention[] {
  return mentionsOf(text, locateNames(text, trie, date), info);
}
