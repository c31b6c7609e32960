import { describe, expect, it } from 'vitest';
import { analyse, buildEngineIndex } from '../../lib/engine/index';
import { fixtureDataset } from '../fixtures/dataset';

const index = buildEngineIndex(fixtureDataset);
/** Derbyshire's fixture record: requires improvement (September 2019), then good (January 2024). */
const claimsOf = (text: string): string[] =>
  analyse(text, { published: '2024-06-01' }, index).claims.map((c) => {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    return `${c.authority} ${c.judgement} ${c.grade} ${c.verdict} ${c.inspection?.id ?? '-'} | ${c.text}`;
  });

describe('a grade in brackets or after a dash right after an authority’s name', () => {
  it.each<[string, string, string[]]>([
    [
      'bare RI in brackets',
      'Ofsted’s latest ratings in the region: Derbyshire (RI).',
      ['derbyshire overall requires_improvement contradicts derbyshire-2024-01-12 | Derbyshire (RI)'],
    ],
    [
      'the official name and a capitalised grade',
      'Hertfordshire County Council (Good) was praised by Ofsted.',
      ['hertfordshire overall good contradicts hertfordshire-2023-03-10 | Hertfordshire County Council (Good)'],
    ],
    [
      'a lower-case grade after an Ofsted verb: the span takes in the name',
      'Ofsted rated Essex (outstanding).',
      ['essex overall outstanding matches essex-2023-08-11 | Essex (outstanding)'],
    ],
    [
      'a list of them',
      'Councils rated by Ofsted: Essex (Outstanding), Hertfordshire (Good), Derbyshire (Inadequate).',
      [
        'essex overall outstanding matches essex-2023-08-11 | Essex (Outstanding)',
        'hertfordshire overall good contradicts hertfordshire-2023-03-10 | Hertfordshire (Good)',
        'derbyshire overall inadequate contradicts derbyshire-2024-01-12 | Derbyshire (Inadequate)',
      ],
    ],
    [
      'R.I. and square brackets',
      'Ofsted: Derbyshire (R.I.) and Essex [Outstanding].',
      [
        'derbyshire overall requires_improvement contradicts derbyshire-2024-01-12 | Derbyshire (R.I.)',
        'essex overall outstanding matches essex-2023-08-11 | Essex [Outstanding]',
      ],
    ],
    [
      'the grade in words, and the council word a short name leaves out',
      'Ofsted has inspected Derbyshire council (requires improvement to be good).',
      ['derbyshire overall requires_improvement contradicts derbyshire-2024-01-12 | Derbyshire council (requires improvement to be good)'],
    ],
    [
      'a year beside the grade picks that year’s report',
      'Derbyshire (RI, 2019) has improved since, Ofsted says.',
      ['derbyshire overall requires_improvement superseded derbyshire-2019-09-19 | Derbyshire (RI, 2019)'],
    ],
    [
      'a year beside the grade is a time, not a loose number: nothing on record then',
      'Ofsted: Derbyshire (Good, 2015).',
      ['derbyshire overall good no_record - | Derbyshire (Good, 2015)'],
    ],
    [
      'a dashed list, one a line',
      'Ofsted ratings\nDerbyshire – RI\nEssex – Outstanding',
      [
        'derbyshire overall requires_improvement contradicts derbyshire-2024-01-12 | Derbyshire – RI',
        'essex overall outstanding matches essex-2023-08-11 | Essex – Outstanding',
      ],
    ],
    [
      'a dash in a sentence, and a dated one',
      'Ofsted’s verdicts: Essex — outstanding, Derbyshire - RI (2019).',
      [
        'essex overall outstanding matches essex-2023-08-11 | Essex — outstanding',
        'derbyshire overall requires_improvement superseded derbyshire-2019-09-19 | Derbyshire - RI (2019)',
      ],
    ],
    [
      'two grades in one bracket, each with its own time',
      'Derbyshire (RI in 2019, Good now) was praised by Ofsted.',
      [
        'derbyshire overall requires_improvement superseded derbyshire-2019-09-19 | Derbyshire (RI in 2019',
        'derbyshire overall good matches derbyshire-2024-01-12 | Good now)',
      ],
    ],
    [
      '“formerly” is the grade before the one in force, not the current one',
      'Derbyshire (formerly Good) is now rated good by Ofsted.',
      [
        'derbyshire overall good contradicts derbyshire-2019-09-19 | Derbyshire (formerly Good)',
        'derbyshire overall good matches derbyshire-2024-01-12 | good',
      ],
    ],
    [
      '“previously RI” the same way',
      'Ofsted: Derbyshire (Good, previously RI).',
      [
        'derbyshire overall good matches derbyshire-2024-01-12 | Derbyshire (Good',
        'derbyshire overall requires_improvement superseded derbyshire-2019-09-19 | previously RI)',
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('what is not a bracketed grade', () => {
  it.each<[string, string]>([
    ['no mention of Ofsted anywhere: “Bristol (RI)” is also Rhode Island', 'Derbyshire (RI) and Essex (Good) won the cup.'],
    ['an air-quality reading', 'Air quality report for today: Essex (Good), Derbyshire (Moderate). Ofsted news below.'],
    ['lower-case ri', 'Ofsted: Derbyshire (ri).'],
    ['“Ri” is not the abbreviation', 'Ofsted: Derbyshire (Ri).'],
    ['a school’s grade, the council only its place', 'Ofsted said Oakwood School, Essex (Good), was improving.'],
    ['a list of schools goes on being schools', 'Ofsted rated the schools in Essex (Good) and Derbyshire (RI).'],
    ['another inspectorate’s rating', 'The CQC rated Essex (Good). Ofsted visited Derbyshire.'],
    ['a bracket that is not a grade', 'Ofsted: Derbyshire (pop. 800,000).'],
    ['a predecessor in brackets', 'Ofsted inspected North Northamptonshire (formerly Northamptonshire) in May.'],
    ['a dash before prose', 'Ofsted came to Derbyshire – good news for parents.'],
    ['RI in brackets away from the name', 'Ofsted praised Derbyshire’s new scheme (RI) this week.'],
    ['RI in brackets after a word that only looks like a name', 'Ofsted inspectors visited Rhode Island (RI).'],
    ['a dashed food-hygiene list', 'Ofsted news aside, hygiene ratings: Essex – Good, Derbyshire – Poor.'],
  ])('%s', (_name, text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});
