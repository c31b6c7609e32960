import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNameMatcher } from '../../lib/engine/prefilter';

const matcher = buildNameMatcher([
  'Hertfordshire County Council',
  'Hertfordshire',
  'Herts',
  'London Borough of Barnet',
  'Barnet',
  'North Somerset',
  'BCP',
  'Isle of Wight',
]);

describe('prefilter', () => {
  it.each<[string, boolean]>([
    ['Nothing about councils here at all.', false],
    ['North and south, east and west; the London borough.', false],
    ['news from Hertfordshire’s schools', true],
    ['HERTS', true],
    ['in barnet today', true],
    ['north somerset', true],
    ['Wight', true],
    ['Hert\u200bfordshire', true],
    ['Hertfordshireshire', false],
    ['', false],
  ])('%j -> %s', (text, expected) => {
    expect(matcher.mayMentionAuthority(text)).toBe(expected);
  });

  it('an empty name list matches nothing', () => {
    expect(buildNameMatcher([]).mayMentionAuthority('Hertfordshire')).toBe(false);
  });

  it.each<[string[], boolean]>([
    [['Hert', 'fordshire'], true],
    [['Hert\u200b', 'fordshire'], true],
    [['Barnet', 'shire'], false],
    [['in ', 'Barnet'], true],
    [['Her', 'ts'], true],
    [['Kent', '\n', 'Essex'], false],
    [['Hertfordshire\u200b', '\u200bHertfordshire'], true],
    [['Hertfordshire\u200b', '', 'shire'], false],
  ])('read in pieces %j -> %s (a word runs on from piece to piece)', (pieces, expected) => {
    const reader = matcher.reader();
    const read = pieces.some((piece) => reader.read(piece));
    expect(read || reader.end()).toBe(expected);
  });

  it('reading a text in any pieces answers as reading it whole', () => {
    const words = ['Hertfordshire', 'Herts', 'Barnet', 'North', 'Somerset', 'Wight', 'the', 'council', 'shire', 'Hert'];
    const glue = [' ', '', '\u200b', '\n', '’s ', '-', '. '];
    const text = fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...glue)), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), (whole, cuts) => {
        const at = [...new Set(cuts.map((c) => c % (whole.length + 1)))].sort((x, y) => x - y);
        const pieces = [0, ...at].map((from, k) => whole.slice(from, at[k] ?? whole.length));
        const reader = matcher.reader();
        const read = pieces.some((piece) => reader.read(piece));
        expect(read || reader.end()).toBe(matcher.mayMentionAuthority(whole));
      }),
      { numRuns: 2000 },
    );
  });
});
