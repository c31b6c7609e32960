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
});
