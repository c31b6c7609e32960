/**
 * Cases the benchmarks' parity check and the fuzz tests found, kept so they stay fixed.
 * Run on the real dataset (seeds/), as the extension ships it.
 */
import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../lib/data/load';
import { analyse, buildEngineIndex } from '../../lib/engine/index';

const index = buildEngineIndex(loadSeeds('seeds'));
const mentioned = (text: string) => analyse(text, { published: '2024-06-01' }, index).mentions.map((m) => `${m.id}=${m.text}`);

describe('regressions found by the matcher parity check (scripts/bench/matcher.ts)', () => {
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
