import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, buildEngineIndex, buildNameMatcher } from '../../lib/engine/index';
import { loadSeeds } from '../../tools/data/load';
import { findMentions, scanMentions } from '../../lib/engine/mentions';
import { tokenise } from '../../lib/engine/normalise';
import { fixtureDataset } from '../fixtures/dataset';

const index = buildEngineIndex(fixtureDataset);
const names = fixtureDataset.authorities.flatMap((a) => [a.name, a.shortName, ...a.aliases]);
const matcher = buildNameMatcher(names);

/** Pieces adversarial text is built from: names, grade words, invisible and odd characters. */
const pieces = fc.constantFrom(
  'Hertfordshire',
  'Herefordshire',
  'North Somerset',
  'Somerset',
  'Kingston upon Hull',
  'BCP',
  'Newport',
  'Reading',
  'County Council',
  '’s',
  "'s",
  ' rated ',
  ' judged ',
  'good',
  'outstanding',
  'requires improvement to be good',
  'inadequate',
  'adequate',
  'Ofsted',
  'the same grade',
  'overall effectiveness',
  'help and protection',
  'care leavers',
  ' ',
  '\n',
  '\n\n',
  '\u00a0',
  '\u200b',
  '\u00ad',
  '\ufeff',
  '\t',
  '.',
  ',',
  '‘',
  '’',
  '“',
  '”',
  '-',
  '–',
  '2023',
  '10 March 2023',
  'date ',
  '😀',
  '\ud800',
  'É',
  'ﬁ',
  'İ',
  'monitoring visit',
  'school',
  'Published: ',
);
const adversarial = fc.array(pieces, { maxLength: 60 }).map((p) => p.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), adversarial);
const anyDate = fc.option(fc.constantFrom('2010-01-01', '2018-11-20', '2023-03-23', '2026-01-20', '2030-01-01'), { nil: null });

describe('engine properties', () => {
  it('never throws, and every offset slices back to the text it reports', () => {
    fc.assert(
      fc.property(anyText, anyDate, (text, published) => {
        const a = analyse(text, { published }, index);
        for (const s of [...a.mentions, ...a.claims]) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.start).toBeLessThan(s.end);
          expect(text.slice(s.start, s.end)).toBe(s.text);
        }
        for (const c of a.claims) expect(c.explanation.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('the prefilter never misses a text where the engine finds a mention', () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        const a = analyse(text, {}, index);
        if (a.mentions.some((m) => !m.notInspected)) expect(matcher.mayMentionAuthority(text)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the fast mention scan finds exactly what full tokenisation finds', () => {
    const info = (id: string) => index.authorities.get(id);
    fc.assert(
      fc.property(fc.oneof(adversarial, anyText), anyDate, (text, date) => {
        expect(scanMentions(text, index.trie, info, date)).toEqual(findMentions(text, tokenise(text), index.trie, info, date));
      }),
      { numRuns: 500 },
    );
  });

  it('the fast scan agrees with full tokenisation on the real dataset too', () => {
    const seeds = loadSeeds(new URL('../../seeds', import.meta.url).pathname);
    const real = buildEngineIndex(seeds);
    const info = (id: string) => real.authorities.get(id);
    const realNames = fc.constantFrom(
      ...seeds.authorities.flatMap((a) => [a.name, a.shortName, ...a.aliases, ...(a.ambiguousAliases ?? [])]),
    );
    const glue = fc.constantFrom(' ', ', ', '\n', '-', ' and ', '’s ', ' Street ', ' the ', '. ', ' under ', ' Council ', ' City ');
    const text = fc.array(fc.tuple(realNames, glue), { maxLength: 30 }).map((p) => p.map(([a, b]) => a + b).join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(scanMentions(t, real.trie, info)).toEqual(findMentions(t, tokenise(t), real.trie, info));
      }),
      { numRuns: 300 },
    );
  });

  it('copes with a huge input', () => {
    const para = 'Hertfordshire County Council’s children’s services were rated outstanding by Ofsted in 2023. Good news for all.\n\n';
    const text = para.repeat(4000);
    const started = performance.now();
    const a = analyse(text, { published: '2023-03-23' }, index);
    expect(a.mentions).toHaveLength(4000);
    expect(a.claims).toHaveLength(4000);
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
