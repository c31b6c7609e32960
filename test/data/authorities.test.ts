import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAuthorities, spellingVariants } from '../../tools/data/import/authorities';
import { parseCsv } from '../../tools/data/import/csv';
import { Authority, CouncilNotInspected, INSPECTORATES } from '../../lib/data/schema';
import { checkDatasetParts } from '../../lib/data/validate';

const seeds = (file: string): unknown => JSON.parse(readFileSync(`seeds/${file}`, 'utf8'));
const authorities = Authority.array().parse((seeds('authorities.json') as { authorities: unknown }).authorities);
const councils = CouncilNotInspected.array().parse(
  (seeds('councils-not-inspected.json') as { councilsNotInspected: unknown }).councilsNotInspected,
);
const byId = new Map(authorities.map((a) => [a.id, a]));
const get = (id: string) => {
  const authority = byId.get(id);
  if (!authority) throw new Error(`no authority "${id}"`);
  return authority;
};
const namesOf = (id: string) => {
  const a = get(id);
  return [a.name, a.shortName, ...a.aliases];
};

describe('the authorities seed', () => {
  it("holds the 153 current English authorities with children's services", () => {
    const current = authorities.filter((a) => a.abolished === null);
    expect(current).toHaveLength(153);
    for (const a of current) {
      expect(a.urn, a.id).not.toBeNull();
      expect(a.ofstedPage, a.id).toBe(`https://reports.ofsted.gov.uk/provider/44/${a.urn}`);
      expect(a.dfeCode, a.id).toMatch(/^\d{3}$/);
    }
  });

  it.each([
    ['northamptonshire', '2021-04-01', ['north-northamptonshire', 'west-northamptonshire']],
    ['cumbria', '2023-04-01', ['cumberland', 'westmorland-and-furness']],
    ['bournemouth', '2019-04-01', ['bournemouth-christchurch-and-poole']],
    ['poole', '2019-04-01', ['bournemouth-christchurch-and-poole']],
    ['dorset-county-council', '2019-04-01', ['dorset', 'bournemouth-christchurch-and-poole']],
  ])('holds predecessor %s, abolished %s, with successors %j linked both ways', (id, abolished, successors) => {
    const predecessor = get(id);
    expect(predecessor.abolished).toBe(abolished);
    expect(predecessor.successors).toEqual(successors);
    for (const successorId of successors) expect(get(successorId).predecessors).toContain(id);
  });

  it('gives abolished authorities without an established URN no Ofsted page, and never invents one', () => {
    expect(get('bournemouth')).toMatchObject({ urn: null, ofstedPage: null, dfeCode: '837', gss: 'E06000028' });
    expect(get('dorset-county-council')).toMatchObject({ urn: null, ofstedPage: null, dfeCode: '835', gss: 'E10000009' });
    expect(get('poole')).toMatchObject({ urn: '137316', dfeCode: '836', gss: 'E06000029' });
  });

  it('has no broken links, duplicate codes or names shared by unrelated authorities or councils', () => {
    const issues = checkDatasetParts(
      { authorities, councilsNotInspected: councils, inspections: [] },
      { authorities: 'seeds/authorities.json', councilsNotInspected: 'seeds/councils-not-inspected.json', inspection: () => '' },
    ).filter((issue) => !issue.message.includes('at least one inspection'));
    expect(issues).toEqual([]);
  });

  it.each([
    ['hertfordshire', 'Hertfordshire County Council', ['Herts', 'Herts County Council', 'Hertfordshire Council']],
    ['barnet', 'London Borough of Barnet', ['Barnet Council']],
    ['tower-hamlets', 'London Borough of Tower Hamlets', ['Tower Hamlets Council', 'LBTH']],
    ['kensington-and-chelsea', 'Royal Borough of Kensington and Chelsea', ['RBKC', 'Kensington & Chelsea']],
    ['greenwich', 'Royal Borough of Greenwich', ['Greenwich Council']],
    ['kingston-upon-hull', 'Kingston upon Hull City Council', ['Hull', 'Hull City Council']],
    ['bournemouth-christchurch-and-poole', 'Bournemouth, Christchurch and Poole Council', ['BCP Council', 'BCP']],
    ['bristol', 'Bristol City Council', ['Bristol']],
    ['windsor-and-maidenhead', 'Royal Borough of Windsor and Maidenhead', ['Windsor and Maidenhead', 'RBWM']],
    ['bath-and-north-east-somerset', 'Bath and North East Somerset Council', ['B&NES', 'Bath and North East Somerset']],
    ['st-helens', 'St Helens Borough Council', ['St Helens', 'St. Helens']],
    ['stoke-on-trent', 'Stoke-on-Trent City Council', ['Stoke']],
    ['southend-on-sea', 'Southend-on-Sea City Council', ['Southend']],
    ['brighton-and-hove', 'Brighton and Hove City Council', ['Brighton', 'Brighton & Hove']],
    ['telford-and-wrekin', 'Telford & Wrekin Council', ['Telford', 'Telford and Wrekin Council']],
    ['redcar-and-cleveland', 'Redcar and Cleveland Borough Council', ['Redcar']],
    ['durham', 'Durham County Council', ['Durham']],
    ['herefordshire', 'Herefordshire Council', ['Herefordshire']],
    ['northumberland', 'Northumberland County Council', ['Northumberland']],
    ['isles-of-scilly', 'Council of the Isles of Scilly', ['Isles of Scilly']],
    ['city-of-london', 'City of London Corporation', ['City of London']],
  ])('%s is officially %s and answers to %j', (id, name, written) => {
    expect(get(id).name).toBe(name);
    expect(namesOf(id)).toEqual(expect.arrayContaining(written));
  });

  it.each([
    ['richmond-upon-thames', 'Richmond'],
    ['reading', 'Reading'],
    ['newcastle-upon-tyne', 'Newcastle'],
    ['kingston-upon-thames', 'Kingston'],
    ['westminster', 'Westminster'],
  ])('keeps the risky short form of %s (%s) out of the plain aliases', (id, risky) => {
    expect(get(id).aliases).not.toContain(risky);
    expect(get(id).ambiguousAliases).toContain(risky);
  });

  it.each([
    ['hertfordshire', 'E10000015', 'county', 'East of England'],
    ['barnet', 'E09000003', 'london_borough', 'London'],
    ['city-of-london', 'E09000001', 'city_of_london', 'London'],
    ['isles-of-scilly', 'E06000053', 'isles_of_scilly', 'South West'],
    ['manchester', 'E08000003', 'metropolitan_district', 'North West'],
    ['north-yorkshire', 'E06000065', 'unitary', 'Yorkshire and the Humber'],
  ])('%s has GSS %s, type %s, region %s', (id, gss, type, region) => {
    expect(get(id)).toMatchObject({ gss, type, region });
  });

  it('gives every current authority ten statistical neighbours, all current authorities', () => {
    for (const a of authorities.filter((x) => x.abolished === null)) {
      expect(a.statisticalNeighbours, a.id).toHaveLength(10);
      for (const n of a.statisticalNeighbours) expect(get(n).abolished, `${a.id} -> ${n}`).toBeNull();
    }
    expect(get('hertfordshire').statisticalNeighbours.slice(0, 2)).toEqual(['oxfordshire', 'buckinghamshire']);
  });

  it.skipIf(!existsSync('../shared/ofsted/la-lookup.csv'))('is what the import makes of la-lookup.csv and the curated names today', () => {
    const built = buildAuthorities(readFileSync('../shared/ofsted/la-lookup.csv', 'utf8'), seeds('curated/authority-names.json'));
    expect(built).toEqual(authorities);
  });
});

describe('the councils not inspected by Ofsted', () => {
  it.each([
    ['wales', 22],
    ['scotland', 32],
    ['northern_ireland', 11],
  ] as const)('number %s: %i, each with its inspectorate', (nation, count) => {
    const list = councils.filter((c) => c.nation === nation);
    expect(list).toHaveLength(count);
    for (const c of list) expect(c.inspectorate).toBe(INSPECTORATES[nation]);
  });

  it.each([
    ['monmouthshire', 'Monmouthshire County Council'],
    ['cardiff', 'Cardiff Council'],
    ['rhondda-cynon-taf', 'RCT'],
    ['vale-of-glamorgan', 'Vale of Glamorgan'],
    ['glasgow-city', 'Glasgow City Council'],
    ['belfast', 'Belfast City Council'],
    ['newport', 'Newport City Council'],
  ])('%s answers to "%s"', (id, written) => {
    const council = councils.find((c) => c.id === id);
    expect(council && [council.name, council.shortName, ...council.aliases]).toContain(written);
  });

  it('marks Newport as ambiguous (also a town on the Isle of Wight)', () => {
    const newport = councils.find((c) => c.id === 'newport');
    expect(newport?.ambiguousAliases).toContain('Newport');
    expect(newport?.aliases).not.toContain('Newport');
  });
});

describe('the authorities import', () => {
  const csv = [
    'urn,la_code,la_code_new,stat_neighbours,local_authority_ons_name,region_name,country',
    '1000001,991,E06999901,"992",Amberley,South West,England',
    '1000002,992,E10999902,"991",Brackenshire,"East of England",England',
  ].join('\n');
  const curated = {
    authorities: {
      '991': { id: 'amberley', name: 'Amberley Borough Council', shortName: 'Amberley', aliases: ['Amberley and Vale'] },
      '992': {
        id: 'brackenshire',
        name: 'Brackenshire County Council',
        shortName: 'Brackenshire',
        aliases: [],
        ambiguousAliases: ['Bracken'],
      },
    },
    notInLookup: {
      '993': {
        id: 'old-fen',
        name: 'Old Fen District',
        shortName: 'Old Fen',
        aliases: [],
        abolished: '2020-04-01',
        successors: ['amberley'],
        urn: null,
        gss: 'E10999903',
        type: 'county',
        region: 'South West',
      },
    },
  };

  it('joins the facts to the curated names, derives type and regular forms, and mirrors successor links', () => {
    const [amberley, brackenshire, oldFen] = buildAuthorities(csv, curated);
    expect(amberley).toMatchObject({
      id: 'amberley',
      type: 'unitary',
      urn: '1000001',
      ofstedPage: 'https://reports.ofsted.gov.uk/provider/44/1000001',
      statisticalNeighbours: ['brackenshire'],
      predecessors: ['old-fen'],
      aliases: ['Amberley and Vale', 'Amberley Council', 'Amberley & Vale'],
    });
    expect(brackenshire?.type).toBe('county');
    expect(brackenshire?.aliases).toEqual(['Brackenshire Council']);
    expect(oldFen).toMatchObject({ urn: null, ofstedPage: null, abolished: '2020-04-01', successors: ['amberley'], aliases: [] });
  });

  it('refuses a row the curated names do not cover', () => {
    expect(() => buildAuthorities(`${csv}\n1000009,999,E06999909,"",Nowhere,London,England`, curated)).toThrow(
      'la-lookup.csv: LA code 999 (Nowhere) has no entry in the curated names',
    );
  });

  it('refuses an unknown successor', () => {
    const broken = structuredClone(curated);
    broken.notInLookup['993'].successors = ['atlantis'];
    expect(() => buildAuthorities(csv, broken)).toThrow('successor "atlantis" of "old-fen" is unknown');
  });

  it('spells names the ways people write them', () => {
    expect(spellingVariants('St Helens Borough Council')).toEqual(['St. Helens Borough Council']);
    expect(spellingVariants('Telford & Wrekin Council')).toEqual(['Telford and Wrekin Council']);
    expect(spellingVariants('Stoke-on-Trent')).toEqual(['Stoke on Trent']);
    expect(spellingVariants('Kingston upon Thames')).toEqual(['Kingston-upon-Thames']);
  });

  it('reads quoted CSV cells with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n"x\ny",2,3\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['x\ny', '2', '3'],
    ]);
  });
});
