import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Authority, CouncilNotInspected } from '../../lib/data/schema';
import { createSearch, editDistance, searchForm } from '../../lib/data/search';

const names = {
  authorities: Authority.array().parse(
    (JSON.parse(readFileSync('seeds/authorities.json', 'utf8')) as { authorities: unknown }).authorities,
  ),
  councilsNotInspected: CouncilNotInspected.array().parse(
    (JSON.parse(readFileSync('seeds/councils-not-inspected.json', 'utf8')) as { councilsNotInspected: unknown }).councilsNotInspected,
  ),
};
const search = createSearch(names);

describe('searching authorities and councils by name', () => {
  it.each([
    ['Hertforshire', 'hertfordshire'],
    ['Herts', 'hertfordshire'],
    ['hertfordshire county council', 'hertfordshire'],
    ['Hertf', 'hertfordshire'],
    ['Herefordshire', 'herefordshire'],
    ['hull', 'kingston-upon-hull'],
    ['Kingston upon Hull City Council', 'kingston-upon-hull'],
    ['BCP', 'bournemouth-christchurch-and-poole'],
    ['Bournemouth, Christchurch & Poole', 'bournemouth-christchurch-and-poole'],
    ['St. Helens', 'st-helens'],
    ['st helens council', 'st-helens'],
    ['B&NES', 'bath-and-north-east-somerset'],
    ['rbkc', 'kensington-and-chelsea'],
    ['Tower Hamlets Council', 'tower-hamlets'],
    ['Richmond', 'richmond-upon-thames'],
    ['Dorset', 'dorset'],
    ['Stoke', 'stoke-on-trent'],
    ['Southend', 'southend-on-sea'],
    ['Durham County Council', 'durham'],
    ['Manchestr', 'manchester'],
    ['Leicestershire', 'leicestershire'],
    ['Leicester', 'leicester'],
    ["hampshire children's services", 'hampshire'],
    ['Northamptonshire', 'northamptonshire'],
  ])('"%s" finds %s first', (query, id) => {
    expect(search(query)[0]).toMatchObject({ kind: 'authority', id });
  });

  it.each([
    ['Monmouthshire', 'monmouthshire', 'Care Inspectorate Wales'],
    ['Cardif', 'cardiff', 'Care Inspectorate Wales'],
    ['RCT', 'rhondda-cynon-taf', 'Care Inspectorate Wales'],
    ['Ynys Mon', 'isle-of-anglesey', 'Care Inspectorate Wales'],
    ['Glasgow City Council', 'glasgow-city', 'the Care Inspectorate'],
    ['Belfast', 'belfast', 'the Regulation and Quality Improvement Authority (RQIA)'],
  ])('"%s" finds %s, a council Ofsted does not inspect (%s does)', (query, id, inspectorate) => {
    expect(search(query)[0]).toMatchObject({ kind: 'not_inspected', id, inspectorate });
  });

  it('puts the current authority before the abolished one with the same name', () => {
    expect(
      search('Dorset')
        .slice(0, 2)
        .map((h) => [h.id, h.abolished]),
    ).toEqual([
      ['dorset', null],
      ['dorset-county-council', '2019-04-01'],
    ]);
  });

  it('says what it matched and ranks exact matches at 100', () => {
    expect(search('Herts')[0]).toMatchObject({ matched: 'Herts', score: 100, name: 'Hertfordshire County Council' });
  });

  it('finds nothing for nonsense or an empty query, and respects the limit', () => {
    expect(search('qwxzv')).toEqual([]);
    expect(search('  ')).toEqual([]);
    expect(search('north', 3)).toHaveLength(3);
  });

  it('answers a query in well under a millisecond on the full list', () => {
    const queries = [
      'Hertforshire',
      'hull',
      'Monmouthshire',
      'Kingston',
      'Northumberlnd',
      'Brighton',
      'Somerset',
      'westminster city council',
    ];
    for (const query of queries) search(query);
    const rounds = 50;
    const start = performance.now();
    for (let r = 0; r < rounds; r++) for (const query of queries) search(query);
    const perQuery = (performance.now() - start) / (rounds * queries.length);
    expect(perQuery).toBeLessThan(1);
  });

  it('compares names without case, accents, punctuation or "&"', () => {
    expect(searchForm('Ynys Môn')).toBe('ynys mon');
    expect(searchForm('Brighton & Hove')).toBe('brighton and hove');
    expect(searchForm("St. Helens' Council")).toBe('st helens council');
  });

  it('counts slips, swaps included, and gives up past the limit', () => {
    expect(editDistance('hertforshire', 'hertfordshire', 2)).toBe(1);
    expect(editDistance('hetrs', 'herts', 1)).toBe(1);
    expect(editDistance('kent', 'essex', 2)).toBe(3);
  });
});
