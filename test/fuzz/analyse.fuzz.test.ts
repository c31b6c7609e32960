/**
 * Property tests of the engine on the real dataset (seeds/): random article-like texts
 * with real authority names and grade phrases inserted, written in awkward ways
 * (possessives, line breaks, zero-width characters, right-to-left text, emoji).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../tools/data/load';
import { analyse, buildEngineIndex } from '../../lib/engine/index';

const dataset = loadSeeds('seeds');
const index = buildEngineIndex(dataset);
const ambiguous = new Set(dataset.authorities.flatMap((a) => a.ambiguousAliases ?? []));
/** Current authorities' official and short names that mean nothing else. */
const plainNames = dataset.authorities
  .filter((a) => a.abolished === null)
  .flatMap((a) => [a.name, a.shortName].map((name) => ({ id: a.id, name })))
  .filter((n) => !ambiguous.has(n.name));

const anyName = fc.constantFrom(...plainNames.map((n) => n.name), ...ambiguous, 'BCP', 'RBKC', 'Herts', 'Hertfordshire');
const words = fc.constantFrom(
  'the',
  'council',
  'said',
  'children',
  'services',
  'were',
  'rated',
  'judged',
  'by',
  'Ofsted',
  'in',
  'its',
  'latest',
  'inspection',
  'report',
  'good',
  'outstanding',
  'inadequate',
  'requires improvement to be good',
  'requires improvement',
  'overall effectiveness',
  'care leavers',
  'previously',
  'now',
  'still',
  'last year',
  'in 2019',
  'March 2023',
  'Reading',
  'the',
  'was',
  'is',
  'not',
  'monitoring visit',
);
const oddities = fc.constantFrom(
  "'s",
  '’s',
  '\n',
  '\n\n',
  '\r\n',
  '\u00a0',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u202e',
  '\u202c',
  '\u200f',
  'مجلس',
  'עירייה',
  '😀',
  '👩‍👧',
  '🏳️‍🌈',
  '\ud83d',
  '\udc00',
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  '"',
  '“',
  '”',
  '(',
  ')',
  '-',
  '–',
  '—',
  '&',
  '/',
  '…',
  '\t',
  '  ',
);
/** A name as a careless or hostile page might write it. */
const mangledName = fc
  .tuple(anyName, fc.nat(), fc.constantFrom('\u200b', '\u00ad', '\ufeff', '\n', ' ', '😀', '\u202e'))
  .map(([name, at, insert]) => {
    const k = name.length > 1 ? 1 + (at % (name.length - 1)) : 0;
    return name.slice(0, k) + insert + name.slice(k);
  });
const piece = fc.oneof(
  { arbitrary: words, weight: 6 },
  { arbitrary: anyName, weight: 3 },
  { arbitrary: mangledName, weight: 1 },
  { arbitrary: oddities, weight: 2 },
);
const article = fc
  .array(fc.tuple(piece, fc.constantFrom(' ', ' ', ' ', '', '\n')), { maxLength: 120 })
  .map((parts) => parts.map(([p, sep]) => p + sep).join(''));
const anyDate = fc.option(fc.constantFrom('2009-06-01', '2014-01-01', '2019-07-15', '2023-03-23', '2026-11-01'), { nil: null });

describe('analyse on the real dataset (fuzz)', () => {
  it('never throws, and every mention and claim slices back to its text, in order and in bounds', () => {
    fc.assert(
      fc.property(article, anyDate, fc.option(article, { nil: null }), (text, published, title) => {
        const a = analyse(text, { published, title }, index);
        let last = -1;
        for (const m of a.mentions) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeGreaterThanOrEqual(last);
          last = m.end;
        }
        for (const c of a.claims) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(text.length);
          expect(c.start).toBeLessThan(c.end);
          expect(text.slice(c.start, c.end)).toBe(c.text);
          expect(c.explanation.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a plain name in a neutral sentence, also with a zero-width character or soft hyphen inside it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...plainNames),
        fc.constantFrom('', '\u200b', '\u00ad', '\u2060'),
        fc.nat(),
        fc.constantFrom('', "'s", '’s'),
        (named, invisible, at, possessive) => {
          const k = 1 + (at % (named.name.length - 1));
          const written = named.name.slice(0, k) + invisible + named.name.slice(k);
          // Skip a cut between two words: an invisible character there joins them, which is not a name.
          if (invisible && /[^\p{L}\p{N}]/u.test(named.name.slice(k - 1, k + 1))) return;
          const text = `Families said so. ${written}${possessive} plans were published on Monday.`;
          const found = analyse(text, { published: '2025-01-01' }, index).mentions;
          expect(found.map((m) => [m.id, m.text])).toContainEqual([named.id, written]);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
