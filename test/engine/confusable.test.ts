import { describe, expect, it } from 'vitest';
import { confusable, confusablesOf, confusionReason, editDistance } from '../../lib/engine/confusable';
import { fixtureAuthorities } from '../fixtures/dataset';

describe('confusable names', () => {
  it.each<[string, string, boolean]>([
    ['Hertfordshire', 'Herefordshire', true],
    ['North Lincolnshire', 'North East Lincolnshire', true],
    ['Kingston upon Hull', 'Kingston upon Thames', true],
    ['East Sussex', 'West Sussex', true],
    ['Reading', 'Ealing', false],
    ['Derby', 'Derbyshire', false],
    ['Somerset', 'North Somerset', false],
    ['Sutton', 'Luton', false],
  ])('%s / %s -> %s', (a, b, expected) => {
    expect(confusable(a, b)).toBe(expected);
  });

  it('finds them in a dataset, leaving out predecessor and successor', () => {
    const map = confusablesOf(fixtureAuthorities);
    expect(map.get('hertfordshire')).toEqual(['herefordshire']);
    expect(map.get('north-lincolnshire')).toEqual(['north-east-lincolnshire']);
    expect(map.get('dorset')).toEqual([]);
  });

  it('says why in plain words', () => {
    expect(editDistance('hertfordshire', 'herefordshire')).toBe(1);
    expect(confusionReason('Hertfordshire', 'Herefordshire')).toBe(
      'Hertfordshire and Herefordshire differ by one letter, and are easily swapped.',
    );
  });
});
