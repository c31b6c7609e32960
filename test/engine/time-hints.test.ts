import { describe, expect, it } from 'vitest';
import { analyse, buildEngineIndex } from '../../lib/engine/index';
import { fixtureDataset } from '../fixtures/dataset';

const index = buildEngineIndex(fixtureDataset);

describe('a time named in a claim picks the inspection in force then, never silently the latest', () => {
  it.each<[string, string, string, string, string | null]>([
    [
      'a year before the authority’s first inspection',
      'In 2005, Kent County Council’s children’s services were rated good by inspectors.',
      '2026-03-02',
      'kent other good no_record',
      null,
    ],
    [
      'a year between two inspections, agreeing with the one then in force',
      'In 2021, Derbyshire’s children’s services were rated requires improvement by Ofsted.',
      '2024-03-01',
      'derbyshire overall requires_improvement superseded',
      '2019-09-19',
    ],
    [
      'a year between two inspections, disagreeing with the one then in force',
      'In 2021, Derbyshire’s children’s services were rated good by Ofsted.',
      '2024-03-01',
      'derbyshire overall good unclear',
      '2019-09-19',
    ],
    [
      'a month and year with no report of its own',
      'In March 2020, Hertfordshire was rated good by Ofsted.',
      '2023-06-01',
      'hertfordshire overall good superseded',
      '2018-11-19',
    ],
    [
      'a month without a year: the last such month before the article',
      'In December, Derbyshire was rated requires improvement by Ofsted.',
      '2024-03-01',
      'derbyshire overall requires_improvement superseded',
      '2019-09-19',
    ],
    ['a year a report was published in', 'Ofsted rated Kent good in 2026.', '2026-03-01', 'kent overall good matches', '2026-02-02'],
    [
      'no time named: the one in force at the article’s date',
      'Derbyshire’s children’s services were rated good by Ofsted.',
      '2024-03-01',
      'derbyshire overall good matches',
      '2024-01-12',
    ],
  ])('%s', (_name, text, published, expected, inspection) => {
    const [claim, ...rest] = analyse(text, { published }, index).claims;
    expect(rest).toEqual([]);
    expect(`${claim?.authority} ${claim?.judgement} ${claim?.grade} ${claim?.verdict}`).toBe(expected);
    expect(claim?.inspection?.published ?? null).toBe(inspection);
  });

  it('says the record starts later than the time the claim names', () => {
    const [claim] = analyse(
      'In 2005, Kent County Council’s children’s services were rated good by inspectors.',
      { published: '2026-03-02' },
      index,
    ).claims;
    expect(claim?.explanation).toBe(
      'This grade comes from an inspection framework before 2014. The dataset holds no inspection of Kent before 2 February 2026; nothing to check this against.',
    );
  });
});

describe('a year that is not the time of the grade does not move the check', () => {
  it.each<[string, string]>([
    ['a year of spending', 'Kent County Council, which has spent £20m on agency staff since 2015, was rated good by Ofsted.'],
    ['a number that looks like a year', 'Kent’s children’s services, rated good by Ofsted, employ 2015 staff.'],
  ])('%s', (_name, text) => {
    const claims = analyse(text, { published: '2026-03-02' }, index).claims.map(
      (c) => `${c.authority} ${c.grade} ${c.verdict} ${c.inspection?.published}`,
    );
    expect(claims).toEqual(['kent good matches 2026-02-02']);
  });

  it.each<[string, string]>([
    ['“the 2005 inspection”', 'Kent’s 2005 inspection rated its children’s services good.'],
    ['“in early 2005”', 'Ofsted rated Kent’s children’s services good in early 2005.'],
  ])('a year said to be the inspection’s: %s', (_name, text) => {
    const claims = analyse(text, { published: '2026-03-02' }, index).claims.map((c) => `${c.authority} ${c.grade} ${c.verdict}`);
    expect(claims).toEqual(['kent good no_record']);
  });
});
