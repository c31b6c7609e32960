/**
 * Cases the benchmarks' parity check and the fuzz tests found, kept so they stay fixed.
 * Run on the real dataset (seeds/), as the extension ships it.
 */
import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../tools/data/load';
import { datasetNames } from '../../lib/data/names';
import { analyse, buildEngineIndex, buildNameMatcher } from '../../lib/engine/index';

const index = buildEngineIndex(loadSeeds('seeds'));
const mentioned = (text: string) => analyse(text, { published: '2024-06-01' }, index).mentions.map((m) => `${m.id}=${m.text}`);

describe('regressions found by the matcher parity check (tools/bench/matcher.ts)', () => {
  it.each([
    // A name that writes a word in lower case ("with") matched only its first word, as the ambiguous "Blackburn".
    ['Officials at Blackburn with Darwen said the plan was ready.', 'Blackburn with Darwen'],
    ['Blackburn with Darwen Borough Council said the plan was ready.', 'Blackburn with Darwen Borough Council'],
    // A name with a comma matched only "Bournemouth" (the authority abolished in 2019).
    ['Staff at Bournemouth, Christchurch and Poole Council said the plan was ready.', 'Bournemouth, Christchurch and Poole Council'],
  ])('%s', (text, name) => {
    const found = mentioned(text);
    expect(found.map((m) => m.split('=')[1])).toEqual([name]);
  });

  it('a comma still separates two names that have none of their own', () => {
    expect(mentioned('Councils in Kent, Hertfordshire and Essex said so.').map((m) => m.split('=')[1])).toEqual([
      'Kent',
      'Hertfordshire',
      'Essex',
    ]);
  });
});

describe('regressions: names written with an ampersand', () => {
  it.each([
    ['Telford & Wrekin Council said the plan was ready.', 'Telford & Wrekin Council'],
    ['Staff at Barking & Dagenham said the plan was ready.', 'Barking & Dagenham'],
  ])('%s', (text, name) => {
    expect(mentioned(text).map((m) => m.split('=')[1])).toEqual([name]);
  });
});

/**
 * Found by test/fuzz/page.fuzz.test.ts (the annotator marked different things when a page
 * arrived in pieces). Reported to the engine's owner; `it.fails` documents the bug and
 * turns red once it is fixed, so the case can then become a plain `it`.
 */
describe('known engine bugs across a block break (fuzz seeds 1541100484, 1612550483)', () => {
  it('a one-word name at the end of a paragraph is not read with the next paragraph ("Middlesbrough" + "St Helens")', () => {
    // The walker joins blocks with "\n"; the "X Street" filter reads "Middlesbrough\nSt" as a street.
    expect(mentioned('Middlesbrough\nSt Helens Borough Council said the plan was ready.').map((m) => m.split('=')[1])).toEqual([
      'Middlesbrough',
      'St Helens Borough Council',
    ]);
  });

  it('a claim naming no authority is not given to one named only in the next paragraph', () => {
    const text =
      'Families said children’s services were rated good by Ofsted.\nLondon Borough of Barking and Dagenham children’s services were rated good by Ofsted.';
    const claims = analyse(text, { published: '2025-01-01' }, index).claims;
    expect(claims.filter((c) => c.start < text.indexOf('\n'))).toEqual([]);
  });
});

describe('known engine bug: a paragraph beginning in lower case (fuzz)', () => {
  it('a claim in a new paragraph is kept when the paragraph begins in lower case', () => {
    // The walker ends each block with "\n"; the sentence splitter runs on when the next block
    // begins in lower case, and the repeated claim is then dropped as a duplicate.
    const text =
      'London Borough of Croydon children’s services were rated good by Ofsted.\na new report says Croydon children’s services were rated good by Ofsted.';
    expect(analyse(text, { published: '2025-01-01' }, index).claims).toHaveLength(2);
  });
});

describe('regressions: the prefilter on the real dataset (found by tools/bench/page.ts)', () => {
  const dataset = loadSeeds('seeds');
  const names = datasetNames(dataset);
  const prefilter = buildNameMatcher(names);

  it('a page that only says "council" and "children" names no authority by that alone', () => {
    // "City of London Council" and "Slough Children First" made "council" and "children" trigger it,
    // so every local news page about councils went on to the engine.
    expect(prefilter.mayMentionAuthority("The council said children's services would get more money. Parents of children agreed.")).toBe(
      false,
    );
  });

  it('still lets through every name, short name and alias, as written and in capitals', () => {
    const missed = names.filter(
      (n) => !prefilter.mayMentionAuthority(`News: ${n} said so.`) || !prefilter.mayMentionAuthority(n.toUpperCase()),
    );
    expect(missed).toEqual([]);
  });
});
